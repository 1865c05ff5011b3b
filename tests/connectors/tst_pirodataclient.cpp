// The S/4 PIR target against the sandbox ERP over real loopback HTTP: deep insert and $batch writes
// read back equal, CSRF expiry mid-run, 429 with Retry-After, business rejections, a response lost
// after the write applied (Repeatability-Request-ID), and broken $batch answers from a stub server.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/s4/pirodataclient.h"
#include "connectors/s4/pirrequestid.h"
#include "net/httpclient.h"
#include "sandboxpeer.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <thread>
#endif

using namespace planbridge;
using connectors::PirWriteMode;
using connectors::PirWriteOptions;
using connectors::PirWriteStatus;

namespace {

const std::string Root = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV";

// `count` headers of `weeks` weekly buckets; quantities vary with header and week.
std::vector<s4::PirHeader> makeHeaders(int count, int weeks, const std::string &prefix = "FG-", int salt = 0)
{
    std::vector<s4::PirHeader> headers;
    for (int h = 0; h < count; ++h) {
        s4::PirHeader header { prefix + std::to_string(100 + h), "1710", "1710", "VSF", "00", "", "", true,
            {} };
        for (int w = 1; w <= weeks; ++w) {
            const int thousandths = (h * 37 + w * 1013 + salt) % 500'000;
            char quantity[32];
            std::snprintf(quantity, sizeof quantity, "%d.%03d", thousandths / 1000, thousandths % 1000);
            char period[16];
            std::snprintf(period, sizeof period, "2027%02d", w);
            header.items.push_back({ period, "W", quantity, "PC", 0 });
        }
        headers.push_back(std::move(header));
    }
    return headers;
}

std::vector<s4::PirStateItem> stateOf(const std::vector<s4::PirHeader> &headers)
{
    std::vector<s4::PirStateItem> items;
    for (const s4::PirHeader &h : headers) {
        for (const s4::PirItem &i : h.items) {
            items.push_back({ h.product, h.plant, h.mrpArea, h.requirementType, h.version, h.requirementPlan,
                h.requirementSegment, i.period, i.periodType, i.quantity, i.unit });
        }
    }
    std::sort(items.begin(), items.end());
    return items;
}

std::vector<std::string> idsOf(const std::vector<s4::PirHeader> &headers, const std::string &version)
{
    std::vector<std::string> ids;
    for (const s4::PirHeader &h : headers)
        ids.push_back(s4::pirRequestId(version, h));
    return ids;
}

s4::PirClientConfig fastRetries()
{
    s4::PirClientConfig config;
    config.retry.maxAttempts = 4;
    config.retry.baseDelay = std::chrono::milliseconds(20);
    config.retry.maxDelay = std::chrono::milliseconds(200);
    return config;
}

} // namespace

class TestPirODataClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::string error = m_peer.start();
        QVERIFY2(error.empty(), error.c_str());
    }

    void init() { QVERIFY(admin("/sandbox/admin/reset", {}).is_object()); }

    void writesReadBackEqual_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("perChangeset");
        QTest::addColumn<int>("changesets");
        QTest::addColumn<int>("parallel");
        QTest::addRow("deep insert") << int(PirWriteMode::DeepInsert) << 1 << 1 << 1;
        QTest::addRow("batch, one header per changeset") << int(PirWriteMode::Batch) << 1 << 8 << 1;
        QTest::addRow("batch, 5 headers per changeset") << int(PirWriteMode::Batch) << 5 << 3 << 1;
        QTest::addRow("batch, 3 requests in flight") << int(PirWriteMode::Batch) << 2 << 2 << 3;
    }

    void writesReadBackEqual()
    {
        QFETCH(int, mode);
        QFETCH(int, perChangeset);
        QFETCH(int, changesets);
        QFETCH(int, parallel);
        net::HttpClient http(clientConfig());
        auto config = fastRetries();
        config.readPageSize = 7; // read back across many pages
        s4::PirODataClient client(http, config);
        const auto headers = makeHeaders(23, 6);
        PirWriteOptions options { PirWriteMode(mode), std::size_t(perChangeset), std::size_t(changesets),
            idsOf(headers, "V1"), std::size_t(parallel) };
        std::vector<std::size_t> progress;
        const auto results = client.writePirs(
            headers, options, [&](std::size_t done, std::size_t) { return progress.push_back(done), true; });
        QVERIFY(results.ok());
        for (const auto &r : *results)
            QVERIFY2(r.status == PirWriteStatus::Written, r.message.c_str());
        QCOMPARE(progress.back(), headers.size());

        // Absolute quantities: writing new values over old ones replaces them.
        const auto second = makeHeaders(23, 6, "FG-", 77);
        options.requestIds = idsOf(second, "V1"); // new quantities: a new request, not a repeat
        QVERIFY(client.writePirs(second, options).ok());
        const auto state = client.readPirState({ std::nullopt, "1710", std::nullopt, "VSF", "00" });
        QVERIFY2(state.ok(), state.ok() ? "" : state.error().message.c_str());
        auto sorted = *state;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted.size(), std::size_t(23 * 6));
        const auto expected = stateOf(second);
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const std::string got = sorted[i].product + " " + sorted[i].period + " " + sorted[i].quantity
                + " " + sorted[i].unit;
            const std::string want = expected[i].product + " " + expected[i].period + " "
                + expected[i].quantity + " " + expected[i].unit;
            QCOMPARE(QString::fromStdString(got), QString::fromStdString(want));
        }
        QVERIFY(sorted == expected);
        QCOMPARE(client.tokenFetches(), 1);

        const auto one
            = client.readPirState({ "FG-105", std::nullopt, std::nullopt, std::nullopt, std::nullopt });
        QVERIFY(one.ok());
        QCOMPARE(one->size(), std::size_t(6));
    }

    void csrfExpiryMidRunIsRecovered()
    {
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        const auto headers = makeHeaders(10, 4);
        const auto results = client.writePirs(headers,
            { PirWriteMode::DeepInsert, 1, 1, idsOf(headers, "V1") }, [&](std::size_t done, std::size_t) {
                if (done == 5)
                    admin("/sandbox/admin/faults", { { "expire_csrf", true } });
                return true;
            });
        QVERIFY(results.ok());
        for (const auto &r : *results)
            QVERIFY2(r.status == PirWriteStatus::Written, r.message.c_str());
        QCOMPARE(client.tokenFetches(), 2);
        QCOMPARE(stats()["faults"]["csrf_rejections"].get<int>(), 1);
        QVERIFY(*client.readPirState({}) == stateOf(headers));
    }

    void throttlingHonoursRetryAfter()
    {
        admin("/sandbox/admin/faults", { { "throttle", { { "count", 1 }, { "retry_after", 1 } } } });
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        const auto headers = makeHeaders(1, 3);
        QElapsedTimer timer;
        timer.start();
        const auto results = client.writePirs(headers, { PirWriteMode::Batch, 1, 10, idsOf(headers, "V1") });
        const qint64 waited = timer.elapsed();
        QVERIFY(results.ok());
        QVERIFY2(results->front().status == PirWriteStatus::Written, results->front().message.c_str());
        QCOMPARE(results->front().attempts, 2);
        qInfo("429 with Retry-After: 1 -> write completed after %lld ms", waited);
        QVERIFY2(waited >= 1000, std::to_string(waited).c_str());
        QCOMPARE(stats()["faults"]["throttled"].get<int>(), 1);
    }

    // Three $batch requests in flight at once: a CSRF expiry between windows costs one new token
    // for all three, and a business rejection still lands on its own header.
    void concurrentBatchesRecoverCsrfAndKeepRejections()
    {
        admin("/sandbox/admin/faults", { { "blocked_products", { "FG-102" } } });
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        const auto headers = makeHeaders(40, 3);
        std::vector<std::size_t> progress;
        const auto results = client.writePirs(headers, { PirWriteMode::Batch, 1, 2, idsOf(headers, "V1"), 3 },
            [&](std::size_t done, std::size_t) {
                if (progress.empty())
                    admin("/sandbox/admin/faults", { { "expire_csrf", true } });
                progress.push_back(done);
                return true;
            });
        QVERIFY(results.ok());
        QCOMPARE(progress.front(), 6u); // windows of 3 requests × 2 changesets × 1 header
        for (std::size_t i = 0; i < headers.size(); ++i) {
            const auto &r = (*results)[i];
            if (headers[i].product == "FG-102") {
                QVERIFY(r.status == PirWriteStatus::Rejected);
                QCOMPARE(r.message, std::string("Material FG-102 is blocked for planning"));
            } else {
                QVERIFY2(r.status == PirWriteStatus::Written, r.message.c_str());
            }
        }
        QCOMPARE(client.tokenFetches(), 2);
        QCOMPARE(stats()["faults"]["csrf_rejections"].get<int>(), 3);
        auto expected = headers;
        expected.erase(expected.begin() + 2);
        auto state = *client.readPirState({});
        std::sort(state.begin(), state.end());
        QVERIFY(state == stateOf(expected));
    }

    void businessRejectionIsKeptAndNotRetried_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("perChangeset");
        QTest::addRow("deep insert") << int(PirWriteMode::DeepInsert) << 1;
        QTest::addRow("batch, 4 headers per changeset") << int(PirWriteMode::Batch) << 4;
    }

    void businessRejectionIsKeptAndNotRetried()
    {
        QFETCH(int, mode);
        QFETCH(int, perChangeset);
        admin("/sandbox/admin/faults", { { "blocked_products", { "FG-102" } } });
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        const auto headers = makeHeaders(8, 3);
        const auto results = client.writePirs(
            headers, { PirWriteMode(mode), std::size_t(perChangeset), 10, idsOf(headers, "V1") });
        QVERIFY(results.ok());
        for (std::size_t i = 0; i < headers.size(); ++i) {
            const auto &r = (*results)[i];
            if (headers[i].product != "FG-102") {
                QVERIFY2(r.status == PirWriteStatus::Written, r.message.c_str());
                continue;
            }
            QVERIFY(r.status == PirWriteStatus::Rejected);
            QVERIFY(r.outcome == net::Outcome::Business);
            QCOMPARE(r.httpStatus, 400);
            QCOMPARE(r.attempts, 1);
            QCOMPARE(r.errorCode, std::string("PPH_PIR/012"));
            QCOMPARE(r.message, std::string("Material FG-102 is blocked for planning"));
        }
        auto expected = headers;
        expected.erase(expected.begin() + 2);
        auto state = *client.readPirState({});
        std::sort(state.begin(), state.end());
        QVERIFY(state == stateOf(expected));
    }

    void droppedResponseIsADetectedDuplicate_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("deep insert") << int(PirWriteMode::DeepInsert);
        QTest::addRow("batch") << int(PirWriteMode::Batch);
    }

    void droppedResponseIsADetectedDuplicate()
    {
        QFETCH(int, mode);
        admin("/sandbox/admin/faults", { { "drop_after_apply", 1 } });
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        const auto headers = makeHeaders(6, 4);
        const auto results = client.writePirs(headers, { PirWriteMode(mode), 2, 10, idsOf(headers, "V1") });
        QVERIFY(results.ok());
        for (const auto &r : *results)
            QVERIFY2(r.status == PirWriteStatus::Written, r.message.c_str());
        // libcurl itself resends a request whose reused connection died before any answer, so the
        // resend may not count as a policy attempt; the ERP sees it either way, with the same id.
        const auto s = stats();
        QCOMPARE(s["faults"]["dropped_responses"].get<int>(), 1);
        QCOMPARE(s["duplicates_detected"].get<int>(), 1);
        auto state = *client.readPirState({});
        std::sort(state.begin(), state.end());
        QVERIFY(state == stateOf(headers));
    }

    void outageFailsTechnicallyAfterRetries()
    {
        admin("/sandbox/admin/faults", { { "outage", true } });
        net::HttpClient http(clientConfig());
        auto config = fastRetries();
        config.retry.maxAttempts = 2;
        s4::PirODataClient client(http, config);
        const auto results = client.writePirs(makeHeaders(3, 2), { PirWriteMode::Batch, 1, 10, {} });
        QVERIFY(results.ok());
        for (const auto &r : *results) {
            QVERIFY(r.status == PirWriteStatus::Failed);
            QVERIFY(r.outcome == net::Outcome::RetryableTechnical);
            QCOMPARE(r.attempts, 2);
            QVERIFY2(r.message.find("503") != std::string::npos, r.message.c_str());
        }
        QVERIFY(!client.readPirState({}).ok());
    }

    void badOptionsSendNothing()
    {
        net::HttpClient http(clientConfig());
        s4::PirODataClient client(http, fastRetries());
        QVERIFY(!client.writePirs(makeHeaders(2, 1), { PirWriteMode::Batch, 1, 1, { "only-one" } }).ok());
        QVERIFY(!client.writePirs(makeHeaders(2, 1), { PirWriteMode::Batch, 0, 1, {} }).ok());
        QCOMPARE(client.requestsSent(), std::size_t(0));
    }

    void malformedBatchAnswersAreCleanFailures_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addRow("json instead of multipart") << "application/json"
                                                   << "{}"
                                                   << "not multipart";
        QTest::addRow("missing boundary") << "multipart/mixed; boundary=b"
                                          << "garbage"
                                          << "boundary";
        QTest::addRow("no closing boundary")
            << "multipart/mixed; boundary=b"
            << "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 201 Created\r\n"
            << "closing";
        QTest::addRow("bad status line")
            << "multipart/mixed; boundary=b"
            << "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 abc\r\n\r\n--b--"
            << "status line";
        QTest::addRow("not application/http") << "multipart/mixed; boundary=b"
                                              << "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--"
                                              << "application/http";
        QTest::addRow("too few parts") << "multipart/mixed; boundary=b"
                                       << "--b--"
                                       << "0 parts for 1";
        QTest::addRow("content length too long") << "multipart/mixed; boundary=b"
                                                 << "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 "
                                                    "201 Created\r\nContent-Length: 99\r\n\r\n{}\r\n--b--"
                                                 << "Content-Length";
    }

    void malformedBatchAnswersAreCleanFailures()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        httplib::Server stub;
        stub.Get(".*", [](const httplib::Request &, httplib::Response &res) {
            res.set_header("X-CSRF-Token", "tok");
            res.set_content("{}", "application/json");
        });
        stub.Post(".*", [&](const httplib::Request &, httplib::Response &res) {
            res.status = 202;
            res.set_content(body.toStdString(), contentType.toStdString());
        });
        stub.set_keep_alive_max_count(1); // so stop() need not wait out an idle keep-alive
        const int port = stub.bind_to_any_port("127.0.0.1");
        std::thread serving([&] { stub.listen_after_bind(); });
        // bind_to_any_port already listens: early connections wait in the backlog.
        net::HttpClientConfig config;
        config.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        net::HttpClient http(config);
        s4::PirODataClient client(http, fastRetries());
        const auto results = client.writePirs(makeHeaders(1, 2), { PirWriteMode::Batch, 1, 10, {} });
        const auto state = client.readPirState({});
        stub.stop();
        serving.join();
        QVERIFY(results.ok());
        const auto &r = results->front();
        QVERIFY(r.status == PirWriteStatus::Failed);
        QVERIFY2(r.message.find(expected.toStdString()) != std::string::npos, r.message.c_str());
        QVERIFY(!state.ok()); // "{}" is no collection
        QVERIFY2(state.error().message.find("\"d\"") != std::string::npos, state.error().message.c_str());
    }

    void cleanupTestCase() { m_peer.stop(); }

private:
    net::HttpClientConfig clientConfig() const { return m_peer.clientConfig(); }
    nlohmann::json admin(const std::string &path, const nlohmann::json &body)
    {
        return m_peer.admin(path, body);
    }
    nlohmann::json stats() { return m_peer.stats(); }

    connectortest::SandboxPeer m_peer;
};

QTEST_GUILESS_MAIN(TestPirODataClient)
#include "tst_pirodataclient.moc"
