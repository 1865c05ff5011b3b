#include "sandbox/mrpreadservice.h"

#include "sandbox/mrpcoverage.h"
#include "sandbox/mrpentities.h"
#include "sandbox/odatapage.h"

namespace planbridge::sandbox {
namespace {

using nlohmann::ordered_json;

HttpReply serviceDocument(std::initializer_list<const char *> sets)
{
    ordered_json names = ordered_json::array();
    for (const char *set : sets)
        names.push_back(set);
    return jsonReply(200, { { "d", { { "EntitySets", std::move(names) } } } });
}

HttpReply resourceNotFound(const std::string &segment)
{
    return odataErrorReply(notFound("Resource not found for segment '" + segment + "'"));
}

// The value of `name` in a key predicate; a bare ('value') counts for the first key.
std::optional<std::string> keyValue(const NamedValues &key, const std::string &name, bool first)
{
    for (const auto &[n, v] : key)
        if (n == name || (first && n.empty() && key.size() == 1))
            return v;
    return std::nullopt;
}

std::string filterValue(const ODataQuery &query, const std::string &field)
{
    for (const auto &[name, value] : query.filter)
        if (name == field)
            return value;
    return {};
}

} // namespace

MrpReadService::MrpReadService(const MrpService &mrp, Api api)
    : m_mrp(mrp)
    , m_api(api)
{
}

HttpReply MrpReadService::handle(const HttpCall &call) const
{
    if (call.method != "GET" && call.method != "HEAD") {
        HttpReply reply = odataErrorReply({ 405, "/IWBEP/CM_MGW_RT/021",
            "Method " + call.method + " is not supported by the sandbox here", {} });
        reply.headers.emplace_back("Allow", "GET, HEAD");
        return reply;
    }
    auto resource = parseResourcePath(call.resourcePath);
    if (auto *fault = std::get_if<ODataFault>(&resource))
        return odataErrorReply(*fault);
    const ODataResource &target = std::get<ODataResource>(resource);
    if (target.entitySet == "$metadata" || target.entitySet == "$batch")
        return odataErrorReply(
            { 501, "/IWBEP/CM_MGW_RT/000", "The sandbox does not serve " + target.entitySet, {} });
    auto query = parseQuery(call.params);
    if (auto *fault = std::get_if<ODataFault>(&query))
        return odataErrorReply(*fault);
    const ODataQuery &options = std::get<ODataQuery>(query);
    switch (m_api) {
    case Api::PlannedOrders:
        return plannedOrders(call, target, options);
    case Api::PurchaseRequisitions:
        return requisitions(call, target, options);
    case Api::MrpMaterials:
        return mrpMaterials(call, target, options);
    }
    return resourceNotFound(target.entitySet);
}

HttpReply MrpReadService::plannedOrders(
    const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const
{
    if (resource.entitySet.empty())
        return serviceDocument({ "A_PlannedOrder" });
    if (resource.entitySet != "A_PlannedOrder" || !resource.navigation.empty())
        return resourceNotFound(resource.entitySet + resource.navigation);
    return m_mrp.read([&](const MrpResults &results) {
        const auto &orders = results.state.plannedOrders();
        if (resource.hasKey) {
            const auto number = keyValue(resource.key, "PlannedOrder", true);
            for (const PlannedOrder &o : orders)
                if (number && o.plannedOrder == *number)
                    return jsonReply(200, { { "d", plannedOrderEntity(o, call.serviceUrl) } });
            return resourceNotFound("A_PlannedOrder");
        }
        std::vector<const PlannedOrder *> all;
        for (const PlannedOrder &o : orders)
            all.push_back(&o);
        return odataPage(all, query, plannedOrderField,
            [&](const PlannedOrder &o) { return plannedOrderEntity(o, call.serviceUrl); });
    });
}

HttpReply MrpReadService::requisitions(
    const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const
{
    if (resource.entitySet.empty())
        return serviceDocument({ "A_PurchaseRequisitionItem" });
    if (resource.entitySet != "A_PurchaseRequisitionItem" || !resource.navigation.empty())
        return resourceNotFound(resource.entitySet + resource.navigation);
    return m_mrp.read([&](const MrpResults &results) {
        const auto &items = results.state.purchaseRequisitions();
        if (resource.hasKey) {
            const auto number = keyValue(resource.key, "PurchaseRequisition", false);
            const auto item = keyValue(resource.key, "PurchaseRequisitionItem", false);
            for (const PurchaseRequisition &r : items)
                if (number && item && r.purchaseRequisition == *number && r.purchaseRequisitionItem == *item)
                    return jsonReply(200, { { "d", purchaseRequisitionEntity(r, call.serviceUrl) } });
            return resourceNotFound("A_PurchaseRequisitionItem");
        }
        std::vector<const PurchaseRequisition *> all;
        for (const PurchaseRequisition &r : items)
            all.push_back(&r);
        return odataPage(all, query, purchaseRequisitionField,
            [&](const PurchaseRequisition &r) { return purchaseRequisitionEntity(r, call.serviceUrl); });
    });
}

HttpReply MrpReadService::mrpMaterials(
    const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const
{
    if (resource.entitySet.empty())
        return serviceDocument({ "MaterialCoverages", "SupplyDemandItems" });
    if (resource.hasKey || !resource.navigation.empty())
        return odataErrorReply(
            badRequest("The sandbox serves " + resource.entitySet + " as a collection only"));
    if (resource.entitySet == "SupplyDemandItems") {
        // As on S/4: the stock/requirements list is never read unfiltered.
        if (call.params.find("$filter") == call.params.end())
            return odataErrorReply(
                badRequest("Query option $filter is mandatory for SupplyDemandItems", "$filter"));
        return m_mrp.read([&](const MrpResults &results) {
            const auto lines
                = supplyDemandLines(results, filterValue(query, "Material"), filterValue(query, "MRPPlant"));
            std::vector<const SupplyDemandLine *> all;
            for (const SupplyDemandLine &l : lines)
                all.push_back(&l);
            return odataPage(all, query, supplyDemandField, supplyDemandEntity);
        });
    }
    if (resource.entitySet == "MaterialCoverages") {
        return m_mrp.read([&](const MrpResults &results) {
            const auto entries = coverageShortages(results);
            std::vector<const CoverageShortage *> all;
            for (const CoverageShortage &e : entries)
                all.push_back(&e);
            return odataPage(all, query, coverageField,
                [&](const CoverageShortage &e) { return coverageEntity(e, call.serviceUrl); });
        });
    }
    return resourceNotFound(resource.entitySet);
}

} // namespace planbridge::sandbox
