// The validation result document: exact fields and types as parsed back by QJsonDocument, string
// escaping, quantities as strings with three decimals, and the atomic file variant.
#include "enginefixture.h"

#include "io/resultwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace planbridge;
using namespace planbridge::test;

namespace {

// A code with characters JSON must escape or carry as UTF-8: quote, backslash, control, é, an emoji.
// It is spliced into the fixtures for @Q@: written inside the multi-line raw strings, its escapes made
// Qt 6.4's moc miss the test class.
const QByteArray SpecialJson = "\"Q\\\"\\\\\\u0001\\u00e9\\ud83d\\ude00\"";

QByteArray withSpecial(QByteArray text) { return text.replace("@Q@", SpecialJson); }

const QByteArray Master = withSpecial(R"({
 "items": [{"item": "FG-1", "base_uom": "PC"}, {"item": @Q@, "base_uom": "µg"}],
 "locations": [
  {"location": "P1", "erp_plant": "1000", "mrp_area": "1000-A", "calendar": "C", "period_type": "M", "horizon_days": 999},
  {"location": "P2", "erp_plant": "1000", "mrp_area": "1000-A", "calendar": "C", "period_type": "M", "horizon_days": 999},
  {"location": "PW", "erp_plant": "2000", "calendar": "C", "period_type": "W", "horizon_days": 999}],
 "item_locations": [{"item": "FG-1", "location": "P1"}, {"item": "FG-1", "location": "P2"}, {"item": "FG-1", "location": "PW"},
                    {"item": @Q@, "location": "P1"}],
 "uom_conversions": [{"item": "*", "from": "CS", "to": "PC", "factor": "12"}],
 "calendars": [{"calendar": "C"}]
})");

QJsonDocument writeAndParse(const ValidationResult &result)
{
    std::FILE *file = std::tmpfile();
    if (!file)
        qFatal("no temporary file");
    if (!writeValidationResult(result, file))
        qFatal("writeValidationResult failed");
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        bytes.append(buffer, qsizetype(n));
    std::fclose(file);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the result is not JSON: %s\n%s", qPrintable(error.errorString()), bytes.constData());
    return doc;
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

ValidationResult validated(const QByteArray &version)
{
    static const MasterData master = masterFrom(Master);
    auto result = runValidation(master, version);
    if (!result)
        qFatal("%s", result.error().message.c_str());
    return std::move(*result);
}

} // namespace

class TestResultWriter : public QObject
{
    Q_OBJECT

private slots:
    void document();
    void emptyResult();
    void writesFileAtomically();
};

void TestResultWriter::document()
{
    const QByteArray version = withSpecial(R"({"version_id":"DP-1","as_of":"2026-11-26","bucket":"day","records":[
        {"item":"FG-1","location":"P2","channel":"R","bucket_start":"2026-12-03","quantity":"1.5","uom":"PC"},
        {"item":"FG-1","location":"P1","channel":"O","bucket_start":"2026-12-02","quantity":9999999999.999,"uom":"PC"},
        {"item":"NOPE\t","location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":"1","uom":"PC"},
        42,
        {"item":"FG-1","location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":1.50,"uom":["CS"]},
        {"item":@Q@,"location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":0,"uom":"µg"},
        {"item":"FG-1","location":"PW","channel":"R","bucket_start":"2027-01-01","quantity":"2","uom":"CS"},
        {"item":"X\u0002Y","location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":"1","uom":"PC"},
        {"item":"FG-1","location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":"abc","uom":"PC"}]})");
    const QJsonObject doc = writeAndParse(validated(version)).object();

    for (const char *key : {"version_id", "as_of", "accepted", "rejects", "summary"})
        QVERIFY2(doc.contains(QLatin1String(key)), key);
    QCOMPARE(doc.value("version_id"), QJsonValue("DP-1"));
    QCOMPARE(doc.value("as_of"), QJsonValue("2026-11-26"));

    const QJsonArray accepted = doc.value("accepted").toArray();
    QCOMPARE(accepted.size(), 3);
    const QStringList recordKeys {"erp_plant", "item",   "location", "mrp_area", "period",
                                  "period_start", "period_type", "quantity", "sources", "uom"};
    for (const QJsonValue &v : accepted)
        QCOMPARE(keysOf(v.toObject()), recordKeys);

    const QString special = QString::fromUtf8("Q\"\\\x01\xc3\xa9\xf0\x9f\x98\x80");
    // FG-1 sorts before "Q…"; P2's row (row 0) is the lowest source of the shared 1000/1000-A key.
    QJsonObject r = accepted[0].toObject();
    QCOMPARE(r.value("item"), QJsonValue("FG-1"));
    QCOMPARE(r.value("location"), QJsonValue("P2"));
    QCOMPARE(r.value("erp_plant"), QJsonValue("1000"));
    QCOMPARE(r.value("mrp_area"), QJsonValue("1000-A"));
    QCOMPARE(r.value("period_type"), QJsonValue("M"));
    QCOMPARE(r.value("period"), QJsonValue("202612"));
    QCOMPARE(r.value("period_start"), QJsonValue("2026-12-01"));
    QCOMPARE(r.value("quantity"), QJsonValue("10000000001.499")); // uncapped sum, a string
    QCOMPARE(r.value("uom"), QJsonValue("PC"));
    QCOMPARE(r.value("sources"), QJsonValue(QJsonArray {0, 1}));

    r = accepted[1].toObject();
    QCOMPARE(r.value("location"), QJsonValue("PW"));
    QCOMPARE(r.value("erp_plant"), QJsonValue("2000"));
    QCOMPARE(r.value("mrp_area"), QJsonValue("2000"));
    QCOMPARE(r.value("period_type"), QJsonValue("W"));
    QCOMPARE(r.value("period"), QJsonValue("202653"));
    QCOMPARE(r.value("period_start"), QJsonValue("2026-12-28"));
    QCOMPARE(r.value("quantity"), QJsonValue("24.000"));
    QCOMPARE(r.value("uom"), QJsonValue("PC"));
    QCOMPARE(r.value("sources"), QJsonValue(QJsonArray {6}));

    r = accepted[2].toObject();
    QCOMPARE(r.value("item"), QJsonValue(special));
    QCOMPARE(r.value("quantity"), QJsonValue("0.000"));
    QCOMPARE(r.value("uom"), QJsonValue(QString::fromUtf8("\xc2\xb5g")));
    QCOMPARE(r.value("sources"), QJsonValue(QJsonArray {5}));

    const QJsonArray rejects = doc.value("rejects").toArray();
    QCOMPARE(rejects.size(), 5);
    for (const QJsonValue &v : rejects) {
        QCOMPARE(keysOf(v.toObject()), (QStringList {"field", "message", "reason", "row", "value"}));
        QVERIFY(v.toObject().value("message").isString());
        QVERIFY(!v.toObject().value("message").toString().isEmpty());
    }
    auto reject = [&](int i) {
        const QJsonObject o = rejects[i].toObject();
        return QJsonArray {o.value("row"), o.value("reason"), o.value("field"), o.value("value")};
    };
    QCOMPARE(reject(0), (QJsonArray {2, "UNKNOWN_ITEM", "item", "NOPE"}));
    QCOMPARE(reject(1), (QJsonArray {3, "MALFORMED", QJsonValue(), QJsonValue()}));
    QCOMPARE(reject(2), (QJsonArray {4, "MALFORMED", "uom", "[\"CS\"]"}));
    QCOMPARE(reject(3), (QJsonArray {7, "UNKNOWN_ITEM", "item", QString::fromUtf8("X\x02Y")}));
    QCOMPARE(reject(4), (QJsonArray {8, "QUANTITY_INVALID", "quantity", "abc"}));

    const QJsonObject summary = doc.value("summary").toObject();
    QCOMPARE(summary.value("rows_in"), QJsonValue(9));
    QCOMPARE(summary.value("rows_accepted"), QJsonValue(4));
    QCOMPARE(summary.value("rows_rejected"), QJsonValue(5));
    QCOMPARE(summary.value("records_out"), QJsonValue(3));
}

void TestResultWriter::emptyResult()
{
    const QJsonObject doc = writeAndParse(validated(R"({"as_of":"2026-11-26","bucket":"month","records":[]})")).object();
    QVERIFY(doc.value("version_id").isNull());
    QCOMPARE(doc.value("as_of"), QJsonValue("2026-11-26"));
    QCOMPARE(doc.value("accepted"), QJsonValue(QJsonArray {}));
    QCOMPARE(doc.value("rejects"), QJsonValue(QJsonArray {}));
    const QJsonObject summary = doc.value("summary").toObject();
    for (const char *key : {"rows_in", "rows_accepted", "rows_rejected", "records_out"})
        QCOMPARE(summary.value(QLatin1String(key)), QJsonValue(0));
}

void TestResultWriter::writesFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ValidationResult result = validated(
        R"({"as_of":"2026-11-26","bucket":"day","records":[{"item":"FG-1","location":"P1","channel":"R","bucket_start":"2026-12-01","quantity":"5","uom":"CS"}]})");
    const std::string target = dir.filePath("result.json").toStdString();
    {
        QFile existing(QString::fromStdString(target));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
    }
    QVERIFY(!writeValidationResultFile(result, target));
    QFile written(QString::fromStdString(target));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(doc.value("accepted").toArray().at(0).toObject().value("quantity"), QJsonValue("60.000"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"result.json"}); // no temporary left

    // A directory as the target, or a missing directory: an error, and nothing left behind.
    const auto onDirectory = writeValidationResultFile(result, dir.path().toStdString());
    QVERIFY(onDirectory);
    QVERIFY(onDirectory->message.find('\n') == std::string::npos);
    QVERIFY(writeValidationResultFile(result, dir.filePath("missing/result.json").toStdString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList {"result.json"});
}

QTEST_GUILESS_MAIN(TestResultWriter)
#include "tst_resultwriter.moc"
