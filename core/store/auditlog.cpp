#include "store/auditlog.h"

#include "store/sha256.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace planbridge::store {

const char *const AuditLogSchema = R"sql(
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log(subject);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

namespace {

const std::string Genesis(64, '0');

} // namespace

std::string utcNowIso()
{
    return utcIso(std::chrono::system_clock::now());
}

std::string utcIso(std::chrono::system_clock::time_point when)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
        utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms % 1000));
    return text;
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

std::string AuditLog::hashOf(const AuditEntry &e)
{
    // Unit separators between fields, so moving text from one field into the next changes the hash.
    std::string message = e.prevHash;
    for (const std::string *field : { &e.at, &e.actor, &e.action, &e.subject, &e.detail }) {
        message += '\x1f';
        message += *field;
    }
    message += '\x1f' + std::to_string(e.seq);
    return sha256Hex(message);
}

Expected<AuditEntry> AuditLog::append(const std::string &actor, const std::string &action,
    const std::string &subject, const std::string &detail)
{
    AuditEntry entry;
    auto failed = m_db.transaction([&]() -> std::optional<EngineError> {
        Statement *head = m_db.prepare("SELECT entries, hash FROM audit_head WHERE id = 1");
        if (!head || head->step() != Statement::Step::Row)
            return m_db.error("cannot read the audit log's head");
        entry = { head->integer(0) + 1, utcNowIso(), actor, action, subject, detail, head->text(1), {} };
        head->reset();
        entry.hash = hashOf(entry);
        Statement *insert
            = m_db.prepare("INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, "
                           "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        Statement *move = m_db.prepare("UPDATE audit_head SET entries = ?1, hash = ?2 WHERE id = 1");
        if (!insert || !move)
            return m_db.error("cannot write the audit log");
        insert->bind(1, entry.seq).bind(2, entry.at).bind(3, entry.actor).bind(4, entry.action);
        insert->bind(5, entry.subject).bind(6, entry.detail).bind(7, entry.prevHash).bind(8, entry.hash);
        if (!insert->run())
            return EngineError { m_db.path() + ": cannot write the audit log: " + insert->error() };
        if (!move->bind(1, entry.seq).bind(2, entry.hash).run())
            return EngineError { m_db.path() + ": cannot write the audit log: " + move->error() };
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return entry;
}

std::optional<EngineError> AuditLog::forEach(const std::function<bool(const AuditEntry &)> &visit)
{
    Statement *rows = m_db.prepare(
        "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq");
    if (!rows)
        return m_db.error("cannot read the audit log");
    Statement::Step step;
    while ((step = rows->step()) == Statement::Step::Row) {
        const AuditEntry entry { rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4),
            rows->text(5), rows->text(6), rows->text(7) };
        if (!visit(entry))
            break;
    }
    if (step == Statement::Step::Error)
        return EngineError { m_db.path() + ": cannot read the audit log: " + rows->error() };
    rows->reset();
    return std::nullopt;
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    std::string previous = Genesis;
    const auto broken = [&](std::int64_t seq, std::string problem) {
        result.brokenAt = seq;
        result.problem = std::move(problem);
        return false;
    };
    auto failed = forEach([&](const AuditEntry &entry) {
        const std::int64_t expected = result.entries + 1;
        if (entry.seq != expected)
            return broken(expected,
                "entry " + std::to_string(expected) + " is missing (the next entry is "
                    + std::to_string(entry.seq) + ")");
        if (entry.prevHash != previous)
            return broken(
                entry.seq, "entry " + std::to_string(entry.seq) + " does not follow the entry before it");
        if (hashOf(entry) != entry.hash)
            return broken(entry.seq,
                "entry " + std::to_string(entry.seq) + " was changed after it was written (" + entry.action
                    + " " + entry.subject + ")");
        previous = entry.hash;
        ++result.entries;
        return true;
    });
    if (failed) {
        result.brokenAt = 0;
        result.problem = failed->message;
        return result;
    }
    result.headHash = previous;
    if (!result.ok())
        return result;
    Statement *head = m_db.prepare("SELECT entries, hash FROM audit_head WHERE id = 1");
    if (!head || head->step() != Statement::Step::Row) {
        result.brokenAt = 0;
        result.problem = "the audit log's head is missing";
        return result;
    }
    const std::int64_t entries = head->integer(0);
    const std::string hash = head->text(1);
    head->reset();
    if (entries != result.entries || hash != previous) {
        result.brokenAt = result.entries + 1;
        result.problem = "the log ends at entry " + std::to_string(result.entries) + " but "
            + std::to_string(entries) + " were written: entries were cut off the end";
    }
    return result;
}

std::string auditEntryJson(const AuditEntry &e)
{
    auto detail = nlohmann::json::parse(e.detail, nullptr, false);
    if (detail.is_discarded())
        detail = e.detail; // kept as text: the export shows the row as it is
    return nlohmann::ordered_json { { "seq", e.seq }, { "at", e.at }, { "actor", e.actor }, { "action", e.action },
        { "subject", e.subject }, { "detail", detail }, { "prev_hash", e.prevHash }, { "hash", e.hash } }
        .dump();
}

} // namespace planbridge::store
