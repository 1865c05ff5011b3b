#pragma once

#include "connectors/erpexecution.h"
#include "connectors/tryton/trytonconfig.h"
#include "connectors/tryton/trytonmasterdata.h"

namespace planbridge::tryton {

// Maps Tryton's requests to execution feedback. Tryton deletes and recreates unfirmed requests on
// every supply run, with new ids and numbers, so a request is identified by product and date:
// purchase requests become requisitions "<product>@<supply date>" (item: Tryton's id of the
// moment), production requests planned orders "<product>@<planned date>". Rows of warehouses
// outside `plants` are left out; the lists are sorted by product, date and plant.
connectors::ExecutionFeedback feedbackFrom(const std::vector<TrytonPurchaseRequest> &purchases,
    const std::vector<TrytonProductionRequest> &productions, const std::map<std::int64_t, std::string> &plantOf,
    const TrytonMapping &mapping);

// Tryton's execution side: the stock.supply wizard is the MRP run (synchronous: it returns the
// run Finished), and the draft purchase requests and production requests are its proposals.
class TrytonExecution final : public connectors::ErpExecution
{
public:
    TrytonExecution(TrytonRpcClient &rpc, TrytonMapping mapping);

    // Runs the wizard for every warehouse (Tryton's supply run has no plant filter) as of Tryton's
    // today. Its warning about late customer moves is acknowledged (res.user.warning) and the step
    // repeated only when mapping.acknowledgeWarnings is set; otherwise it is an error with
    // Tryton's text.
    Expected<connectors::MrpRun> startMrp(const connectors::MrpRunRequest &request) override;
    Expected<connectors::MrpRun> mrpStatus(const connectors::MrpRun &run) override;
    Expected<connectors::ExecutionFeedback> readFeedback(const std::vector<std::string> &plants) override;

private:
    TrytonRpcClient &m_rpc;
    TrytonMapping m_mapping;
    TrytonMasterData m_master;
};

} // namespace planbridge::tryton
