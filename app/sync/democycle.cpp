// The second half of `planbridge-sync demo`: the validated sample taken through the whole cycle
// against the built-in sandbox, in this process, with a temporary cache that is deleted after.
#include "synccommands.h"

#include "temporaryfolder.h"

#include "connectors/s4/mrpodataclient.h"
#include "connectors/s4/pirodataclient.h"
#include "engine/feedbackservice.h"
#include "engine/releaseservice.h"
#include "engine/versionworkflow.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"
#include "store/accounts.h"
#include "store/resultstore.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace planbridge::cli {
namespace {

class Step
{
public:
    explicit Step(const char *what)
        : m_started(std::chrono::steady_clock::now())
    {
        std::printf("  %-52s", what);
        std::fflush(stdout);
    }
    void ok(const std::string &detail = {})
    {
        const double ms
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started).count();
        std::printf("%7.0f ms  %s\n", ms, detail.c_str());
    }

private:
    std::chrono::steady_clock::time_point m_started;
};

// The demo's throwaway accounts: their cache is deleted at the end, so a cheap hash will do.
constexpr int DemoIterations = 1000;

} // namespace

int runDemoCycle(const ValidationResult &result)
{
    std::printf("\nThe full cycle against the built-in sandbox (S/4HANA- and IBP-shaped, on loopback):\n");
    sandbox::SandboxServer server;
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.requireAuth = false;
    if (const auto port = server.start(sandboxOptions); !port)
        return fail("sandbox: " + port.error().message);
    TemporaryFolder folder;
    if (!folder.create("demo"))
        return fail("cannot create a folder for the demo cache");
    auto cache = store::Cache::open((folder.path / "cache.sqlite").string());
    if (!cache)
        return fail(cache.error().message);
    store::Cache &c = **cache;
    const auto check = [](const std::optional<EngineError> &error) {
        if (error)
            std::printf("\n");
        return error;
    };

    Step accounts("accounts: admin, planner, approver, scheduler");
    store::Accounts people(c);
    if (auto e = check(people.bootstrap("admin", { auth::Role::Admin }, "demo-admin", DemoIterations)))
        return fail(e->message);
    const auto admin = *people.signIn("admin", "demo-admin");
    for (const auto &[name, role] : { std::pair { "planner", auth::Role::Planner },
             { "approver", auth::Role::Approver }, { "scheduler", auth::Role::Scheduler } }) {
        if (auto e
            = check(people.addUser(admin, name, { role }, std::string("demo-") + name, DemoIterations)))
            return fail(e->message);
    }
    const auto planner = *people.signIn("planner", "demo-planner");
    const auto approver = *people.signIn("approver", "demo-approver");
    const auto scheduler = *people.signIn("scheduler", "demo-scheduler");
    accounts.ok();

    const std::string id = result.versionId.value_or("DEMO");
    VersionWorkflow workflow(c);
    Step imported("import the validated version into the cache");
    store::StoredVersion version;
    version.id = id;
    version.plan = "DEMO";
    version.source = "bundled sample";
    version.asOf = result.asOf.toString();
    version.bucket = std::string(bucketName(result.bucket));
    version.priority = result.highPriority ? "high" : "normal";
    if (auto e = check(workflow.registerVersion(planner, version)))
        return fail(e->message);
    if (auto e = check(store::ResultStore(c).save(id, result, planner.user())))
        return fail(e->message);
    if (auto e = check(workflow.markValidated(planner, id, "bundled sample")))
        return fail(e->message);
    imported.ok(std::to_string(result.accepted.size()) + " ERP records, "
        + std::to_string(result.rejects.size()) + " rejects");

    Step submitted("planner submits, planner tries to approve: refused");
    if (auto e = check(workflow.submit(planner, id)))
        return fail(e->message);
    const auto refused = workflow.approve(planner, id);
    submitted.ok(refused ? "\"" + refused->message + "\"" : "NOT REFUSED");
    Step approved("approver approves");
    if (auto e = check(workflow.approve(approver, id)))
        return fail(e->message);
    approved.ok();

    net::HttpClientConfig httpConfig;
    httpConfig.baseUrl = server.baseUrl();
    net::HttpClient http(httpConfig);
    s4::PirODataClient pirs(http);
    ReleaseService releases(c, pirs);
    Step released("release: outbox, then PIR $batch writes");
    const auto release = releases.release(approver, id);
    if (!release)
        return std::printf("\n"), fail(release.error().message);
    const auto report = releases.dispatch(approver, *release, DispatchOptions {});
    if (!report)
        return std::printf("\n"), fail(report.error().message);
    released.ok(*release + ": " + std::to_string(report->counts.acked) + " writes acknowledged, "
        + std::to_string(report->counts.dead) + " dead letters");

    Step readBack("read the PIRs back from the ERP");
    const auto state = pirs.readPirState({});
    readBack.ok(state ? std::to_string(state->size()) + " items held, as released" : state.error().message);

    s4::MrpODataClient mrp(http);
    FeedbackService feedback(c, mrp);
    Step planned("scheduler runs MRP and collects feedback");
    connectors::MrpWait wait;
    wait.pollInterval = std::chrono::milliseconds(50);
    const auto collected = feedback.collect(scheduler, *release, result.asOf, wait);
    if (!collected)
        return std::printf("\n"), fail(collected.error().message);
    const auto &f = collected->feedback;
    planned.ok(collected->run.id + ": " + std::to_string(f.plannedOrders.size()) + " planned orders, "
        + std::to_string(f.requisitions.size()) + " purchase requisitions, "
        + std::to_string(f.shortages.size()) + " shortages");

    std::printf("\n%-10s %-6s %-16s %14s %-4s %-12s %s\n", "material", "plant", "proposal", "quantity",
        "unit", "available", "forecast rows");
    const auto printRow = [&](const std::string &kind, const std::string &material, const std::string &plant,
                              Decimal quantity, const std::string &unit, Date date) {
        const auto lineage = feedback.lineage(scheduler, *release, material, plant);
        std::string rows;
        for (const std::uint32_t row : lineage ? lineage->forecastRows : std::vector<std::uint32_t>())
            rows.append(rows.empty() ? "" : ",").append(std::to_string(row));
        std::printf("%-10s %-6s %-16s %14s %-4s %-12s %s\n", material.c_str(), plant.c_str(), kind.c_str(),
            quantity.toString().c_str(), unit.c_str(), date.toString().c_str(), rows.c_str());
    };
    for (const auto &o : f.plannedOrders)
        printRow("planned order", o.material, o.plant, o.quantity, o.unit, o.end);
    for (const auto &r : f.requisitions)
        printRow("requisition", r.material, r.plant, r.quantity, r.unit, r.delivery);
    for (const auto &s : f.shortages)
        printRow("SHORTAGE", s.material, s.plant, s.quantity, s.unit, s.start);

    const auto verified = c.audit().verify();
    std::printf("\nVersion %s is %s. Audit trail: %lld entries, %s.\n", id.c_str(),
        std::string(versionStateName((*store::VersionStore(c).find(id))->state)).c_str(),
        static_cast<long long>(verified.entries), verified.ok() ? "chain intact" : verified.problem.c_str());
    server.stop();
    return 0;
}

} // namespace planbridge::cli
