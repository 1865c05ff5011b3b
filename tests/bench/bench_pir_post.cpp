// Posts 100,000 PIR items (5,000 headers × 20 weekly buckets) to the in-process sandbox ERP over
// loopback through the PIR connector, `runs` times per shape ($batch grouping and requests in
// flight), and reports the median items/s of each and the best. Client and sandbox share this
// process (and the machine's cores).
// Usage: bench_pir_post [headers] [--runs N] [--latency MS] [--no-deep-insert]
// --latency adds MS to every ERP answer (the sandbox's latency fault), as a WAN link to a hosted
// ERP would: that is where requests in flight at once pay off.
#include "connectors/s4/pirodataclient.h"
#include "connectors/s4/pirrequestid.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace planbridge;
using connectors::PirWriteMode;

std::vector<s4::PirHeader> makeHeaders(int count)
{
    std::vector<s4::PirHeader> headers;
    for (int h = 0; h < count; ++h) {
        s4::PirHeader header { "FG-" + std::to_string(100000 + h), "1710", "1710", "VSF", "00", "", "", true,
            {} };
        for (int w = 1; w <= 20; ++w) {
            char period[16];
            std::snprintf(period, sizeof period, "2027%02d", w);
            header.items.push_back(
                { period, "W", std::to_string((h * 31 + w * 7) % 9000) + ".250", "PC", 0 });
        }
        headers.push_back(std::move(header));
    }
    return headers;
}

nlohmann::json admin(
    net::HttpClient &http, net::HttpMethod method, const std::string &path, const std::string &body = {})
{
    net::HttpRequest request;
    request.method = method;
    request.url = path;
    request.body = body;
    if (!body.empty())
        request.headers.set("Content-Type", "application/json");
    const auto response = http.send(request);
    return response ? nlohmann::json::parse(response->body, nullptr, false) : nlohmann::json();
}

struct Shape
{
    PirWriteMode mode;
    std::size_t perChangeset;
    std::size_t changesets;
    std::size_t parallel = 1;
};

} // namespace

int main(int argc, char **argv)
{
    int headerCount = 5000;
    bool deepInsert = true;
    int runs = 3;
    int latencyMs = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--no-deep-insert")
            deepInsert = false;
        else if (std::string(argv[i]) == "--latency" && i + 1 < argc)
            latencyMs = std::max(0, std::atoi(argv[++i]));
        else if (std::string(argv[i]) == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            headerCount = std::max(1, std::atoi(argv[i]));
    }
    sandbox::SandboxServer server;
    const auto port = server.start({});
    if (!port) {
        std::fprintf(stderr, "sandbox: %s\n", port.error().message.c_str());
        return 1;
    }
    net::HttpClientConfig config;
    config.baseUrl = server.baseUrl();
    net::HttpClient http(config);
    net::HttpClient adminHttp(config);

    const auto headers = makeHeaders(headerCount);
    std::vector<std::string> ids;
    for (const auto &h : headers)
        ids.push_back(s4::pirRequestId("BENCH", h));
    const std::size_t items = headers.size() * 20;

    const Shape shapes[] = {
        { PirWriteMode::DeepInsert, 1, 1 },
        { PirWriteMode::Batch, 1, 20 },
        { PirWriteMode::Batch, 1, 100 },
        { PirWriteMode::Batch, 1, 500 },
        { PirWriteMode::Batch, 10, 10 },
        { PirWriteMode::Batch, 10, 50 },
        { PirWriteMode::Batch, 50, 10 },
        { PirWriteMode::Batch, 100, 5 },
        { PirWriteMode::Batch, 250, 4 },
        { PirWriteMode::Batch, 1, 20, 4 },
        { PirWriteMode::Batch, 1, 100, 2 },
        { PirWriteMode::Batch, 10, 10, 2 },
        { PirWriteMode::Batch, 10, 10, 4 },
        { PirWriteMode::Batch, 50, 10, 2 },
    };
    std::printf(
        "%zu PIR items (%zu headers x 20 weeks) to the sandbox on 127.0.0.1:%d, %d ms added per answer\n\n",
        items, headers.size(), *port, latencyMs);
    std::printf("%-12s %11s %10s %9s %12s %9s %10s %12s\n", "mode", "hdrs/chgset", "chgsets/req", "in flight",
        "items/req", "requests", "median s", "items/s");
    double best = 0;
    std::string bestName;
    for (const Shape &shape : shapes) {
        if (shape.mode == PirWriteMode::DeepInsert && !deepInsert)
            continue;
        const bool deep = shape.mode == PirWriteMode::DeepInsert;
        std::vector<double> times;
        std::size_t requests = 0;
        bool complete = true;
        for (int run = 0; run < runs; ++run) {
            admin(adminHttp, net::HttpMethod::Post, "/sandbox/admin/reset");
            if (latencyMs > 0)
                admin(adminHttp, net::HttpMethod::Post, "/sandbox/admin/faults",
                    "{\"latency_ms\": " + std::to_string(latencyMs) + "}");
            s4::PirODataClient client(http);
            const auto start = std::chrono::steady_clock::now();
            const auto results = client.writePirs(
                headers, { shape.mode, shape.perChangeset, shape.changesets, ids, shape.parallel });
            times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            std::size_t written = 0;
            for (const auto &r : *results)
                written += r.status == connectors::PirWriteStatus::Written ? 1 : 0;
            const auto stats = admin(adminHttp, net::HttpMethod::Get, "/sandbox/admin/stats");
            complete = complete && written == headers.size()
                && stats.value("items_stored", std::size_t(0)) == items;
            requests = client.requestsSent();
        }
        std::sort(times.begin(), times.end());
        const double seconds = times[times.size() / 2];
        const std::size_t perRequest = deep ? 20 : shape.perChangeset * shape.changesets * 20;
        const double rate = static_cast<double>(items) / seconds;
        std::printf("%-12s %11zu %10zu %9zu %12zu %9zu %10.2f %12.0f%s\n", deep ? "deep insert" : "$batch",
            shape.perChangeset, deep ? std::size_t(0) : shape.changesets, shape.parallel, perRequest,
            requests, seconds, rate, complete ? "" : "  INCOMPLETE");
        if (!complete)
            continue;
        if (rate > best) {
            best = rate;
            bestName = (deep ? std::string("deep insert")
                             : "$batch " + std::to_string(shape.perChangeset) + " header(s)/changeset, "
                        + std::to_string(shape.changesets) + " changesets/request, "
                        + std::to_string(shape.parallel) + " in flight");
        }
    }
    std::printf(
        "\nbest: %s at %.0f items/s, median of %d runs (target 20,000)\n", bestName.c_str(), best, runs);
    return best >= 20000 ? 0 : 2;
}
