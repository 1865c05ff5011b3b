// OData v2 CSRF sessions against a Gateway-like loopback server: token fetch bound to a session
// cookie, tokens on writes only, re-fetch and one retry after 403 "X-CSRF-Token: Required".
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN // moc needs none of these, and cannot parse what they pull in
#include "net/csrfsession.h"
#include "net/retrypolicy.h"
#include "testserver.h"

#include <mutex>
#endif

using namespace planbridge;
using namespace planbridge::net;
using planbridge::test::TestServer;

namespace {

const std::string ServiceRoot = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV/";

// The Gateway's side of the protocol: a token per session cookie; writes need both.
struct FakeGateway
{
    std::mutex mutex;
    int issued = 0;
    int writesAccepted = 0;
    int writesRefused = 0;
    int fetchStatus = 200; // what a fetch answers
    bool alwaysRefuse = false;
    std::string token; // the current valid token, bound to `session`
    std::string session;
    std::string lastReadToken; // X-CSRF-Token as seen on the last GET of data

    void install(httplib::Server &server)
    {
        server.Get(ServiceRoot, [this](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(mutex);
            if (req.get_header_value("X-CSRF-Token") != "Fetch")
                return;
            res.status = fetchStatus;
            if (fetchStatus != 200)
                return;
            ++issued;
            token = "tok" + std::to_string(issued);
            session = "s" + std::to_string(issued);
            res.set_header("x-csrf-token", token);
            res.set_header("Set-Cookie", "sap-XSRF_PB1_100=" + session + "; Path=/");
            res.set_content(R"({"d":{"EntitySets":["PlannedIndepRqmt"]}})", "application/json");
        });
        server.Get(
            ServiceRoot + "PlannedIndepRqmt", [this](const httplib::Request &req, httplib::Response &res) {
                std::lock_guard lock(mutex);
                lastReadToken = req.get_header_value("X-CSRF-Token");
                res.set_content(R"({"d":{"results":[]}})", "application/json");
            });
        server.Post(
            ServiceRoot + "PlannedIndepRqmt", [this](const httplib::Request &req, httplib::Response &res) {
                std::lock_guard lock(mutex);
                const bool valid = !alwaysRefuse && !token.empty()
                    && req.get_header_value("X-CSRF-Token") == token
                    && req.get_header_value("Cookie").find("sap-XSRF_PB1_100=" + session)
                        != std::string::npos;
                if (!valid) {
                    ++writesRefused;
                    res.status = 403;
                    res.set_header("X-CSRF-Token", "Required");
                    res.set_content("CSRF token validation failed", "text/plain");
                    return;
                }
                ++writesAccepted;
                res.status = 201;
                res.set_content(req.body, "application/json");
            });
    }
    void expire()
    {
        std::lock_guard lock(mutex);
        token = "expired-on-the-server";
    }
};

HttpRequest write(const TestServer &peer)
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = peer.url(ServiceRoot + "PlannedIndepRqmt");
    request.headers.set("Content-Type", "application/json");
    request.body = R"({"Product":"FG-1000","Plant":"1710"})";
    return request;
}

} // namespace

class TestCsrfSession : public QObject
{
    Q_OBJECT

private slots:
    void fetchesOnceAndSendsTokenOnWrites();
    void refetchesAndRetriesOnceWhenExpired();
    void persistentRequiredIsReturnedAfterOneRetry();
    void failedFetchIsReturnedAsTheResponse();
    void composesWithRetry();
};

void TestCsrfSession::fetchesOnceAndSendsTokenOnWrites()
{
    TestServer peer;
    FakeGateway gateway;
    gateway.install(peer.server());
    QVERIFY(peer.start());
    HttpClient client(HttpClientConfig {});
    CsrfSession session(client, peer.url(ServiceRoot));

    HttpRequest read;
    read.url = peer.url(ServiceRoot + "PlannedIndepRqmt");
    QVERIFY(session.send(read));
    QCOMPARE(session.tokenFetches(), 0); // reads need no token
    for (int i = 0; i < 3; ++i) {
        const auto got = session.send(write(peer));
        QVERIFY2(got, got ? "" : got.error().message.c_str());
        QCOMPARE(got->status, 201);
    }
    QCOMPARE(session.tokenFetches(), 1);
    QVERIFY(session.send(read));
    std::lock_guard lock(gateway.mutex);
    QCOMPARE(gateway.issued, 1);
    QCOMPARE(gateway.writesAccepted, 3);
    QCOMPARE(gateway.writesRefused, 0);
    QVERIFY(gateway.lastReadToken.empty()); // the token is not sprayed onto reads
}

void TestCsrfSession::refetchesAndRetriesOnceWhenExpired()
{
    TestServer peer;
    FakeGateway gateway;
    gateway.install(peer.server());
    QVERIFY(peer.start());
    HttpClient client(HttpClientConfig {});
    CsrfSession session(client, peer.url(ServiceRoot));

    QVERIFY(session.send(write(peer)));
    gateway.expire();
    const auto got = session.send(write(peer));
    QVERIFY(got);
    QCOMPARE(got->status, 201);
    QCOMPARE(session.tokenFetches(), 2);
    std::lock_guard lock(gateway.mutex);
    QCOMPARE(gateway.writesRefused, 1);
    QCOMPARE(gateway.writesAccepted, 2);
}

void TestCsrfSession::persistentRequiredIsReturnedAfterOneRetry()
{
    TestServer peer;
    FakeGateway gateway;
    gateway.alwaysRefuse = true;
    gateway.install(peer.server());
    QVERIFY(peer.start());
    HttpClient client(HttpClientConfig {});
    CsrfSession session(client, peer.url(ServiceRoot));

    const auto got = session.send(write(peer));
    QVERIFY(got);
    QCOMPARE(got->status, 403);
    QCOMPARE(classify(*got), Outcome::CsrfRequired);
    QCOMPARE(session.tokenFetches(), 2); // the first fetch, then exactly one re-fetch
    std::lock_guard lock(gateway.mutex);
    QCOMPARE(gateway.writesRefused, 2);
}

void TestCsrfSession::failedFetchIsReturnedAsTheResponse()
{
    TestServer peer;
    FakeGateway gateway;
    gateway.fetchStatus = 401;
    gateway.install(peer.server());
    QVERIFY(peer.start());
    HttpClient client(HttpClientConfig {});
    CsrfSession session(client, peer.url(ServiceRoot));

    const auto got = session.send(write(peer));
    QVERIFY(got);
    QCOMPARE(got->status, 401);
    QCOMPARE(classify(*got), Outcome::Auth);
    QVERIFY(!session.hasToken());
    std::lock_guard lock(gateway.mutex);
    QCOMPARE(gateway.writesAccepted + gateway.writesRefused, 0); // the write was never sent
}

void TestCsrfSession::composesWithRetry()
{
    TestServer peer;
    FakeGateway gateway;
    gateway.install(peer.server());
    QVERIFY(peer.start());
    HttpClient client(HttpClientConfig {});
    CsrfSession session(client, peer.url(ServiceRoot));
    RetryHooks hooks;
    hooks.random = [] { return 0.0; };
    hooks.sleep = [](std::chrono::milliseconds) {};

    QVERIFY(session.send(write(peer)));
    gateway.expire();
    const auto result = sendWithRetry(session, write(peer), RetryPolicy {}, hooks);
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.attempts, 1); // the session recovered inside one attempt
}

QTEST_GUILESS_MAIN(TestCsrfSession)
#include "tst_csrfsession.moc"
