#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "engine/versionworkflow.h"
#include "store/cache.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace planbridge {

// The measures of one version, from the cache.
struct VersionKpis
{
    std::string versionId;
    std::string priority;
    std::string state;
    std::optional<std::string> approvedAt;
    std::uint64_t rowsIn = 0;
    std::uint64_t rowsAccepted = 0;
    std::uint64_t rowsRejected = 0;
    std::map<std::string, std::uint64_t> rejectsByReason;
    std::optional<double> approvalToPostingSeconds; // approval → the release finished posting
    std::optional<double> slaSeconds; // high priority only
    std::optional<bool> slaMet; // known once posted (or once the SLA ran out)
    std::size_t writes = 0; // PIR writes of its releases
    std::size_t acknowledged = 0;
    std::size_t queued = 0;
    std::size_t deadLetters = 0;
    std::size_t retries = 0; // delivery attempts beyond the first of each write
    std::optional<double> mrpTriggerSeconds; // posted → MRP triggered
    bool feedbackComplete = false;
};

// Across the cache: per version (in approval order, so also over time) and overall.
struct KpiReport
{
    std::vector<VersionKpis> versions;
    std::optional<double> latencyP50; // approval → posting, seconds, over posted versions
    std::optional<double> latencyP95;
    std::size_t slaBreaches = 0;
    double acceptanceRate = 0; // accepted rows / rows in, over every validated version
    std::map<std::string, std::uint64_t> rejectsByReason;
    std::size_t retryVolume = 0;
    std::size_t queueDepth = 0;
    std::size_t deadLetters = 0;
    double feedbackCompletion = 0; // posted versions whose feedback is complete / posted versions
    std::optional<double> mrpTriggerP50;
};

// Reads the KPIs from the cache; any role may (they are the dashboards' data).
Expected<KpiReport> computeKpis(
    const auth::Session &session, store::Cache &cache, const WorkflowSettings &settings = {});

// The report as JSON (what `planbridge-sync kpis --json` prints).
std::string kpisJson(const KpiReport &report);

} // namespace planbridge
