#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/mrpservice.h"
#include "sandbox/odatarequest.h"

namespace planbridge::sandbox {

// The read-only OData v2 services over the MRP results: API_PLANNED_ORDERS (A_PlannedOrder),
// API_PURCHASEREQ_PROCESS_SRV (A_PurchaseRequisitionItem) and API_MRP_MATERIALS_SRV_01
// (SupplyDemandItems, whose $filter is mandatory, and MaterialCoverages). $filter takes
// Field eq 'value' joined by and, on the key-like fields; $top/$skip/$inlinecount as elsewhere.
class MrpReadService
{
public:
    enum class Api { PlannedOrders, PurchaseRequisitions, MrpMaterials };

    MrpReadService(const MrpService &mrp, Api api);

    HttpReply handle(const HttpCall &call) const;

private:
    HttpReply plannedOrders(
        const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const;
    HttpReply requisitions(
        const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const;
    HttpReply mrpMaterials(
        const HttpCall &call, const ODataResource &resource, const ODataQuery &query) const;

    const MrpService &m_mrp;
    Api m_api;
};

} // namespace planbridge::sandbox
