#pragma once

#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpcclient.h"

#include <map>
#include <string>
#include <vector>

namespace planbridge::tryton {

// A value read from Tryton, or why it could not be.
template<typename T>
struct RpcValue
{
    T value {};
    RpcFault fault;
    bool ok() const { return fault.kind == FaultKind::None; }
};

// Master data of a Tryton database: products by code, units, warehouses and other locations.
class TrytonMasterData
{
public:
    explicit TrytonMasterData(TrytonRpcClient &rpc);

    // Products whose code is in `codes`, by code; codes Tryton does not know are absent.
    RpcValue<std::map<std::string, TrytonProduct>> productsByCode(const std::vector<std::string> &codes);
    RpcValue<std::vector<TrytonUom>> units();
    RpcValue<std::vector<TrytonLocation>> warehouses();
    // Locations whose code is in `codes`, by code.
    RpcValue<std::map<std::string, TrytonLocation>> locationsByCode(const std::vector<std::string> &codes);

private:
    TrytonRpcClient &m_rpc;
};

// A Protocol fault for an answer the parsers refused.
RpcFault protocolFault(const std::string &message);

} // namespace planbridge::tryton
