#pragma once

#include "connectors/erpexecution.h"
#include "net/csrfsession.h"
#include "net/retrypolicy.h"

#include <cstddef>
#include <string>
#include <vector>

namespace planbridge::s4 {

struct MrpClientConfig
{
    // Relative to the sender's base URL, or absolute.
    std::string jobServiceRoot = "/sap/opu/odata/SAP/BC_EXT_APPJOB_MANAGEMENT;v=0002";
    std::string plannedOrderRoot = "/sap/opu/odata/sap/API_PLANNED_ORDERS";
    std::string requisitionRoot = "/sap/opu/odata/sap/API_PURCHASEREQ_PROCESS_SRV";
    std::string mrpMaterialsRoot = "/sap/opu/odata/sap/API_MRP_MATERIALS_SRV_01";
    // The job template that runs MRP. SAP's own MRP template and its parameter names are not
    // public; this is the sandbox's, and a customer sets theirs.
    std::string jobTemplate = "SAP_PP_MRP_RUN";
    std::size_t readPageSize = 5000;
    net::RetryPolicy retry;
    net::RetryHooks hooks = net::RetryHooks::system();
};

// The S/4HANA execution side over OData v2: MRP as an application job (JobSchedule, then
// JobStatusGet), and its proposals read back from API_PLANNED_ORDERS, API_PURCHASEREQ_PROCESS_SRV
// and API_MRP_MATERIALS_SRV_01 (MaterialCoverages), one plant at a time, fully paged.
class MrpODataClient final : public connectors::ErpExecution
{
public:
    // `sender` (usually an HttpClient: it keeps the session cookies) must outlive the client.
    explicit MrpODataClient(net::HttpSender &sender, MrpClientConfig config = {});

    // Retried like any request: if a reply was lost and a second job runs, it re-plans the same
    // state and replaces the first job's unfirmed proposals, so the effect is the same.
    Expected<connectors::MrpRun> startMrp(const connectors::MrpRunRequest &request) override;
    Expected<connectors::MrpRun> mrpStatus(const connectors::MrpRun &run) override;
    Expected<connectors::ExecutionFeedback> readFeedback(const std::vector<std::string> &plants) override;

private:
    net::RetryResult get(const std::string &url);

    MrpClientConfig m_config;
    net::HttpSender &m_sender;
    net::CsrfSession m_jobSession;
};

} // namespace planbridge::s4
