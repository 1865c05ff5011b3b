// The release benchmark against the in-process sandbox ERP over loopback:
//  1. a version of about 100,000 ERP records, from approval until every write is acknowledged
//     (release + dispatch), median of `runs`;
//  2. a high-priority version of about 10,000 ERP records: per write, the time from approval to its
//     acknowledgement, p50 and p95.
// Usage: bench_release [--runs N]
#include "connectors/s4/pirodataclient.h"
#include "engine/forecastvalidation.h"
#include "engine/releaseservice.h"
#include "engine/versionworkflow.h"
#include "net/httpclient.h"
#include "sample/syntheticversion.h"
#include "sandbox/sandboxserver.h"
#include "store/accounts.h"
#include "store/resultstore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

using namespace planbridge;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

struct Run
{
    double seconds = 0; // approval → all acknowledged
    std::size_t records = 0;
    std::size_t writes = 0;
    std::vector<double> latencies; // per write, approval → acknowledged
};

// One cache, one approved version of `rows` input rows, released and sent to a reset sandbox.
Run releaseOnce(
    const std::filesystem::path &folder, sandbox::SandboxServer &server, std::uint64_t rows, bool high)
{
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    SyntheticSpec spec;
    spec.records = rows;
    const auto files = writeSyntheticVersion(spec, folder.string());
    auto result = validateForecastFiles(files->masterPath, files->versionJsonPath, {});
    auto cache = std::move(*store::Cache::open((folder / "cache.sqlite").string()));
    store::Accounts accounts(*cache);
    accounts.bootstrap("admin", { auth::Role::Admin }, "admin-pass", 1000);
    const auto admin = *accounts.signIn("admin", "admin-pass");
    accounts.addUser(admin, "pia", { auth::Role::Planner }, "pia-password", 1000);
    accounts.addUser(admin, "ann", { auth::Role::Approver }, "ann-password", 1000);
    const auto pia = *accounts.signIn("pia", "pia-password");
    const auto ann = *accounts.signIn("ann", "ann-password");
    VersionWorkflow workflow(*cache);
    store::StoredVersion version;
    version.id = "BENCH";
    version.plan = "BENCH";
    version.priority = high ? "high" : "normal";
    workflow.registerVersion(pia, version);
    store::ResultStore(*cache).save("BENCH", *result);
    workflow.markValidated(pia, "BENCH", "");
    workflow.submit(pia, "BENCH");

    net::HttpClientConfig config;
    config.baseUrl = server.baseUrl();
    net::HttpClient http(config);
    s4::PirODataClient erp(http);
    ReleaseService service(*cache, erp);
    net::HttpRequest reset;
    reset.method = net::HttpMethod::Post;
    reset.url = "/sandbox/admin/reset";
    http.send(reset);

    Run run;
    run.records = result->accepted.size();
    const auto approved = Clock::now();
    workflow.approve(ann, "BENCH");
    const auto release = service.release(ann, "BENCH");
    DispatchOptions options;
    std::size_t acked = 0;
    options.progress = [&](const store::OutboxCounts &c) {
        const double at = std::chrono::duration<double>(Clock::now() - approved).count();
        run.latencies.insert(run.latencies.end(), c.acked - acked, at);
        acked = c.acked;
        return true;
    };
    const auto report = service.dispatch(ann, *release, options);
    run.seconds = std::chrono::duration<double>(Clock::now() - approved).count();
    run.writes = report ? report->counts.acked : 0;
    if (!report || !report->finished || report->counts.dead > 0) {
        std::fprintf(stderr, "the release did not finish cleanly\n");
        std::exit(1);
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 3;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--runs")
            runs = std::max(1, std::atoi(argv[++i]));
    }
    sandbox::SandboxServer server;
    if (!server.start({})) {
        std::fprintf(stderr, "cannot start the sandbox\n");
        return 1;
    }
    const auto folder
        = std::filesystem::temp_directory_path() / ("pb-bench-release-" + std::to_string(::getpid()));

    std::vector<double> big;
    Run last;
    for (int i = 0; i < runs; ++i) {
        last = releaseOnce(folder, server, 78'000, false);
        big.push_back(last.seconds);
    }
    std::printf(
        "release of %zu ERP records (%zu PIR writes), approval to all acknowledged: median %.2f s of %d runs "
        "(target <= 10 s)\n",
        last.records, last.writes, median(big), runs);

    std::vector<double> p50s, p95s;
    for (int i = 0; i < runs; ++i) {
        last = releaseOnce(folder, server, 7'800, true);
        p50s.push_back(percentile(last.latencies, 0.50));
        p95s.push_back(percentile(last.latencies, 0.95));
    }
    std::printf(
        "high priority, %zu ERP records (%zu PIR writes), approval to each write acknowledged: p50 %.3f s, "
        "p95 %.3f s (medians of %d runs; target p95 <= 2 s)\n",
        last.records, last.writes, median(p50s), median(p95s), runs);
    std::filesystem::remove_all(folder);
    return 0;
}
