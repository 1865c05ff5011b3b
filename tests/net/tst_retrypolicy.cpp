// Outcome classification, backoff with full jitter, Retry-After, and sendWithRetry against a
// scripted sender (no real sleeping) and against a real loopback server (the 429 acceptance check).
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN // moc needs none of these, and cannot parse what they pull in
#include "net/retrypolicy.h"
#include "testserver.h"

#include <deque>
#include <map>
#include <mutex>
#endif

using namespace planbridge;
using namespace planbridge::net;
using namespace std::chrono_literals;
using planbridge::test::TestServer;

namespace {

QByteArray qb(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

HttpResponse response(int status, HttpHeaders headers = {}, std::string body = {})
{
    return HttpResponse { status, std::move(headers), std::move(body), 0ms };
}

// Plays back a script of results, one per send().
class ScriptedSender final : public HttpSender
{
public:
    struct Step
    {
        std::optional<HttpResponse> response;
        SendFailure failure = SendFailure::None;
    };
    explicit ScriptedSender(std::deque<Step> steps)
        : m_steps(std::move(steps))
    {
    }

    Expected<HttpResponse> send(const HttpRequest &) override
    {
        ++sent;
        Step step = m_steps.size() > 1 ? m_steps.front() : m_steps.back(); // the last step repeats
        if (m_steps.size() > 1)
            m_steps.pop_front();
        m_failure = step.failure;
        if (step.response)
            return *step.response;
        return EngineError { "GET http://erp/ failed: could not connect" };
    }
    SendFailure lastFailure() const override { return m_failure; }

    int sent = 0;

private:
    std::deque<Step> m_steps;
    SendFailure m_failure = SendFailure::None;
};

// Records waits instead of sleeping; jitter fixed by `random`.
struct FakeHooks
{
    std::vector<std::chrono::milliseconds> waits;
    RetryHooks hooks(double random, std::chrono::system_clock::time_point now = {})
    {
        RetryHooks h;
        h.random = [random] { return random; };
        h.sleep = [this](std::chrono::milliseconds wait) { waits.push_back(wait); };
        h.now = [now] { return now; };
        return h;
    }
};

// A script per URL, for sendAllWithRetry: each request follows its own.
class ScriptByUrl final : public HttpSender
{
public:
    explicit ScriptByUrl(std::map<std::string, std::deque<ScriptedSender::Step>> scripts)
        : m_scripts(std::move(scripts))
    {
    }
    Expected<HttpResponse> send(const HttpRequest &request) override
    {
        auto &steps = m_scripts.at(request.url);
        const ScriptedSender::Step step = steps.front();
        if (steps.size() > 1)
            steps.pop_front();
        m_failure = step.failure;
        sentUrls.push_back(request.url);
        if (step.response)
            return *step.response;
        return EngineError { "GET " + request.url + " failed: could not connect" };
    }
    std::vector<SentExchange> sendAll(const std::vector<HttpRequest> &requests, std::size_t parallel) override
    {
        roundSizes.push_back(requests.size());
        lastParallel = parallel;
        return HttpSender::sendAll(requests, parallel);
    }
    SendFailure lastFailure() const override { return m_failure; }

    std::vector<std::string> sentUrls;
    std::vector<std::size_t> roundSizes;
    std::size_t lastParallel = 0;

private:
    std::map<std::string, std::deque<ScriptedSender::Step>> m_scripts;
    SendFailure m_failure = SendFailure::None;
};

const char *const BlockedMaterial = R"({"error":{"code":"PPH_PIR/012","message":{"lang":"en",
    "value":"Material FG-1000 is blocked for planning in plant 1710"},"innererror":{"transactionid":"42"}}})";

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void classifiesStatuses_data();
    void classifiesStatuses();
    void classifiesTransportFailures();
    void backoffIsExponentialWithFullJitter();
    void parsesRetryAfter();
    void retriesUntilSuccess();
    void stopsAtMaxAttempts();
    void retryAfterIsAFloorForTheWait();
    void tooLongRetryAfterIsHandedBack();
    void businessErrorIsNotRetried();
    void honoursRetryAfterOverRealHttp();
    void backsOffOn503OverRealHttp();
    void keepsODataMessageOverRealHttp();
    void connectionRefusedExhaustsAttempts();
    void sendAllRetriesOnlyWhatMayBeRetried();
};

void TestRetryPolicy::classifiesStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("csrfHeader");
    QTest::addColumn<int>("outcome");
    const auto row = [](const char *name, int status, const char *csrf, Outcome outcome) {
        QTest::addRow("%s", name) << status << QByteArray(csrf) << int(outcome);
    };
    row("200", 200, "", Outcome::Success);
    row("201", 201, "", Outcome::Success);
    row("204", 204, "", Outcome::Success);
    row("302 (login redirect)", 302, "", Outcome::Technical);
    row("400", 400, "", Outcome::Business);
    row("401", 401, "", Outcome::Auth);
    row("403", 403, "", Outcome::Auth);
    row("403 csrf Required", 403, "Required", Outcome::CsrfRequired);
    row("403 csrf required lowercase", 403, "required", Outcome::CsrfRequired);
    row("404", 404, "", Outcome::Business);
    row("408", 408, "", Outcome::RetryableTechnical);
    row("409", 409, "", Outcome::Business);
    row("412", 412, "", Outcome::Business);
    row("429", 429, "", Outcome::RetryableTechnical);
    row("500", 500, "", Outcome::RetryableTechnical);
    row("501", 501, "", Outcome::Technical);
    row("502", 502, "", Outcome::RetryableTechnical);
    row("503", 503, "", Outcome::RetryableTechnical);
    row("504", 504, "", Outcome::RetryableTechnical);
    row("505", 505, "", Outcome::Technical);
}

void TestRetryPolicy::classifiesStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, csrfHeader);
    QFETCH(int, outcome);
    HttpHeaders headers;
    if (!csrfHeader.isEmpty())
        headers.set("x-csrf-token", csrfHeader.toStdString());
    QCOMPARE(int(classify(response(status, headers))), outcome);
}

void TestRetryPolicy::classifiesTransportFailures()
{
    const Expected<HttpResponse> error = EngineError { "x" };
    QCOMPARE(classify(error, SendFailure::Connect), Outcome::RetryableTechnical);
    QCOMPARE(classify(error, SendFailure::Timeout), Outcome::RetryableTechnical);
    QCOMPARE(classify(error, SendFailure::TokenUnavailable), Outcome::RetryableTechnical);
    QCOMPARE(classify(error, SendFailure::TokenRejected), Outcome::Auth);
    QCOMPARE(classify(error, SendFailure::Tls), Outcome::Technical);
    QCOMPARE(classify(error, SendFailure::Usage), Outcome::Technical);
    QCOMPARE(classify(error, SendFailure::None), Outcome::Technical);
}

void TestRetryPolicy::backoffIsExponentialWithFullJitter()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1000ms;
    QCOMPARE(backoffDelay(policy, 1, 1.0), 100ms);
    QCOMPARE(backoffDelay(policy, 2, 1.0), 200ms);
    QCOMPARE(backoffDelay(policy, 3, 1.0), 400ms);
    QCOMPARE(backoffDelay(policy, 3, 0.5), 200ms);
    QCOMPARE(backoffDelay(policy, 3, 0.0), 0ms); // full jitter reaches down to zero
    QCOMPARE(backoffDelay(policy, 5, 1.0), 1000ms); // capped
    QCOMPARE(backoffDelay(policy, 500, 0.25), 250ms); // no overflow far out
}

void TestRetryPolicy::parsesRetryAfter()
{
    const auto now = std::chrono::system_clock::from_time_t(1445412450); // Wed, 21 Oct 2015 07:27:30 GMT
    QCOMPARE(parseRetryAfter("1", now), std::optional(1000ms));
    QCOMPARE(parseRetryAfter(" 120 ", now), std::optional(120000ms));
    QCOMPARE(parseRetryAfter("0", now), std::optional(0ms));
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional(30000ms));
    QCOMPARE(parseRetryAfter("Wednesday, 21-Oct-15 07:28:00 GMT", now), std::optional(30000ms)); // RFC 850
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional(0ms)); // in the past
    QCOMPARE(parseRetryAfter("", now), std::nullopt);
    QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(parseRetryAfter("-5", now), std::nullopt);
    QVERIFY(*parseRetryAfter("99999999999999999999999", now) > 24h); // huge, not wrapped
}

void TestRetryPolicy::retriesUntilSuccess()
{
    ScriptedSender sender({ { response(503) }, { response(502) }, { response(200, {}, "ok") } });
    FakeHooks fake;
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    const auto result = sendWithRetry(sender, HttpRequest {}, policy, fake.hooks(0.5));
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(sender.sent, 3);
    QVERIFY(result.message.empty());
    QCOMPARE(qb(result.result->body), QByteArray("ok"));
    QCOMPARE(fake.waits, (std::vector { 50ms, 100ms }));
    QCOMPARE(result.waited, 150ms);
}

void TestRetryPolicy::stopsAtMaxAttempts()
{
    ScriptedSender sender({ { std::nullopt, SendFailure::Timeout } });
    FakeHooks fake;
    RetryPolicy policy;
    policy.maxAttempts = 4;
    const auto result = sendWithRetry(sender, HttpRequest {}, policy, fake.hooks(1.0));
    QCOMPARE(result.outcome, Outcome::RetryableTechnical);
    QCOMPARE(result.attempts, 4);
    QCOMPARE(sender.sent, 4);
    QCOMPARE(fake.waits.size(), std::size_t(3));
    QVERIFY(!result.result);
    QVERIFY2(result.message.find("after 4 attempts") != std::string::npos, result.message.c_str());
}

void TestRetryPolicy::retryAfterIsAFloorForTheWait()
{
    const auto now = std::chrono::system_clock::from_time_t(1445412450);
    ScriptedSender sender({ { response(429, { { "Retry-After", "2" } }) },
        { response(503, { { "Retry-After", "Wed, 21 Oct 2015 07:27:33 GMT" } }) }, { response(200) } });
    FakeHooks fake;
    const auto result = sendWithRetry(sender, HttpRequest {}, RetryPolicy {}, fake.hooks(0.0, now));
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(fake.waits, (std::vector { 2000ms, 3000ms }));

    // A longer backoff is kept: Retry-After is a minimum, not a replacement.
    ScriptedSender again({ { response(429, { { "Retry-After", "0" } }) }, { response(200) } });
    FakeHooks full;
    sendWithRetry(again, HttpRequest {}, RetryPolicy {}, full.hooks(1.0, now));
    QCOMPARE(full.waits, (std::vector { 500ms }));
}

void TestRetryPolicy::tooLongRetryAfterIsHandedBack()
{
    ScriptedSender sender({ { response(429, { { "Retry-After", "3600" } }) }, { response(200) } });
    FakeHooks fake;
    const auto result = sendWithRetry(sender, HttpRequest {}, RetryPolicy {}, fake.hooks(0.5));
    QCOMPARE(result.outcome, Outcome::RetryableTechnical); // the outbox reschedules it
    QCOMPARE(result.attempts, 1);
    QVERIFY(fake.waits.empty());
    QCOMPARE(result.result->status, 429);
}

void TestRetryPolicy::businessErrorIsNotRetried()
{
    ScriptedSender sender({ { response(400, {}, BlockedMaterial) }, { response(200) } });
    FakeHooks fake;
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = "http://erp/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV/PlannedIndepRqmt";
    const auto result = sendWithRetry(sender, request, RetryPolicy {}, fake.hooks(0.5));
    QCOMPARE(result.outcome, Outcome::Business);
    QCOMPARE(sender.sent, 1);
    QCOMPARE(qb(result.message),
        QByteArray("POST http://erp/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV/PlannedIndepRqmt: HTTP 400: "
                   "Material FG-1000 is blocked for planning in plant 1710 [PPH_PIR/012]"));
}

void TestRetryPolicy::honoursRetryAfterOverRealHttp()
{
    TestServer peer;
    std::mutex mutex;
    int calls = 0;
    std::chrono::steady_clock::time_point throttledAt, retriedAt;
    peer.server().Get("/pir", [&](const httplib::Request &, httplib::Response &res) {
        std::lock_guard lock(mutex);
        if (++calls == 1) {
            res.status = 429;
            res.set_header("Retry-After", "1");
            throttledAt = std::chrono::steady_clock::now();
        } else {
            retriedAt = std::chrono::steady_clock::now();
            res.set_content("{}", "application/json");
        }
    });
    QVERIFY(peer.start());

    HttpClient client(HttpClientConfig {});
    HttpRequest request;
    request.url = peer.url("/pir");
    // Real clock and real sleep: this is the issue's acceptance check.
    const auto result = sendWithRetry(client, request, RetryPolicy {}, RetryHooks::system());
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.attempts, 2);
    QVERIFY(result.waited >= 1000ms);
    std::lock_guard lock(mutex);
    const auto measured = std::chrono::duration_cast<std::chrono::milliseconds>(retriedAt - throttledAt);
    qInfo("Retry-After: 1 -> measured wait between the 429 and the retry: %lld ms", qint64(measured.count()));
    QVERIFY2(measured >= 1000ms, QByteArray::number(qint64(measured.count())));
}

void TestRetryPolicy::backsOffOn503OverRealHttp()
{
    TestServer peer;
    std::atomic<int> calls = 0;
    peer.server().Get("/pir",
        [&](const httplib::Request &, httplib::Response &res) { res.status = ++calls <= 2 ? 503 : 200; });
    QVERIFY(peer.start());

    HttpClient client(HttpClientConfig {});
    HttpRequest request;
    request.url = peer.url("/pir");
    FakeHooks fake;
    RetryPolicy policy;
    policy.baseDelay = 40ms;
    const auto result = sendWithRetry(client, request, policy, fake.hooks(1.0));
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(calls.load(), 3);
    QCOMPARE(fake.waits, (std::vector { 40ms, 80ms }));
}

void TestRetryPolicy::keepsODataMessageOverRealHttp()
{
    TestServer peer;
    std::atomic<int> calls = 0;
    peer.server().Post("/PlannedIndepRqmt", [&](const httplib::Request &, httplib::Response &res) {
        ++calls;
        res.status = 400;
        res.set_content(BlockedMaterial, "application/json");
    });
    QVERIFY(peer.start());

    HttpClient client(HttpClientConfig {});
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = peer.url("/PlannedIndepRqmt");
    request.body = "{}";
    FakeHooks fake;
    const auto result = sendWithRetry(client, request, RetryPolicy {}, fake.hooks(0.5));
    QCOMPARE(result.outcome, Outcome::Business);
    QCOMPARE(calls.load(), 1);
    QVERIFY(fake.waits.empty());
    QVERIFY2(result.message.find("Material FG-1000 is blocked for planning in plant 1710 [PPH_PIR/012]")
            != std::string::npos,
        result.message.c_str());
}

void TestRetryPolicy::connectionRefusedExhaustsAttempts()
{
    HttpClient client(HttpClientConfig {});
    HttpRequest request;
    request.url = "http://127.0.0.1:" + std::to_string(test::closedPort()) + "/";
    FakeHooks fake;
    RetryPolicy policy;
    policy.maxAttempts = 3;
    const auto result = sendWithRetry(client, request, policy, fake.hooks(0.5));
    QCOMPARE(result.outcome, Outcome::RetryableTechnical);
    QCOMPARE(result.attempts, 3);
    QVERIFY2(result.message.find("could not connect") != std::string::npos, result.message.c_str());
    QVERIFY2(
        result.message.find("Failed to connect to 127.0.0.1") != std::string::npos, result.message.c_str());
}

// Each request keeps its own outcome and attempts; the retried ones wait together for the longest
// Retry-After, and requests that succeeded or failed for good are never sent again.
void TestRetryPolicy::sendAllRetriesOnlyWhatMayBeRetried()
{
    HttpHeaders after2;
    after2.set("Retry-After", "2");
    HttpHeaders after5;
    after5.set("Retry-After", "5");
    ScriptByUrl sender({
        { "a", { { response(503, after2) }, { response(200) } } },
        { "b", { { response(429, after5) }, { response(200) } } },
        { "c", { { response(400, {}, BlockedMaterial) } } },
        { "d", { { response(200) } } },
        { "e", { { std::nullopt, SendFailure::Connect } } },
    });
    std::vector<HttpRequest> requests;
    for (const char *url : { "a", "b", "c", "d", "e" }) {
        HttpRequest request;
        request.url = url;
        requests.push_back(request);
    }
    FakeHooks fake;
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = 100ms;
    const auto results = sendAllWithRetry(sender, requests, 4, policy, fake.hooks(0.5));
    QCOMPARE(results.size(), 5u);
    const std::vector<std::pair<Outcome, int>> expected { { Outcome::Success, 2 }, { Outcome::Success, 2 },
        { Outcome::Business, 1 }, { Outcome::Success, 1 }, { Outcome::RetryableTechnical, 3 } };
    for (std::size_t i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].outcome, expected[i].first);
        QCOMPARE(results[i].attempts, expected[i].second);
    }
    QVERIFY(results[2].message.find("blocked for planning") != std::string::npos);
    QVERIFY(results[4].message.find("could not connect") != std::string::npos);
    QCOMPARE(sender.roundSizes, std::vector<std::size_t>({ 5, 3, 1 }));
    QCOMPARE(sender.lastParallel, 4u);
    // Round 1 waits for b's Retry-After (the longest); round 2 only for e's backoff: 0.5 × 200 ms.
    QCOMPARE(fake.waits, std::vector<std::chrono::milliseconds>({ 5000ms, 100ms }));
    QCOMPARE(results[4].waited, 5100ms);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
