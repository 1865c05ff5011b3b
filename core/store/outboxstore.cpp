#include "store/outboxstore.h"

#include <nlohmann/json.hpp>

#include <map>

namespace planbridge::store {
namespace {

constexpr const char *ItemColumns
    = "id, release_id, seq, idempotency_key, plant, product, records, payload, state, "
      "attempts, next_attempt_at, last_status, outcome, error_code, last_error, "
      "updated_at";

std::optional<OutboxState> parseState(const std::string &name)
{
    for (const OutboxState state :
        { OutboxState::Queued, OutboxState::Acked, OutboxState::Dead, OutboxState::Cancelled })
        if (outboxStateName(state) == name)
            return state;
    return std::nullopt;
}

OutboxItem itemOf(const Statement &row)
{
    OutboxItem item;
    item.id = row.integer(0);
    item.releaseId = row.text(1);
    item.seq = int(row.integer(2));
    item.key = row.text(3);
    item.plant = row.text(4);
    item.product = row.text(5);
    item.records = row.text(6);
    item.payload = row.text(7);
    item.state = parseState(row.text(8)).value_or(OutboxState::Cancelled);
    item.attempts = int(row.integer(9));
    item.nextAttemptAt = row.text(10);
    if (!row.isNull(11))
        item.lastStatus = int(row.integer(11));
    item.outcome = row.text(12);
    item.errorCode = row.text(13);
    item.lastError = row.text(14);
    item.updatedAt = row.text(15);
    return item;
}

ReleaseInfo releaseOf(const Statement &row)
{
    ReleaseInfo info { row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), std::nullopt };
    if (!row.isNull(5))
        info.finishedAt = row.text(5);
    return info;
}

} // namespace

std::string_view outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return "queued";
    case OutboxState::Acked:
        return "acked";
    case OutboxState::Dead:
        return "dead";
    case OutboxState::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

OutboxStore::OutboxStore(Cache &cache)
    : m_cache(cache)
{
}

std::optional<EngineError> OutboxStore::enqueue(const std::string &releaseId, const std::string &versionId,
    const std::string &actor, const std::vector<NewWrite> &writes)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        const std::string now = utcNowIso();
        Statement *release = db.prepare("INSERT INTO releases VALUES (?1, ?2, 'queued', ?3, ?4, NULL)");
        Statement *write
            = db.prepare("INSERT INTO outbox (release_id, seq, idempotency_key, plant, product, records, "
                         "payload, state, next_attempt_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?8, ?8)");
        if (!release || !write)
            return db.error("cannot write the outbox");
        if (!release->bind(1, releaseId).bind(2, versionId).bind(3, now).bind(4, actor).run())
            return EngineError { "cannot queue release " + releaseId + ": " + release->error() };
        for (std::size_t i = 0; i < writes.size(); ++i) {
            const NewWrite &w = writes[i];
            write->reset();
            write->bind(1, releaseId)
                .bind(2, std::int64_t(i))
                .bind(3, w.key)
                .bind(4, w.plant)
                .bind(5, w.product);
            write->bind(6, w.records).bind(7, w.payload).bind(8, now);
            if (!write->run())
                return EngineError { "cannot queue release " + releaseId + ": " + write->error() };
        }
        // The routing decision: how many writes go to which plant.
        std::map<std::string, std::size_t> byPlant;
        for (const NewWrite &w : writes)
            ++byPlant[w.plant];
        const nlohmann::json detail
            = { { "version", versionId }, { "writes", writes.size() }, { "writes_by_plant", byPlant } };
        auto entry = m_cache.audit().append(actor, "release.queue", releaseId, detail.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

Expected<std::vector<OutboxItem>> OutboxStore::due(
    const std::string &releaseId, const std::string &now, std::size_t limit)
{
    Statement *rows = m_cache.db().prepare(std::string("SELECT ") + ItemColumns
        + " FROM outbox WHERE release_id = ?1 AND state = 'queued' AND next_attempt_at <= ?2 ORDER BY seq "
          "LIMIT ?3");
    if (!rows)
        return m_cache.db().error("cannot read the outbox");
    rows->bind(1, releaseId).bind(2, now).bind(3, std::int64_t(limit));
    return collectRows<OutboxItem>(*rows, "cannot read the outbox", itemOf);
}

std::optional<EngineError> OutboxStore::record(
    const std::vector<DeliveryOutcome> &outcomes, const std::string &actor)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        const std::string now = utcNowIso();
        Statement *update = db.prepare(
            "UPDATE outbox SET state = ?2, attempts = attempts + 1, next_attempt_at = ?3, last_status = ?4, "
            "outcome = ?5, error_code = ?6, last_error = ?7, updated_at = ?8 "
            "WHERE id = ?1 AND state = 'queued' RETURNING release_id, idempotency_key, attempts");
        if (!update)
            return db.error("cannot write the outbox");
        for (const DeliveryOutcome &o : outcomes) {
            using Kind = DeliveryOutcome::Kind;
            const char *state = o.kind == Kind::Acked ? "acked" : o.kind == Kind::Dead ? "dead" : "queued";
            update->reset();
            update->bind(1, o.id).bind(2, state).bind(3, o.kind == Kind::Retry ? o.nextAttemptAt : now);
            if (o.status)
                update->bind(4, std::int64_t(*o.status));
            else
                update->bindNull(4);
            update->bind(5, o.outcome).bind(6, o.errorCode).bind(7, o.message).bind(8, now);
            if (update->step() != Statement::Step::Row) {
                if (!update->error().empty())
                    return EngineError { "cannot record a delivery: " + update->error() };
                continue; // no longer queued (cancelled meanwhile): nothing to record
            }
            const std::string release = update->text(0);
            const std::string key = update->text(1);
            const std::int64_t attempts = update->integer(2);
            update->run();
            nlohmann::json detail
                = { { "write", o.id }, { "key", key }, { "attempt", attempts }, { "result", state } };
            if (o.status)
                detail["status"] = *o.status;
            if (!o.message.empty())
                detail["message"] = o.message;
            if (o.kind == Kind::Retry)
                detail["next_attempt_at"] = o.nextAttemptAt;
            auto entry = m_cache.audit().append(actor, "release.attempt", release, detail.dump());
            if (!entry)
                return entry.error();
        }
        return std::nullopt;
    });
}

Expected<OutboxCounts> OutboxStore::counts(const std::string &releaseId)
{
    return countsOf(releaseId);
}

Expected<OutboxCounts> OutboxStore::totals()
{
    return countsOf(std::nullopt);
}

Expected<OutboxCounts> OutboxStore::countsOf(const std::optional<std::string> &releaseId)
{
    // Two statements rather than "?1 IS NULL OR …", so the per-release count keeps its index.
    Statement *rows = m_cache.db().prepare(std::string("SELECT state, count(*), sum(attempts), "
                                                       "min(next_attempt_at) FROM outbox ")
        + (releaseId ? "WHERE release_id = ?1 " : "") + "GROUP BY state");
    if (!rows)
        return m_cache.db().error("cannot read the outbox");
    if (releaseId)
        rows->bind(1, *releaseId);
    OutboxCounts counts;
    while (rows->step() == Statement::Step::Row) {
        const auto state = parseState(rows->text(0));
        const auto n = std::size_t(rows->integer(1));
        counts.attempts += std::size_t(rows->integer(2));
        if (state == OutboxState::Queued) {
            counts.queued = n;
            counts.nextDue = rows->text(3);
        } else if (state == OutboxState::Acked) {
            counts.acked = n;
        } else if (state == OutboxState::Dead) {
            counts.dead = n;
        } else {
            counts.cancelled = n;
        }
    }
    if (!rows->error().empty())
        return EngineError { "cannot read the outbox: " + rows->error() };
    rows->reset();
    return counts;
}

Expected<std::vector<OutboxItem>> OutboxStore::items(
    const std::string &releaseId, std::optional<OutboxState> state)
{
    Statement *rows = m_cache.db().prepare(std::string("SELECT ") + ItemColumns
        + " FROM outbox WHERE release_id = ?1 AND (?2 IS NULL OR state = ?2) ORDER BY seq");
    if (!rows)
        return m_cache.db().error("cannot read the outbox");
    rows->bind(1, releaseId);
    if (state)
        rows->bind(2, outboxStateName(*state));
    return collectRows<OutboxItem>(*rows, "cannot read the outbox", itemOf);
}

Expected<std::optional<ReleaseInfo>> OutboxStore::release(const std::string &releaseId)
{
    Statement *row = m_cache.db().prepare(
        "SELECT id, version_id, state, created_at, created_by, finished_at FROM releases WHERE id = ?1");
    if (!row)
        return m_cache.db().error("cannot read releases");
    row->bind(1, releaseId);
    std::optional<ReleaseInfo> info;
    if (row->step() == Statement::Step::Row)
        info = releaseOf(*row);
    if (!row->error().empty())
        return EngineError { "cannot read release " + releaseId + ": " + row->error() };
    row->reset();
    return info;
}

Expected<std::vector<ReleaseInfo>> OutboxStore::releasesOf(const std::string &versionId)
{
    Statement *rows
        = m_cache.db().prepare("SELECT id, version_id, state, created_at, created_by, finished_at "
                               "FROM releases WHERE version_id = ?1 ORDER BY created_at DESC, id DESC");
    if (!rows)
        return m_cache.db().error("cannot read releases");
    rows->bind(1, versionId);
    return collectRows<ReleaseInfo>(*rows, "cannot read releases", releaseOf);
}

std::optional<EngineError> OutboxStore::finishRelease(const std::string &releaseId, const std::string &state)
{
    Statement *update
        = m_cache.db().prepare("UPDATE releases SET state = ?2, finished_at = ?3 WHERE id = ?1");
    if (!update)
        return m_cache.db().error("cannot write releases");
    if (!update->bind(1, releaseId).bind(2, state).bind(3, utcNowIso()).run())
        return EngineError { "cannot finish release " + releaseId + ": " + update->error() };
    return std::nullopt;
}

std::optional<EngineError> OutboxStore::cancel(const std::string &releaseId, const std::string &actor)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        auto current = counts(releaseId);
        if (!current)
            return current.error();
        if (current->attempts > 0)
            return EngineError { "release " + releaseId + " has started sending ("
                + std::to_string(current->acked) + " writes acknowledged): it can no longer be cancelled" };
        Statement *update = db.prepare("UPDATE outbox SET state = 'cancelled', updated_at = ?2 WHERE "
                                       "release_id = ?1 AND state = 'queued'");
        if (!update || !update->bind(1, releaseId).bind(2, utcNowIso()).run())
            return db.error("cannot cancel release " + releaseId);
        if (auto error = finishRelease(releaseId, "cancelled"))
            return error;
        auto entry = m_cache.audit().append(
            actor, "release.cancel", releaseId, nlohmann::json { { "writes", current->queued } }.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

Expected<std::size_t> OutboxStore::makeDueNow(const std::string &releaseId)
{
    Database &db = m_cache.db();
    const std::string now = utcNowIso();
    Statement *update = db.prepare("UPDATE outbox SET next_attempt_at = ?2 WHERE release_id = ?1 AND "
                                   "state = 'queued' AND next_attempt_at > ?2 RETURNING id");
    if (!update)
        return db.error("cannot schedule release " + releaseId);
    update->bind(1, releaseId).bind(2, now);
    std::size_t changed = 0;
    for (;;) {
        const auto step = update->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error)
            return EngineError { "cannot schedule release " + releaseId + ": " + update->error() };
        ++changed;
    }
    update->reset();
    return changed;
}

Expected<std::size_t> OutboxStore::replay(
    const std::string &releaseId, const std::vector<std::int64_t> &ids, const std::string &actor)
{
    Database &db = m_cache.db();
    std::size_t replayed = 0;
    auto failed = db.transaction([&]() -> std::optional<EngineError> {
        const std::string now = utcNowIso();
        Statement *update
            = db.prepare("UPDATE outbox SET state = 'queued', next_attempt_at = ?3, updated_at = ?3 "
                         "WHERE release_id = ?1 AND state = 'dead' AND (?2 IS NULL OR id = ?2) "
                         "RETURNING id, idempotency_key");
        if (!update)
            return db.error("cannot replay");
        std::vector<std::optional<std::int64_t>> targets;
        if (ids.empty())
            targets.push_back(std::nullopt);
        for (const std::int64_t id : ids)
            targets.push_back(id);
        nlohmann::json keys = nlohmann::json::array();
        for (const auto &target : targets) {
            update->reset();
            update->bind(1, releaseId).bind(3, now);
            if (target)
                update->bind(2, *target);
            Statement::Step step;
            while ((step = update->step()) == Statement::Step::Row) {
                keys.push_back(update->text(1));
                ++replayed;
            }
            if (step == Statement::Step::Error)
                return EngineError { "cannot replay: " + update->error() };
        }
        if (replayed == 0)
            return EngineError { "release " + releaseId + " has no such dead letter" };
        Statement *reopen
            = db.prepare("UPDATE releases SET state = 'queued', finished_at = NULL WHERE id = ?1");
        if (!reopen || !reopen->bind(1, releaseId).run())
            return db.error("cannot replay");
        auto entry = m_cache.audit().append(actor, "release.replay", releaseId,
            nlohmann::json { { "writes", replayed }, { "keys", keys } }.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
    if (failed)
        return *failed;
    return replayed;
}

} // namespace planbridge::store
