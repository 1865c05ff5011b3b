#include "store/versionstore.h"

#include <nlohmann/json.hpp>

namespace planbridge::store {
namespace {

constexpr const char *Columns
    = "id, plan, source, as_of, bucket, priority, state, submitted_by, approved_by, "
      "approved_at, created_at, updated_at";

std::optional<std::string> optionalText(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<std::string>(row.text(column));
}

StoredVersion versionOf(const Statement &row)
{
    StoredVersion v;
    v.id = row.text(0);
    v.plan = row.text(1);
    v.source = row.text(2);
    v.asOf = row.text(3);
    v.bucket = row.text(4);
    v.priority = row.text(5);
    v.state = parseVersionState(row.text(6)).value_or(VersionState::Cancelled);
    v.submittedBy = optionalText(row, 7);
    v.approvedBy = optionalText(row, 8);
    v.approvedAt = optionalText(row, 9);
    v.createdAt = row.text(10);
    v.updatedAt = row.text(11);
    return v;
}

} // namespace

VersionStore::VersionStore(Cache &cache)
    : m_cache(cache)
{
}

std::optional<EngineError> VersionStore::add(StoredVersion version, const std::string &actor)
{
    if (version.id.empty())
        return EngineError { "a version needs an id" };
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        auto existing = find(version.id);
        if (!existing)
            return existing.error();
        if (*existing)
            return EngineError { "version " + version.id + " is already in the cache" };
        version.state = VersionState::Pulled;
        version.createdAt = version.updatedAt = utcNowIso();
        Statement *insert = db.prepare(std::string("INSERT INTO versions (") + Columns
            + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, NULL, NULL, ?8, ?8)");
        Statement *first = db.prepare("INSERT INTO version_states VALUES (?1, 1, ?2, ?3, ?4, ?5)");
        if (!insert || !first)
            return db.error("cannot write versions");
        insert->bind(1, version.id).bind(2, version.plan).bind(3, version.source).bind(4, version.asOf);
        insert->bind(5, version.bucket).bind(6, version.priority).bind(7, versionStateName(version.state));
        insert->bind(8, version.createdAt);
        if (!insert->run())
            return EngineError { "cannot add version " + version.id + ": " + insert->error() };
        first->bind(1, version.id).bind(2, versionStateName(version.state)).bind(3, version.createdAt);
        first->bind(4, actor).bind(5, version.source);
        if (!first->run())
            return EngineError { "cannot add version " + version.id + ": " + first->error() };
        const nlohmann::json detail = { { "plan", version.plan }, { "source", version.source },
            { "as_of", version.asOf }, { "bucket", version.bucket }, { "priority", version.priority } };
        auto entry = m_cache.audit().append(actor, "version.add", version.id, detail.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

Expected<std::optional<StoredVersion>> VersionStore::find(const std::string &id)
{
    Statement *row = m_cache.db().prepare(std::string("SELECT ") + Columns + " FROM versions WHERE id = ?1");
    if (!row)
        return m_cache.db().error("cannot read versions");
    row->bind(1, id);
    std::optional<StoredVersion> found;
    const auto step = row->step();
    if (step == Statement::Step::Row)
        found = versionOf(*row);
    else if (step == Statement::Step::Error)
        return EngineError { "cannot read version " + id + ": " + row->error() };
    row->reset();
    return found;
}

Expected<std::vector<StoredVersion>> VersionStore::list()
{
    Statement *rows = m_cache.db().prepare(
        std::string("SELECT ") + Columns + " FROM versions ORDER BY created_at DESC, id DESC");
    if (!rows)
        return m_cache.db().error("cannot read versions");
    return collectRows<StoredVersion>(*rows, "cannot read versions", versionOf);
}

Expected<std::vector<StateChange>> VersionStore::history(const std::string &id)
{
    Statement *rows = m_cache.db().prepare(
        "SELECT seq, state, at, actor, note FROM version_states WHERE version_id = ?1 ORDER BY seq");
    if (!rows)
        return m_cache.db().error("cannot read version history");
    rows->bind(1, id);
    return collectRows<StateChange>(*rows, "cannot read version history", [](const Statement &row) {
        return StateChange { int(row.integer(0)),
            parseVersionState(row.text(1)).value_or(VersionState::Cancelled), row.text(2), row.text(3),
            row.text(4) };
    });
}

std::optional<EngineError> VersionStore::transition(
    const std::string &id, VersionState to, const std::string &actor, const std::string &note)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        auto current = find(id);
        if (!current)
            return current.error();
        if (!*current)
            return EngineError { "version " + id + " is not in the cache" };
        const VersionState from = (*current)->state;
        if (!canTransition(from, to))
            return EngineError { "version " + id + " is " + std::string(versionStateName(from))
                + ": it cannot become " + std::string(versionStateName(to)) };
        const std::string now = utcNowIso();
        Statement *update
            = db.prepare("UPDATE versions SET state = ?2, updated_at = ?3, "
                         "submitted_by = CASE WHEN ?2 = 'submitted' THEN ?4 ELSE submitted_by END, "
                         "approved_by = CASE WHEN ?2 = 'approved' THEN ?4 ELSE approved_by END, "
                         "approved_at = CASE WHEN ?2 = 'approved' THEN ?3 ELSE approved_at END "
                         "WHERE id = ?1");
        Statement *log
            = db.prepare("INSERT INTO version_states SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5 "
                         "FROM version_states WHERE version_id = ?1");
        if (!update || !log)
            return db.error("cannot write versions");
        update->bind(1, id).bind(2, versionStateName(to)).bind(3, now).bind(4, actor);
        if (!update->run())
            return EngineError { "cannot update version " + id + ": " + update->error() };
        log->bind(1, id).bind(2, versionStateName(to)).bind(3, now).bind(4, actor).bind(5, note);
        if (!log->run())
            return EngineError { "cannot update version " + id + ": " + log->error() };
        const nlohmann::json detail
            = { { "from", versionStateName(from) }, { "to", versionStateName(to) }, { "note", note } };
        auto entry = m_cache.audit().append(actor, "version.state", id, detail.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

} // namespace planbridge::store
