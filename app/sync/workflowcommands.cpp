// planbridge-sync commands of the release workflow that work on the local cache alone: accounts,
// importing a validated version, submit, approve, send back, cancel, status and the audit trail.
#include "synccommands.h"

#include "engine/forecastvalidation.h"
#include "engine/versionworkflow.h"
#include "io/atomicfile.h"
#include "store/accounts.h"
#include "store/outboxstore.h"
#include "store/resultstore.h"
#include "workflowcontext.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace planbridge::cli {
namespace {

const std::vector<std::string> CacheAndUser = { "--cache", "--user" };

std::vector<std::string> with(std::vector<std::string> names)
{
    names.insert(names.end(), CacheAndUser.begin(), CacheAndUser.end());
    return names;
}

// Parses the options, opens the cache and signs the user in; a failure has already been reported.
struct Context
{
    std::unique_ptr<store::Cache> cache;
    std::optional<auth::Session> session;
    int status = 0; // non-zero: stop with it
};

Context prepare(const Options &options, const std::string &error, bool needsUser = true)
{
    Context context;
    if (!error.empty())
        return context.status = fail(error), std::move(context);
    auto cache = openCache(options);
    if (!cache)
        return context.status = fail(cache.error().message), std::move(context);
    context.cache = std::move(*cache);
    if (!needsUser)
        return context;
    auto session = signIn(*context.cache, options);
    if (!session)
        return context.status = fail(session.error().message), std::move(context);
    context.session = std::move(*session);
    return context;
}

int done(const std::optional<EngineError> &error, const std::string &message)
{
    if (error)
        return fail(error->message);
    std::fprintf(stderr, "%s\n", message.c_str());
    return 0;
}

} // namespace

int runUser(const std::vector<std::string> &args)
{
    if (args.empty() || args.front() != "add")
        return fail("user needs a subcommand: user add --name NAME --roles ROLE[,ROLE] (try --help)");
    std::string error;
    const Options options(
        std::vector<std::string>(args.begin() + 1, args.end()), with({ "--name", "--roles" }), error);
    Context context = prepare(options, error, false);
    if (context.status)
        return context.status;
    const auto name = options.get("--name");
    const auto roles = store::parseRoles(options.get("--roles").value_or(""));
    if (!name || !roles || roles->empty())
        return fail("user add needs --name NAME and --roles from planner, approver, scheduler, procurement, "
                    "integration-support, admin");
    auto password = readPassword("PLANBRIDGE_NEW_PASSWORD", "New password for " + *name + ": ", true);
    if (!password)
        return fail(password.error().message);
    store::Accounts accounts(*context.cache);
    if (!accounts.hasUsers())
        return done(accounts.bootstrap(*name, *roles, *password), "first account " + *name + " created");
    auto session = signIn(*context.cache, options);
    if (!session)
        return fail(session.error().message);
    return done(accounts.addUser(*session, *name, *roles, *password), "user " + *name + " added");
}

int runImport(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args,
        with({ "--master", "--input", "--version-id", "--bucket", "--as-of", "--priority", "--plan" }),
        error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto master = options.get("--master");
    const auto input = options.get("--input");
    if (!master || !input)
        return fail("import needs --master FILE and --input FILE (try --help)");
    const VersionOverrides overrides { options.get("--version-id"), options.get("--bucket"),
        options.get("--as-of"), options.get("--priority") };
    auto result = validateForecastFiles(*master, *input, overrides);
    if (!result)
        return fail(result.error().message);
    if (!result->versionId)
        return fail("the version has no id: give --version-id");
    store::StoredVersion version;
    version.id = *result->versionId;
    version.plan = options.get("--plan").value_or(version.id);
    version.source = *input;
    version.asOf = result->asOf.toString();
    version.bucket = std::string(bucketName(result->bucket));
    version.priority = result->highPriority ? "high" : "normal";
    VersionWorkflow workflow(*context.cache);
    const std::string note = std::to_string(result->rowsIn) + " rows: " + std::to_string(result->rowsAccepted)
        + " accepted, " + std::to_string(result->rejects.size()) + " rejected, "
        + std::to_string(result->accepted.size()) + " ERP records";
    auto failed = context.cache->db().transaction([&]() -> std::optional<EngineError> {
        if (auto e = workflow.registerVersion(*context.session, version))
            return e;
        if (auto e = store::ResultStore(*context.cache).save(version.id, *result))
            return e;
        return workflow.markValidated(*context.session, version.id, note);
    });
    return done(failed, "version " + version.id + " imported: " + note);
}

int runSubmit(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, with({ "--version" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version").value_or("");
    return done(VersionWorkflow(*context.cache).submit(*context.session, id), "version " + id + " submitted");
}

int runApprove(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, with({ "--version" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version").value_or("");
    return done(VersionWorkflow(*context.cache).approve(*context.session, id), "version " + id + " approved");
}

int runSendBack(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, with({ "--version", "--reason" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version").value_or("");
    return done(
        VersionWorkflow(*context.cache).sendBack(*context.session, id, options.get("--reason").value_or("")),
        "version " + id + " sent back to the planners");
}

int runStatus(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, with({ "--version" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    if (!context.session->allows(auth::Action::ViewVersions))
        return fail("user " + context.session->user() + " may not view versions");
    store::VersionStore versions(*context.cache);
    if (const auto id = options.get("--version")) {
        auto history = versions.history(*id);
        if (!history || history->empty())
            return fail(history ? "version " + *id + " is not in the cache" : history.error().message);
        std::printf("%-24s %-18s %-16s %s\n", "at", "state", "by", "note");
        for (const auto &change : *history)
            std::printf("%-24s %-18s %-16s %s\n", change.at.c_str(),
                std::string(versionStateName(change.state)).c_str(), change.actor.c_str(),
                change.note.c_str());
        store::OutboxStore outbox(*context.cache);
        auto releases = outbox.releasesOf(*id);
        for (const auto &release : releases ? *releases : std::vector<store::ReleaseInfo>()) {
            const auto counts = outbox.counts(release.id);
            if (counts)
                std::printf(
                    "release %s (%s): %zu acknowledged, %zu queued, %zu dead letters, %zu cancelled\n",
                    release.id.c_str(), release.state.c_str(), counts->acked, counts->queued, counts->dead,
                    counts->cancelled);
        }
        return 0;
    }
    auto all = versions.list();
    if (!all)
        return fail(all.error().message);
    std::printf(
        "%-28s %-18s %-8s %-10s %-16s %s\n", "version", "state", "priority", "as of", "plan", "updated");
    for (const auto &v : *all)
        std::printf("%-28s %-18s %-8s %-10s %-16s %s\n", v.id.c_str(),
            std::string(versionStateName(v.state)).c_str(), v.priority.c_str(), v.asOf.c_str(),
            v.plan.c_str(), v.updatedAt.c_str());
    return 0;
}

int runAudit(const std::vector<std::string> &args)
{
    if (args.empty() || (args.front() != "verify" && args.front() != "export"))
        return fail("audit needs verify or export (try --help)");
    std::string error;
    const Options options(std::vector<std::string>(args.begin() + 1, args.end()), with({ "--out" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    if (auto refused
        = store::authorize(context.cache->audit(), *context.session, auth::Action::ViewAudit, "audit"))
        return fail(refused->message);
    if (args.front() == "verify") {
        const auto verified = context.cache->audit().verify();
        if (!verified.ok())
            return std::fprintf(stderr, "planbridge-sync: audit trail broken at entry %lld: %s\n",
                       static_cast<long long>(*verified.brokenAt), verified.problem.c_str()),
                   1;
        std::printf("audit trail intact: %lld entries, head %s\n", static_cast<long long>(verified.entries),
            verified.headHash.c_str());
        return 0;
    }
    std::string lines;
    auto failed = context.cache->audit().forEach([&](const store::AuditEntry &e) {
        auto detail = nlohmann::json::parse(e.detail, nullptr, false);
        if (detail.is_discarded())
            detail = e.detail; // kept as text: the export shows the row as it is
        lines += nlohmann::ordered_json { { "seq", e.seq }, { "at", e.at }, { "actor", e.actor },
            { "action", e.action }, { "subject", e.subject }, { "detail", detail },
            { "prev_hash", e.prevHash }, { "hash", e.hash } }
                     .dump()
            + "\n";
        return true;
    });
    if (failed)
        return fail(failed->message);
    const auto out = options.get("--out");
    if (!out) {
        std::fwrite(lines.data(), 1, lines.size(), stdout);
        return 0;
    }
    AtomicFile file(*out);
    std::FILE *stream = file.open(error);
    if (!stream || std::fwrite(lines.data(), 1, lines.size(), stream) != lines.size() || !file.commit(error))
        return fail(error.empty() ? "cannot write " + *out : error);
    return 0;
}

} // namespace planbridge::cli
