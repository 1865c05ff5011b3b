#pragma once

#include "domain/expected.h"
#include "store/database.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace planbridge::store {

// One entry of the audit log.
struct AuditEntry
{
    std::int64_t seq = 0; // 1, 2, 3, … without gaps
    std::string at; // UTC, ISO 8601 with milliseconds
    std::string actor; // the user, or "engine" for the engine's own decisions
    std::string action; // dotted verb, e.g. version.submit, release.attempt
    std::string subject; // what it is about: a version id, an outbox id, …
    std::string detail; // a JSON object; never a secret
    std::string prevHash; // hex SHA-256 of the entry before (64 zeros for the first)
    std::string hash; // hex SHA-256 over prevHash and this entry's fields
};

// What verify() found: nothing wrong, or the first entry that breaks the chain and how.
struct AuditVerification
{
    std::int64_t entries = 0;
    std::string headHash; // the last entry's hash: keep it outside the cache to anchor the chain
    std::optional<std::int64_t> brokenAt; // the seq named in `problem`
    std::string problem;

    bool ok() const { return !brokenAt; }
};

// The append-only, hash-chained audit log in the cache. SQL triggers refuse UPDATE and DELETE on
// it, and every entry's hash covers the previous one, so an edited, inserted or deleted row breaks
// the chain at that row; the head (count and last hash) is kept beside it, so cutting entries off
// the end is found too. Someone who can rewrite the whole file can rewrite the whole chain: export
// the head hash elsewhere to anchor it.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Appends within the caller's transaction when there is one, so an entry and the change it
    // records commit or roll back together.
    Expected<AuditEntry> append(const std::string &actor, const std::string &action,
        const std::string &subject, const std::string &detail = "{}");

    AuditVerification verify();

    // Calls `visit` for every entry in order until it returns false.
    std::optional<EngineError> forEach(const std::function<bool(const AuditEntry &)> &visit);

    // SHA-256 over the previous hash and the entry's fields, as verify() recomputes it.
    static std::string hashOf(const AuditEntry &entry);

private:
    Database &m_db;
};

// The schema of the audit log, for the cache's migrations.
extern const char *const AuditLogSchema;

// One entry as a line of JSON (without the newline), as `audit export` writes it: the detail is
// embedded as JSON, or as text when it is not JSON.
std::string auditEntryJson(const AuditEntry &entry);

std::string utcIso(std::chrono::system_clock::time_point when); // 2026-11-26T18:25:16.123Z
std::string utcNowIso();

} // namespace planbridge::store
