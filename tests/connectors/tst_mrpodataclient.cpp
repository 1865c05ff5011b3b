// The S/4 execution side against the sandbox ERP over real loopback HTTP: PIRs written by the PIR
// client, MRP scheduled as an application job and awaited, then planned orders, purchase
// requisitions and shortages read back across pages and compared exactly with a hand-computed plan.
// Also: a throttled schedule recovered, an aborted run with the ERP's reason, an unknown job
// template refused without retries, and the wait's timeout and cancel.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/s4/mrpodataclient.h"
#include "connectors/s4/pirodataclient.h"
#include "net/httpclient.h"
#include "sandboxpeer.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#endif

using namespace planbridge;
using connectors::MrpRunState;
using nlohmann::json;

namespace {

Date day(const char *text)
{
    return *Date::parse(text);
}

Decimal qty(std::int64_t units)
{
    return Decimal::fromThousandths(units * 1000);
}

json material(const std::string &product, const std::string &procurement, int leadTimeDays,
    const std::string &openingStock = "0", const std::string &plant = "1710")
{
    return { { "plant", plant }, { "product", product }, { "base_unit", "PC" },
        { "procurement", procurement }, { "lead_time_days", leadTimeDays },
        { "opening_stock", openingStock } };
}

s4::PirHeader header(
    const std::string &product, std::vector<s4::PirItem> items, const std::string &plant = "1710")
{
    return { product, plant, plant, "VSF", "00", "", "", true, std::move(items) };
}

// An ERP whose run never finishes, to drive the wait's timeout and cancel.
class EndlessRun final : public connectors::ErpExecution
{
public:
    Expected<connectors::MrpRun> startMrp(const connectors::MrpRunRequest &) override
    {
        return connectors::MrpRun { "J1", "1", MrpRunState::Scheduled, {} };
    }
    Expected<connectors::MrpRun> mrpStatus(const connectors::MrpRun &run) override
    {
        ++polls;
        return connectors::MrpRun { run.id, run.runCount, MrpRunState::Running, {} };
    }
    Expected<connectors::ExecutionFeedback> readFeedback(const std::vector<std::string> &) override
    {
        return connectors::ExecutionFeedback {};
    }
    int polls = 0;
};

} // namespace

class TestMrpODataClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::string error = m_peer.start();
        QVERIFY2(error.empty(), error.c_str());
    }

    void init() { QVERIFY(admin("/sandbox/admin/reset", {}).is_object()); }

    // MAKE-1: make, 10 days, fixed lot 100, 30 in stock. BUY-1: buy from S-17, 7 days, lot-for-lot,
    // at most 40 a week. MAKE-2 in plant 1720 must stay out of a run and a read for 1710.
    void feedbackOfAKnownScenarioExactly()
    {
        setUpScenario();
        net::HttpClient http(clientConfig());
        auto config = fastConfig();
        config.readPageSize = 2; // three entries of each kind: two pages each
        s4::MrpODataClient erp(http, config);

        auto run = erp.startMrp({ { "1710" }, day("2026-09-01"), "MRP from the connector test" });
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QVERIFY(!run->id.empty());
        auto done = connectors::awaitMrp(erp, *run, quickPolls());
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        QCOMPARE(int(done->state), int(MrpRunState::Finished));
        QCOMPARE(done->id, run->id);

        const auto feedback = erp.readFeedback({ "1710" });
        QVERIFY2(feedback.ok(), feedback.ok() ? "" : feedback.error().message.c_str());
        // 09-01: 30 − 120 → one lot of 100, too late for today: started now, ready after 10 days.
        // 10-01 and 11-01: one lot each, started 10 days before.
        const std::vector<connectors::PlannedOrderFeedback> orders {
            { "0000000001", "MAKE-1", "1710", "1710", qty(100), "PC", day("2026-09-01"), day("2026-09-11"),
                false },
            { "0000000002", "MAKE-1", "1710", "1710", qty(100), "PC", day("2026-09-21"), day("2026-10-01"),
                false },
            { "0000000003", "MAKE-1", "1710", "1710", qty(100), "PC", day("2026-10-22"), day("2026-11-01"),
                false },
        };
        QVERIFY(feedback->plannedOrders == orders);
        // 100 on 09-15 against 40 a week: 40 that day, 40 on Sunday 09-13, 20 stay short.
        const std::vector<connectors::RequisitionFeedback> requisitions {
            { "0010000001", "00010", "BUY-1", "1710", qty(40), "PC", day("2026-09-13"), day("2026-09-06"),
                "S-17", false },
            { "0010000002", "00010", "BUY-1", "1710", qty(40), "PC", day("2026-09-15"), day("2026-09-08"),
                "S-17", false },
            { "0010000003", "00010", "BUY-1", "1710", qty(30), "PC", day("2026-10-01"), day("2026-09-24"),
                "S-17", false },
        };
        QVERIFY(feedback->requisitions == requisitions);
        const std::vector<connectors::ShortageFeedback> shortages {
            { "BUY-1", "1710", "1710", qty(20), "PC", day("2026-09-15"), std::nullopt },
            { "MAKE-1", "1710", "1710", qty(90), "PC", day("2026-09-01"), day("2026-09-10") },
        };
        QVERIFY(feedback->shortages == shortages);

        // Plant 1720 was not planned; after its own run both plants read together.
        QCOMPARE(erp.readFeedback({ "1720" })->plannedOrders.size(), 0u);
        run = erp.startMrp({ { "1720" }, day("2026-09-01"), "MRP 1720" });
        QVERIFY(run.ok());
        QCOMPARE(int(connectors::awaitMrp(erp, *run, quickPolls())->state), int(MrpRunState::Finished));
        const auto both = erp.readFeedback({ "1710", "1720" });
        QVERIFY(both.ok());
        QCOMPARE(both->plannedOrders.size(), 4u);
        QVERIFY(std::equal(orders.begin(), orders.end(), both->plannedOrders.begin()));
        QCOMPARE(both->plannedOrders.back().material, std::string("MAKE-2"));
        QCOMPARE(both->plannedOrders.back().plant, std::string("1720"));
        QCOMPARE(both->plannedOrders.back().quantity, qty(5));
        QCOMPARE(both->requisitions.size(), 3u);
    }

    void throttledScheduleIsRetried()
    {
        setUpScenario();
        admin("/sandbox/admin/faults", { { "throttle", { { "count", 1 }, { "retry_after", 1 } } } });
        net::HttpClient http(clientConfig());
        s4::MrpODataClient erp(http, fastConfig());
        const auto run = erp.startMrp({ { "1710" }, day("2026-09-01") });
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QCOMPARE(stats()["faults"]["throttled"].get<int>(), 1);
        QCOMPARE(int(connectors::awaitMrp(erp, *run, quickPolls())->state), int(MrpRunState::Finished));
    }

    void abortedRunKeepsTheReason()
    {
        setUpScenario();
        json kilograms = material("BUY-1", "buy", 7);
        kilograms["base_unit"] = "KG"; // the PIRs are in PC: the run cannot plan them
        QVERIFY(admin("/sandbox/admin/materials", json::array({ kilograms })).is_object());
        net::HttpClient http(clientConfig());
        s4::MrpODataClient erp(http, fastConfig());
        const auto run = erp.startMrp({ { "1710" }, day("2026-09-01") });
        QVERIFY(run.ok());
        const auto done = connectors::awaitMrp(erp, *run, quickPolls());
        QVERIFY(done.ok());
        QCOMPARE(int(done->state), int(MrpRunState::Aborted));
        QVERIFY2(done->message.find("base unit KG") != std::string::npos, done->message.c_str());
    }

    void unknownTemplateIsABusinessError()
    {
        net::HttpClient http(clientConfig());
        auto config = fastConfig();
        config.jobTemplate = "Z_NO_SUCH_TEMPLATE";
        s4::MrpODataClient erp(http, config);
        const int before = stats()["requests"].get<int>();
        const auto run = erp.startMrp({});
        QVERIFY(!run.ok());
        QCOMPARE(stats()["requests"].get<int>() - before, 2); // the token fetch and one schedule
        QVERIFY2(run.error().message.find("Z_NO_SUCH_TEMPLATE doesn't exist") != std::string::npos,
            run.error().message.c_str());
        QVERIFY(!erp.readFeedback({}).ok()); // no plant named: refused before sending
    }

    void waitTimesOutAndCancels()
    {
        EndlessRun erp;
        std::chrono::milliseconds slept { 0 };
        connectors::MrpWait wait;
        wait.pollInterval = std::chrono::milliseconds(500);
        wait.timeout = std::chrono::milliseconds(2000);
        wait.sleep = [&](std::chrono::milliseconds d) { slept += d; };
        const auto timedOut = connectors::awaitMrp(erp, *erp.startMrp({}), wait);
        QVERIFY(!timedOut.ok());
        QVERIFY(!timedOut.error().cancelled);
        QVERIFY2(timedOut.error().message.find("still running after 2 s") != std::string::npos,
            timedOut.error().message.c_str());
        QCOMPARE(erp.polls, 4);
        QCOMPARE(slept.count(), 2000);

        wait.keepWaiting = [&](const connectors::MrpRun &) { return erp.polls < 2; };
        erp.polls = 0;
        const auto cancelled = connectors::awaitMrp(erp, *erp.startMrp({}), wait);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().cancelled);
        QCOMPARE(erp.polls, 2);
    }

private:
    void setUpScenario()
    {
        json make = material("MAKE-1", "make", 10, "30");
        make["lot_sizing"] = "FX";
        make["fixed_lot_size"] = "100";
        json buy = material("BUY-1", "buy", 7);
        buy["supplier"] = "S-17";
        buy["weekly_limit"] = "40";
        QVERIFY(admin("/sandbox/admin/materials",
            json::array({ make, buy, material("MAKE-2", "make", 0, "0", "1720") }))
                    .is_object());
        net::HttpClient http(clientConfig());
        s4::PirODataClient pirs(http, { .retry = fastConfig().retry });
        const std::vector<s4::PirHeader> headers {
            header("MAKE-1",
                { { "202609", "M", "120.000", "PC" }, { "202610", "M", "50.000", "PC" },
                    { "202611", "M", "90.000", "PC" } }),
            header("BUY-1", { { "20260915", "D", "100.000", "PC" }, { "202610", "M", "30.000", "PC" } }),
            header("MAKE-2", { { "202609", "M", "5.000", "PC" } }, "1720"),
        };
        const auto written = pirs.writePirs(headers, { connectors::PirWriteMode::Batch, 1, 10, {} });
        QVERIFY(written.ok());
        for (const auto &result : *written)
            QVERIFY2(result.status == connectors::PirWriteStatus::Written, result.message.c_str());
    }

    static s4::MrpClientConfig fastConfig()
    {
        s4::MrpClientConfig config;
        config.retry.maxAttempts = 4;
        config.retry.baseDelay = std::chrono::milliseconds(20);
        config.retry.maxDelay = std::chrono::milliseconds(200);
        return config;
    }

    static connectors::MrpWait quickPolls()
    {
        connectors::MrpWait wait;
        wait.pollInterval = std::chrono::milliseconds(20);
        wait.timeout = std::chrono::milliseconds(20'000);
        return wait;
    }

    net::HttpClientConfig clientConfig() const { return m_peer.clientConfig(); }
    nlohmann::json admin(const std::string &path, const nlohmann::json &body)
    {
        return m_peer.admin(path, body);
    }
    nlohmann::json stats() { return m_peer.stats(); }

    connectortest::SandboxPeer m_peer;
};

QTEST_GUILESS_MAIN(TestMrpODataClient)
#include "tst_mrpodataclient.moc"
