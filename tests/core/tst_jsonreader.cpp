// The forecast JSON reader: strict RFC 8259, rows streamed to a sink, per-row shape problems, and
// errors that say where. Also the input-format detection shared with the CSV reader.
#include "recordingsink.h"

using namespace planbridge;
using namespace planbridge::test;

namespace {

const char *const Base = R"({"item":"FG-1","location":"P1","channel":"R","bucket_start":"2026-11-30","quantity":"5","uom":"PC"})";
const QString BaseRow = QStringLiteral(R"("FG-1"|"P1"|"R"|"2026-11-30"|"5"|"PC")");
const QString ItemA = QStringLiteral(R"("A"|-|-|-|-|-)");

QByteArray version(const QByteArray &records) { return "{\"records\":[" + records + "]}"; }

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void versionFields_data();
    void versionFields();
    void unreadable_data();
    void unreadable();
    void deepNesting();
    void cancel();
    void detectFormat_data();
    void detectFormat();
};

void TestJsonReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("strings") << version(Base) << QStringList {BaseRow};
    QTest::addRow("two rows") << version(QByteArray(Base) + ",\n" + Base) << QStringList {BaseRow, BaseRow};
    QTest::addRow("number lexemes kept exactly")
        << version(R"({"quantity":1.2345e3},{"quantity":-0},{"quantity":1E+3},{"quantity":0.0001})")
        << QStringList {"-|-|-|-|#1.2345e3|-", "-|-|-|-|#-0|-", "-|-|-|-|#1E+3|-", "-|-|-|-|#0.0001|-"};
    QTest::addRow("every JSON type")
        << version(R"({"item":null,"location":true,"channel":[1, "a" , {"b" : null}],)"
                   R"("bucket_start":{"x": [ ] , "y":false},"quantity":-1.50,"uom":12})")
        << QStringList {R"(null|~true|~[1,"a",{"b":null}]|~{"x":[],"y":false}|#-1.50|#12)"};
    QTest::addRow("missing fields, unknown keys ignored")
        << version(R"({"note":"x","item":"A","extra":{"deep":[1]},"Item":"B"})") << QStringList {ItemA};
    QTest::addRow("empty object") << version("{}") << QStringList {"-|-|-|-|-|-"};
    QTest::addRow("escapes decoded, nothing trimmed")
        << version(R"({"item":" FG\u002d1\t","location":"P\"1\\","channel":"\u00e9\ud83d\ude00","uom":"a\/b"})")
        << QStringList {QString::fromUtf8("\" FG-1\t\"|\"P\"1\\\"|\"\xc3\xa9\xf0\x9f\x98\x80\"|-|-|\"a/b\"")};
    QTest::addRow("raw UTF-8 kept") << version("{\"item\":\"\xc3\x84-1\"}")
                                    << QStringList {QString::fromUtf8("\"\xc3\x84-1\"|-|-|-|-|-")};
    QTest::addRow("escaped key names") << version(R"({"it\u0065m":"A"})") << QStringList {ItemA};
    QTest::addRow("duplicate through an escaped key") << version(R"({"item":"A","it\u0065m":"B"})")
                                                      << QStringList {"DuplicateKey(item)"};
    QTest::addRow("largest code point") << version("{\"item\":\"\xf4\x8f\xbf\xbf\"}")
                                        << QStringList {QString::fromUtf8("\"\xf4\x8f\xbf\xbf\"|-|-|-|-|-")};
    QTest::addRow("records that are not objects")
        << version(R"(1, "x", null, [], true, {"item":"A"})")
        << QStringList {"NotAnObject", "NotAnObject", "NotAnObject", "NotAnObject", "NotAnObject", ItemA};
    QTest::addRow("duplicate key") << version(R"({"item":"A","location":"P","item":"B"})")
                                   << QStringList {"DuplicateKey(item)"};
    QTest::addRow("duplicate unknown key") << version(R"({"x":1,"item":"A","x":2})")
                                           << QStringList {"DuplicateKey(x)"};
    QTest::addRow("duplicate after null") << version(R"({"uom":null,"uom":"PC"})")
                                          << QStringList {"DuplicateKey(uom)"};
    QTest::addRow("nested duplicate in an unknown key") << version(R"({"item":"A","extra":{"k":1,"k":2}})")
                                                        << QStringList {"DuplicateKey(extra)"};
    QTest::addRow("nested duplicate in a field") << version(R"({"quantity":{"a":1,"a":2},"item":"A"})")
                                                 << QStringList {"DuplicateKey(quantity)"};
    QTest::addRow("nested duplicate deep in an array") << version(R"({"x":[{"a":{"b":1,"b":1}}]})")
                                                       << QStringList {"DuplicateKey(x)"};
    QTest::addRow("same key in sibling objects") << version(R"({"x":[{"a":1},{"a":2}],"item":"A"})")
                                                 << QStringList {ItemA};
    QTest::addRow("rows after a bad row") << version(R"({"item":"A","item":"A"},{"item":"B"})")
                                          << QStringList {"DuplicateKey(item)", R"("B"|-|-|-|-|-)"};
    {
        QByteArray wide = "{";
        for (int i = 0; i < 20; ++i)
            wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        wide += "\"item\":\"A\",\"k3\":0}";
        QTest::addRow("wide record, late duplicate") << version(wide) << QStringList {"DuplicateKey(k3)"};
        wide.replace("\"k3\":0}", "\"k20\":0}");
        QTest::addRow("wide record, no duplicate") << version(wide) << QStringList {ItemA};
    }
    QTest::addRow("byte order mark") << "\xEF\xBB\xBF" + version(Base) << QStringList {BaseRow};
    QTest::addRow("whitespace everywhere")
        << QByteArray(" \r\n\t{ \"records\" :\n[ {\"item\" : \"A\" } ,\r\n{ } ] }\r\n")
        << QStringList {ItemA, "-|-|-|-|-|-"};
    QTest::addRow("no records") << QByteArray(R"({"records":[]})") << QStringList {};
    QTest::addRow("other top-level keys skipped")
        << QByteArray(R"({"meta":{"a":[1,2,{"b":"c"}]},"records":[{"item":"A"}],"z":null})") << QStringList {ItemA};
}

void TestJsonReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    RecordingSink sink;
    VersionFields fields;
    const auto error = readForecastJson(std::string_view(input.constData(), input.size()), sink, fields);
    QVERIFY2(!error, error ? error->message.c_str() : "");
    QCOMPARE(sink.rows, expected);
    QCOMPARE(sink.beginCalls, 1);
    QVERIFY(!sink.rowsBeforeBegin);
}

void TestJsonReader::versionFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("atBegin");
    QTest::addColumn<QString>("atEnd");

    QTest::addRow("none") << QByteArray(R"({"records":[]})") << "-|-|-|-" << "-|-|-|-";
    QTest::addRow("all before")
        << QByteArray(R"({"version_id":" V1 ","as_of":"2026-11-26","bucket":"week","priority":"high","records":[]})")
        << R"(" V1 "|"2026-11-26"|"week"|"high")" << R"(" V1 "|"2026-11-26"|"week"|"high")";
    QTest::addRow("some after the records")
        << QByteArray(R"({"as_of":"2026-11-26","records":[{"item":"A"}],"bucket":"day","version_id":null})")
        << R"(-|"2026-11-26"|-|-)" << R"(null|"2026-11-26"|"day"|-)";
    QTest::addRow("other types kept for the engine to refuse")
        << QByteArray(R"({"version_id":7,"as_of":["x"],"bucket":{"a":1},"priority":false,"records":[]})")
        << R"(#7|~["x"]|~{"a":1}|~false)" << R"(#7|~["x"]|~{"a":1}|~false)";
}

void TestJsonReader::versionFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, atBegin);
    QFETCH(QString, atEnd);
    RecordingSink sink;
    VersionFields fields;
    const auto error = readForecastJson(std::string_view(input.constData(), input.size()), sink, fields);
    QVERIFY2(!error, error ? error->message.c_str() : "");
    QCOMPARE(sink.beginCalls, 1);
    QCOMPARE(sink.fieldsAtBegin, atBegin);
    QCOMPARE(describeVersionFields(fields), atEnd);
}

// Where the reader may report an error differs by a token (the comma or the bracket after it), so
// each row gives the line and the range of acceptable columns.
void TestJsonReader::unreadable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");

    QTest::addRow("trailing comma in records") << QByteArray(R"({"records":[{"item":"A"},]})") << 1 << 25 << 26;
    QTest::addRow("trailing comma in a record") << QByteArray(R"({"records":[{"item":"A",}]})") << 1 << 24 << 25;
    QTest::addRow("trailing comma at the top") << QByteArray(R"({"records":[],})") << 1 << 14 << 15;
    QTest::addRow("line comment") << QByteArray("{\"records\":[] // c\n}") << 1 << 15 << 15;
    QTest::addRow("block comment") << QByteArray("{\n/* c */ \"records\":[]}") << 2 << 1 << 1;
    QTest::addRow("NaN") << QByteArray(R"({"records":[{"quantity":NaN}]})") << 1 << 25 << 25;
    QTest::addRow("-Infinity") << QByteArray(R"({"records":[{"quantity":-Infinity}]})") << 1 << 25 << 26;
    QTest::addRow("Infinity") << QByteArray(R"({"records":[{"quantity":Infinity}]})") << 1 << 25 << 25;
    QTest::addRow("single-quoted key") << QByteArray(R"({'records':[]})") << 1 << 2 << 2;
    QTest::addRow("single-quoted value") << QByteArray(R"({"records":[{"item":'A'}]})") << 1 << 21 << 21;
    QTest::addRow("invalid byte 0xFF") << QByteArray("{\"records\":[{\"item\":\"A\xff\"}]}") << 1 << 21 << 23;
    QTest::addRow("overlong encoding") << QByteArray("{\"records\":[{\"item\":\"A\xc0\xaf\"}]}") << 1 << 21 << 24;
    QTest::addRow("encoded surrogate") << QByteArray("{\"records\":[{\"item\":\"\xed\xa0\x80\"}]}") << 1 << 21 << 24;
    QTest::addRow("truncated sequence") << QByteArray("{\"records\":[{\"item\":\"\xe2\x82\"}]}") << 1 << 21 << 24;
    QTest::addRow("above U+10FFFF") << QByteArray("{\"records\":[{\"item\":\"\xf4\x90\x80\x80\"}]}") << 1 << 21 << 26;
    QTest::addRow("lead byte 0xF5") << QByteArray("{\"records\":[{\"item\":\"\xf5\x80\x80\x80\"}]}") << 1 << 21 << 26;
    QTest::addRow("lone continuation byte") << QByteArray("{\"records\":[{\"item\":\"\x80\"}]}") << 1 << 21 << 23;
    QTest::addRow("form feed is not JSON whitespace") << QByteArray("{\f\"records\":[]}") << 1 << 2 << 2;
    QTest::addRow("minus alone") << QByteArray(R"({"records":[{"quantity":-}]})") << 1 << 25 << 26;
    QTest::addRow("negative leading zero") << QByteArray(R"({"records":[{"quantity":-01}]})") << 1 << 25 << 27;
    QTest::addRow("invalid byte in an unknown key's value") << QByteArray("{\"x\":\"\xfe\",\"records\":[]}") << 1 << 6 << 7;
    QTest::addRow("invalid byte after the document") << QByteArray("{\"records\":[]}\xff") << 1 << 15 << 15;
    QTest::addRow("lone high surrogate") << QByteArray(R"({"records":[{"item":"\ud800"}]})") << 1 << 21 << 28;
    QTest::addRow("lone low surrogate") << QByteArray(R"({"records":[{"item":"\udc00"}]})") << 1 << 21 << 28;
    QTest::addRow("high surrogate then a letter") << QByteArray(R"({"records":[{"item":"\ud800\u0041"}]})") << 1 << 21 << 34;
    QTest::addRow("lone surrogate in an unknown key") << QByteArray(R"({"records":[{"note":"\ud83d"}]})") << 1 << 21 << 28;
    QTest::addRow("lone surrogate in a key") << QByteArray(R"({"records":[{"\udbff":1}]})") << 1 << 14 << 21;
    QTest::addRow("duplicate records key") << QByteArray(R"({"records":[],"records":[]})") << 1 << 15 << 25;
    QTest::addRow("duplicate version field") << QByteArray(R"({"as_of":"a","as_of":"b","records":[]})") << 1 << 14 << 23;
    QTest::addRow("duplicate in a top-level object") << QByteArray(R"({"meta":{"a":1,"a":2},"records":[]})") << 1 << 2 << 16;
    QTest::addRow("duplicate inside version_id") << QByteArray(R"({"version_id":{"a":1,"a":2},"records":[]})") << 1 << 2 << 22;
    QTest::addRow("top-level array") << QByteArray("[]") << 1 << 1 << 1;
    QTest::addRow("top-level string") << QByteArray(R"("records")") << 1 << 1 << 1;
    QTest::addRow("empty input") << QByteArray("") << 1 << 1 << 1;
    QTest::addRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << 1 << 1 << 4;
    QTest::addRow("no records") << QByteArray(R"({"as_of":"2026-01-01"})") << 1 << 1 << 23;
    QTest::addRow("records is an object") << QByteArray(R"({"records":{}})") << 1 << 12 << 12;
    QTest::addRow("records is null") << QByteArray(R"({"records":null})") << 1 << 12 << 12;
    QTest::addRow("text after the document") << QByteArray(R"({"records":[]} x)") << 1 << 16 << 16;
    QTest::addRow("second document") << QByteArray(R"({"records":[]}{})") << 1 << 15 << 15;
    QTest::addRow("raw tab in a string") << QByteArray("{\"records\":[{\"item\":\"A\tB\"}]}") << 1 << 23 << 23;
    QTest::addRow("leading zero") << QByteArray(R"({"records":[{"quantity":01}]})") << 1 << 25 << 26;
    QTest::addRow("bare decimal point") << QByteArray(R"({"records":[{"quantity":1.}]})") << 1 << 25 << 27;
    QTest::addRow("leading decimal point") << QByteArray(R"({"records":[{"quantity":.5}]})") << 1 << 25 << 25;
    QTest::addRow("plus sign") << QByteArray(R"({"records":[{"quantity":+1}]})") << 1 << 25 << 25;
    QTest::addRow("unterminated string") << QByteArray(R"({"records":[{"item":"A}]})") << 1 << 21 << 26;
    QTest::addRow("truncated document") << QByteArray(R"({"records":[{"item":"A"})") << 1 << 25 << 25;
    QTest::addRow("invalid escape") << QByteArray(R"({"records":[{"item":"\x41"}]})") << 1 << 22 << 23;
    QTest::addRow("missing colon") << QByteArray(R"({"records" []})") << 1 << 12 << 12;
    QTest::addRow("capitalised literal") << QByteArray(R"({"records":[{"item":True}]})") << 1 << 21 << 21;
    QTest::addRow("error on the third line")
        << QByteArray("{\"as_of\": \"2026-11-26\",\n \"records\": [\n  {\"item\": \"A\"},]}") << 3 << 16 << 17;
    QTest::addRow("lone surrogate on the second record line")
        << QByteArray("{\"records\": [\r\n{\"item\": \"A\"},\r\n{\"item\": \"\\ud800\"}]}") << 3 << 10 << 17;
}

void TestJsonReader::unreadable()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    RecordingSink sink;
    VersionFields fields;
    const auto error = readForecastJson(std::string_view(input.constData(), input.size()), sink, fields);
    QVERIFY2(error, "the document should be unreadable");
    QVERIFY(!error->cancelled);
    QVERIFY2(error->message.find('\n') == std::string::npos, error->message.c_str());
    const auto [l, c] = errorPosition(error->message);
    QVERIFY2(l != -1, ("no \"line L, column C: what\" in: " + error->message).c_str());
    QVERIFY2(l == line && c >= firstColumn && c <= lastColumn, error->message.c_str());
}

// RFC 8259 lets a parser limit nesting; either way a hostile document must not crash the reader.
void TestJsonReader::deepNesting()
{
    for (int depth : {100, 100000}) {
        const QByteArray input = R"({"records":[{"item":"A","x":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]}";
        RecordingSink sink;
        VersionFields fields;
        const auto error = readForecastJson(std::string_view(input.constData(), input.size()), sink, fields);
        if (error)
            QVERIFY2(errorPosition(error->message).first == 1, error->message.c_str());
        else
            QCOMPARE(sink.rows, QStringList {ItemA});
    }
}

void TestJsonReader::cancel()
{
    QByteArray input = "{\"records\":[";
    for (int i = 0; i < 10000; ++i)
        input += (i ? "," : "") + QByteArray(Base);
    input += "]}";
    RecordingSink sink;
    VersionFields fields;
    const auto whole = readForecastJson(std::string_view(input.constData(), input.size()), sink, fields);
    QVERIFY(!whole);
    QCOMPARE(sink.rows.size(), 10000);
    QVERIFY(sink.progressCalls > 0);
    QCOMPARE(sink.lastTotal, std::size_t(input.size()));
    QVERIFY(sink.lastConsumed <= sink.lastTotal);

    RecordingSink cancelling;
    cancelling.cancelAtFirstProgress = true;
    const auto error = readForecastJson(std::string_view(input.constData(), input.size()), cancelling, fields);
    QVERIFY(error);
    QVERIFY2(error->cancelled, error->message.c_str());
    QVERIFY(cancelling.rows.size() < 10000);
}

void TestJsonReader::detectFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("json");
    const QByteArray csv = "item,location,channel,bucket_start,quantity,uom\n";
    const QByteArray json = "{\"records\":[]}";

    QTest::addRow(".json with CSV content") << "v.json" << csv << true;
    QTest::addRow(".JSON upper case") << "dir/V.JSON" << csv << true;
    QTest::addRow(".Json mixed case") << "v.Json" << csv << true;
    QTest::addRow(".csv with JSON content") << "v.csv" << json << false;
    QTest::addRow(".CSV upper case") << "V.CSV" << json << false;
    QTest::addRow(".cSv mixed case") << "v.cSv" << json << false;
    QTest::addRow("other extension, brace") << "v.txt" << json << true;
    QTest::addRow("other extension, blank then brace") << "v.txt" << QByteArray(" \r\n\t {}") << true;
    QTest::addRow("other extension, CSV") << "v.txt" << csv << false;
    QTest::addRow("no name, brace") << "" << json << true;
    QTest::addRow("no name, byte order mark then brace") << "" << "\xEF\xBB\xBF" + json << true;
    QTest::addRow("no name, empty") << "" << QByteArray() << false;
    QTest::addRow("no name, only blanks") << "" << QByteArray(" \n ") << false;
    QTest::addRow("no name, bracket") << "" << QByteArray("[{}]") << false;
    QTest::addRow(".json.bak sniffed") << "v.json.bak" << json << true;
    QTest::addRow(".csv.txt sniffed") << "v.csv.txt" << json << true;
    QTest::addRow("bare name json") << "json" << csv << false;
    QTest::addRow("dot json directory") << "a.json/v" << csv << false;
}

void TestJsonReader::detectFormat()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(bool, json);
    const std::string p = path.toStdString();
    const auto format = detectInputFormat(p, std::string_view(content.constData(), content.size()));
    QCOMPARE(format == InputFormat::Json, json);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
