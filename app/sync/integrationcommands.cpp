// planbridge-sync commands that talk to the outside systems or play them.
#include "synccommands.h"

#include "connections.h"
#include "sample/syntheticversion.h"
#include "sandbox/planning/planninggateway.h"
#include "sandbox/sandboxserver.h"
#include "temporaryfolder.h"
#include "versionfilesink.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <pthread.h>

namespace planbridge::cli {

int runVersions(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--config", "--endpoint" }, error);
    if (!error.empty())
        return fail(error);
    auto connection = connectPlanning(options);
    if (!connection)
        return fail(connection.error().message);
    const auto versions = connection->source->listVersions();
    if (!versions)
        return fail(versions.error().message);
    std::printf("%-28s %-6s %-10s %-8s %s\n", "version", "bucket", "as of", "priority", "name");
    for (const auto &v : *versions)
        std::printf("%-28s %-6s %-10s %-8s %s\n", v.id.c_str(), v.bucket.c_str(), v.asOf.c_str(),
            v.priority.empty() ? "-" : v.priority.c_str(), v.name.c_str());
    return 0;
}

int runPull(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--config", "--endpoint", "--version", "--out" }, error);
    if (!error.empty())
        return fail(error);
    const auto version = options.get("--version");
    const auto out = options.get("--out");
    if (!version || !out)
        return fail("pull needs --version ID and --out FILE (try --help)");
    auto connection = connectPlanning(options);
    if (!connection)
        return fail(connection.error().message);
    VersionFileSink sink(*out);
    if (!sink.open(error))
        return fail(error);
    const auto pulled = connection->source->pullVersion(*version, sink);
    if (!pulled)
        return fail(pulled.error().message);
    if (!sink.commit(error))
        return fail(error);
    std::fprintf(
        stderr, "%zu records of version %s written to %s\n", pulled->records, version->c_str(), out->c_str());
    return 0;
}

int runSandbox(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(
        args, { "--port", "--records", "--seed", "--data", "--user", "--password" }, error, { "--no-auth" });
    if (!error.empty())
        return fail(error);
    sandbox::SandboxOptions sandbox;
    sandbox.requireAuth = !options.has("--no-auth");
    sandbox.user = options.get("--user").value_or("demo");
    sandbox.password = options.get("--password").value_or("demo");
    std::uint64_t port = 0;
    if (const auto p = options.get("--port"); p && (!parseNumber(*p, port) || port > 65535))
        return fail("--port must be a number between 0 and 65535");
    sandbox.port = static_cast<int>(port);

    TemporaryFolder scenario;
    if (const auto data = options.get("--data")) {
        sandbox.seedDir = *data;
    } else {
        SyntheticSpec spec;
        spec.records = 10'000;
        if (const auto n = options.get("--records");
            n && (!parseNumber(*n, spec.records) || spec.records == 0))
            return fail("--records must be a whole number > 0");
        if (const auto s = options.get("--seed"); s && !parseNumber(*s, spec.seed))
            return fail("--seed must be a whole number >= 0");
        if (!scenario.create("sandbox"))
            return fail("cannot create a folder for the sandbox scenario");
        const auto written = writeSyntheticVersion(spec, scenario.path.string());
        if (!written)
            return fail(written.error().message);
        sandbox.seedDir = scenario.path.string();
    }

    // Stop signals are blocked in every thread (the server's threads inherit the mask) and
    // awaited here, so stopping needs no async-signal-safe tricks.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    sandbox::SandboxServer server;
    const auto bound = server.start(sandbox);
    if (!bound)
        return fail(bound.error().message);
    const std::string base = server.baseUrl();
    std::printf("sandbox listening on %s\n", base.c_str());
    for (const auto &version : server.planning().catalogue())
        std::printf("  planning version %s (%s buckets, as of %s)\n", version.id.c_str(),
            version.bucket.c_str(), version.asOf.c_str());
    std::printf("  planning: %s%s\n", base.c_str(), sandbox::PlanningServiceRoot);
    std::printf("  erp:      %s (PIRs, MRP application jobs, planned orders, purchase requisitions\n"
                "            and MRP materials at their S/4HANA paths)\n",
        base.c_str());
    if (sandbox.requireAuth)
        std::printf("  Basic auth: user %s, password %s\n", sandbox.user.c_str(), sandbox.password.c_str());
    std::printf("Press Ctrl-C to stop.\n");
    std::fflush(stdout);
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}

} // namespace planbridge::cli
