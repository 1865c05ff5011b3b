// planbridge-sync commands of the release workflow that work on the local cache alone: accounts,
// importing a validated version, submit, approve, send back, cancel, status and the audit trail.
#include "synccommands.h"

#include "connections.h"
#include "engine/forecastvalidation.h"
#include "engine/kpis.h"
#include "engine/resolutionservice.h"
#include "engine/versionimport.h"
#include "engine/versionworkflow.h"
#include "io/atomicfile.h"
#include "io/inputfile.h"
#include "store/accounts.h"
#include "store/outboxstore.h"
#include "store/resultstore.h"
#include "store/settings.h"
#include "temporaryfolder.h"
#include "versionfilesink.h"
#include "workflowcontext.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <sstream>

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

bool parseCount(const std::string &text, std::uint64_t &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

int done(const std::optional<EngineError> &error, const std::string &message)
{
    if (error)
        return fail(error->message);
    std::fprintf(stderr, "%s\n", message.c_str());
    return 0;
}

// The SLA clock of a high-priority version: time left until it must be in the ERP, or how it ended.
std::string slaText(VersionWorkflow &workflow, const store::StoredVersion &v)
{
    const auto deadline = workflow.slaDeadline(v);
    if (!deadline)
        return v.priority == "high" ? "from approval" : "-";
    const bool posted = v.state == VersionState::Posted || v.state == VersionState::PartiallyPosted
        || v.state == VersionState::MrpTriggered || v.state == VersionState::FeedbackComplete;
    if (posted) {
        std::optional<std::chrono::system_clock::time_point> at;
        if (const auto history = workflow.versions().history(v.id)) {
            for (const auto &change : *history) {
                if (!at
                    && (change.state == VersionState::Posted
                        || change.state == VersionState::PartiallyPosted))
                    at = parseUtcIso(change.at);
            }
        }
        return at && *at <= *deadline ? "met" : "posted late";
    }
    const auto left
        = std::chrono::duration_cast<std::chrono::seconds>(*deadline - std::chrono::system_clock::now());
    if (left.count() < 0)
        return "BREACHED";
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld left", static_cast<long long>(left.count() / 60),
        static_cast<long long>(left.count() % 60));
    return text;
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
        with({ "--master", "--input", "--version-id", "--bucket", "--as-of", "--priority", "--plan", "--pull",
            "--config", "--endpoint" }),
        error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto master = options.get("--master");
    auto input = options.get("--input");
    if (!master || (!input == !options.get("--pull")))
        return fail("import needs --master FILE and either --input FILE or --pull VERSION (try --help)");
    // --pull: the version comes from the planning endpoint, page by page, into a file of its own,
    // which is then imported like any other (and kept for re-validation).
    TemporaryFolder pulledFolder;
    if (const auto pull = options.get("--pull")) {
        if (!context.session->allows(auth::Action::Pull))
            return fail(
                "user " + context.session->user() + " (" + context.session->rolesText() + ") may not pull");
        auto planning = connectPlanning(options);
        if (!planning)
            return fail(planning.error().message);
        if (!pulledFolder.create("pull"))
            return fail("cannot create a folder for the pulled version");
        const std::string file = (pulledFolder.path / "version.json").string();
        VersionFileSink sink(file);
        if (!sink.open(error))
            return fail(error);
        const auto pulled = planning->source->pullVersion(*pull, sink);
        if (!pulled)
            return fail(pulled.error().message);
        if (!sink.commit(error))
            return fail(error);
        input = file;
    }
    // Re-validation after resolutions starts from the input and master data as they came in.
    std::string readError;
    const auto masterText = readWholeFile(*master, readError);
    const auto inputText = masterText ? readWholeFile(*input, readError) : std::nullopt;
    if (!inputText)
        return fail(readError);
    ImportRequest request;
    request.masterText = *masterText;
    request.inputText = *inputText;
    request.inputName = *input;
    request.overrides = { options.get("--version-id"), options.get("--bucket"), options.get("--as-of"),
        options.get("--priority") };
    request.plan = options.get("--plan").value_or("");
    request.source = options.get("--pull") ? "planning " + *options.get("--pull") : *input;
    auto imported = importVersion(*context.cache, *context.session, request);
    if (!imported)
        return fail(imported.error().message);
    return done(std::nullopt, "version " + imported->version.id + " imported: " + imported->note);
}

int runResolve(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args,
        with({ "--version", "--reason", "--map-item", "--map-location", "--convert", "--exclude", "--fix" }),
        error, { "--list" });
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version");
    if (!id)
        return fail("resolve needs --version ID (try --help)");
    ResolutionService service(*context.cache);
    if (options.has("--list")) {
        auto all = service.list(*context.session, *id);
        if (!all)
            return fail(all.error().message);
        std::printf("%-4s %-16s %-24s %-12s %s\n", "id", "kind", "at", "by", "reason");
        for (const Resolution &r : *all)
            std::printf("%-4lld %-16s %-24s %-12s %s\n", static_cast<long long>(r.id),
                std::string(resolutionKindName(r.kind)).c_str(), r.createdAt.c_str(), r.author.c_str(),
                r.reason.c_str());
        return 0;
    }
    Resolution r;
    r.reason = options.get("--reason").value_or("");
    int given = 0;
    const auto split
        = [](const std::string &text, char at) -> std::optional<std::pair<std::string, std::string>> {
        const auto pos = text.rfind(at);
        if (pos == std::string::npos)
            return std::nullopt;
        return std::pair { text.substr(0, pos), text.substr(pos + 1) };
    };
    for (const auto &[name, kind] :
        { std::pair { "--map-item", CodeKind::Item }, { "--map-location", CodeKind::Location } }) {
        if (const auto value = options.get(name)) {
            const auto parts = split(*value, '=');
            if (!parts)
                return fail(std::string(name) + " takes SOURCE=CANONICAL");
            r.kind = Resolution::Kind::CodeMap;
            r.codeKind = kind;
            r.source = parts->first;
            r.canonical = parts->second;
            ++given;
        }
    }
    if (const auto value = options.get("--convert")) {
        const auto parts = split(*value, '=');
        const auto units = parts ? split(parts->first, ':') : std::nullopt;
        if (!units)
            return fail("--convert takes [ITEM:]FROM:TO=FACTOR");
        const auto item = split(units->first, ':');
        r.kind = Resolution::Kind::UnitConversion;
        r.item = item ? item->first : "*";
        r.from = item ? item->second : units->first;
        r.to = units->second;
        r.factor = parts->second;
        ++given;
    }
    if (const auto value = options.get("--exclude")) {
        r.kind = Resolution::Kind::Exclude;
        std::stringstream list(*value);
        for (std::string row; std::getline(list, row, ',');) {
            std::uint64_t n = 0;
            if (!parseCount(row, n) || n > UINT32_MAX)
                return fail("--exclude takes row numbers (0-based) separated by commas");
            r.rows.push_back(std::uint32_t(n));
        }
        ++given;
    }
    if (const auto value = options.get("--fix")) {
        const auto parts = split(*value, '=');
        const auto target = parts ? split(parts->first, ':') : std::nullopt;
        std::uint64_t row = 0;
        if (!target || !parseCount(target->first, row) || row > UINT32_MAX)
            return fail("--fix takes ROW:FIELD=VALUE");
        r.kind = Resolution::Kind::FixField;
        r.row = std::uint32_t(row);
        r.field = target->second;
        r.value = parts->second;
        ++given;
    }
    if (given != 1)
        return fail(
            "resolve takes one of --map-item, --map-location, --convert, --exclude, --fix (or --list)");
    return done(service.add(*context.session, *id, r),
        "resolution recorded for version " + *id + "; re-validate with: planbridge-sync revalidate --version "
            + *id);
}

int runRevalidate(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, with({ "--version" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version").value_or("");
    auto result = ResolutionService(*context.cache).revalidate(*context.session, id);
    if (!result)
        return fail(result.error().message);
    std::fprintf(stderr,
        "version %s re-validated: %llu rows, %llu accepted, %zu rejected, %llu excluded, %zu ERP records\n",
        id.c_str(), static_cast<unsigned long long>(result->rowsIn),
        static_cast<unsigned long long>(result->rowsAccepted), result->rejects.size(),
        static_cast<unsigned long long>(result->rowsExcluded), result->accepted.size());
    return 0;
}

// submit and approve: one version, one workflow step.
int versionStep(const std::vector<std::string> &args,
    std::optional<EngineError> (VersionWorkflow::*step)(const auth::Session &, const std::string &),
    const char *what)
{
    std::string error;
    const Options options(args, with({ "--version" }), error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    const auto id = options.get("--version").value_or("");
    VersionWorkflow workflow(*context.cache);
    return done((workflow.*step)(*context.session, id), "version " + id + " " + what);
}

int runSubmit(const std::vector<std::string> &args)
{
    return versionStep(args, &VersionWorkflow::submit, "submitted");
}

int runApprove(const std::vector<std::string> &args)
{
    return versionStep(args, &VersionWorkflow::approve, "approved");
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
    std::printf("%-28s %-18s %-8s %-10s %-16s %-14s %s\n", "version", "state", "priority", "as of", "plan",
        "SLA", "updated");
    VersionWorkflow workflow(*context.cache);
    for (const auto &v : *all)
        std::printf("%-28s %-18s %-8s %-10s %-16s %-14s %s\n", v.id.c_str(),
            std::string(versionStateName(v.state)).c_str(), v.priority.c_str(), v.asOf.c_str(),
            v.plan.c_str(), slaText(workflow, v).c_str(), v.updatedAt.c_str());
    return 0;
}

int runSettings(const std::vector<std::string> &args)
{
    const bool set = !args.empty() && args.front() == "set";
    if (args.empty() || (!set && args.front() != "show") || (set && args.size() < 3))
        return fail("settings needs show, or set NAME VALUE (try --help)");
    const std::size_t skip = set ? 3 : 1;
    std::string error;
    const Options options(
        std::vector<std::string>(args.begin() + long(skip), args.end()), CacheAndUser, error);
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    store::Settings settings(*context.cache);
    if (set)
        return done(settings.set(*context.session, args[1], args[2]), args[1] + " = " + args[2]);
    const auto sla = settings.get(store::Settings::HighPrioritySlaMinutes);
    std::printf("%s = %s%s\n", store::Settings::HighPrioritySlaMinutes, sla.value_or("15").c_str(),
        sla ? "" : " (default)");
    return 0;
}

int runKpis(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, CacheAndUser, error, { "--json" });
    Context context = prepare(options, error);
    if (context.status)
        return context.status;
    auto report = computeKpis(*context.session, *context.cache);
    if (!report)
        return fail(report.error().message);
    if (options.has("--json")) {
        std::printf("%s\n", kpisJson(*report).c_str());
        return 0;
    }
    const auto seconds = [](const std::optional<double> &s) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f s", s.value_or(0));
        return s ? std::string(text) : std::string("-");
    };
    std::printf("approval to posting: p50 %s, p95 %s; SLA breaches: %zu\n",
        seconds(report->latencyP50).c_str(), seconds(report->latencyP95).c_str(), report->slaBreaches);
    std::printf("acceptance rate: %.1f %%; retries: %zu; queue depth: %zu; dead letters: %zu\n",
        100 * report->acceptanceRate, report->retryVolume, report->queueDepth, report->deadLetters);
    std::printf("feedback completion: %.0f %%; MRP trigger p50: %s\n", 100 * report->feedbackCompletion,
        seconds(report->mrpTriggerP50).c_str());
    if (!report->rejectsByReason.empty()) {
        std::printf("rejects by reason:\n");
        for (const auto &[reason, count] : report->rejectsByReason)
            std::printf("  %-22s %llu\n", reason.c_str(), static_cast<unsigned long long>(count));
    }
    std::printf("\n%-28s %-8s %-18s %9s %9s %12s %8s\n", "version", "priority", "state", "accepted", "writes",
        "to posting", "SLA");
    for (const VersionKpis &k : report->versions)
        std::printf("%-28s %-8s %-18s %8.1f%% %9zu %12s %8s\n", k.versionId.c_str(), k.priority.c_str(),
            k.state.c_str(), k.rowsIn ? 100.0 * double(k.rowsAccepted) / double(k.rowsIn) : 0.0, k.writes,
            seconds(k.approvalToPostingSeconds).c_str(),
            !k.slaMet       ? "-"
                : *k.slaMet ? "met"
                            : "BREACHED");
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
        lines.append(store::auditEntryJson(e)).append("\n");
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
