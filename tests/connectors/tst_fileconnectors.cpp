// The flat-file connectors: a folder of canonical version files as a planning source (listed,
// pulled record for record equal to reading the file itself), and a folder as the ERP, whose state
// file is merged idempotently, exported as CSV, read back equal, and never overwritten when corrupt.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "connectors/file/fileerptarget.h"
#include "connectors/file/fileplanningsource.h"
#include "connectors/file/pirstatefile.h"
#include "io/inputfile.h"
#include "sample/syntheticversion.h"

#include <algorithm>
#endif

using namespace planbridge;
using connectors::PirWriteStatus;

Q_DECLARE_METATYPE(std::string)

namespace {

// Keeps every record as text, so two reads compare exactly.
class CollectingSink final : public RecordSink
{
public:
    void beginRecords(const VersionFields &) override { ++begun; }
    void record(const RawRecord &record) override
    {
        std::string line;
        for (const RawField &field : record.fields)
            line += std::to_string(int(field.kind)) + ":" + field.text + "|";
        lines.push_back(std::move(line));
    }
    bool progress(std::size_t done, std::size_t) override
    {
        lastProgress = done;
        return !stopAfterFirstProgress;
    }

    std::vector<std::string> lines;
    int begun = 0;
    std::size_t lastProgress = 0;
    bool stopAfterFirstProgress = false;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

s4::PirHeader header(
    const std::string &product, std::vector<s4::PirItem> items, const std::string &plant = "1710")
{
    return { product, plant, plant, "VSF", "00", "", "", true, std::move(items) };
}

} // namespace

class TestFileConnectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SyntheticSpec spec;
        spec.records = 10'000;
        spec.seed = 7;
        const auto written = writeSyntheticVersion(spec, m_versions.path().toStdString());
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
    }

    void listsVersionFilesButNotTheMaster()
    {
        files::FilePlanningSource source(m_versions.path().toStdString());
        const auto versions = source.listVersions();
        QVERIFY2(versions.ok(), versions.ok() ? "" : versions.error().message.c_str());
        QCOMPARE(versions->size(), 2u); // version.csv, version.json; master.json is not a version
        QCOMPARE((*versions)[0].id, std::string("version")); // CSV: the file name
        QCOMPARE((*versions)[0].bucket, std::string());
        QVERIFY((*versions)[1].id != "version"); // JSON: its version_id
        QCOMPARE((*versions)[1].bucket, std::string("week"));
        QVERIFY(Date::parse((*versions)[1].asOf).has_value());
    }

    void pullEqualsReadingTheFile_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addRow("JSON") << true;
        QTest::addRow("CSV") << false;
    }

    void pullEqualsReadingTheFile()
    {
        QFETCH(bool, json);
        files::FilePlanningSource source(m_versions.path().toStdString());
        const auto versions = source.listVersions();
        QVERIFY(versions.ok());
        const std::string id = (*versions)[json ? 1 : 0].id;
        CollectingSink pulled;
        const auto result = source.pullVersion(id, pulled);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QCOMPARE(result->records, std::size_t(10'000));
        QCOMPARE(pulled.lines.size(), std::size_t(10'000));
        QCOMPARE(pulled.begun, 1);
        QVERIFY(pulled.lastProgress > 0);
        if (json)
            QCOMPARE(result->fields.versionId.text, id);

        // The same file through the reader directly.
        std::string error;
        const auto file = InputFile::open(
            m_versions.filePath(json ? "version.json" : "version.csv").toStdString(), error);
        QVERIFY(file.has_value());
        CollectingSink direct;
        VersionFields fields;
        QVERIFY(!(json ? readForecastJson(file->content(), direct, fields)
                       : readForecastCsv(file->content(), direct)));
        QVERIFY(pulled.lines == direct.lines);
    }

    void pullCanBeCancelled()
    {
        files::FilePlanningSource source(m_versions.path().toStdString());
        CollectingSink sink;
        sink.stopAfterFirstProgress = true;
        const auto result = source.pullVersion("version", sink);
        QVERIFY(!result.ok());
        QVERIFY(result.error().cancelled);
        QVERIFY(sink.lines.size() < 10'000);
    }

    void sourceErrors_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<std::string>("expected");
        QTest::addRow("same id twice")
            << QByteArray(R"({"version_id":"V1","bucket":"week","as_of":"2026-11-02","records":[]})")
            << QByteArray(R"({"version_id":"V1","bucket":"week","as_of":"2026-11-02","records":[]})")
            << std::string("version V1 is in both a.json and b.json");
        QTest::addRow("unreadable JSON") << QByteArray("{\"version_id\": \"V1\",\n  \"records\": [,]}")
                                         << QByteArray() << std::string("a.json: line 2");
        QTest::addRow("invalid UTF-8")
            << QByteArray("{\"version_id\": \"V\xff\"}") << QByteArray() << std::string("a.json: line 1");
    }

    void sourceErrors()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(std::string, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath("a.json"), a);
        if (!b.isEmpty())
            writeFile(dir.filePath("b.json"), b);
        files::FilePlanningSource source(dir.path().toStdString());
        const auto versions = source.listVersions();
        QVERIFY(!versions.ok());
        QVERIFY2(
            versions.error().message.find(expected) != std::string::npos, versions.error().message.c_str());
    }

    void idAfterTheRecordsIsFound()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("late.json"),
            R"({"records":[{"item":"A","location":"P1","channel":"C","bucket_start":"2026-11-02",
                "quantity":"1","uom":"PC"}],"version_id":"LATE-1","bucket":"week","as_of":"2026-11-01"})");
        files::FilePlanningSource source(dir.path().toStdString());
        const auto versions = source.listVersions();
        QVERIFY(versions.ok());
        QCOMPARE(versions->front().id, std::string("LATE-1"));
        QCOMPARE(versions->front().bucket, std::string("week"));
        CollectingSink sink;
        QCOMPARE(source.pullVersion("LATE-1", sink)->records, std::size_t(1));
        QVERIFY(!source.pullVersion("late", sink).ok());
        QVERIFY(!files::FilePlanningSource(dir.filePath("nope").toStdString()).listVersions().ok());
    }

    void targetMergesIdempotentlyAndExportsCsv()
    {
        QTemporaryDir dir;
        files::FileErpTarget erp(dir.path().toStdString());
        QVERIFY(erp.readPirState({})->empty()); // no state yet: nothing held
        const std::vector<s4::PirHeader> first {
            header("FG-2", { { "202611", "M", "10.000", "PC" }, { "202612", "M", "20.5", "PC" } }),
            header("FG-1", { { "202611", "M", "7.000", "PC" } }),
        };
        std::size_t progressed = 0;
        auto results = erp.writePirs(
            first, {}, [&](std::size_t done, std::size_t) { return progressed = done, true; });
        QVERIFY(results.ok());
        QCOMPARE(progressed, 2u);
        for (const auto &r : *results)
            QCOMPARE(int(r.status), int(PirWriteStatus::Written));
        const QByteArray csv = "product,plant,mrp_area,requirement_type,version,requirement_plan,"
                               "requirement_segment,period,period_type,quantity,unit\n"
                               "FG-1,1710,1710,VSF,00,,,202611,M,7.000,PC\n"
                               "FG-2,1710,1710,VSF,00,,,202611,M,10.000,PC\n"
                               "FG-2,1710,1710,VSF,00,,,202612,M,20.500,PC\n";
        QCOMPARE(readFile(QString::fromStdString(erp.csvPath())), csv);

        // The same write again (a retry after a lost answer) changes nothing.
        const QByteArray state = readFile(QString::fromStdString(erp.statePath()));
        QVERIFY(erp.writePirs(first, {}).ok());
        QCOMPARE(readFile(QString::fromStdString(erp.statePath())), state);

        // An update is absolute: the quantity is replaced, zero is kept as zero.
        QVERIFY(erp.writePirs({ header("FG-2", { { "202612", "M", "0", "PC" } }) }, {}).ok());
        connectors::PirStateFilter product;
        product.product = "FG-2";
        const auto items = erp.readPirState(product);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2u);
        QCOMPARE((*items)[1].quantity, std::string("0.000"));
        connectors::PirStateFilter plant;
        plant.plant = "9999";
        QCOMPARE(erp.readPirState(plant)->size(), 0u);
    }

    void targetRejectsBadQuantitiesPerHeader()
    {
        QTemporaryDir dir;
        files::FileErpTarget erp(dir.path().toStdString());
        const auto results = erp.writePirs(
            { header("OK", { { "202611", "M", "1", "PC" } }),
                header("BAD", { { "202611", "M", "1", "PC" }, { "202612", "M", "1.0001", "PC" } }) },
            {});
        QVERIFY(results.ok());
        QCOMPARE(int((*results)[0].status), int(PirWriteStatus::Written));
        QCOMPARE(int((*results)[1].status), int(PirWriteStatus::Rejected));
        QCOMPARE(int((*results)[1].outcome), int(net::Outcome::Business));
        QVERIFY2((*results)[1].message.find("202612") != std::string::npos, (*results)[1].message.c_str());
        QCOMPARE(erp.readPirState({})->size(), 1u); // nothing of BAD, not even its good item
        connectors::PirWriteOptions twoIds;
        twoIds.requestIds = { "a", "b" };
        QVERIFY(!erp.writePirs({ header("X", {}) }, twoIds).ok());
    }

    void corruptStateIsNeverOverwritten()
    {
        QTemporaryDir dir;
        files::FileErpTarget erp(dir.path().toStdString());
        const QByteArray corrupt = "{\"pir_items\": [{\"product\": \"A\"";
        writeFile(QString::fromStdString(erp.statePath()), corrupt);
        const auto results = erp.writePirs({ header("A", { { "202611", "M", "1", "PC" } }) }, {});
        QVERIFY(results.ok());
        QCOMPARE(int(results->front().status), int(PirWriteStatus::Failed));
        QVERIFY2(results->front().message.find("left as it is") != std::string::npos,
            results->front().message.c_str());
        QCOMPARE(readFile(QString::fromStdString(erp.statePath())), corrupt);
        QVERIFY(!QFile::exists(QString::fromStdString(erp.csvPath())));
        QVERIFY(!erp.readPirState({}).ok());
    }

    void hostileStringsRoundTrip()
    {
        QTemporaryDir dir;
        files::FileErpTarget erp(dir.path().toStdString());
        const std::string product = "FG \"7\", line\nbreak, ünïcode";
        QVERIFY(erp.writePirs({ header(product, { { "202611", "M", "3", "PC" } }) }, {}).ok());
        QCOMPARE(erp.readPirState({})->front().product, product);
        QVERIFY(readFile(QString::fromStdString(erp.csvPath()))
                    .contains("\"FG \"\"7\"\", line\nbreak, \xc3\xbcn\xc3\xaf"
                              "code\",1710"));
    }

    void stateParserErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<std::string>("expected");
        const QByteArray item
            = R"({"product":"A","plant":"1710","mrp_area":"1710","requirement_type":"VSF",)"
              R"("version":"00","requirement_plan":"","requirement_segment":"","period":"202611",)"
              R"("period_type":"M","quantity":"1.000","unit":"PC"})";
        QTest::addRow("not JSON") << QByteArray("pir") << std::string("not JSON");
        QTest::addRow("no list") << QByteArray("{}") << std::string("expected {\"pir_items\"");
        QTest::addRow("item not object")
            << QByteArray(R"({"pir_items":[[]]})") << std::string("item 0 is not an object");
        QTest::addRow("missing field")
            << QByteArray(R"({"pir_items":[{"product":"A"}]})") << std::string("item 0 has no string plant");
        QTest::addRow("numeric quantity")
            << QByteArray(R"({"pir_items":[)" + QByteArray(item).replace("\"1.000\"", "1") + "]}")
            << std::string("has no string quantity");
        QTest::addRow("huge quantity")
            << QByteArray(R"({"pir_items":[)" + QByteArray(item).replace("1.000", "1e400") + "]}")
            << std::string("item 0 has quantity \"1e400\"");
        QTest::addRow("same key twice") << QByteArray(R"({"pir_items":[)" + item + "," + item + "]}")
                                        << std::string("item 1 repeats the key");
    }

    void stateParserErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(std::string, expected);
        const auto parsed = files::parsePirStateJson(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.find(expected) != std::string::npos, parsed.error().message.c_str());
    }

private:
    QTemporaryDir m_versions;
};

QTEST_GUILESS_MAIN(TestFileConnectors)
#include "tst_fileconnectors.moc"
