#include "store/recordstore.h"

#include <algorithm>

namespace planbridge::store {
namespace {

constexpr RecordField Fields[] = { RecordField::Item, RecordField::Location, RecordField::Channel,
    RecordField::BucketStart, RecordField::Quantity, RecordField::Uom };

// The WHERE clause and its parameters (from ?2; ?1 is the version).
std::string whereOf(const RecordQuery &q, std::vector<std::string> &values)
{
    std::string where = "version_id = ?1";
    const std::pair<const char *, const std::optional<std::string> *> exact[] = { { "item", &q.item },
        { "location", &q.location }, { "channel", &q.channel }, { "bucket_start", &q.bucketStart } };
    for (const auto &[column, value] : exact) {
        if (*value) {
            values.push_back(**value);
            where += std::string(" AND ") + column + " = ?" + std::to_string(values.size() + 1);
        }
    }
    if (!q.search.empty()) {
        // instr, not LIKE: the text is matched as it is, % and _ included.
        values.push_back(q.search);
        std::string p = "?";
        p.append(std::to_string(values.size() + 1));
        where += " AND (instr(item, " + p + ") > 0 OR instr(location, " + p + ") > 0 OR instr(channel, " + p
            + ") > 0)";
    }
    return where;
}

StoredRecord recordOf(const Statement &row)
{
    const auto optional = [&](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<std::string>(row.text(column));
    };
    return StoredRecord { std::uint32_t(row.integer(0)), optional(1), optional(2), optional(3), optional(4),
        optional(5), optional(6) };
}

} // namespace

RecordStore::RecordStore(Cache &cache)
    : m_cache(cache)
{
}

std::optional<EngineError> RecordStore::save(
    const std::string &versionId, const std::function<std::optional<EngineError>(const Add &)> &produce)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        Statement *clear = db.prepare("DELETE FROM version_records WHERE version_id = ?1");
        Statement *insert = db.prepare("INSERT INTO version_records VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!clear || !insert || !clear->bind(1, versionId).run())
            return db.error("cannot store the rows of version " + versionId);
        std::string failure;
        const Add add = [&](std::uint32_t row, const RawRecord &record) {
            insert->reset();
            insert->bind(1, versionId).bind(2, std::int64_t(row));
            int column = 3;
            for (const RecordField field : Fields) {
                const RawField &value = record[field];
                if (value.kind == RawField::Kind::Missing || value.kind == RawField::Kind::Null)
                    insert->bindNull(column++);
                else
                    insert->bind(column++, std::string_view(value.text));
            }
            if (!insert->run()) {
                failure = insert->error();
                return false;
            }
            return true;
        };
        if (auto error = produce(add))
            return error;
        if (!failure.empty())
            return EngineError { "cannot store the rows of version " + versionId + ": " + failure };
        return std::nullopt;
    });
}

Expected<std::size_t> RecordStore::count(const std::string &versionId, const RecordQuery &query)
{
    std::vector<std::string> values;
    const std::string where = whereOf(query, values);
    Statement *count = m_cache.db().prepare("SELECT count(*) FROM version_records WHERE " + where);
    if (!count)
        return m_cache.db().error("cannot read the rows");
    count->bind(1, versionId);
    for (std::size_t i = 0; i < values.size(); ++i)
        count->bind(int(i + 2), std::string_view(values[i]));
    if (count->step() != Statement::Step::Row)
        return EngineError { "cannot count the rows: " + count->error() };
    const auto n = std::size_t(count->integer(0));
    count->reset();
    return n;
}

Expected<std::vector<StoredRecord>> RecordStore::page(const std::string &versionId, const RecordQuery &query)
{
    // Each order is an index's column order (ties broken by the row), so SQLite walks the index
    // instead of sorting a million rows; descending walks it backwards.
    static constexpr const char *SortColumns[][3] = { { "row", nullptr, nullptr },
        { "item", "location", "row" }, { "location", "row", nullptr }, { "channel", "row", nullptr },
        { "bucket_start", "row", nullptr } };
    std::vector<std::string> values;
    const std::string where = whereOf(query, values);
    std::string order;
    for (const char *column : SortColumns[int(query.sort)]) {
        if (column)
            order.append(order.empty() ? "" : ", ").append(column).append(query.descending ? " DESC" : "");
    }
    Statement *rows
        = m_cache.db().prepare("SELECT row, item, location, channel, bucket_start, quantity, uom FROM "
                               "version_records WHERE "
            + where + " ORDER BY " + order + " LIMIT ?" + std::to_string(values.size() + 2) + " OFFSET ?"
            + std::to_string(values.size() + 3));
    if (!rows)
        return m_cache.db().error("cannot read the rows");
    rows->bind(1, versionId);
    for (std::size_t i = 0; i < values.size(); ++i)
        rows->bind(int(i + 2), std::string_view(values[i]));
    rows->bind(int(values.size() + 2), std::int64_t(query.limit))
        .bind(int(values.size() + 3), std::int64_t(query.offset));
    return collectRows<StoredRecord>(*rows, "cannot read the rows", recordOf);
}

Expected<std::vector<StoredRecord>> RecordStore::rows(
    const std::string &versionId, const std::vector<std::uint32_t> &rows)
{
    Statement *select = m_cache.db().prepare("SELECT row, item, location, channel, bucket_start, quantity, uom "
                                             "FROM version_records WHERE version_id = ?1 AND row = ?2");
    if (!select)
        return m_cache.db().error("cannot read the rows");
    std::vector<std::uint32_t> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<StoredRecord> out;
    for (const std::uint32_t row : sorted) {
        select->reset();
        select->bind(1, versionId).bind(2, std::int64_t(row));
        const auto step = select->step();
        if (step == Statement::Step::Row)
            out.push_back(recordOf(*select));
        else if (step != Statement::Step::Done)
            return EngineError { "cannot read row " + std::to_string(row) + ": " + select->error() };
    }
    select->reset();
    return out;
}

} // namespace planbridge::store
