// planbridge-sync commands against the configured ERP: its current PIR state, and MRP with the
// execution feedback it produced.
#include "synccommands.h"

#include "connections.h"
#include "connectors/file/pirstatefile.h"
#include "engine/feedbackservice.h"
#include "io/atomicfile.h"
#include "workflowcontext.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <map>
#include <sstream>

namespace planbridge::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

// Writes `text` to `out` atomically, or to standard output when there is no --out.
int emit(const std::string &text, const std::optional<std::string> &out)
{
    if (!out) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    std::string error;
    AtomicFile file(*out);
    std::FILE *stream = file.open(error);
    if (!stream)
        return fail(error);
    if (std::fwrite(text.data(), 1, text.size(), stream) != text.size() || !file.commit(error))
        return fail(error.empty() ? "cannot write " + *out : error);
    return 0;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) {
        if (!item.empty())
            items.push_back(item);
    }
    return items;
}

nlohmann::ordered_json feedbackJson(const connectors::ExecutionFeedback &f)
{
    using nlohmann::ordered_json;
    ordered_json orders = ordered_json::array();
    for (const auto &o : f.plannedOrders)
        orders.push_back({ { "planned_order", o.id }, { "material", o.material }, { "plant", o.plant },
            { "mrp_area", o.mrpArea }, { "quantity", o.quantity.toString() }, { "unit", o.unit },
            { "start", o.start.toString() }, { "end", o.end.toString() }, { "firm", o.firm } });
    ordered_json requisitions = ordered_json::array();
    for (const auto &r : f.requisitions)
        requisitions.push_back({ { "purchase_requisition", r.id }, { "item", r.item },
            { "material", r.material }, { "plant", r.plant }, { "quantity", r.quantity.toString() },
            { "unit", r.unit }, { "delivery", r.delivery.toString() }, { "release", r.release.toString() },
            { "supplier", r.supplier }, { "fixed", r.fixed } });
    ordered_json shortages = ordered_json::array();
    for (const auto &s : f.shortages)
        shortages.push_back({ { "material", s.material }, { "plant", s.plant }, { "mrp_area", s.mrpArea },
            { "quantity", s.quantity.toString() }, { "unit", s.unit }, { "start", s.start.toString() },
            { "end", s.end ? ordered_json(s.end->toString()) : ordered_json() } });
    return { { "planned_orders", std::move(orders) }, { "purchase_requisitions", std::move(requisitions) },
        { "shortages", std::move(shortages) } };
}

// Per plant: how many documents of each kind, and their total quantity.
void printSummary(const connectors::ExecutionFeedback &f, const std::vector<std::string> &plants)
{
    struct Totals
    {
        std::size_t count = 0;
        Decimal quantity;
    };
    struct PlantTotals
    {
        Totals orders, requisitions, shortages;
    };
    std::map<std::string, PlantTotals> byPlant;
    for (const auto &plant : plants)
        byPlant[plant];
    const auto add = [](Totals &t, Decimal q) {
        ++t.count;
        t.quantity = t.quantity.plus(q).value_or(t.quantity);
    };
    for (const auto &o : f.plannedOrders)
        add(byPlant[o.plant].orders, o.quantity);
    for (const auto &r : f.requisitions)
        add(byPlant[r.plant].requisitions, r.quantity);
    for (const auto &s : f.shortages)
        add(byPlant[s.plant].shortages, s.quantity);
    std::fprintf(
        stderr, "%-6s %15s %22s %15s\n", "plant", "planned orders", "purchase requisitions", "shortages");
    for (const auto &[plant, t] : byPlant) {
        const auto cell
            = [](const Totals &x) { return std::to_string(x.count) + " / " + x.quantity.toString(); };
        std::fprintf(stderr, "%-6s %15s %22s %15s\n", plant.c_str(), cell(t.orders).c_str(),
            cell(t.requisitions).c_str(), cell(t.shortages).c_str());
    }
}

// --run-date and --timeout, shared by mrp and feedback; an error message when either is wrong.
std::optional<std::string> mrpTiming(
    const Options &options, std::optional<Date> &runDate, connectors::MrpWait &wait)
{
    if (const auto date = options.get("--run-date"); date && !(runDate = Date::parse(*date)))
        return "--run-date must be a date YYYY-MM-DD, not \"" + *date + "\"";
    if (const auto seconds = options.get("--timeout")) {
        std::uint64_t value = 0;
        if (!parseNumber(*seconds, value) || value == 0 || value > 86'400)
            return std::string("--timeout must be a number of seconds between 1 and 86400");
        wait.timeout = std::chrono::seconds(value);
    }
    return std::nullopt;
}

} // namespace

int runErpState(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args,
        { "--config", "--endpoint", "--product", "--plant", "--mrp-area", "--type", "--pir-version",
            "--out" },
        error);
    if (!error.empty())
        return fail(error);
    auto erp = connectErp(options);
    if (!erp)
        return fail(erp.error().message);
    const connectors::PirStateFilter filter { options.get("--product"), options.get("--plant"),
        options.get("--mrp-area"), options.get("--type"), options.get("--pir-version") };
    const auto items = erp->pirs->readPirState(filter);
    if (!items)
        return fail(items.error().message);
    const std::string text = files::pirStateCsv(*items);
    if (const int status = emit(text, options.get("--out")))
        return status;
    std::fprintf(stderr, "%zu PIR items read from the ERP\n", items->size());
    return 0;
}

int runMrp(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--config", "--endpoint", "--plants", "--run-date", "--timeout", "--out" },
        error, { "--no-run" });
    if (!error.empty())
        return fail(error);
    const std::vector<std::string> plants = splitList(options.get("--plants").value_or(""));
    if (plants.empty())
        return fail("mrp needs --plants P1,P2,... (try --help)");
    connectors::MrpRunRequest request;
    request.plants = plants;
    connectors::MrpWait wait;
    if (const auto wrong = mrpTiming(options, request.runDate, wait))
        return fail(*wrong);
    auto erp = connectErp(options);
    if (!erp)
        return fail(erp.error().message);
    if (!erp->mrp)
        return fail("endpoint " + erp->name + " is a folder: it takes PIR files but runs no MRP");

    nlohmann::ordered_json document;
    if (!options.has("--no-run")) {
        auto run = erp->mrp->startMrp(request);
        if (!run)
            return fail(run.error().message);
        std::fprintf(
            stderr, "MRP run %s scheduled; waiting for it (Ctrl-C stops waiting)\n", run->id.c_str());
        std::signal(SIGINT, onInterrupt);
        wait.keepWaiting = [](const connectors::MrpRun &) { return g_interrupted == 0; };
        const auto done = connectors::awaitMrp(*erp->mrp, *run, wait);
        std::signal(SIGINT, SIG_DFL);
        if (!done)
            return fail(done.error().message);
        document["run"] = { { "job", done->id }, { "run_count", done->runCount },
            { "state", std::string(connectors::mrpRunStateName(done->state)) },
            { "message", done->message } };
        if (done->state == connectors::MrpRunState::Aborted)
            return fail("MRP run " + done->id + " was aborted by the ERP: " + done->message);
        std::fprintf(stderr, "MRP run %s finished%s%s\n", done->id.c_str(), done->message.empty() ? "" : ": ",
            done->message.c_str());
    }
    const auto feedback = erp->mrp->readFeedback(plants);
    if (!feedback)
        return fail(feedback.error().message);
    document.update(feedbackJson(*feedback));
    if (const int status = emit(document.dump(2) + "\n", options.get("--out")))
        return status;
    printSummary(*feedback, plants);
    return 0;
}

int runFeedback(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args,
        { "--cache", "--user", "--config", "--endpoint", "--release", "--run-date", "--timeout", "--out",
            "--lineage" },
        error, { "--no-run" });
    if (!error.empty())
        return fail(error);
    const auto release = options.get("--release");
    if (!release)
        return fail("feedback needs --release ID (try --help)");
    std::optional<Date> runDate;
    connectors::MrpWait wait;
    if (const auto wrong = mrpTiming(options, runDate, wait))
        return fail(*wrong);
    auto cache = openCache(options);
    if (!cache)
        return fail(cache.error().message);
    auto session = signIn(**cache, options);
    if (!session)
        return fail(session.error().message);
    auto erp = connectErp(options);
    if (!erp)
        return fail(erp.error().message);
    if (!erp->mrp)
        return fail("endpoint " + erp->name + " is a folder: it takes PIR files but runs no MRP");
    FeedbackService service(**cache, *erp->mrp);
    if (const auto key = options.get("--lineage")) {
        // MATERIAL@PLANT: from a feedback row back to the writes, ERP records and forecast rows.
        const auto at = key->rfind('@');
        if (at == std::string::npos)
            return fail("--lineage takes MATERIAL@PLANT");
        const auto lineage = service.lineage(*session, *release, key->substr(0, at), key->substr(at + 1));
        if (!lineage)
            return fail(lineage.error().message);
        nlohmann::ordered_json document = { { "material", key->substr(0, at) },
            { "plant", key->substr(at + 1) }, { "writes", lineage->writes },
            { "erp_records", lineage->erpRecords }, { "forecast_rows", lineage->forecastRows } };
        return emit(document.dump(2) + "\n", options.get("--out"));
    }
    nlohmann::ordered_json document;
    std::vector<std::string> plants;
    connectors::ExecutionFeedback feedback;
    if (options.has("--no-run")) {
        auto stored = service.stored(*session, *release);
        if (!stored)
            return fail(stored.error().message);
        feedback = std::move(*stored);
    } else {
        std::signal(SIGINT, onInterrupt);
        wait.keepWaiting = [](const connectors::MrpRun &) { return g_interrupted == 0; };
        auto report = service.collect(*session, *release, runDate, wait);
        std::signal(SIGINT, SIG_DFL);
        if (!report)
            return fail(report.error().message);
        document["run"] = { { "job", report->run.id }, { "run_count", report->run.runCount },
            { "state", std::string(connectors::mrpRunStateName(report->run.state)) },
            { "message", report->run.message }, { "plants", report->plants } };
        plants = report->plants;
        feedback = std::move(report->feedback);
    }
    document.update(feedbackJson(feedback));
    if (const int status = emit(document.dump(2) + "\n", options.get("--out")))
        return status;
    printSummary(feedback, plants);
    return 0;
}

} // namespace planbridge::cli
