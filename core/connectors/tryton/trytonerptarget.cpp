#include "connectors/tryton/trytonerptarget.h"

#include "connectors/tryton/trytonforecastplan.h"

#include <algorithm>
#include <map>
#include <set>

namespace planbridge::tryton {
namespace {

using connectors::PirWriteResult;
using connectors::PirWriteStatus;

constexpr std::string_view NotePrefix = "PlanBridge release ";

// The outcome of each header, worst first: a rejection is final, a failure may be retried.
class Results
{
public:
    explicit Results(std::size_t n)
        : m_results(n)
    {
        for (PirWriteResult &r : m_results) {
            r.status = PirWriteStatus::Written;
            r.outcome = net::Outcome::Success;
            r.attempts = 1;
        }
    }
    void reject(std::size_t h, const std::string &message, net::Outcome outcome = net::Outcome::Business)
    {
        PirWriteResult &r = m_results[h];
        if (r.status == PirWriteStatus::Rejected)
            return;
        r.status = PirWriteStatus::Rejected;
        r.outcome = outcome;
        r.message = message;
    }
    void fail(std::size_t h, const RpcFault &fault)
    {
        if (outcomeOf(fault.kind) == net::Outcome::Business) {
            reject(h, fault.text());
            return;
        }
        PirWriteResult &r = m_results[h];
        if (r.status != PirWriteStatus::Written)
            return;
        r.status = PirWriteStatus::Failed;
        r.outcome = outcomeOf(fault.kind);
        r.httpStatus = fault.httpStatus;
        r.message = fault.text();
    }
    bool live(std::size_t h) const { return m_results[h].status == PirWriteStatus::Written; }
    std::vector<PirWriteResult> take() { return std::move(m_results); }

private:
    std::vector<PirWriteResult> m_results;
};

std::string resourceOf(std::int64_t forecast) { return "stock.forecast," + std::to_string(forecast); }

bool overlaps(const TrytonForecast &f, const PeriodRange &r) { return f.from <= r.to && r.from <= f.to; }

// One line operation of a forecast write, and the header it serves.
struct LineOp
{
    Json op;
    std::size_t header = 0;
};

} // namespace

TrytonErpTarget::TrytonErpTarget(TrytonRpcClient &rpc, TrytonMapping mapping)
    : m_rpc(rpc)
    , m_mapping(std::move(mapping))
    , m_master(rpc)
{
}

std::string TrytonErpTarget::noteFor(const std::string &correlationId)
{
    return std::string(NotePrefix) + (correlationId.empty() ? "(none)" : correlationId);
}

RpcValue<std::vector<TrytonUom>> &TrytonErpTarget::units()
{
    if (!m_haveUnits || !m_units.ok()) {
        m_units = m_master.units();
        m_haveUnits = m_units.ok();
    }
    return m_units;
}

Expected<std::vector<PirWriteResult>> TrytonErpTarget::writePirs(const std::vector<s4::PirHeader> &headers,
    const connectors::PirWriteOptions &options, const connectors::WriteProgress &progress)
{
    if (auto error = validateMapping(m_mapping))
        return EngineError { "Tryton: " + *error };
    if (!options.requestIds.empty() && options.requestIds.size() != headers.size())
        return EngineError { "Tryton write: " + std::to_string(options.requestIds.size()) + " request ids for "
            + std::to_string(headers.size()) + " headers" };
    Results results(headers.size());
    const auto failAll = [&](const RpcFault &fault) {
        for (std::size_t h = 0; h < headers.size(); ++h)
            results.fail(h, fault);
        return results.take();
    };

    ForecastPlan plan = planForecasts(headers);
    for (std::size_t h = 0; h < headers.size(); ++h) {
        if (!plan.headerIssues[h].empty())
            results.reject(h, plan.headerIssues[h]);
    }

    // Master data: products, units, the warehouses of the plants and the destination.
    std::set<std::string> productCodes, locationCodes { m_mapping.destination };
    for (const PlannedForecast &f : plan.forecasts) {
        locationCodes.insert(m_mapping.warehouseFor(f.plant));
        for (const PlannedLine &l : f.lines)
            productCodes.insert(l.product);
    }
    auto products = m_master.productsByCode({ productCodes.begin(), productCodes.end() });
    if (!products.ok())
        return failAll(products.fault);
    auto &uoms = units();
    if (!uoms.ok())
        return failAll(uoms.fault);
    auto locations = m_master.locationsByCode({ locationCodes.begin(), locationCodes.end() });
    if (!locations.ok())
        return failAll(locations.fault);
    const auto destination = locations.value.find(m_mapping.destination);
    if (destination == locations.value.end())
        return EngineError { "Tryton has no location with code \"" + m_mapping.destination
            + "\" (options.destination)" };
    std::map<std::string, std::int64_t> uomBySymbol;
    for (const TrytonUom &u : uoms.value)
        uomBySymbol.emplace(u.symbol, u.id);

    std::set<std::int64_t> warehouseIds;
    std::optional<Date> minFrom, maxTo;
    for (const PlannedForecast &f : plan.forecasts) {
        const std::string code = m_mapping.warehouseFor(f.plant);
        const auto wh = locations.value.find(code);
        for (const PlannedLine &l : f.lines) {
            if (wh == locations.value.end() || wh->second.type != "warehouse")
                results.reject(l.header, "plant " + f.plant + ": Tryton has no warehouse with code \"" + code
                        + "\" (options.warehouses)");
            else if (!products.value.count(l.product))
                results.reject(l.header, "product " + l.product + " is not in Tryton (no product with this code)");
            else if (!uomBySymbol.count(m_mapping.symbolFor(l.unit)))
                results.reject(l.header, "unit " + l.unit + ": Tryton has no unit of measure with symbol \""
                        + m_mapping.symbolFor(l.unit) + "\" (options.units)");
        }
        if (wh != locations.value.end() && wh->second.type == "warehouse") {
            warehouseIds.insert(wh->second.id);
            minFrom = std::min(minFrom.value_or(f.range.from), f.range.from);
            maxTo = std::max(maxTo.value_or(f.range.to), f.range.to);
        }
    }
    if (warehouseIds.empty()) {
        if (progress)
            progress(headers.size(), headers.size());
        return results.take();
    }

    // What Tryton holds now for these warehouses and dates: forecasts, their notes, their lines.
    RpcResult found = m_rpc.model("stock.forecast", "search_read",
        Json::array({ Json::array({ Json::array({ "warehouse", "in", warehouseIds }),
                          Json::array({ "destination", "=", destination->second.id }),
                          Json::array({ "state", "in", Json::array({ "draft", "done" }) }),
                          Json::array({ "from_date", "<=", dateValue(*maxTo) }),
                          Json::array({ "to_date", ">=", dateValue(*minFrom) }) }),
            0, nullptr, Json::array({ Json::array({ "id", "ASC" }) }),
            Json::array({ "warehouse", "destination", "from_date", "to_date", "state" }) }));
    if (!found.ok())
        return failAll(found.fault);
    auto forecasts = parseForecasts(found.value);
    if (!forecasts)
        return failAll(protocolFault(forecasts.error().message));
    std::map<std::int64_t, std::string> tagOf; // forecast id → its PlanBridge note, if any
    std::map<std::int64_t, std::vector<TrytonForecastLine>> linesOf;
    if (!forecasts->empty()) {
        Json resources = Json::array(), ids = Json::array();
        for (const TrytonForecast &f : *forecasts) {
            resources.push_back(resourceOf(f.id));
            ids.push_back(f.id);
        }
        // In id order, so the latest PlanBridge note of a forecast is the one that counts.
        RpcResult notes = m_rpc.model("ir.note", "search_read",
            Json::array({ Json::array({ Json::array({ "resource", "in", resources }) }), 0, nullptr,
                Json::array({ Json::array({ "id", "ASC" }) }),
                Json::array({ "resource", "message" }) }));
        if (!notes.ok())
            return failAll(notes.fault);
        auto parsedNotes = parseNotes(notes.value);
        if (!parsedNotes)
            return failAll(protocolFault(parsedNotes.error().message));
        for (const TrytonNote &n : *parsedNotes) {
            if (n.model == "stock.forecast" && n.message.rfind(NotePrefix, 0) == 0)
                tagOf[n.resource] = n.message;
        }
        RpcResult lines = m_rpc.model("stock.forecast.line", "search_read",
            Json::array({ Json::array({ Json::array({ "forecast", "in", ids }) }), 0, nullptr, nullptr,
                Json::array({ "forecast", "product", "quantity", "minimal_quantity", "uom" }) }));
        if (!lines.ok())
            return failAll(lines.fault);
        auto parsedLines = parseForecastLines(lines.value);
        if (!parsedLines)
            return failAll(protocolFault(parsedLines.error().message));
        for (TrytonForecastLine &l : *parsedLines)
            linesOf[l.forecast].push_back(std::move(l));
    }

    const std::string note = noteFor(options.correlationId);
    const std::int64_t company = m_rpc.context().value("company", std::int64_t(0));
    std::size_t done = 0;
    for (const PlannedForecast &planned : plan.forecasts) {
        std::vector<const PlannedLine *> lines;
        for (const PlannedLine &l : planned.lines) {
            if (results.live(l.header))
                lines.push_back(&l);
        }
        done += planned.lines.size();
        if (lines.empty())
            continue;
        const std::int64_t warehouse = locations.value.at(m_mapping.warehouseFor(planned.plant)).id;
        const auto failGroup = [&](const RpcFault &fault) {
            for (const PlannedLine *l : lines)
                results.fail(l->header, fault);
        };

        // Tryton refuses to confirm a forecast that overlaps any other one of the same warehouse
        // and destination, whatever its state (cancelled ones too). So a period has one forecast:
        // this release's ("mine"), or an older release's that this release takes over in place
        // ("inherited": emptied, then noted with this release), or a bare draft without lines
        // that a write cut short between creating a forecast and noting it. Older releases'
        // forecasts over other date ranges that overlap this period are deleted ("stale").
        const TrytonForecast *mine = nullptr, *inherited = nullptr;
        std::vector<std::int64_t> staleDone, staleAll;
        for (const TrytonForecast &f : *forecasts) {
            if (f.warehouse != warehouse || !overlaps(f, planned.range))
                continue;
            const bool exact = f.from == planned.range.from && f.to == planned.range.to;
            const auto tag = tagOf.find(f.id);
            if (tag == tagOf.end()) {
                if (exact && !inherited && f.state == "draft" && linesOf[f.id].empty())
                    inherited = &f;
                continue; // someone else's: never touched (an overlap is Tryton's to refuse)
            }
            if (exact && tag->second == note && !mine) {
                mine = &f;
            } else if (exact && !inherited) {
                inherited = &f;
            } else if (tag->second != note) {
                staleAll.push_back(f.id);
                if (f.state == "done")
                    staleDone.push_back(f.id);
            }
        }
        if (mine)
            inherited = nullptr;

        // The line operations that make the forecast hold exactly these quantities.
        std::map<std::int64_t, const TrytonForecastLine *> existing; // by product id
        if (mine) {
            for (const TrytonForecastLine &l : linesOf[mine->id])
                existing.emplace(l.product, &l);
        }
        std::vector<LineOp> ops;
        for (const PlannedLine *l : lines) {
            const std::int64_t product = products.value.at(l->product).id;
            const std::int64_t uom = uomBySymbol.at(m_mapping.symbolFor(l->unit));
            const Decimal minimal = std::min(m_mapping.minimalQuantity, l->quantity);
            const auto it = existing.find(product);
            if (l->quantity.thousandths() == 0) {
                if (it != existing.end())
                    ops.push_back({ Json::array({ "delete", Json::array({ it->second->id }) }), l->header });
                continue;
            }
            const Json values { { "product", product }, { "uom", uom }, { "quantity", floatValue(l->quantity) },
                { "minimal_quantity", floatValue(minimal) } };
            if (it == existing.end())
                ops.push_back({ Json::array({ "create", Json::array({ values }) }), l->header });
            else if (it->second->quantity != l->quantity || it->second->uom != uom
                || it->second->minimalQuantity != minimal)
                ops.push_back({ Json::array({ "write", Json::array({ it->second->id }), values }), l->header });
        }
        if (mine && mine->state == "done" && ops.empty() && staleAll.empty())
            continue; // already exactly so: a resend changes nothing

        // 1. A draft forecast of this release for the period: reopen ours, take over an older
        //    release's (emptied first, so a cut-short takeover is simply repeated), or create one.
        std::int64_t id = 0;
        std::string state = "draft";
        if (mine) {
            id = mine->id;
            state = mine->state;
        } else {
            if (inherited) {
                id = inherited->id;
                state = inherited->state;
                if (state == "done") {
                    if (RpcResult r = m_rpc.model("stock.forecast", "draft", Json::array({ Json::array({ id }) })); !r.ok()) {
                        failGroup(r.fault);
                        continue;
                    }
                    state = "draft";
                }
                Json old = Json::array();
                for (const TrytonForecastLine &l : linesOf[id])
                    old.push_back(l.id);
                if (!old.empty()) {
                    RpcResult emptied = m_rpc.model("stock.forecast", "write",
                        Json::array({ Json::array({ id }), Json { { "lines", Json::array({ Json::array({ "delete", old }) }) } } }));
                    if (!emptied.ok()) {
                        failGroup(emptied.fault);
                        continue;
                    }
                }
            } else {
                Json values { { "warehouse", warehouse }, { "destination", destination->second.id },
                    { "from_date", dateValue(planned.range.from) }, { "to_date", dateValue(planned.range.to) } };
                if (company > 0)
                    values["company"] = company;
                RpcResult created = m_rpc.model("stock.forecast", "create", Json::array({ Json::array({ values }) }));
                if (!created.ok()) {
                    failGroup(created.fault);
                    continue;
                }
                if (!created.value.is_array() || created.value.size() != 1 || !idOf(created.value[0])) {
                    failGroup(protocolFault("stock.forecast.create did not answer one id"));
                    continue;
                }
                id = *idOf(created.value[0]);
            }
            // The note says which release the forecast holds now; older notes stay as its history.
            RpcResult noted = m_rpc.model("ir.note", "create",
                Json::array({ Json::array({ Json { { "resource", resourceOf(id) }, { "message", note } } }) }));
            if (!noted.ok()) {
                failGroup(noted.fault);
                continue;
            }
        }

        // 2. Older releases' forecasts over other date ranges that overlap: deleted (done → draft,
        //    then delete, which cancels first).
        if (!staleDone.empty()) {
            if (RpcResult r = m_rpc.model("stock.forecast", "draft", Json::array({ staleDone })); !r.ok()) {
                failGroup(r.fault);
                continue;
            }
        }
        if (!staleAll.empty()) {
            if (RpcResult r = m_rpc.model("stock.forecast", "delete", Json::array({ staleAll })); !r.ok()) {
                failGroup(r.fault);
                continue;
            }
        }

        // 3. The lines, in one write; if Tryton refuses it, line by line to find whose fault it is.
        if (!ops.empty()) {
            if (state == "done") {
                if (RpcResult r = m_rpc.model("stock.forecast", "draft", Json::array({ Json::array({ id }) })); !r.ok()) {
                    failGroup(r.fault);
                    continue;
                }
            }
            Json all = Json::array();
            for (const LineOp &op : ops)
                all.push_back(op.op);
            RpcResult written = m_rpc.model("stock.forecast", "write",
                Json::array({ Json::array({ id }), Json { { "lines", all } } }));
            if (!written.ok() && outcomeOf(written.fault.kind) == net::Outcome::Business && ops.size() > 1) {
                for (const LineOp &op : ops) {
                    RpcResult one = m_rpc.model("stock.forecast", "write",
                        Json::array({ Json::array({ id }), Json { { "lines", Json::array({ op.op }) } } }));
                    if (!one.ok())
                        results.fail(op.header, one.fault);
                }
            } else if (!written.ok()) {
                failGroup(written.fault);
                continue;
            }
        }

        // 4. Confirmed: only done forecasts count in the supply run.
        if (RpcResult r = m_rpc.model("stock.forecast", "confirm", Json::array({ Json::array({ id }) })); !r.ok())
            failGroup(r.fault);
        if (progress && !progress(std::min(done, headers.size()), headers.size()))
            break;
    }
    if (progress)
        progress(headers.size(), headers.size());
    return results.take();
}

Expected<std::vector<s4::PirStateItem>> TrytonErpTarget::readPirState(const connectors::PirStateFilter &filter)
{
    const auto failed = [](const RpcFault &fault) { return EngineError { "Tryton: " + fault.text() }; };
    auto warehouses = m_master.warehouses();
    if (!warehouses.ok())
        return failed(warehouses.fault);
    auto destination = m_master.locationsByCode({ m_mapping.destination });
    if (!destination.ok())
        return failed(destination.fault);
    if (!destination.value.count(m_mapping.destination))
        return EngineError { "Tryton has no location with code \"" + m_mapping.destination + "\" (options.destination)" };
    std::map<std::int64_t, std::string> plantOf;
    Json ids = Json::array();
    for (const TrytonLocation &w : warehouses.value) {
        const std::string plant = m_mapping.plantFor(w.code);
        if (filter.plant && plant != *filter.plant)
            continue;
        plantOf[w.id] = plant;
        ids.push_back(w.id);
    }
    std::vector<s4::PirStateItem> items;
    if (ids.empty())
        return items;
    RpcResult found = m_rpc.model("stock.forecast", "search_read",
        Json::array({ Json::array({ Json::array({ "warehouse", "in", ids }),
                          Json::array({ "destination", "=", destination.value.at(m_mapping.destination).id }),
                          Json::array({ "state", "=", "done" }) }),
            0, nullptr, nullptr, Json::array({ "warehouse", "destination", "from_date", "to_date", "state" }) }));
    if (!found.ok())
        return failed(found.fault);
    auto forecasts = parseForecasts(found.value);
    if (!forecasts)
        return EngineError { "Tryton: " + forecasts.error().message };
    std::map<std::int64_t, const TrytonForecast *> byId;
    Json forecastIds = Json::array();
    for (const TrytonForecast &f : *forecasts) {
        byId[f.id] = &f;
        forecastIds.push_back(f.id);
    }
    if (forecastIds.empty())
        return items;
    Json domain = Json::array({ Json::array({ "forecast", "in", forecastIds }) });
    if (filter.product)
        domain.push_back(Json::array({ "product.code", "=", *filter.product }));
    RpcResult lines = m_rpc.model("stock.forecast.line", "search_read",
        Json::array({ domain, 0, nullptr, nullptr,
            Json::array({ "forecast", "product", "product.code", "quantity", "minimal_quantity", "uom", "uom.symbol" }) }));
    if (!lines.ok())
        return failed(lines.fault);
    auto parsed = parseForecastLines(lines.value);
    if (!parsed)
        return EngineError { "Tryton: " + parsed.error().message };
    for (const TrytonForecastLine &l : *parsed) {
        const auto f = byId.find(l.forecast);
        if (f == byId.end())
            continue;
        s4::PirStateItem item;
        item.product = l.productCode;
        item.plant = plantOf[f->second->warehouse];
        const PeriodRange range { f->second->from, f->second->to };
        if (const auto period = periodOfRange(range)) {
            item.period = period->first;
            item.periodType = period->second;
        } else {
            item.period = range.from.compactString() + "-" + range.to.compactString();
        }
        item.quantity = l.quantity.toString();
        item.unit = m_mapping.unitFor(l.uomSymbol);
        items.push_back(std::move(item));
    }
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace planbridge::tryton
