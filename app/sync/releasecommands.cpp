// planbridge-sync release, resume, replay and cancel: the outbox and the configured ERP.
#include "synccommands.h"

#include "connections.h"
#include "engine/releaseservice.h"
#include "workflowcontext.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <sstream>

#include <unistd.h>

namespace planbridge::cli {
namespace {

volatile std::sig_atomic_t g_stop = 0;

void onStop(int)
{
    g_stop = 1;
}

// Exit codes of the sending commands (documented in --help).
constexpr int Posted = 0;
constexpr int DeadLetters = 1;
constexpr int StillQueued = 3;

const std::vector<std::string> SendOptions
    = { "--cache", "--user", "--config", "--endpoint", "--wait", "--window", "--attempts" };

Expected<DispatchOptions> dispatchOptions(const Options &options, const ErpConnection &erp)
{
    DispatchOptions dispatch;
    dispatch.write = erp.writeOptions;
    const auto number
        = [&](const char *name, std::uint64_t low, std::uint64_t high) -> Expected<std::uint64_t> {
        std::uint64_t value = 0;
        const auto text = options.get(name);
        if (text && (!parseNumber(*text, value) || value < low || value > high))
            return EngineError { std::string(name) + " must be a whole number from " + std::to_string(low)
                + " to " + std::to_string(high) };
        return text ? value : 0;
    };
    auto wait = number("--wait", 0, 7 * 86'400);
    auto window = number("--window", 1, 1'000'000);
    auto attempts = number("--attempts", 1, 1000);
    for (const auto *value : { &wait, &window, &attempts })
        if (!*value)
            return value->error();
    dispatch.waitBudget = std::chrono::seconds(*wait);
    if (options.get("--window"))
        dispatch.window = *window;
    if (options.get("--attempts"))
        dispatch.maxDeliveryAttempts = int(*attempts);
    return dispatch;
}

// Sends with a progress line on stderr; Ctrl-C stops after the current round.
int send(const std::function<Expected<DispatchReport>(const DispatchOptions &)> &run,
    DispatchOptions dispatch, const std::string &releaseId)
{
    const auto started = std::chrono::steady_clock::now();
    std::size_t firstAcked = std::size_t(-1);
    const bool terminal = ::isatty(STDERR_FILENO);
    dispatch.progress = [&](const store::OutboxCounts &c) {
        if (firstAcked == std::size_t(-1))
            firstAcked = 0;
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double rate = seconds > 0 ? double(c.acked - firstAcked) / seconds : 0;
        const double eta = rate > 0 ? double(c.queued) / rate : 0;
        std::fprintf(stderr,
            "%s%s: %zu/%zu written, %zu dead letters, %zu attempts, %.0f writes/s, ETA %.0f s%s",
            terminal ? "\r" : "", releaseId.c_str(), c.acked, c.total(), c.dead, c.attempts, rate, eta,
            terminal ? "   " : "\n");
        return g_stop == 0;
    };
    std::signal(SIGINT, onStop);
    std::signal(SIGTERM, onStop);
    const auto report = run(dispatch);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!report)
        return fail(report.error().message);
    const auto &c = report->counts;
    if (c.queued > 0) {
        std::fprintf(stderr,
            "%s: %zu writes still queued (%s); continue with: planbridge-sync resume --release %s\n",
            releaseId.c_str(), c.queued, report->stopped ? "stopped" : "the ERP did not take them yet",
            releaseId.c_str());
        return StillQueued;
    }
    std::fprintf(
        stderr, "%s: %zu writes acknowledged, %zu dead letters\n", releaseId.c_str(), c.acked, c.dead);
    return c.dead > 0 ? DeadLetters : Posted;
}

struct Sender
{
    std::unique_ptr<store::Cache> cache;
    std::optional<auth::Session> session;
    std::optional<ErpConnection> erp;
    std::unique_ptr<ReleaseService> service;
    std::optional<DispatchOptions> dispatch;
};

Expected<Sender> connect(const Options &options)
{
    Sender sender;
    auto cache = openCache(options);
    if (!cache)
        return cache.error();
    sender.cache = std::move(*cache);
    auto session = signIn(*sender.cache, options);
    if (!session)
        return session.error();
    sender.session = std::move(*session);
    auto erp = connectErp(options);
    if (!erp)
        return erp.error();
    sender.erp = std::move(*erp);
    auto dispatch = dispatchOptions(options, *sender.erp);
    if (!dispatch)
        return dispatch.error();
    sender.dispatch = *dispatch;
    sender.service = std::make_unique<ReleaseService>(*sender.cache, *sender.erp->pirs);
    return sender;
}

} // namespace

int runRelease(const std::vector<std::string> &args)
{
    std::string error;
    auto names = SendOptions;
    names.push_back("--version");
    const Options options(args, names, error);
    if (!error.empty())
        return fail(error);
    const auto version = options.get("--version");
    if (!version)
        return fail("release needs --version ID (try --help)");
    auto sender = connect(options);
    if (!sender)
        return fail(sender.error().message);
    auto release = sender->service->release(*sender->session, *version);
    if (!release)
        return fail(release.error().message);
    std::fprintf(stderr, "version %s released as %s\n", version->c_str(), release->c_str());
    return send(
        [&](const DispatchOptions &d) { return sender->service->dispatch(*sender->session, *release, d); },
        *sender->dispatch, *release);
}

int runResume(const std::vector<std::string> &args)
{
    std::string error;
    auto names = SendOptions;
    names.push_back("--release");
    const Options options(args, names, error);
    if (!error.empty())
        return fail(error);
    const auto release = options.get("--release");
    if (!release)
        return fail("resume needs --release ID (try --help)");
    auto sender = connect(options);
    if (!sender)
        return fail(sender.error().message);
    return send(
        [&](const DispatchOptions &d) { return sender->service->dispatch(*sender->session, *release, d); },
        *sender->dispatch, *release);
}

int runReplay(const std::vector<std::string> &args)
{
    std::string error;
    auto names = SendOptions;
    names.insert(names.end(), { "--release", "--writes" });
    const Options options(args, names, error);
    if (!error.empty())
        return fail(error);
    const auto release = options.get("--release");
    if (!release)
        return fail("replay needs --release ID (try --help)");
    std::vector<std::int64_t> ids;
    std::stringstream list(options.get("--writes").value_or(""));
    for (std::string item; std::getline(list, item, ',');) {
        std::uint64_t id = 0;
        if (!parseNumber(item, id))
            return fail("--writes takes outbox write numbers separated by commas, not \"" + item + "\"");
        ids.push_back(std::int64_t(id));
    }
    auto sender = connect(options);
    if (!sender)
        return fail(sender.error().message);
    return send(
        [&](const DispatchOptions &d) { return sender->service->replay(*sender->session, *release, ids, d); },
        *sender->dispatch, *release);
}

int runCancel(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--cache", "--user", "--release", "--reason" }, error);
    if (!error.empty())
        return fail(error);
    const auto release = options.get("--release");
    if (!release)
        return fail("cancel needs --release ID and --reason TEXT (try --help)");
    auto cache = openCache(options);
    if (!cache)
        return fail(cache.error().message);
    auto session = signIn(**cache, options);
    if (!session)
        return fail(session.error().message);
    // Cancelling sends nothing, so it needs no ERP connection.
    struct NoErp final : connectors::ErpTarget
    {
        Expected<std::vector<connectors::PirWriteResult>> writePirs(const std::vector<s4::PirHeader> &,
            const connectors::PirWriteOptions &, const connectors::WriteProgress &) override
        {
            return EngineError { "not connected" };
        }
        Expected<std::vector<s4::PirStateItem>> readPirState(const connectors::PirStateFilter &) override
        {
            return EngineError { "not connected" };
        }
    } none;
    ReleaseService service(**cache, none);
    if (auto failed = service.cancel(*session, *release, options.get("--reason").value_or("")))
        return fail(failed->message);
    std::fprintf(stderr, "release %s cancelled\n", release->c_str());
    return 0;
}

} // namespace planbridge::cli
