#include "connectors/tryton/trytonmasterdata.h"

namespace planbridge::tryton {
namespace {

template<typename T, typename Parse>
RpcValue<std::vector<T>> searchRead(TrytonRpcClient &rpc, const char *model, Json domain, Json fields, Parse parse)
{
    RpcValue<std::vector<T>> out;
    RpcResult result = rpc.model(model, "search_read",
        Json::array({ std::move(domain), 0, nullptr, Json::array({ Json::array({ "id", "ASC" }) }), std::move(fields) }));
    if (!result.ok()) {
        out.fault = std::move(result.fault);
        return out;
    }
    auto parsed = parse(result.value);
    if (!parsed) {
        out.fault = protocolFault(parsed.error().message);
        return out;
    }
    out.value = std::move(*parsed);
    return out;
}

} // namespace

RpcFault protocolFault(const std::string &message)
{
    RpcFault fault;
    fault.kind = FaultKind::Protocol;
    fault.message = message;
    return fault;
}

TrytonMasterData::TrytonMasterData(TrytonRpcClient &rpc)
    : m_rpc(rpc)
{
}

RpcValue<std::map<std::string, TrytonProduct>> TrytonMasterData::productsByCode(const std::vector<std::string> &codes)
{
    RpcValue<std::map<std::string, TrytonProduct>> out;
    if (codes.empty())
        return out;
    auto rows = searchRead<TrytonProduct>(m_rpc, "product.product", Json::array({ Json::array({ "code", "in", codes }) }),
        Json::array({ "code", "default_uom", "type", "purchasable", "producible" }), parseProducts);
    if (!rows.ok()) {
        out.fault = std::move(rows.fault);
        return out;
    }
    for (TrytonProduct &p : rows.value)
        out.value.emplace(p.code, std::move(p));
    return out;
}

RpcValue<std::vector<TrytonUom>> TrytonMasterData::units()
{
    return searchRead<TrytonUom>(m_rpc, "product.uom", Json::array(),
        Json::array({ "symbol", "name", "category", "digits" }), parseUoms);
}

RpcValue<std::vector<TrytonLocation>> TrytonMasterData::warehouses()
{
    return searchRead<TrytonLocation>(m_rpc, "stock.location",
        Json::array({ Json::array({ "type", "=", "warehouse" }) }), Json::array({ "code", "name", "type" }),
        parseLocations);
}

RpcValue<std::map<std::string, TrytonLocation>> TrytonMasterData::locationsByCode(const std::vector<std::string> &codes)
{
    RpcValue<std::map<std::string, TrytonLocation>> out;
    auto rows = searchRead<TrytonLocation>(m_rpc, "stock.location",
        Json::array({ Json::array({ "code", "in", codes }) }), Json::array({ "code", "name", "type" }), parseLocations);
    if (!rows.ok()) {
        out.fault = std::move(rows.fault);
        return out;
    }
    for (TrytonLocation &l : rows.value)
        out.value.emplace(l.code, std::move(l));
    return out;
}

} // namespace planbridge::tryton
