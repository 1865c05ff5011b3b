#pragma once

#include "connectors/ibp/ibpplanningsource.h"
#include "connectors/s4/mrpodataclient.h"
#include "connectors/s4/pirodataclient.h"
#include "domain/expected.h"
#include "net/httpclient.h"

#include <memory>
#include <string>

namespace planbridge::cli {

class Options;

// The planning source named in the connections file (--config, --endpoint; default "planning").
struct PlanningConnection
{
    std::unique_ptr<net::HttpClient> client;
    std::unique_ptr<ibp::IbpPlanningSource> source;
};
Expected<PlanningConnection> connectPlanning(const Options &options);

// The ERP named in the connections file (default "erp"): its url is the system's base URL and the
// services sit at their standard paths unless its options move them (pir_service, job_service,
// planned_order_service, requisition_service, mrp_materials_service; also mrp_job_template and
// page_size). Both clients share one HTTP client, so one session and its cookies.
struct ErpConnection
{
    std::unique_ptr<net::HttpClient> client;
    std::unique_ptr<s4::PirODataClient> pirs;
    std::unique_ptr<s4::MrpODataClient> mrp;
};
Expected<ErpConnection> connectErp(const Options &options);

bool parseNumber(const std::string &text, std::uint64_t &value);

} // namespace planbridge::cli
