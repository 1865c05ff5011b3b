#include "store/schema.h"

#include "store/auditlog.h"

namespace planbridge::store {
namespace {

// Schema 1: accounts, the audit log, versions and their state history.
const char *const AccountsAndVersions = R"sql(
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    roles TEXT NOT NULL,          -- comma-separated role names
    password_hash TEXT NOT NULL,  -- pbkdf2-sha256$iterations$salt$key
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    plan TEXT NOT NULL,           -- what a newer version supersedes: the same plan
    source TEXT NOT NULL,         -- where it came from: a file path or planning endpoint
    as_of TEXT NOT NULL,
    bucket TEXT NOT NULL,
    priority TEXT NOT NULL,
    state TEXT NOT NULL,
    submitted_by TEXT,
    approved_by TEXT,
    approved_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX versions_plan ON versions(plan, as_of);
CREATE TABLE version_states (
    version_id TEXT NOT NULL REFERENCES versions(id),
    seq INTEGER NOT NULL,
    state TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
);
)sql";

} // namespace

const std::vector<Migration> &cacheMigrations()
{
    static const std::vector<Migration> migrations {
        { 1, std::string(AuditLogSchema) + AccountsAndVersions },
    };
    return migrations;
}

} // namespace planbridge::store
