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

// Schema 2: each version's validation result (what the ERP would get, with lineage, and the rejects).
const char *const ValidationResults = R"sql(
CREATE TABLE version_results (
    version_id TEXT PRIMARY KEY REFERENCES versions(id),
    as_of INTEGER NOT NULL,          -- day number
    rows_in INTEGER NOT NULL,
    rows_accepted INTEGER NOT NULL,
    rejects_by_reason TEXT NOT NULL, -- counts in reason-code order, comma-separated
    sources BLOB NOT NULL,           -- lineage: input rows as little-endian uint32, in record order
    validated_at TEXT NOT NULL
);
CREATE TABLE result_items (
    version_id TEXT NOT NULL REFERENCES versions(id),
    idx INTEGER NOT NULL,
    item TEXT NOT NULL,
    base_uom TEXT NOT NULL,
    PRIMARY KEY (version_id, idx)
) WITHOUT ROWID;
CREATE TABLE result_locations (
    version_id TEXT NOT NULL REFERENCES versions(id),
    idx INTEGER NOT NULL,
    location TEXT NOT NULL,
    erp_plant TEXT NOT NULL,
    mrp_area TEXT NOT NULL,
    period_type TEXT NOT NULL,       -- D, W or M
    PRIMARY KEY (version_id, idx)
) WITHOUT ROWID;
CREATE TABLE erp_records (
    version_id TEXT NOT NULL REFERENCES versions(id),
    seq INTEGER NOT NULL,            -- the result's order: item, location, period
    item_idx INTEGER NOT NULL,
    location_idx INTEGER NOT NULL,
    period_start INTEGER NOT NULL,   -- day number
    quantity TEXT NOT NULL,          -- thousandths as an integer, exact beyond 64 bits
    sources_begin INTEGER NOT NULL,
    sources_count INTEGER NOT NULL,
    PRIMARY KEY (version_id, seq)
) WITHOUT ROWID;
CREATE TABLE rejects (
    version_id TEXT NOT NULL REFERENCES versions(id),
    row INTEGER NOT NULL,
    reason TEXT NOT NULL,
    field TEXT,
    value TEXT,
    message TEXT NOT NULL,
    PRIMARY KEY (version_id, row)
) WITHOUT ROWID;
CREATE INDEX rejects_reason ON rejects(version_id, reason);
)sql";

// Schema 3: releases and the outbox of their ERP writes, dead letters included.
const char *const Outbox = R"sql(
CREATE TABLE releases (
    id TEXT PRIMARY KEY,             -- the release's correlation id
    version_id TEXT NOT NULL REFERENCES versions(id),
    state TEXT NOT NULL,             -- queued, done, cancelled
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX releases_version ON releases(version_id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    release_id TEXT NOT NULL REFERENCES releases(id),
    seq INTEGER NOT NULL,            -- sending order within the release
    idempotency_key TEXT NOT NULL,   -- sent as Repeatability-Request-ID, the same on every resend
    plant TEXT NOT NULL,
    product TEXT NOT NULL,
    records TEXT NOT NULL,           -- lineage: the ERP records (by seq) this write carries
    payload TEXT NOT NULL,           -- the PIR header, absolute quantities
    state TEXT NOT NULL,             -- queued, acked, dead, cancelled
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,   -- due when <= now (ISO 8601 UTC sorts as text)
    last_status INTEGER,
    outcome TEXT,                    -- business or technical, for a dead letter
    error_code TEXT,
    last_error TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (release_id, seq)
);
CREATE INDEX outbox_due ON outbox(release_id, state, next_attempt_at);
CREATE INDEX outbox_key ON outbox(idempotency_key);
)sql";

// Schema 4: MRP runs after a release and the execution feedback they produced.
const char *const Feedback = R"sql(
CREATE TABLE mrp_runs (
    id INTEGER PRIMARY KEY,
    release_id TEXT NOT NULL REFERENCES releases(id),
    job TEXT NOT NULL,
    run_count TEXT NOT NULL,
    plants TEXT NOT NULL,            -- comma-separated
    state TEXT NOT NULL,             -- scheduled, running, finished, aborted
    message TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE feedback_planned_orders (
    release_id TEXT NOT NULL REFERENCES releases(id),
    planned_order TEXT NOT NULL,
    material TEXT NOT NULL,
    plant TEXT NOT NULL,
    mrp_area TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    firm INTEGER NOT NULL,
    PRIMARY KEY (release_id, planned_order)
) WITHOUT ROWID;
CREATE TABLE feedback_requisitions (
    release_id TEXT NOT NULL REFERENCES releases(id),
    requisition TEXT NOT NULL,
    item TEXT NOT NULL,
    material TEXT NOT NULL,
    plant TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    delivery_date TEXT NOT NULL,
    release_date TEXT NOT NULL,
    supplier TEXT NOT NULL,
    fixed INTEGER NOT NULL,
    PRIMARY KEY (release_id, requisition, item)
) WITHOUT ROWID;
CREATE TABLE feedback_shortages (
    release_id TEXT NOT NULL REFERENCES releases(id),
    seq INTEGER NOT NULL,
    material TEXT NOT NULL,
    plant TEXT NOT NULL,
    mrp_area TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;
CREATE INDEX outbox_product ON outbox(release_id, product, plant);
)sql";

// Schema 5: what re-validation needs (the version's input and master data as they came in) and the
// planners' resolutions of rejects.
const char *const Resolutions = R"sql(
CREATE TABLE version_inputs (
    version_id TEXT PRIMARY KEY REFERENCES versions(id),
    input_name TEXT NOT NULL,        -- decides JSON or CSV by its extension
    input BLOB NOT NULL,
    master BLOB NOT NULL,
    overrides TEXT NOT NULL          -- the flags validation was given, as JSON
);
CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES versions(id),
    kind TEXT NOT NULL,              -- code-map, unit-conversion, exclude, fix-field
    params TEXT NOT NULL,            -- JSON, by kind
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX resolutions_version ON resolutions(version_id);
)sql";

// Schema 6: settings an admin changes (the SLA), and each version's input rows as rows, so the
// console can filter, sort and page through a million of them without loading them.
const char *const SettingsAndRecords = R"sql(
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE version_records (
    version_id TEXT NOT NULL REFERENCES versions(id),
    row INTEGER NOT NULL,            -- 0-based input position, as rejects and lineage name it
    item TEXT,
    location TEXT,
    channel TEXT,
    bucket_start TEXT,
    quantity TEXT,
    uom TEXT,
    PRIMARY KEY (version_id, row)
) WITHOUT ROWID;
CREATE INDEX version_records_item ON version_records(version_id, item, location);
CREATE INDEX version_records_location ON version_records(version_id, location);
)sql";

// The console's record table sorts a million rows by any column: each needs its index.
const char *const RecordSortIndexes = R"sql(
CREATE INDEX version_records_channel ON version_records(version_id, channel);
CREATE INDEX version_records_bucket ON version_records(version_id, bucket_start);
)sql";

} // namespace

const std::vector<Migration> &cacheMigrations()
{
    static const std::vector<Migration> migrations {
        { 1, std::string(AuditLogSchema) + AccountsAndVersions },
        { 2, ValidationResults },
        { 3, Outbox },
        { 4, Feedback },
        { 5, Resolutions },
        { 6, SettingsAndRecords },
        { 7, RecordSortIndexes },
    };
    return migrations;
}

} // namespace planbridge::store
