#include "connectors/tryton/trytonexecution.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace planbridge::tryton {
namespace {

EngineError failed(const char *what, const RpcFault &fault)
{
    return EngineError { std::string("Tryton ") + what + ": " + fault.text() };
}

} // namespace

connectors::ExecutionFeedback feedbackFrom(const std::vector<TrytonPurchaseRequest> &purchases,
    const std::vector<TrytonProductionRequest> &productions, const std::map<std::int64_t, std::string> &plantOf,
    const TrytonMapping &mapping)
{
    connectors::ExecutionFeedback feedback;
    for (const TrytonPurchaseRequest &p : purchases) {
        const auto plant = plantOf.find(p.warehouse);
        if (plant == plantOf.end())
            continue;
        connectors::RequisitionFeedback r;
        r.id = p.product + "@" + p.supplyDate.toString();
        r.item = std::to_string(p.id);
        r.material = p.product;
        r.plant = plant->second;
        r.quantity = p.quantity;
        r.unit = mapping.unitFor(p.unit);
        r.delivery = p.supplyDate;
        r.release = p.purchaseDate;
        r.supplier = p.supplier;
        feedback.requisitions.push_back(std::move(r));
    }
    for (const TrytonProductionRequest &p : productions) {
        const auto plant = plantOf.find(p.warehouse);
        if (plant == plantOf.end())
            continue;
        connectors::PlannedOrderFeedback o;
        o.id = p.product + "@" + p.end.toString();
        o.material = p.product;
        o.plant = plant->second;
        o.quantity = p.quantity;
        o.unit = mapping.unitFor(p.unit);
        o.start = p.start;
        o.end = p.end;
        feedback.plannedOrders.push_back(std::move(o));
    }
    std::sort(feedback.requisitions.begin(), feedback.requisitions.end(), [](const auto &a, const auto &b) {
        return std::tie(a.material, a.delivery, a.plant, a.item) < std::tie(b.material, b.delivery, b.plant, b.item);
    });
    std::sort(feedback.plannedOrders.begin(), feedback.plannedOrders.end(), [](const auto &a, const auto &b) {
        return std::tie(a.material, a.end, a.plant) < std::tie(b.material, b.end, b.plant);
    });
    return feedback;
}

TrytonExecution::TrytonExecution(TrytonRpcClient &rpc, TrytonMapping mapping)
    : m_rpc(rpc)
    , m_mapping(std::move(mapping))
    , m_master(rpc)
{
}

Expected<connectors::MrpRun> TrytonExecution::startMrp(const connectors::MrpRunRequest &)
{
    RpcResult created = m_rpc.wizard("stock.supply", "create", Json::array());
    if (!created.ok())
        return failed("supply run", created.fault);
    if (!created.value.is_array() || created.value.empty() || !idOf(created.value[0]))
        return EngineError { "Tryton supply run: wizard.stock.supply.create did not answer a session" };
    const std::int64_t session = *idOf(created.value[0]);
    RpcResult ran;
    std::set<std::string> acknowledged;
    for (;;) {
        ran = m_rpc.wizard("stock.supply", "execute", Json::array({ session, Json::object(), "create_" }));
        if (ran.fault.kind != FaultKind::UserWarning)
            break;
        const std::string name = ran.fault.warningName;
        if (!m_mapping.acknowledgeWarnings || !acknowledged.insert(name).second || acknowledged.size() > 5)
            break;
        // The same answer Tryton's client gives when a person clicks "Yes" once.
        RpcResult ok = m_rpc.model("res.user.warning", "create",
            Json::array({ Json::array({ Json { { "user", m_rpc.userId() }, { "name", name }, { "always", false } } }) }));
        if (!ok.ok()) {
            ran = ok;
            break;
        }
    }
    m_rpc.wizard("stock.supply", "delete", Json::array({ session })); // best effort: sessions expire anyway
    if (ran.fault.kind == FaultKind::UserWarning)
        return EngineError { "Tryton supply run needs a confirmation: " + ran.fault.message + " [" + ran.fault.warningName
            + "] (set options.acknowledge_warnings to true to confirm it automatically)" };
    if (!ran.ok())
        return failed("supply run", ran.fault);
    connectors::MrpRun run;
    run.id = "stock.supply/" + std::to_string(session);
    run.runCount = std::to_string(acknowledged.size() + 1);
    run.state = connectors::MrpRunState::Finished;
    run.message = acknowledged.empty() ? "supply run done"
                                       : "supply run done after confirming " + std::to_string(acknowledged.size())
            + " warning(s)";
    return run;
}

Expected<connectors::MrpRun> TrytonExecution::mrpStatus(const connectors::MrpRun &run)
{
    return run; // the wizard ran synchronously
}

Expected<connectors::ExecutionFeedback> TrytonExecution::readFeedback(const std::vector<std::string> &plants)
{
    auto warehouses = m_master.warehouses();
    if (!warehouses.ok())
        return failed("warehouses", warehouses.fault);
    std::map<std::int64_t, std::string> plantOf;
    Json ids = Json::array();
    for (const TrytonLocation &w : warehouses.value) {
        const std::string plant = m_mapping.plantFor(w.code);
        if (std::find(plants.begin(), plants.end(), plant) == plants.end())
            continue;
        plantOf[w.id] = plant;
        ids.push_back(w.id);
    }
    if (ids.empty())
        return connectors::ExecutionFeedback {};
    const auto order = Json::array({ Json::array({ "id", "ASC" }) });
    RpcResult purchases = m_rpc.model("purchase.request", "search_read",
        Json::array({ Json::array({ Json::array({ "state", "=", "draft" }), Json::array({ "warehouse", "in", ids }) }), 0,
            nullptr, order,
            Json::array({ "product.code", "quantity", "uom.symbol", "party.name", "purchase_date", "supply_date",
                "warehouse" }) }));
    if (!purchases.ok())
        return failed("purchase requests", purchases.fault);
    auto purchaseRows = parsePurchaseRequests(purchases.value);
    if (!purchaseRows)
        return EngineError { "Tryton: " + purchaseRows.error().message };
    RpcResult productions = m_rpc.model("production", "search_read",
        Json::array({ Json::array({ Json::array({ "state", "=", "request" }), Json::array({ "warehouse", "in", ids }) }),
            0, nullptr, order,
            Json::array({ "number", "product.code", "quantity", "uom.symbol", "planned_date", "planned_start_date",
                "warehouse" }) }));
    if (!productions.ok())
        return failed("production requests", productions.fault);
    auto productionRows = parseProductionRequests(productions.value);
    if (!productionRows)
        return EngineError { "Tryton: " + productionRows.error().message };
    return feedbackFrom(*purchaseRows, *productionRows, plantOf, m_mapping);
}

} // namespace planbridge::tryton
