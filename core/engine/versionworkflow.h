#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "store/cache.h"
#include "store/versionstore.h"

#include <chrono>
#include <optional>
#include <string>

namespace planbridge {

struct WorkflowSettings
{
    // A high-priority version must reach the ERP this soon after approval.
    std::chrono::minutes highPrioritySla { 15 };
};

// The release workflow up to release, as the console and the command line call it. Every call
// checks the session's permission first (refusals are audited) and then the lifecycle; the
// approver is never the submitter (four-eyes).
class VersionWorkflow
{
public:
    // Without settings, the cache's (an admin sets them; see loadWorkflowSettings).
    explicit VersionWorkflow(store::Cache &cache, std::optional<WorkflowSettings> settings = std::nullopt);

    // A version newly in the cache. Older versions of the same plan that were not released yet
    // are superseded by it; one whose release is under way is left to finish.
    std::optional<EngineError> registerVersion(const auth::Session &session, store::StoredVersion version);
    // Records a (re-)validation; `note` summarises it ("10 rows: 8 accepted, 2 rejected").
    std::optional<EngineError> markValidated(
        const auth::Session &session, const std::string &id, const std::string &note);
    std::optional<EngineError> submit(const auth::Session &session, const std::string &id);
    std::optional<EngineError> approve(const auth::Session &session, const std::string &id);
    // The approver sends a submitted version back to the planners, saying why.
    std::optional<EngineError> sendBack(
        const auth::Session &session, const std::string &id, const std::string &reason);
    // Withdraws a version that has not been released (planner) or a release still queued (approver).
    std::optional<EngineError> cancel(
        const auth::Session &session, const std::string &id, const std::string &reason);

    // When a high-priority version's SLA runs out: approval time plus the SLA; nullopt for normal
    // priority or before approval.
    std::optional<std::chrono::system_clock::time_point> slaDeadline(
        const store::StoredVersion &version) const;

    store::VersionStore &versions() { return m_versions; }

private:
    Expected<store::StoredVersion> load(const std::string &id);
    std::optional<EngineError> refuse(
        const auth::Session &session, const std::string &id, const std::string &why);

    store::Cache &m_cache;
    store::VersionStore m_versions;
    WorkflowSettings m_settings;
};

// The settings kept in the cache, defaults where none were set.
WorkflowSettings loadWorkflowSettings(store::Cache &cache);

// "2026-11-26T18:25:16.123Z" → time point; nullopt when not that shape.
std::optional<std::chrono::system_clock::time_point> parseUtcIso(const std::string &text);

} // namespace planbridge
