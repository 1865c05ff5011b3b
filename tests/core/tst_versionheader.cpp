// Version-level fields: bucket and as_of required, priority and version_id optional, flags override
// the file, values trimmed, and where they may appear in a JSON document or come from for a CSV file.
#include "enginefixture.h"

using namespace planbridge;
using namespace planbridge::test;

namespace {

const QByteArray Master = R"({"items": [{"item": "FG-1", "base_uom": "PC"}],
 "locations": [{"location": "P1", "erp_plant": "1000", "calendar": "C", "period_type": "D", "horizon_days": 999}],
 "item_locations": [{"item": "FG-1", "location": "P1"}], "calendars": [{"calendar": "C"}]})";

// 2026-11-30 is a Monday, so this row is valid for day and week buckets (and misaligned for month).
const QByteArray Record = R"({"item":"FG-1","location":"P1","channel":"R","bucket_start":"2026-11-30","quantity":"1","uom":"PC"})";
const QByteArray CsvText = "item,location,channel,bucket_start,quantity,uom\nFG-1,P1,R,2026-11-30,1,PC\n";

QByteArray doc(const QByteArray &before, const QByteArray &after = {})
{
    return "{" + before + (before.isEmpty() ? "" : ",") + "\"records\":[" + Record + "]" + (after.isEmpty() ? "" : ",")
        + after + "}";
}

// Flags from "key=value" items; the value is taken verbatim (spaces included).
VersionOverrides flagsFrom(const QStringList &flags)
{
    VersionOverrides o;
    for (const QString &f : flags) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        const std::string value = f.section(QLatin1Char('='), 1).toStdString();
        if (key == QLatin1String("version_id"))
            o.versionId = value;
        else if (key == QLatin1String("bucket"))
            o.bucket = value;
        else if (key == QLatin1String("as_of"))
            o.asOf = value;
        else if (key == QLatin1String("priority"))
            o.priority = value;
        else
            qFatal("bad flag %s", qPrintable(f));
    }
    return o;
}

} // namespace

class TestVersionHeader : public QObject
{
    Q_OBJECT

private slots:
    void header_data();
    void header();
};

void TestVersionHeader::header_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("expected"); // "error", or version_id|as_of|outcome of the row

    const QByteArray dayAsOf = R"("bucket":"day","as_of":"2026-11-26")";
    const QString json = QStringLiteral("v.json");
    auto row = [&](const char *name, const QByteArray &input, const QString &expected, const QStringList &flags = {}) {
        QTest::addRow("%s", name) << input << json << flags << expected;
    };

    row("all in the file", doc(R"("version_id":"V1","as_of":"2026-11-26","bucket":"week","priority":"high")"),
        "V1|2026-11-26|ok");
    row("version_id absent", doc(dayAsOf), "~|2026-11-26|ok");
    row("version_id null", doc(dayAsOf + R"(,"version_id":null)"), "~|2026-11-26|ok");
    row("version_id trimmed", doc(dayAsOf + R"(,"version_id":" V1\t")"), "V1|2026-11-26|ok");
    row("version_id empty", doc(dayAsOf + R"(,"version_id":"  ")"), "~|2026-11-26|ok");
    row("version_id after the records", doc(dayAsOf, R"("version_id":"V-LATE")"), "V-LATE|2026-11-26|ok");
    row("everything after the records", doc({}, R"("version_id":"V2","bucket":"week","as_of":"2026-11-26")"),
        "V2|2026-11-26|ok");
    row("bucket after the records", doc(R"("as_of":"2026-11-26")", R"("bucket":"month")"),
        "~|2026-11-26|BUCKET_MISALIGNED");
    row("bucket missing", doc(R"("as_of":"2026-11-26")"), "error");
    row("bucket null", doc(R"("as_of":"2026-11-26","bucket":null)"), "error");
    row("bucket empty", doc(R"("as_of":"2026-11-26","bucket":" ")"), "error");
    row("bucket weekly", doc(R"("as_of":"2026-11-26","bucket":"weekly")"), "error");
    row("bucket capitalised", doc(R"("as_of":"2026-11-26","bucket":"Week")"), "error");
    row("bucket a number", doc(R"("as_of":"2026-11-26","bucket":7)"), "error");
    row("bucket trimmed", doc(R"("as_of":"2026-11-26","bucket":" week ")"), "~|2026-11-26|ok");
    row("as_of missing", doc(R"("bucket":"day")"), "error");
    row("as_of null", doc(R"("bucket":"day","as_of":null)"), "error");
    row("as_of not a day", doc(R"("bucket":"day","as_of":"2026-02-30")"), "error");
    row("as_of in another format", doc(R"("bucket":"day","as_of":"26.11.2026")"), "error");
    row("as_of a number", doc(R"("bucket":"day","as_of":20261126)"), "error");
    row("as_of trimmed", doc(R"("bucket":"day","as_of":" 2026-11-26 ")"), "~|2026-11-26|ok");
    row("as_of decides the lead time", doc(R"("bucket":"day","as_of":"2026-12-01")"), "~|2026-12-01|INSIDE_LEAD_TIME");
    row("priority normal", doc(dayAsOf + R"(,"priority":"normal")"), "~|2026-11-26|ok");
    row("priority null", doc(dayAsOf + R"(,"priority":null)"), "~|2026-11-26|ok");
    row("priority trimmed", doc(dayAsOf + R"(,"priority":" high ")"), "~|2026-11-26|ok");
    row("priority invalid", doc(dayAsOf + R"(,"priority":"urgent")"), "error");
    row("priority capitalised", doc(dayAsOf + R"(,"priority":"HIGH")"), "error");
    row("priority a number", doc(dayAsOf + R"(,"priority":1)"), "error");
    row("priority invalid after the records", doc(dayAsOf, R"("priority":"urgent")"), "error");

    row("flag bucket overrides the file", doc(R"("bucket":"month","as_of":"2026-11-26")"), "~|2026-11-26|ok",
        {"bucket=day"});
    row("flag bucket overrides an invalid file value", doc(R"("bucket":"weekly","as_of":"2026-11-26")"),
        "~|2026-11-26|ok", {"bucket=week"});
    row("flag bucket trimmed", doc(R"("as_of":"2026-11-26")"), "~|2026-11-26|ok", {"bucket= day "});
    row("flag bucket invalid", doc(dayAsOf), "error", {"bucket=days"});
    row("flag as_of overrides the file", doc(dayAsOf), "~|2026-11-20|ok", {"as_of=2026-11-20"});
    row("flag as_of trimmed", doc(R"("bucket":"day")"), "~|2026-11-20|ok", {"as_of=\t2026-11-20 "});
    row("flag as_of invalid", doc(dayAsOf), "error", {"as_of=2026-11-31"});
    row("flag version_id overrides the file", doc(dayAsOf + R"(,"version_id":"FILE")"), "FLAG|2026-11-26|ok",
        {"version_id= FLAG "});
    row("flag priority invalid", doc(dayAsOf), "error", {"priority=urgent"});
    row("flag priority valid", doc(dayAsOf + R"(,"priority":"urgent")"), "~|2026-11-26|ok", {"priority=high"});

    QTest::addRow("CSV without flags") << CsvText << "v.csv" << QStringList {} << "error";
    QTest::addRow("CSV without as_of") << CsvText << "v.csv" << QStringList {"bucket=day"} << "error";
    QTest::addRow("CSV without bucket") << CsvText << "v.csv" << QStringList {"as_of=2026-11-26"} << "error";
    QTest::addRow("CSV with flags") << CsvText << "v.csv" << QStringList {"bucket=week", "as_of=2026-11-26"}
                                    << "~|2026-11-26|ok";
    QTest::addRow("CSV sniffed") << CsvText << "stdin" << QStringList {"bucket=week", "as_of=2026-11-26", "version_id=C1"}
                                 << "C1|2026-11-26|ok";
    QTest::addRow("JSON sniffed") << doc(dayAsOf) << "version.txt" << QStringList {} << "~|2026-11-26|ok";
    QTest::addRow("unreadable JSON") << QByteArray("{\"records\":[") << json << QStringList {"bucket=day", "as_of=2026-11-26"}
                                     << "error";
    QTest::addRow("JSON named .csv") << doc(dayAsOf) << "v.CSV" << QStringList {"bucket=day", "as_of=2026-11-26"}
                                     << "error";
}

void TestVersionHeader::header()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, name);
    QFETCH(QStringList, flags);
    QFETCH(QString, expected);
    static const MasterData master = masterFrom(Master);
    const std::string inputName = name.toStdString();
    const auto result = runValidation(master, input, inputName.c_str(), flagsFrom(flags));
    if (expected == QLatin1String("error")) {
        QVERIFY2(!result, "the version should be unreadable");
        QVERIFY(!result.error().message.empty());
        QVERIFY2(result.error().message.find('\n') == std::string::npos, result.error().message.c_str());
        QVERIFY(!result.error().cancelled);
        return;
    }
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    const QStringList outcomes = rowOutcomes(*result);
    QCOMPARE(outcomes.size(), 1);
    const QString actual = QStringList {optionalText(result->versionId), QString::fromStdString(result->asOf.toString()),
                                        outcomes[0].section(QLatin1Char('|'), 0, 0)}
                               .join(QLatin1Char('|'));
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestVersionHeader)
#include "tst_versionheader.moc"
