// Secret masking in request descriptions and error messages, and the defensive OData error parser.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN // moc needs none of these, and cannot parse what they pull in
#include "net/csrfsession.h"
#include "net/odataerror.h"
#include "net/redact.h"
#include "net/retrypolicy.h"
#include "testserver.h"
#endif

using namespace planbridge;
using namespace planbridge::net;
using planbridge::test::TestServer;

namespace {

QByteArray qb(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

// Every secret the tests configure; none may show up in any message.
const std::vector<std::string> Secrets
    = { "basic-pa55", "client-s3cret", "proxy-pa55", "key-pa55", "bearer-t0ken", "csrf-t0ken" };

void verifyNoSecret(const std::string &text)
{
    // The Basic credentials PB_USER:basic-pa55 as they travel: base64 hides nothing.
    const std::string basicCredentials = QByteArray("PB_USER:basic-pa55").toBase64().toStdString();
    QVERIFY2(
        text.find(basicCredentials) == std::string::npos, ("leaked Basic credentials in: " + text).c_str());
    for (const std::string &secret : Secrets)
        QVERIFY2(text.find(secret) == std::string::npos, ("leaked " + secret + " in: " + text).c_str());
}

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void masksHeaders_data();
    void masksHeaders();
    void masksUrls_data();
    void masksUrls();
    void masksBodies_data();
    void masksBodies();
    void describesRequestsWithoutSecrets();
    void scrubsLiteralSecrets();
    void errorMessagesNeverCarrySecrets();
    void parsesODataErrors_data();
    void parsesODataErrors();
};

void TestRedact::masksHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer bearer-t0ken")
                            << QByteArray("Bearer ***");
    QTest::addRow("basic, any case") << QByteArray("authorization") << QByteArray("Basic dXNlcjpwdw==")
                                     << QByteArray("Basic ***");
    QTest::addRow("scheme-less") << QByteArray("Authorization") << QByteArray("bearer-t0ken")
                                 << QByteArray("***");
    QTest::addRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic eA==")
                           << QByteArray("Basic ***");
    QTest::addRow("cookie") << QByteArray("Cookie") << QByteArray("SAP_SESSIONID=x") << QByteArray("***");
    QTest::addRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("sap-XSRF=y") << QByteArray("***");
    QTest::addRow("csrf token") << QByteArray("X-CSRF-Token") << QByteArray("csrf-t0ken")
                                << QByteArray("***");
    QTest::addRow("csrf fetch stays")
        << QByteArray("x-csrf-token") << QByteArray("Fetch") << QByteArray("Fetch");
    QTest::addRow("csrf required stays")
        << QByteArray("X-CSRF-Token") << QByteArray("Required") << QByteArray("Required");
    QTest::addRow("api key") << QByteArray("APIKey") << QByteArray("k") << QByteArray("***");
    QTest::addRow("harmless") << QByteArray("Content-Type") << QByteArray("application/json")
                              << QByteArray("application/json");
}

void TestRedact::masksHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(qb(redactHeaderValue(name.toStdString(), value.toStdString())), expected);
}

void TestRedact::masksUrls_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QByteArray("https://erp:44300/sap/opu/odata/sap/X/?$top=10&$skip=0")
                           << QByteArray("https://erp:44300/sap/opu/odata/sap/X/?$top=10&$skip=0");
    QTest::addRow("userinfo") << QByteArray("http://proxyuser:proxy-pa55@proxy:3128")
                              << QByteArray("http://***@proxy:3128");
    QTest::addRow("query secrets") << QByteArray(
        "https://h/t?client_secret=client-s3cret&access_token=x&a=1#f")
                                   << QByteArray("https://h/t?client_secret=***&access_token=***&a=1#f");
    QTest::addRow("@ in the path is not userinfo")
        << QByteArray("https://h/p/@me") << QByteArray("https://h/p/@me");
}

void TestRedact::masksUrls()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(qb(redactUrl(url.toStdString())), expected);
}

void TestRedact::masksBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("form") << QByteArray(
        "grant_type=client_credentials&client_id=pb&client_secret=client-s3cret")
                          << QByteArray("grant_type=client_credentials&client_id=pb&client_secret=***");
    QTest::addRow("json") << QByteArray(R"({"user": "u", "password" : "basic-pa55", "n": 1})")
                          << QByteArray(R"({"user": "u", "password" : "***", "n": 1})");
    QTest::addRow("json escaped quote") << QByteArray(R"({"access_token":"a\"b","x":"y"})")
                                        << QByteArray(R"({"access_token":"***","x":"y"})");
    QTest::addRow("key as a value is not a key")
        << QByteArray(R"(["password","visible"])") << QByteArray(R"(["password","visible"])");
    QTest::addRow("unterminated") << QByteArray(R"({"secret":"abc)") << QByteArray(R"({"secret":"***")");
}

void TestRedact::masksBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(qb(redactBody(body.toStdString())), expected);
}

void TestRedact::describesRequestsWithoutSecrets()
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = "https://svc:client-s3cret@auth.example/oauth/token?token=bearer-t0ken";
    request.headers.set("Authorization", "Bearer bearer-t0ken");
    request.headers.set("X-CSRF-Token", "csrf-t0ken");
    request.headers.set("Content-Type", "application/x-www-form-urlencoded");
    request.body = "grant_type=client_credentials&client_secret=client-s3cret&password=basic-pa55";
    const std::string described = redact(request);
    verifyNoSecret(described);
    QCOMPARE(qb(described),
        QByteArray("POST https://***@auth.example/oauth/token?token=*** [Authorization: Bearer ***, "
                   "X-CSRF-Token: ***, Content-Type: application/x-www-form-urlencoded] body: "
                   "grant_type=client_credentials&client_secret=***&password=***"));
}

void TestRedact::scrubsLiteralSecrets()
{
    QCOMPARE(qb(scrubSecrets("a basic-pa55 b basic-pa55", { "basic-pa55", "" })), QByteArray("a *** b ***"));
    QCOMPARE(qb(scrubSecrets("nothing here", { "x-secret" })), QByteArray("nothing here"));
}

void TestRedact::errorMessagesNeverCarrySecrets()
{
    TestServer peer; // a service that echoes credentials back in its errors, as some do
    peer.server().Post("/oauth/token", [](const httplib::Request &req, httplib::Response &res) {
        res.status = 400;
        res.set_content(
            R"({"error":"invalid_request","error_description":")" + req.body + "\"}", "application/json");
    });
    peer.server().Get("/csrf", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("X-CSRF-Token", "csrf-t0ken");
    });
    peer.server().Post("/write", [](const httplib::Request &req, httplib::Response &res) {
        res.status = 400;
        // Free text: no key=value shape for redaction to recognise, only scrubbing can catch it.
        res.set_content("rejected: " + req.get_header_value("Authorization") + " for "
                + req.get_param_value("user") + " with " + req.get_param_value("pw"),
            "text/plain");
    });
    QVERIFY(peer.start());
    const std::string refused = "127.0.0.1:" + std::to_string(test::closedPort());

    std::vector<std::string> messages;
    HttpClientConfig proxied; // transport failure through a proxy URL with credentials
    proxied.authKind = AuthKind::Basic;
    proxied.basic = { "PB_USER", "basic-pa55" };
    proxied.proxyUrl = "http://proxyuser:proxy-pa55@" + refused;
    proxied.clientKeyPassword = "key-pa55";
    HttpClient viaProxy(proxied);
    HttpRequest request;
    request.url = "http://user:basic-pa55@erp.invalid/sap?sap-password=basic-pa55&token=bearer-t0ken";
    const auto failed = viaProxy.send(request);
    QVERIFY(!failed);
    messages.push_back(failed.error().message);

    HttpClientConfig oauth; // the token endpoint echoing the secret in its error
    oauth.authKind = AuthKind::OAuth2ClientCredentials;
    oauth.oauth2.tokenUrl = peer.url("/oauth/token");
    oauth.oauth2.clientId = "pb";
    oauth.oauth2.clientSecret = "client-s3cret";
    oauth.oauth2.credentialsInBody = true;
    HttpClient withOAuth(oauth);
    const auto rejected = withOAuth.send(request);
    QVERIFY(!rejected);
    messages.push_back(rejected.error().message);

    HttpClientConfig basic; // a business error whose text body echoes the request
    basic.authKind = AuthKind::Basic;
    basic.basic = { "PB_USER", "basic-pa55" };
    HttpClient client(basic);
    CsrfSession session(client, peer.url("/csrf"));
    HttpRequest write;
    write.method = HttpMethod::Post;
    write.url = peer.url("/write");
    write.headers.set("Content-Type", "application/x-www-form-urlencoded");
    write.body = "user=PB_USER&pw=basic-pa55";
    RetryHooks noSleep;
    noSleep.sleep = [](std::chrono::milliseconds) {};
    std::string logged;
    noSleep.onRetry
        = [&logged](int, Outcome, std::chrono::milliseconds, const std::string &m) { logged += m; };
    const auto business = sendWithRetry(session, write, RetryPolicy {}, noSleep);
    QCOMPARE(business.outcome, Outcome::Business);
    messages.push_back(business.message);
    messages.push_back(logged);
    messages.push_back(redact(write));
    HttpRequest json = write;
    json.body = R"({"password":"basic-pa55","Product":"FG-1"})";
    messages.push_back(redact(json));

    for (const std::string &message : messages) {
        qInfo("%s", message.c_str());
        verifyNoSecret(message);
    }
    QVERIFY(messages[0].find("could not connect") != std::string::npos);
    QVERIFY(messages[1].find("invalid_request") != std::string::npos);
}

void TestRedact::parsesODataErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("v2") << QByteArray(R"({"error":{"code":"PPH/1","message":{"lang":"en","value":"Blocked"},
        "innererror":{"errordetails":[{"code":"x","message":"y"}]}}})")
                        << true << QByteArray("PPH/1") << QByteArray("Blocked");
    QTest::addRow("v4") << QByteArray(R"({"error":{"code":"C","message":"Plain text"}})") << true
                        << QByteArray("C") << QByteArray("Plain text");
    QTest::addRow("code only") << QByteArray(R"({"error":{"code":"C"}})") << true << QByteArray("C")
                               << QByteArray();
    QTest::addRow("value not a string") << QByteArray(R"({"error":{"code":1,"message":{"value":7}}})")
                                        << false << QByteArray() << QByteArray();
    QTest::addRow("error is a string")
        << QByteArray(R"({"error":"invalid_client"})") << false << QByteArray() << QByteArray();
    QTest::addRow("html") << QByteArray("<html><body>503 Service Unavailable</body></html>") << false
                          << QByteArray() << QByteArray();
    QTest::addRow("truncated") << QByteArray(R"({"error":{"code":"C","message":{"value":"cut)") << false
                               << QByteArray() << QByteArray();
    QTest::addRow("invalid utf-8") << QByteArray("{\"error\":{\"code\":\"\xff\xfe\"}}") << false
                                   << QByteArray() << QByteArray();
    QTest::addRow("empty") << QByteArray() << false << QByteArray() << QByteArray();
    QTest::addRow("array") << QByteArray("[1,2]") << false << QByteArray() << QByteArray();
}

void TestRedact::parsesODataErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, found);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, message);
    const auto parsed = parseODataError(std::string_view(body.constData(), std::size_t(body.size())));
    QCOMPARE(parsed.has_value(), found);
    if (parsed) {
        QCOMPARE(qb(parsed->code), code);
        QCOMPARE(qb(parsed->message), message);
    }
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
