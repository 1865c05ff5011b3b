#pragma once

#include "connectors/erpexecution.h"
#include "connectors/odata/odatapage.h"
#include "domain/expected.h"

#include <string_view>

namespace planbridge::s4 {

// The response parsers of the S/4 execution side. Each checks the OData v2 envelope and every
// field it maps (type, a /Date(ms)/ date, a non-negative decimal string of at most 3 places) and
// names the entity and field of the first that does not fit.

// JobSchedule / JobStatusGet of BC_EXT_APPJOB_MANAGEMENT: {"d":{JobName, JobRunCount, JobStatus,
// StatusText?}}, also accepted as {"d":{"results":[{...}]}}, the shape SAP's documentation shows.
// JobStatus: P/S/Y/Z are waiting, R running, F finished, A aborted (SAP background job states).
Expected<connectors::MrpRun> parseJobStatus(std::string_view body);

// A_PlannedOrder of API_PLANNED_ORDERS.
Expected<connectors::ODataPage<connectors::PlannedOrderFeedback>> parsePlannedOrderPage(
    std::string_view body);
// A_PurchaseRequisitionItem of API_PURCHASEREQ_PROCESS_SRV.
Expected<connectors::ODataPage<connectors::RequisitionFeedback>> parseRequisitionPage(std::string_view body);
// MaterialCoverages of API_MRP_MATERIALS_SRV_01; a null MaterialShortageEndDate is an open end.
Expected<connectors::ODataPage<connectors::ShortageFeedback>> parseCoveragePage(std::string_view body);

} // namespace planbridge::s4
