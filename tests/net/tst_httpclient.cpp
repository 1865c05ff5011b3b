// HttpClient against a real loopback server: round trips, keep-alive reuse, Basic and OAuth2 auth,
// cookies, transport failures (refused, timeout) and TLS verification defaults.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN // moc needs none of these, and cannot parse what they pull in
#include "net/httpclient.h"
#include "net/outcome.h"
#include "testserver.h"

#include <condition_variable>
#include <mutex>
#include <set>
#endif

using namespace planbridge;
using namespace planbridge::net;
using planbridge::test::TestServer;

namespace {

QByteArray qb(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

HttpRequest get(const std::string &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void everyMethodSendsItsVerb();
    void reusesOneConnection();
    void sendsBasicAuth();
    void cachesAndRefreshesOAuth2Token();
    void refusedTokenIsAuthFailure();
    void keepsSessionCookies();
    void connectionRefusedIsRetryable();
    void totalTimeoutIsRetryable();
    void verifiesTlsByDefault();
    void sendsConcurrentlyInOneSession();
};

void TestHttpClient::roundTrip()
{
    TestServer peer;
    peer.server().Get("/echo", [](const httplib::Request &req, httplib::Response &res) {
        res.set_header("X-Echo", req.get_header_value("X-Ping"));
        res.set_content("hello " + req.get_param_value("who"), "text/plain");
    });
    peer.server().Post("/echo", [](const httplib::Request &req, httplib::Response &res) {
        res.status = 201;
        res.set_content(req.body, req.get_header_value("Content-Type").c_str());
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.baseUrl = peer.url("");
    HttpClient client(config);
    HttpRequest request = get("/echo?who=planner");
    request.headers.set("X-Ping", "pong");
    const auto got = client.send(request);
    QVERIFY2(got, got ? "" : got.error().message.c_str());
    QCOMPARE(got->status, 200);
    QCOMPARE(qb(got->body), QByteArray("hello planner"));
    QCOMPARE(qb(got->headers.get("x-echo").value_or("")), QByteArray("pong")); // case-insensitive
    QVERIFY(got->headers.contains("CONTENT-TYPE"));
    QVERIFY(got->elapsed.count() >= 0);

    HttpRequest post;
    post.method = HttpMethod::Post;
    post.url = "echo"; // relative without a slash joins the base with one
    post.headers.set("Content-Type", "application/json");
    post.body = R"({"d":{"Product":"FG-1000"}})";
    const auto posted = client.send(post);
    QVERIFY2(posted, posted ? "" : posted.error().message.c_str());
    QCOMPARE(posted->status, 201);
    QCOMPARE(qb(posted->body), qb(post.body));
    QCOMPARE(qb(posted->headers.get("Content-Type").value_or("")), QByteArray("application/json"));
    QCOMPARE(client.lastFailure(), SendFailure::None);
}

void TestHttpClient::everyMethodSendsItsVerb()
{
    TestServer peer;
    auto echo = [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.method + ":" + req.body, "text/plain");
    };
    peer.server().Put("/r", echo).Patch("/r", echo).Delete("/r", echo).Get("/r", echo).Post("/r", echo);
    QVERIFY(peer.start());

    // One handle for all: each request's method must not leak into the next (a GET after a POST).
    HttpClient client(HttpClientConfig {});
    const std::pair<HttpMethod, const char *> cases[]
        = { { HttpMethod::Post, "POST:x" }, { HttpMethod::Get, "GET:" }, { HttpMethod::Head, "" },
              { HttpMethod::Get, "GET:" }, { HttpMethod::Put, "PUT:x" }, { HttpMethod::Delete, "DELETE:" },
              { HttpMethod::Patch, "PATCH:x" }, { HttpMethod::Post, "POST:" }, { HttpMethod::Get, "GET:" } };
    for (const auto &[method, expected] : cases) {
        HttpRequest request = get(peer.url("/r"));
        request.method = method;
        request.body = qstrlen(expected) > 0 && expected[qstrlen(expected) - 1] == 'x' ? "x" : "";
        const auto got = client.send(request);
        QVERIFY2(got, got ? "" : got.error().message.c_str());
        QCOMPARE(got->status, 200);
        QCOMPARE(qb(got->body), QByteArray(expected));
    }
}

void TestHttpClient::reusesOneConnection()
{
    TestServer peer;
    std::mutex mutex;
    std::multiset<int> clientPorts; // one client port = one TCP connection
    peer.server().Get("/ping", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(mutex);
        clientPorts.insert(req.remote_port);
        res.set_content("pong", "text/plain");
    });
    QVERIFY(peer.start());

    HttpClient client(HttpClientConfig {});
    for (int i = 0; i < 4; ++i)
        QVERIFY(client.send(get(peer.url("/ping"))));
    std::lock_guard lock(mutex);
    QCOMPARE(clientPorts.size(), std::size_t(4));
    QCOMPARE(clientPorts.count(*clientPorts.begin()), std::size_t(4));
}

void TestHttpClient::sendsBasicAuth()
{
    TestServer peer;
    peer.server().Get("/secure", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.get_header_value("Authorization"), "text/plain");
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.authKind = AuthKind::Basic;
    config.basic = { "PB_USER", "pa:ss w0rd" };
    HttpClient client(config);
    const auto got = client.send(get(peer.url("/secure")));
    QVERIFY(got);
    QCOMPARE(qb(got->body), "Basic " + QByteArray("PB_USER:pa:ss w0rd").toBase64());
}

void TestHttpClient::cachesAndRefreshesOAuth2Token()
{
    TestServer peer;
    std::mutex mutex;
    int issued = 0;
    std::string valid; // the one token the API accepts
    std::string tokenAuth, tokenBody;
    peer.server().Post("/oauth/token", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(mutex);
        tokenAuth = req.get_header_value("Authorization");
        tokenBody = req.body;
        valid = "tok-" + std::to_string(++issued);
        res.set_content(R"({"access_token":")" + valid + R"(","token_type":"bearer","expires_in":3600})",
            "application/json");
    });
    peer.server().Get("/api", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(mutex);
        res.status = req.get_header_value("Authorization") == "Bearer " + valid ? 200 : 401;
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.authKind = AuthKind::OAuth2ClientCredentials;
    config.oauth2
        = { peer.url("/oauth/token"), "pb-client", "top-secret", "API_PIR", false, std::chrono::seconds(60) };
    HttpClient client(config);
    for (int i = 0; i < 3; ++i) {
        const auto got = client.send(get(peer.url("/api")));
        QVERIFY2(got, got ? "" : got.error().message.c_str());
        QCOMPARE(got->status, 200);
    }
    QCOMPARE(client.tokenRequests(), 1);
    {
        std::lock_guard lock(mutex);
        QCOMPARE(issued, 1);
        QCOMPARE(qb(tokenAuth), "Basic " + QByteArray("pb-client:top-secret").toBase64());
        QCOMPARE(qb(tokenBody), QByteArray("grant_type=client_credentials&scope=API_PIR"));
        valid = "revoked-by-the-server";
    }
    const auto afterRevoke = client.send(get(peer.url("/api")));
    QVERIFY(afterRevoke);
    QCOMPARE(afterRevoke->status, 200); // 401, one new token, one retry
    QCOMPARE(client.tokenRequests(), 2);
    QVERIFY(client.send(get(peer.url("/api"))));
    QCOMPARE(client.tokenRequests(), 2);
}

void TestHttpClient::refusedTokenIsAuthFailure()
{
    TestServer peer;
    peer.server().Post("/oauth/token", [](const httplib::Request &, httplib::Response &res) {
        res.status = 401;
        res.set_content(R"({"error":"invalid_client","error_description":"secret top-secret is wrong"})",
            "application/json");
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.authKind = AuthKind::OAuth2ClientCredentials;
    config.oauth2.tokenUrl = peer.url("/oauth/token");
    config.oauth2.clientId = "pb-client";
    config.oauth2.clientSecret = "top-secret";
    config.oauth2.credentialsInBody = true;
    HttpClient client(config);
    const auto got = client.send(get(peer.url("/api")));
    QVERIFY(!got);
    QCOMPARE(client.lastFailure(), SendFailure::TokenRejected);
    QCOMPARE(classify(got, client.lastFailure()), Outcome::Auth);
    const QByteArray message = qb(got.error().message);
    QVERIFY2(message.contains("invalid_client"), message);
    QVERIFY2(!message.contains("top-secret"), message);
}

void TestHttpClient::keepsSessionCookies()
{
    TestServer peer;
    peer.server().Get("/login", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Set-Cookie", "SAP_SESSIONID_PB1_100=abc123; Path=/; HttpOnly");
    });
    peer.server().Get("/whoami", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.get_header_value("Cookie"), "text/plain");
    });
    QVERIFY(peer.start());

    HttpClient client(HttpClientConfig {});
    QVERIFY(client.send(get(peer.url("/login"))));
    for (int i = 0; i < 2; ++i) { // still there after the handle's options were reset
        const auto got = client.send(get(peer.url("/whoami")));
        QVERIFY(got);
        QCOMPARE(qb(got->body), QByteArray("SAP_SESSIONID_PB1_100=abc123"));
    }
    HttpClient other(HttpClientConfig {}); // cookies belong to one client's session
    const auto fresh = other.send(get(peer.url("/whoami")));
    QVERIFY(fresh);
    QVERIFY(fresh->body.empty());
}

void TestHttpClient::connectionRefusedIsRetryable()
{
    const int port = test::closedPort();
    QVERIFY(port > 0);
    HttpClient client(HttpClientConfig {});
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/sap/opu/odata";
    const auto got = client.send(get(url));
    QVERIFY(!got);
    QCOMPARE(client.lastFailure(), SendFailure::Connect);
    QCOMPARE(classify(got, client.lastFailure()), Outcome::RetryableTechnical);
    const QByteArray message = qb(got.error().message);
    QVERIFY2(message.startsWith(qb("GET " + url + " failed: could not connect")), message);
}

void TestHttpClient::totalTimeoutIsRetryable()
{
    TestServer peer;
    std::mutex mutex;
    std::condition_variable released;
    bool release = false;
    peer.server().Get("/slow", [&](const httplib::Request &, httplib::Response &res) {
        std::unique_lock lock(mutex); // held until the test is done with it, not a fixed sleep
        released.wait_for(lock, std::chrono::seconds(10), [&] { return release; });
        res.set_content("late", "text/plain");
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.totalTimeout = std::chrono::milliseconds(300);
    HttpClient client(config);
    const auto got = client.send(get(peer.url("/slow")));
    {
        std::lock_guard lock(mutex);
        release = true;
    }
    released.notify_all();
    QVERIFY(!got);
    QCOMPARE(client.lastFailure(), SendFailure::Timeout);
    QCOMPARE(classify(got, client.lastFailure()), Outcome::RetryableTechnical);
    QVERIFY2(got.error().message.find("timed out") != std::string::npos, got.error().message.c_str());
}

void TestHttpClient::verifiesTlsByDefault()
{
    const HttpClientConfig defaults;
    QVERIFY(defaults.verifyPeer);
    QVERIFY(defaults.verifyHost);
    QCOMPARE(defaults.authKind, AuthKind::None);

    TestServer plain; // plain HTTP: a TLS client must fail the handshake, never fall back to cleartext
    plain.server().Get(
        "/", [](const httplib::Request &, httplib::Response &res) { res.set_content("x", "text/plain"); });
    QVERIFY(plain.start());
    HttpClient client(defaults);
    const auto got = client.send(get("https://127.0.0.1:" + std::to_string(plain.port()) + "/"));
    QVERIFY(!got);
    QCOMPARE(client.lastFailure(), SendFailure::Tls);
    QCOMPARE(classify(got, client.lastFailure()), Outcome::Technical);
    QVERIFY2(got.error().message.find("TLS") != std::string::npos, got.error().message.c_str());

    HttpClientConfig bogusCa;
    bogusCa.caFile = "/nonexistent/ca.pem";
    HttpClient strict(bogusCa);
    QVERIFY(!strict.send(get("https://127.0.0.1:" + std::to_string(plain.port()) + "/")));
}

// sendAll: several requests in flight at once, each with the session's cookie and credentials,
// answered in request order; a later call reuses the connections; one failure stays its own.
void TestHttpClient::sendsConcurrentlyInOneSession()
{
    TestServer peer;
    std::mutex mutex;
    std::condition_variable changed;
    int inFlight = 0;
    int maxInFlight = 0;
    std::vector<std::set<int>> portsPerCall(2);
    int call = 0;
    peer.server().Get("/login", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Set-Cookie", "SAP_SESSIONID_PB1_100=abc123; Path=/");
    });
    peer.server().Get("/slow", [&](const httplib::Request &req, httplib::Response &res) {
        std::unique_lock lock(mutex);
        portsPerCall[call].insert(req.remote_port);
        maxInFlight = std::max(maxInFlight, ++inFlight);
        changed.notify_all();
        // Hold each request until three are in flight (or a deadline): proves they overlap
        // without measuring time.
        changed.wait_for(lock, std::chrono::seconds(2), [&] { return maxInFlight >= 3; });
        --inFlight;
        res.set_content(req.get_param_value("i") + "|" + req.get_header_value("Cookie") + "|"
                + req.get_header_value("Authorization"),
            "text/plain");
    });
    QVERIFY(peer.start());

    HttpClientConfig config;
    config.baseUrl = peer.url("");
    config.authKind = AuthKind::Basic;
    config.basic = { "PB_USER", "secret" };
    HttpClient client(config);
    QVERIFY(client.send(get("/login")));
    std::vector<HttpRequest> requests;
    for (int i = 0; i < 6; ++i)
        requests.push_back(get("/slow?i=" + std::to_string(i)));
    const std::string auth = "Basic " + QByteArray("PB_USER:secret").toBase64().toStdString();
    auto results = client.sendAll(requests, 3);
    QCOMPARE(results.size(), 6u);
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(results[i].result, results[i].result ? "" : results[i].result.error().message.c_str());
        QCOMPARE(results[i].failure, SendFailure::None);
        QCOMPARE(results[i].result->body, std::to_string(i) + "|SAP_SESSIONID_PB1_100=abc123|" + auth);
    }
    {
        std::lock_guard lock(mutex);
        QCOMPARE(maxInFlight, 3);
        QCOMPARE(portsPerCall[0].size(), 3u); // three connections, each used twice
        call = 1;
    }
    requests.push_back(get("http://127.0.0.1:" + std::to_string(test::closedPort()) + "/closed"));
    results = client.sendAll(requests, 3);
    QCOMPARE(results.size(), 7u);
    for (int i = 0; i < 6; ++i)
        QVERIFY(results[i].result && results[i].result->status == 200);
    QVERIFY(!results[6].result);
    QCOMPARE(results[6].failure, SendFailure::Connect);
    std::lock_guard lock(mutex);
    for (const int port : portsPerCall[1])
        QVERIFY2(portsPerCall[0].count(port), "a second call opened a new connection instead of reusing one");
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
