// The IBP-shaped planning source against the sandbox planning service over real loopback HTTP: the
// catalogue, a 100,000-record version pulled page by page and compared record for record, the
// pulled records validated by the engine, and malformed answers from a stub server.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/ibp/ibpplanningsource.h"
#include "domain/decimal.h"
#include "engine/forecastvalidation.h"
#include "net/httpclient.h"
#include "sample/sampledata.h"
#include "sandbox/sandboxserver.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <thread>
#endif

using namespace planbridge;
using Row = std::array<std::string, 6>; // item, location, channel, bucket_start, quantity, uom

namespace {

// Keeps everything a pull delivers.
class CollectingSink final : public RecordSink
{
public:
    void beginRecords(const VersionFields &fields) override
    {
        ++m_begins;
        m_fields = fields;
    }
    void record(const RawRecord &record) override { m_records.push_back(record); }
    bool progress(std::size_t consumed, std::size_t total) override
    {
        m_lastProgress = { consumed, total };
        return consumed < m_cancelAfter;
    }

    std::vector<Row> rows() const
    {
        std::vector<Row> rows;
        for (const RawRecord &r : m_records) {
            rows.push_back({ r[RecordField::Item].text, r[RecordField::Location].text,
                r[RecordField::Channel].text, r[RecordField::BucketStart].text, r[RecordField::Quantity].text,
                r[RecordField::Uom].text });
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // The pulled version as a canonical version document, so the engine's own path validates it.
    std::string document() const
    {
        nlohmann::json records = nlohmann::json::array();
        for (const RawRecord &r : m_records) {
            nlohmann::json record = nlohmann::json::object();
            for (int f = 0; f < RecordFieldCount; ++f) {
                const RawField &field = r.fields[static_cast<std::size_t>(f)];
                if (field.kind == RawField::Kind::String)
                    record[std::string(recordFieldName(static_cast<RecordField>(f)))] = field.text;
            }
            records.push_back(std::move(record));
        }
        return nlohmann::json {
            { "version_id", m_fields.versionId.text }, { "as_of", m_fields.asOf.text },
            { "bucket", m_fields.bucket.text }, { "priority", m_fields.priority.text }, { "records", records }
        }.dump();
    }

    VersionFields m_fields;
    std::vector<RawRecord> m_records;
    int m_begins = 0;
    std::pair<std::size_t, std::size_t> m_lastProgress;
    std::size_t m_cancelAfter = SIZE_MAX;
};

sandbox::PlanningVersion bigVersion()
{
    // 250 products × 4 locations × 2 channels × 50 weeks = 100,000 rows.
    sandbox::PlanningVersion v { "BIG-1", "Consensus, big", "2026-11-26", "week", "normal", {} };
    v.rows.reserve(100'000);
    const Date firstMonday = *Date::parse("2026-11-30");
    std::int64_t n = 0;
    for (int p = 0; p < 250; ++p) {
        for (const char *location : { "P100", "P200", "P300", "P400" }) {
            for (const char *channel : { "RETAIL", "ONLINE" }) {
                for (int w = 0; w < 50; ++w) {
                    const std::string period = firstMonday.addDays(7 * w).toString() + "T00:00:00";
                    v.rows.push_back({ "FG-" + std::to_string(10000 + p), location, channel, period,
                        p % 3 ? "PC" : "CS", (n * 7919) % 12'345'678 });
                    ++n;
                }
            }
        }
    }
    return v;
}

std::vector<Row> expectedRows(const sandbox::PlanningVersion &version)
{
    std::vector<Row> rows;
    for (const sandbox::PlanningRow &r : version.rows)
        rows.push_back(
            { r.prdid, r.locid, r.custid, r.period.substr(0, 10), formatThousandths(r.quantity), r.uom });
    std::sort(rows.begin(), rows.end());
    return rows;
}

net::HttpClientConfig clientConfig(const std::string &baseUrl)
{
    net::HttpClientConfig config;
    config.baseUrl = baseUrl;
    config.authKind = net::AuthKind::Basic;
    config.basic = { "planner", "secret" };
    return config;
}

ibp::IbpSourceConfig fastRetries(std::size_t pageSize = 5000)
{
    ibp::IbpSourceConfig config;
    config.pageSize = pageSize;
    config.retry.maxAttempts = 3;
    config.retry.baseDelay = std::chrono::milliseconds(10);
    return config;
}

} // namespace

class TestIbpPlanningSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.requireAuth = true;
        options.user = "planner";
        options.password = "secret";
        const auto port = m_server.start(options);
        QVERIFY2(port.ok(), port.ok() ? "" : port.error().message.c_str());
        m_big = bigVersion();
        m_server.planning().addVersion(m_big);
        m_server.planning().addVersion(smallVersion());
    }

    void listsTheCatalogue()
    {
        net::HttpClient http(clientConfig(m_server.baseUrl()));
        ibp::IbpPlanningSource source(http, fastRetries());
        const auto versions = source.listVersions();
        QVERIFY2(versions.ok(), versions.ok() ? "" : versions.error().message.c_str());
        QCOMPARE(versions->size(), std::size_t(2));
        const auto big
            = std::find_if(versions->begin(), versions->end(), [](const auto &v) { return v.id == "BIG-1"; });
        QVERIFY(big != versions->end());
        QCOMPARE(big->bucket, std::string("week"));
        QCOMPARE(big->periodField, std::string("PERIODID4_TSTAMP"));
        QCOMPARE(big->asOf, std::string("2026-11-26"));
        QCOMPARE(big->name, std::string("Consensus, big"));
    }

    void pulls100kRecordsAcrossPages_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::addRow("one page at a time") << 1;
        QTest::addRow("four pages in flight") << 4;
    }

    void pulls100kRecordsAcrossPages()
    {
        QFETCH(int, parallel);
        net::HttpClient http(clientConfig(m_server.baseUrl()));
        auto config = fastRetries(5000);
        config.parallelPages = std::size_t(parallel);
        ibp::IbpPlanningSource source(http, config);
        CollectingSink sink;
        QElapsedTimer timer;
        timer.start();
        const auto pulled = source.pullVersion("BIG-1", sink);
        const qint64 ms = timer.elapsed();
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : pulled.error().message.c_str());
        qInfo("pulled 100,000 records in %lld ms over %zu requests", ms, source.requestsSent());
        QCOMPARE(pulled->records, std::size_t(100'000));
        QCOMPARE(source.requestsSent(), std::size_t(1 + 20)); // the catalogue, then 20 pages
        QCOMPARE(sink.m_begins, 1);
        QCOMPARE(sink.m_lastProgress, std::make_pair(std::size_t(100'000), std::size_t(100'000)));
        QCOMPARE(pulled->fields.versionId.text, std::string("BIG-1"));
        QCOMPARE(pulled->fields.bucket.text, std::string("week"));
        QCOMPARE(pulled->fields.asOf.text, std::string("2026-11-26"));
        QCOMPARE(pulled->fields.priority.text, std::string("normal"));
        QVERIFY(sink.m_records.front()[RecordField::Quantity].kind == RawField::Kind::String);
        QVERIFY(sink.rows() == expectedRows(m_big));
    }

    // A server that gives fewer rows than $top asked for (a cap), and once a page shorter still:
    // pages fetched together must neither skip nor repeat a row.
    void serverCappedPagesStayComplete()
    {
        httplib::Server stub;
        stub.Get(".*/PlanningVersions", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"d":{"results":[{"VERSIONID":"V","PERIODFIELD":"PERIODID4_TSTAMP",)"
                            R"("PERIODTYPE":"week","ASOFDATE":"2026-11-26"}]}})",
                "application/json");
        });
        stub.Get(".*/PBDEMAND", [](const httplib::Request &req, httplib::Response &res) {
            const std::size_t skip = std::stoul(req.get_param_value("$skip"));
            const std::size_t top = std::stoul(req.get_param_value("$top"));
            const std::size_t take = skip == 10 ? 3 : std::min<std::size_t>(top, 5); // capped at 5
            nlohmann::json rows = nlohmann::json::array();
            for (std::size_t i = skip; i < std::min<std::size_t>(23, skip + take); ++i) {
                char id[24];
                std::snprintf(id, sizeof id, "P%02zu", i);
                rows.push_back({ { "PRDID", id }, { "LOCID", "L" }, { "CUSTID", "C" },
                    { "PERIODID4_TSTAMP", "2026-11-30T00:00:00" }, { "UOMTOID", "PC" },
                    { "CONSENSUSDEMAND", "1" } });
            }
            res.set_content(nlohmann::json { { "d", { { "results", rows }, { "__count", "23" } } } }.dump(),
                "application/json");
        });
        stub.set_keep_alive_max_count(1);
        const int port = stub.bind_to_any_port("127.0.0.1");
        std::thread serving([&] { stub.listen_after_bind(); });
        net::HttpClientConfig config;
        config.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        net::HttpClient http(config);
        auto sourceConfig = fastRetries(10);
        sourceConfig.parallelPages = 3;
        ibp::IbpPlanningSource source(http, sourceConfig);
        CollectingSink sink;
        const auto pulled = source.pullVersion("V", sink);
        stub.stop();
        serving.join();
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : pulled.error().message.c_str());
        QCOMPARE(pulled->records, std::size_t(23));
        QStringList ids;
        for (const RawRecord &r : sink.m_records)
            ids << QString::fromStdString(r[RecordField::Item].text);
        QStringList expected;
        for (int i = 0; i < 23; ++i)
            expected << QString::asprintf("P%02d", i);
        QCOMPARE(ids, expected);
    }

    void cancelStopsAfterAPage()
    {
        net::HttpClient http(clientConfig(m_server.baseUrl()));
        ibp::IbpPlanningSource source(http, fastRetries(5000));
        CollectingSink sink;
        sink.m_cancelAfter = 10'000;
        const auto pulled = source.pullVersion("BIG-1", sink);
        QVERIFY(!pulled.ok());
        QVERIFY(pulled.error().cancelled);
        QCOMPARE(sink.m_records.size(), std::size_t(10'000));
    }

    void pulledRecordsReachTheValidatorUnchanged()
    {
        net::HttpClient http(clientConfig(m_server.baseUrl()));
        ibp::IbpPlanningSource source(http, fastRetries(4));
        CollectingSink sink;
        const auto pulled = source.pullVersion("SMALL-1", sink);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : pulled.error().message.c_str());
        QCOMPARE(sink.rows(), expectedRows(smallVersion()));

        const auto master = loadMasterData(sampleMasterData());
        QVERIFY(master.ok());
        const auto viaPull = validateForecast(*master, sink.document(), "pulled.json", {});
        QVERIFY2(viaPull.ok(), viaPull.ok() ? "" : viaPull.error().message.c_str());
        const auto direct = validateForecast(*master, directDocument(), "direct.json", {});
        QVERIFY(direct.ok());
        QCOMPARE(viaPull->rowsIn, std::size_t(smallVersion().rows.size()));
        QCOMPARE(viaPull->rowsAccepted, direct->rowsAccepted);
        QVERIFY(viaPull->rowsAccepted > 0);
        QVERIFY(viaPull->rowsAccepted < viaPull->rowsIn); // the unknown item and the Wednesday are rejected
        QVERIFY(viaPull->rejectsByReason == direct->rejectsByReason);
        QCOMPARE(viaPull->accepted.size(), direct->accepted.size());
        for (std::size_t i = 0; i < direct->accepted.size(); ++i) {
            QVERIFY(viaPull->accepted[i].quantity == direct->accepted[i].quantity);
            QCOMPARE(viaPull->periodLabel(viaPull->accepted[i]), direct->periodLabel(direct->accepted[i]));
        }
    }

    void unknownVersionIsAnError()
    {
        net::HttpClient http(clientConfig(m_server.baseUrl()));
        ibp::IbpPlanningSource source(http, fastRetries());
        CollectingSink sink;
        const auto pulled = source.pullVersion("NOPE", sink);
        QVERIFY(!pulled.ok());
        QVERIFY(pulled.error().message.find("NOPE") != std::string::npos);
    }

    void wrongCredentialsAreAnAuthError()
    {
        auto config = clientConfig(m_server.baseUrl());
        config.basic.password = "wrong";
        net::HttpClient http(config);
        ibp::IbpPlanningSource source(http, fastRetries());
        const auto versions = source.listVersions();
        QVERIFY(!versions.ok());
        QVERIFY2(versions.error().message.find("401") != std::string::npos, versions.error().message.c_str());
        QVERIFY(versions.error().message.find("wrong") == std::string::npos);
    }

    void malformedAnswersAreCleanErrors_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("expected");
        const QString goodCatalogue = R"({"d":{"results":[{"VERSIONID":"V","PERIODFIELD":"PERIODID4_TSTAMP",)"
                                      R"("PERIODTYPE":"week","ASOFDATE":"2026-11-26"}]}})";
        QTest::addRow("catalogue not JSON") << "<html>oops</html>"
                                            << ""
                                            << "not JSON";
        QTest::addRow("catalogue truncated") << R"({"d":{"results":[{"VERSIONID")"
                                             << ""
                                             << "not JSON";
        QTest::addRow("catalogue wrong envelope") << R"({"value":[]})"
                                                  << ""
                                                  << "\"d\"";
        QTest::addRow("catalogue results not array") << R"({"d":{"results":{}}})"
                                                     << ""
                                                     << "results";
        QTest::addRow("catalogue entry not object") << R"({"d":{"results":[3]}})"
                                                    << ""
                                                    << "catalogue entry 0";
        QTest::addRow("catalogue entry without id") << R"({"d":{"results":[{"PERIODFIELD":"X"}]}})"
                                                    << ""
                                                    << "VERSIONID";
        QTest::addRow("page garbage") << goodCatalogue << "\x01\x02garbage"
                                      << "not JSON";
        QTest::addRow("page array") << goodCatalogue << "[1,2]"
                                    << "not a JSON object";
        QTest::addRow("page row not object") << goodCatalogue << R"({"d":{"results":["x"],"__count":"1"}})"
                                             << "row 0";
        QTest::addRow("page bad count") << goodCatalogue << R"({"d":{"results":[],"__count":"many"}})"
                                        << "__count";
        QTest::addRow("page without count") << goodCatalogue << R"({"d":{"results":[{"PRDID":"A"}]}})"
                                            << "__count";
        QTest::addRow("page short") << goodCatalogue << R"({"d":{"results":[],"__count":"5"}})"
                                    << "0 of 5";
        QTest::addRow("page too long")
            << goodCatalogue << R"({"d":{"results":[{"PRDID":"A"},{"PRDID":"B"}],"__count":"1"}})"
            << "more rows";
    }

    void malformedAnswersAreCleanErrors()
    {
        QFETCH(QString, catalogue);
        QFETCH(QString, page);
        QFETCH(QString, expected);
        httplib::Server stub;
        stub.Get(".*/PlanningVersions", [&](const httplib::Request &, httplib::Response &res) {
            res.set_content(catalogue.toStdString(), "application/json");
        });
        stub.Get(".*/PBDEMAND", [&](const httplib::Request &, httplib::Response &res) {
            res.set_content(page.toStdString(), "application/json");
        });
        stub.set_keep_alive_max_count(1); // so stop() need not wait out an idle keep-alive
        const int port = stub.bind_to_any_port("127.0.0.1");
        std::thread serving([&] { stub.listen_after_bind(); });
        // bind_to_any_port already listens: early connections wait in the backlog.

        net::HttpClientConfig config;
        config.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        net::HttpClient http(config);
        ibp::IbpPlanningSource source(http, fastRetries());
        CollectingSink sink;
        const auto pulled = source.pullVersion("V", sink);
        stub.stop();
        serving.join();
        QVERIFY(!pulled.ok());
        QVERIFY2(pulled.error().message.find(expected.toStdString()) != std::string::npos,
            pulled.error().message.c_str());
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    // Items and locations of the sample master; an unknown item and a mid-week date to reject.
    static sandbox::PlanningVersion smallVersion()
    {
        sandbox::PlanningVersion v { "SMALL-1", "Small", "2026-11-26", "week", "high", {} };
        std::int64_t q = 1000;
        for (const char *item : { "FG-1000", "FG-2000", "X-UNKNOWN" }) {
            for (const char *location : { "P100", "P200" }) {
                for (const char *channel : { "RETAIL", "ONLINE" }) {
                    for (const char *week : { "2026-12-07", "2026-12-14", "2026-12-21" })
                        v.rows.push_back(
                            { item, location, channel, std::string(week) + "T00:00:00", "PC", q += 1250 });
                }
            }
        }
        v.rows.push_back({ "FG-1000", "P100", "RETAIL", "2026-12-09T00:00:00", "CS", 12'500 });
        return v;
    }

    // The same rows as a version file, in the order the planning service returns them.
    static std::string directDocument()
    {
        nlohmann::json records = nlohmann::json::array();
        for (const Row &r : expectedRows(smallVersion())) {
            records.push_back({ { "item", r[0] }, { "location", r[1] }, { "channel", r[2] },
                { "bucket_start", r[3] }, { "quantity", r[4] }, { "uom", r[5] } });
        }
        return nlohmann::json {
            { "version_id", "SMALL-1" }, { "as_of", "2026-11-26" }, { "bucket", "week" },
            { "priority", "high" }, { "records", records }
        }.dump();
    }

    sandbox::SandboxServer m_server;
    sandbox::PlanningVersion m_big;
};

QTEST_GUILESS_MAIN(TestIbpPlanningSource)
#include "tst_ibpplanningsource.moc"
