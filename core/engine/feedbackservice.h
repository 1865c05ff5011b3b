#pragma once

#include "auth/session.h"
#include "connectors/erpexecution.h"
#include "domain/expected.h"
#include "store/cache.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planbridge {

struct FeedbackReport
{
    connectors::MrpRun run;
    std::vector<std::string> plants;
    connectors::ExecutionFeedback feedback;
};

// From a feedback row back to what caused it: the release's PIR writes for that material and
// plant, the ERP records they carried, and the forecast rows those came from (0-based).
struct Lineage
{
    std::vector<std::int64_t> writes;
    std::vector<std::int64_t> erpRecords;
    std::vector<std::uint32_t> forecastRows;
};

// After a release is posted: MRP for the plants it touched, then the planned orders, purchase
// requisitions and shortages read back, kept with the release, and linked to the forecast rows.
class FeedbackService
{
public:
    FeedbackService(store::Cache &cache, connectors::ErpExecution &erp);

    // Runs MRP for the release's plants and waits for it (scheduler or approver). The version moves
    // to mrp-triggered, then to feedback-complete once the feedback is stored; an aborted run is
    // an error that keeps the ERP's reason, and the version stays mrp-triggered for a retry.
    Expected<FeedbackReport> collect(const auth::Session &session, const std::string &releaseId,
        std::optional<Date> runDate = {}, const connectors::MrpWait &wait = {});
    // The feedback stored for a release (any role may read it); see storedFeedback.
    Expected<connectors::ExecutionFeedback> stored(
        const auth::Session &session, const std::string &releaseId);
    Expected<Lineage> lineage(const auth::Session &session, const std::string &releaseId,
        const std::string &material, const std::string &plant);

private:
    std::optional<EngineError> save(
        const std::string &releaseId, const connectors::ExecutionFeedback &feedback);

    store::Cache &m_cache;
    connectors::ErpExecution &m_erp;
};

// What the service's stored() and lineage() read: the cache only, so a reader needs no ERP
// connection (the console's pages and dashboards call these directly).
Expected<connectors::ExecutionFeedback> storedFeedback(
    store::Cache &cache, const auth::Session &session, const std::string &releaseId);
Expected<Lineage> feedbackLineage(store::Cache &cache, const auth::Session &session,
    const std::string &releaseId, const std::string &material, const std::string &plant);

} // namespace planbridge
