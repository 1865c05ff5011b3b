// The forecast CSV reader: RFC 4180 quoting, LF/CRLF, header columns by trimmed name in any order,
// short and long rows, and errors that say where.
#include "recordingsink.h"

using namespace planbridge;
using namespace planbridge::test;

namespace {

const QByteArray Header = "item,location,channel,bucket_start,quantity,uom";
const QByteArray Row = "FG-1,P1,R,2026-11-30,5,PC";
const QString BaseRow = QStringLiteral(R"("FG-1"|"P1"|"R"|"2026-11-30"|"5"|"PC")");

QByteArray lines(std::initializer_list<QByteArray> parts, const QByteArray &end = "\n")
{
    QByteArray out;
    for (const QByteArray &p : parts)
        out += p + end;
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void unreadable_data();
    void unreadable();
    void cancel();
};

void TestCsvReader::rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("LF") << lines({Header, Row, Row}) << QStringList {BaseRow, BaseRow};
    QTest::addRow("CRLF") << lines({Header, Row, Row}, "\r\n") << QStringList {BaseRow, BaseRow};
    QTest::addRow("mixed line ends") << Header + "\r\n" + Row + "\n" + Row + "\r\n" << QStringList {BaseRow, BaseRow};
    QTest::addRow("no final line end") << Header + "\n" + Row << QStringList {BaseRow};
    QTest::addRow("byte order mark") << "\xEF\xBB\xBF" + lines({Header, Row}) << QStringList {BaseRow};
    QTest::addRow("header only") << lines({Header}) << QStringList {};
    QTest::addRow("header without line end") << Header << QStringList {};
    QTest::addRow("columns in any order, names trimmed")
        << lines({" uom ,quantity, item,location ,\tchannel,bucket_start", "PC,5,FG-1,P1,R,2026-11-30"})
        << QStringList {BaseRow};
    QTest::addRow("quoted header names") << lines({R"("item","location","channel","bucket_start","quantity","uom")", Row})
                                         << QStringList {BaseRow};
    QTest::addRow("extra columns ignored") << lines({Header + ",comment", Row + ",anything"}) << QStringList {BaseRow};
    QTest::addRow("repeated column, the first wins") << lines({Header + ",item", Row + ",OTHER"})
                                                     << QStringList {BaseRow};
    QTest::addRow("repeated column before the others")
        << lines({"item,item,location,channel,bucket_start,quantity,uom", "FG-1,X,P1,R,2026-11-30,5,PC"})
        << QStringList {BaseRow};
    QTest::addRow("quoting") << lines({Header, R"("FG,1","say ""hi""","",2026-11-30,"5",PC)"})
                             << QStringList {R"("FG,1"|"say "hi""|""|"2026-11-30"|"5"|"PC")"};
    QTest::addRow("quoted only quotes") << lines({Header, R"("""",P1,R,2026-11-30,5,PC)"})
                                        << QStringList {R"("""|"P1"|"R"|"2026-11-30"|"5"|"PC")"};
    QTest::addRow("line break inside quotes") << lines({Header, "\"A\nB\",P1,R,2026-11-30,5,PC"})
                                              << QStringList {"\"A\nB\"|\"P1\"|\"R\"|\"2026-11-30\"|\"5\"|\"PC\""};
    QTest::addRow("CRLF inside quotes kept")
        << lines({Header, "\"A\r\nB\",P1,R,2026-11-30,5,PC"}, "\r\n")
        << QStringList {"\"A\r\nB\"|\"P1\"|\"R\"|\"2026-11-30\"|\"5\"|\"PC\""};
    QTest::addRow("quoted last field then CRLF") << Header + "\r\nFG-1,P1,R,2026-11-30,5,\"PC\"\r\n" + Row
                                                 << QStringList {BaseRow, BaseRow};
    QTest::addRow("empty lines skipped") << Header + "\n\n" + Row + "\n\r\n\n" + Row + "\n\n"
                                         << QStringList {BaseRow, BaseRow};
    QTest::addRow("empty lines before the header") << "\n\r\n" + lines({Header, Row}) << QStringList {BaseRow};
    QTest::addRow("a line of blanks is a row") << lines({Header, " ", Row})
                                               << QStringList {R"(" "|-|-|-|-|-)", BaseRow};
    QTest::addRow("a line of commas is a row") << lines({Header, ",,,,,"})
                                               << QStringList {R"(""|""|""|""|""|"")"};
    QTest::addRow("a quoted empty field is a row") << lines({Header, "\"\""}) << QStringList {R"(""|-|-|-|-|-)"};
    QTest::addRow("short row") << lines({Header, "A,P1"}) << QStringList {R"("A"|"P1"|-|-|-|-)"};
    QTest::addRow("short by one") << lines({Header, "A,P1,R,2026-11-30,5"})
                                  << QStringList {R"("A"|"P1"|"R"|"2026-11-30"|"5"|-)"};
    QTest::addRow("short row, reordered header") << lines({"uom,item,location,channel,bucket_start,quantity", "PC,A"})
                                                 << QStringList {R"("A"|-|-|-|-|"PC")"};
    QTest::addRow("trailing empty field") << lines({Header, "A,P1,R,2026-11-30,5,"})
                                          << QStringList {R"("A"|"P1"|"R"|"2026-11-30"|"5"|"")"};
    QTest::addRow("long row") << lines({Header, Row + ",extra", Row})
                              << QStringList {"TooManyFields", BaseRow};
    QTest::addRow("long row by an empty field") << lines({Header, Row + ","}) << QStringList {"TooManyFields"};
    QTest::addRow("long row against a wider header") << lines({Header + ",note", Row + ",n", Row + ",n,x"})
                                                     << QStringList {BaseRow, "TooManyFields"};
    QTest::addRow("fields not trimmed by the reader") << lines({Header, " A ,\tP1,R ,2026-11-30, 5,PC "})
                                                      << QStringList {"\" A \"|\"\tP1\"|\"R \"|\"2026-11-30\"|\" 5\"|\"PC \""};
    QTest::addRow("lone CR is data") << lines({Header, "A\rB,P1,R,2026-11-30,5,PC"})
                                     << QStringList {"\"A\rB\"|\"P1\"|\"R\"|\"2026-11-30\"|\"5\"|\"PC\""};
    QTest::addRow("UTF-8 kept") << lines({Header, "\xc3\x84-1,P1,R,2026-11-30,5,PC"})
                                << QStringList {QString::fromUtf8("\"\xc3\x84-1\"|\"P1\"|\"R\"|\"2026-11-30\"|\"5\"|\"PC\"")};
}

void TestCsvReader::rows()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    RecordingSink sink;
    const auto error = readForecastCsv(std::string_view(input.constData(), input.size()), sink);
    QVERIFY2(!error, error ? error->message.c_str() : "");
    QCOMPARE(sink.rows, expected);
    QCOMPARE(sink.beginCalls, 1);
    QCOMPARE(sink.fieldsAtBegin, QStringLiteral("-|-|-|-")); // version fields come from flags
    QVERIFY(!sink.rowsBeforeBegin);
}

// `line` 0: the position is not pinned down (the file as a whole is at fault), but it must be given.
void TestCsvReader::unreadable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");

    QTest::addRow("empty file") << QByteArray() << 0 << 0 << 0;
    QTest::addRow("only empty lines") << QByteArray("\n\r\n\n") << 0 << 0 << 0;
    QTest::addRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << 0 << 0 << 0;
    QTest::addRow("missing uom column") << lines({"item,location,channel,bucket_start,quantity", "A,P1,R,2026-11-30,5"})
                                        << 0 << 0 << 0;
    QTest::addRow("column names are case-sensitive") << lines({"item,location,channel,bucket_start,quantity,UOM", Row})
                                                     << 0 << 0 << 0;
    QTest::addRow("missing item column, extra present") << lines({"sku,location,channel,bucket_start,quantity,uom", Row})
                                                        << 0 << 0 << 0;
    QTest::addRow("unterminated quote") << Header + "\nA,P1,\"R,2026-11-30,5,PC" << 2 << 6 << 27;
    QTest::addRow("unterminated quote in the header") << QByteArray("\"item,location") << 1 << 1 << 15;
    QTest::addRow("text after a closing quote") << lines({Header, "\"A\"B,P1,R,2026-11-30,5,PC"}) << 2 << 1 << 4;
    QTest::addRow("blank after a closing quote") << lines({Header, "\"A\" ,P1,R,2026-11-30,5,PC"}) << 2 << 1 << 4;
    QTest::addRow("lone CR after a closing quote") << lines({Header, "\"A\"\rB,P1,R,2026-11-30,5,PC"}) << 2 << 1 << 4;
    QTest::addRow("text after a closing quote, line 4")
        << lines({Header, Row, Row, "FG-1,P1,R,2026-11-30,\"5\"0,PC"}) << 4 << 22 << 25;
    // Not pinned down by the contract for CSV; refusing keeps the result document valid UTF-8.
    QTest::addRow("invalid UTF-8") << lines({Header, "A\xff,P1,R,2026-11-30,5,PC"}) << 2 << 1 << 2;
}

void TestCsvReader::unreadable()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    RecordingSink sink;
    const auto error = readForecastCsv(std::string_view(input.constData(), input.size()), sink);
    QVERIFY2(error, "the file should be unreadable");
    QVERIFY(!error->cancelled);
    QVERIFY2(error->message.find('\n') == std::string::npos, error->message.c_str());
    const auto [l, c] = errorPosition(error->message);
    QVERIFY2(l != -1, ("no \"line L, column C: what\" in: " + error->message).c_str());
    if (line != 0)
        QVERIFY2(l == line && c >= firstColumn && c <= lastColumn, error->message.c_str());
}

void TestCsvReader::cancel()
{
    QByteArray input = Header + "\n";
    for (int i = 0; i < 10000; ++i)
        input += Row + "\n";
    RecordingSink sink;
    QVERIFY(!readForecastCsv(std::string_view(input.constData(), input.size()), sink));
    QCOMPARE(sink.rows.size(), 10000);
    QVERIFY(sink.progressCalls > 0);
    QCOMPARE(sink.lastTotal, std::size_t(input.size()));

    RecordingSink cancelling;
    cancelling.cancelAtFirstProgress = true;
    const auto error = readForecastCsv(std::string_view(input.constData(), input.size()), cancelling);
    QVERIFY(error);
    QVERIFY(error->cancelled);
    QVERIFY(cancelling.rows.size() < 10000);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
