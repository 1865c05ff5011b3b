#include "engine/demoscenario.h"

#include "engine/feedbackservice.h"
#include "engine/releaseservice.h"
#include "engine/versionimport.h"
#include "engine/versionworkflow.h"
#include "io/inputfile.h"
#include "sample/sampledata.h"
#include "sample/syntheticversion.h"
#include "store/accounts.h"

namespace planbridge {
namespace {

Expected<auth::Session> demoSession(store::Accounts &accounts, auth::Role role)
{
    for (const DemoUser &user : demoUsers()) {
        if (user.role == role)
            return accounts.signIn(user.name, DemoPassword);
    }
    return EngineError { "no demo user for role " + std::string(auth::roleName(role)) };
}

std::optional<EngineError> createAccounts(store::Accounts &accounts, int iterations)
{
    const DemoUser &first = demoUsers().front(); // the admin
    if (auto e = accounts.bootstrap(first.name, { first.role }, DemoPassword, iterations))
        return e;
    auto admin = accounts.signIn(first.name, DemoPassword);
    if (!admin)
        return admin.error();
    for (std::size_t i = 1; i < demoUsers().size(); ++i) {
        const DemoUser &user = demoUsers()[i];
        if (auto e = accounts.addUser(*admin, user.name, { user.role }, DemoPassword, iterations))
            return e;
    }
    return std::nullopt;
}

ImportRequest sampleRequest(const std::string &id, const std::string &priority)
{
    ImportRequest request;
    request.masterText = std::string(sampleMasterData());
    request.inputText = std::string(sampleVersion());
    request.inputName = std::string(SampleVersionName);
    request.overrides.versionId = id;
    request.overrides.priority = priority;
    request.plan = "CONS-EU";
    request.source = "planning: consensus EU";
    return request;
}

// Releases and posts the version, then collects the ERP's feedback.
Expected<std::string> postWithFeedback(store::Cache &cache, store::Accounts &accounts, const std::string &id,
    connectors::ErpTarget &erp, connectors::ErpExecution &execution)
{
    auto planner = demoSession(accounts, auth::Role::Planner);
    auto approver = demoSession(accounts, auth::Role::Approver);
    auto scheduler = demoSession(accounts, auth::Role::Scheduler);
    if (!planner || !approver || !scheduler)
        return EngineError { "cannot sign the demo users in" };
    VersionWorkflow workflow(cache);
    if (auto e = workflow.submit(*planner, id))
        return *e;
    if (auto e = workflow.approve(*approver, id))
        return *e;
    ReleaseService releases(cache, erp);
    auto release = releases.release(*approver, id);
    if (!release)
        return release.error();
    DispatchOptions dispatch;
    dispatch.maxDeliveryAttempts = 2;
    if (auto report = releases.dispatch(*approver, *release, dispatch); !report)
        return report.error();
    connectors::MrpWait wait;
    wait.pollInterval = std::chrono::milliseconds(20);
    if (auto collected = FeedbackService(cache, execution).collect(*scheduler, *release, {}, wait); !collected)
        return collected.error();
    return *release;
}

} // namespace

const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = { { "ada", auth::Role::Admin }, { "paula", auth::Role::Planner },
        { "pedro", auth::Role::Planner }, { "arno", auth::Role::Approver }, { "sara", auth::Role::Scheduler },
        { "omar", auth::Role::Procurement }, { "ines", auth::Role::IntegrationSupport } };
    return users;
}

Expected<DemoScenario> seedDemoScenario(store::Cache &cache, const std::string &folder,
    connectors::ErpTarget *erp, connectors::ErpExecution *execution, const DemoScenarioOptions &options)
{
    store::Accounts accounts(cache);
    if (auto e = createAccounts(accounts, options.passwordIterations))
        return *e;
    auto planner = demoSession(accounts, auth::Role::Planner);
    if (!planner)
        return planner.error();
    DemoScenario scenario;

    if (erp && execution) {
        // Three earlier months, each released and fed back, so the dashboards have a history.
        for (const char *id : { "DP-2026-08-CONS", "DP-2026-09-CONS", "DP-2026-10-CONS" }) {
            auto posted = importVersion(cache, *planner, sampleRequest(id, "normal"));
            if (!posted)
                return posted.error();
            scenario.postedVersion = posted->version.id;
            auto release = postWithFeedback(cache, accounts, scenario.postedVersion, *erp, *execution);
            if (!release)
                return release.error();
            scenario.releaseId = *release;
        }
    }

    // A large version from another planner, submitted and waiting for approval.
    SyntheticSpec spec;
    spec.records = options.syntheticRecords;
    spec.seed = 7;
    auto files = writeSyntheticVersion(spec, folder);
    if (!files)
        return files.error();
    std::string readError;
    const auto master = readWholeFile(files->masterPath, readError);
    const auto input = master ? readWholeFile(files->versionJsonPath, readError) : std::nullopt;
    if (!input)
        return EngineError { readError };
    ImportRequest synthetic;
    synthetic.masterText = *master;
    synthetic.inputText = *input;
    synthetic.inputName = files->versionJsonPath;
    synthetic.overrides.priority = "normal";
    synthetic.plan = "CONS-NA";
    synthetic.source = "planning: consensus NA";
    auto submitted = importVersion(cache, *planner, synthetic);
    if (!submitted)
        return submitted.error();
    scenario.submittedVersion = submitted->version.id;
    if (auto e = VersionWorkflow(cache).submit(*planner, scenario.submittedVersion))
        return *e;

    // The revision planners are working on now: high priority, rejects to resolve.
    auto revision = importVersion(cache, *planner, sampleRequest("DP-2026-11-CONS", "high"));
    if (!revision)
        return revision.error();
    scenario.revisionVersion = revision->version.id;
    return scenario;
}

} // namespace planbridge
