// The sandbox ERP's guards and injected faults over real HTTP: CSRF, Basic auth, repeatable
// requests, outage, throttling, random 5xx, dropped responses and business rejections.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "erptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

#include <chrono>

using namespace sandboxtest;
using nlohmann::json;
using planbridge::sandbox::SandboxOptions;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csrfRequiredWithoutToken();
    void csrfRequiredAfterExpiry();
    void basicAuth();
    void repeatedRequestIdIsNotAppliedTwice();
    void outage();
    void throttlingWithRetryAfter();
    void dropAfterApply();
    void businessRejection();
    void randomErrorsAreSeeded();
    void latencyAndReset();

private:
    int start(const SandboxOptions &options = {});
    json stats() { return m_client->getJson("/sandbox/admin/stats"); }
    int configure(const json &faults)
    {
        return m_client->http().Post("/sandbox/admin/faults", faults.dump(), "application/json")->status;
    }

    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
};

int TestSandboxFaults::start(const SandboxOptions &options)
{
    m_server.stop();
    const auto port = m_server.start(options);
    if (!port.ok())
        return 0;
    m_client = std::make_unique<ErpClient>(*port);
    return *port;
}

void TestSandboxFaults::init()
{
    QVERIFY(start() > 0);
    QVERIFY(m_client->fetchToken());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.stop();
}

void TestSandboxFaults::csrfRequiredWithoutToken()
{
    const auto result = m_client->http().Post(
        Root + "/PlannedIndepRqmt", pirBody("FG-1", { { "202609", "1" } }).dump(), "application/json");
    QCOMPARE(result->status, 403);
    QCOMPARE(qs(result->get_header_value("X-CSRF-Token")), QStringLiteral("Required"));
    // A token without its session cookie is no better.
    const auto noCookie = m_client->http().Post(Root + "/PlannedIndepRqmt",
        { { "X-CSRF-Token", m_client->writeHeaders().find("X-CSRF-Token")->second } }, "{}",
        "application/json");
    QCOMPARE(noCookie->status, 403);
    QCOMPARE(stats()["items_stored"].get<int>(), 0);
}

void TestSandboxFaults::csrfRequiredAfterExpiry()
{
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202609", "1" } }))->status, 201);
    QCOMPARE(configure({ { "expire_csrf", true } }), 200);
    const auto expired = m_client->postPir(pirBody("FG-1", { { "202609", "2" } }));
    QCOMPARE(expired->status, 403);
    QCOMPARE(qs(expired->get_header_value("X-CSRF-Token")), QStringLiteral("Required"));
    QVERIFY(m_client->fetchToken()); // re-fetch once and retry, as SAP documents
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202609", "2" } }))->status, 201);
    QCOMPARE(stats()["faults"]["csrf_rejections"].get<int>(), 1);
}

void TestSandboxFaults::basicAuth()
{
    SandboxOptions options;
    options.requireAuth = true;
    options.user = "planner";
    options.password = "s3cret";
    QVERIFY(start(options) > 0);
    const auto anonymous = m_client->get(Root + "/PlannedIndepRqmt");
    QCOMPARE(anonymous->status, 401);
    QVERIFY(anonymous->get_header_value("WWW-Authenticate").rfind("Basic ", 0) == 0);
    m_client->setAuth("planner", "wrong");
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt")->status, 401);
    m_client->setAuth("planner", "s3cret");
    QVERIFY(m_client->fetchToken());
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202609", "1" } }))->status, 201);
    QCOMPARE(qs(m_client->getJson(itemPath("FG-1", "202609"))["d"]["LastChangedByUser"]),
        QStringLiteral("PLANNER"));
}

void TestSandboxFaults::repeatedRequestIdIsNotAppliedTwice()
{
    const json body = pirBody("FG-R", { { "202609", "10" } });
    const auto first = m_client->postPir(body, "3f2a9c1e-0001");
    QCOMPARE(first->status, 201);
    QCOMPARE(qs(first->get_header_value("Repeatability-Result")), QStringLiteral("accepted"));
    const auto again = m_client->postPir(body, "3f2a9c1e-0001");
    QCOMPARE(again->status, 201);
    QCOMPARE(qs(again->body), qs(first->body)); // the first outcome, replayed byte for byte
    // Even a different payload under the same id is not applied: the id names the first request.
    QCOMPARE(m_client->postPir(pirBody("FG-R", { { "202609", "99" } }), "3f2a9c1e-0001")->status, 201);
    QCOMPARE(
        qs(m_client->getJson(itemPath("FG-R", "202609"))["d"]["PlannedQuantity"]), QStringLiteral("10.000"));
    const json s = stats();
    QCOMPARE(s["writes_received"].get<int>(), 3);
    QCOMPARE(s["writes_applied"].get<int>(), 1);
    QCOMPARE(s["duplicates_detected"].get<int>(), 2);
    QCOMPARE(s["repeatability_ids"].get<int>(), 1);
}

void TestSandboxFaults::outage()
{
    QCOMPARE(configure({ { "outage", true } }), 200);
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt")->status, 503);
    const auto write = m_client->postPir(pirBody("FG-O", { { "202609", "1" } }));
    QCOMPARE(write->status, 503);
    QVERIFY(json::parse(write->body)["error"]["message"]["value"].is_string());
    QCOMPARE(configure({ { "outage", false } }), 200);
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt")->status, 200);
    QCOMPARE(stats()["faults"]["outage"].get<int>(), 2);
    QCOMPARE(stats()["items_stored"].get<int>(), 0);
}

void TestSandboxFaults::throttlingWithRetryAfter()
{
    QCOMPARE(configure({ { "throttle", { { "count", 2 }, { "retry_after", 3 } } } }), 200);
    for (int i = 0; i < 2; ++i) {
        const auto throttled = m_client->postPir(pirBody("FG-T", { { "202609", "1" } }));
        QCOMPARE(throttled->status, 429);
        QCOMPARE(qs(throttled->get_header_value("Retry-After")), QStringLiteral("3"));
    }
    QCOMPARE(m_client->postPir(pirBody("FG-T", { { "202609", "1" } }))->status, 201);
    QCOMPARE(stats()["faults"]["throttled"].get<int>(), 2);
}

void TestSandboxFaults::dropAfterApply()
{
    QCOMPARE(configure({ { "drop_after_apply", 1 } }), 200);
    const auto dropped = m_client->postPir(pirBody("FG-X", { { "202609", "12.5" } }), "req-drop-1");
    QVERIFY(!dropped); // no response at all: the connection closed after the write was applied
    QCOMPARE(dropped.error(), httplib::Error::Read);
    QCOMPARE(
        qs(m_client->getJson(itemPath("FG-X", "202609"))["d"]["PlannedQuantity"]), QStringLiteral("12.500"));
    // The classic duplicate trap, defused: the retry with the same id gets the first outcome.
    const auto retry = m_client->postPir(pirBody("FG-X", { { "202609", "12.5" } }), "req-drop-1");
    QCOMPARE(retry->status, 201);
    const json s = stats();
    QCOMPARE(s["faults"]["dropped_responses"].get<int>(), 1);
    QCOMPARE(s["writes_applied"].get<int>(), 1);
    QCOMPARE(s["duplicates_detected"].get<int>(), 1);
}

void TestSandboxFaults::businessRejection()
{
    QCOMPARE(configure({ { "blocked_products", { "FG-BLOCK" } } }), 200);
    const auto rejected = m_client->postPir(pirBody("FG-BLOCK", { { "202609", "1" } }));
    QCOMPARE(rejected->status, 400);
    const json error = json::parse(rejected->body)["error"];
    QCOMPARE(qs(error["message"]["value"]), QStringLiteral("Material FG-BLOCK is blocked for planning"));
    QCOMPARE(qs(error["message"]["lang"]), QStringLiteral("en"));
    QCOMPARE(m_client->postPir(pirBody("FG-OK", { { "202609", "1" } }))->status, 201);
    QCOMPARE(stats()["faults"]["business_rejections"].get<int>(), 1);
    QCOMPARE(stats()["items_stored"].get<int>(), 1);
}

void TestSandboxFaults::randomErrorsAreSeeded()
{
    const auto run = [this] {
        QString pattern;
        for (int i = 0; i < 40; ++i)
            pattern += m_client->get(Root + "/PlannedIndepRqmt")->status >= 500 ? 'E' : '.';
        return pattern;
    };
    QCOMPARE(configure({ { "error_rate", 0.3 }, { "seed", 7 } }), 200);
    const QString first = run();
    QCOMPARE(configure({ { "seed", 7 } }), 200);
    QCOMPARE(run(), first);
    QVERIFY(first.contains('E') && first.contains('.'));
}

void TestSandboxFaults::latencyAndReset()
{
    QCOMPARE(configure({ { "latency_ms", 150 }, { "blocked_products", { "FG-1" } } }), 200);
    const auto started = std::chrono::steady_clock::now();
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt")->status, 200);
    QVERIFY(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(150));
    QCOMPARE(m_client->http().Post("/sandbox/admin/reset", "", "application/json")->status, 200);
    QCOMPARE(m_client->getJson("/sandbox/admin/faults")["latency_ms"].get<int>(), 0);
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202609", "1" } }))->status, 201);
    QCOMPARE(stats()["writes_received"].get<int>(), 1);
    QCOMPARE(configure({ { "error_rate", 2.0 } }), 400);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
