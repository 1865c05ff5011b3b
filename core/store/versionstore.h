#pragma once

#include "domain/expected.h"
#include "domain/versionstate.h"
#include "store/cache.h"

#include <optional>
#include <string>
#include <vector>

namespace planbridge::store {

// A forecast version as the cache tracks it through its lifecycle.
struct StoredVersion
{
    std::string id;
    std::string plan; // versions of one plan supersede each other
    std::string source; // a file path or a planning endpoint and version
    std::string asOf;
    std::string bucket;
    std::string priority = "normal";
    VersionState state = VersionState::Pulled;
    std::optional<std::string> submittedBy;
    std::optional<std::string> approvedBy;
    std::optional<std::string> approvedAt;
    std::string createdAt;
    std::string updatedAt;
};

struct StateChange
{
    int seq = 0;
    VersionState state = VersionState::Pulled;
    std::string at;
    std::string actor;
    std::string note;
};

// Versions and their state history in the cache. Every transition is checked against the
// lifecycle, timestamped, kept in the history and written to the audit log, in one transaction.
// Permissions are the caller's business (the engine's workflow checks them first).
class VersionStore
{
public:
    explicit VersionStore(Cache &cache);

    // Adds a version in state pulled; its id must be new.
    std::optional<EngineError> add(StoredVersion version, const std::string &actor);
    Expected<std::optional<StoredVersion>> find(const std::string &id);
    Expected<std::vector<StoredVersion>> list(); // newest first
    Expected<std::vector<StateChange>> history(const std::string &id);

    // Moves `id` to `to` when the lifecycle allows it from its current state. Joins the caller's
    // transaction when there is one. Moving to submitted or approved also records `actor` as the
    // submitter or approver (and the approval time, which starts a high-priority version's SLA).
    std::optional<EngineError> transition(
        const std::string &id, VersionState to, const std::string &actor, const std::string &note = {});

private:
    Cache &m_cache;
};

} // namespace planbridge::store
