#include "store/resultstore.h"

#include "domain/period.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <map>
#include <sstream>

namespace planbridge::store {
namespace {

std::string integerText(Int128 value)
{
    if (value == 0)
        return "0";
    const bool negative = value < 0;
    UInt128 magnitude = negative ? UInt128(-(value + 1)) + 1 : UInt128(value);
    std::string digits;
    while (magnitude > 0) {
        digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
        magnitude /= 10;
    }
    return negative ? "-" + digits : digits;
}

std::optional<Int128> parseInteger(const std::string &text)
{
    if (text.empty() || text.size() > 39)
        return std::nullopt;
    const bool negative = text.front() == '-';
    Int128 value = 0;
    for (std::size_t i = negative ? 1 : 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return negative ? -value : value;
}

std::string encodeSources(const std::vector<std::uint32_t> &sources)
{
    std::string bytes(sources.size() * 4, '\0');
    for (std::size_t i = 0; i < sources.size(); ++i) {
        for (int b = 0; b < 4; ++b)
            bytes[4 * i + std::size_t(b)] = char((sources[i] >> (8 * b)) & 0xFF);
    }
    return bytes;
}

std::vector<std::uint32_t> decodeSources(const std::string &bytes)
{
    std::vector<std::uint32_t> sources(bytes.size() / 4);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        std::uint32_t value = 0;
        for (int b = 0; b < 4; ++b)
            value |= std::uint32_t(static_cast<unsigned char>(bytes[4 * i + std::size_t(b)])) << (8 * b);
        sources[i] = value;
    }
    return sources;
}

std::optional<EngineError> failed(const Statement &statement, const std::string &versionId)
{
    return EngineError { "cannot store the result of version " + versionId + ": " + statement.error() };
}

} // namespace

ResultStore::ResultStore(Cache &cache)
    : m_cache(cache)
{
}

std::optional<EngineError> ResultStore::save(
    const std::string &versionId, const ValidationResult &result, const std::string &actor)
{
    Database &db = m_cache.db();
    return db.transaction([&]() -> std::optional<EngineError> {
        for (const char *table :
            { "version_results", "result_items", "result_locations", "erp_records", "rejects" }) {
            Statement *clear = db.prepare(std::string("DELETE FROM ") + table + " WHERE version_id = ?1");
            if (!clear || !clear->bind(1, versionId).run())
                return db.error("cannot replace the result of version " + versionId);
        }
        std::string counts;
        for (const std::uint64_t count : result.rejectsByReason)
            counts.append(counts.empty() ? "" : ",").append(std::to_string(count));
        Statement *head = db.prepare("INSERT INTO version_results VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!head)
            return db.error("cannot store results");
        head->bind(1, versionId)
            .bind(2, std::int64_t(result.asOf.dayNumber()))
            .bind(3, std::int64_t(result.rowsIn));
        head->bind(4, std::int64_t(result.rowsAccepted))
            .bind(5, counts)
            .bindBlob(6, encodeSources(result.sources));
        head->bind(7, utcNowIso());
        if (!head->run())
            return failed(*head, versionId);

        Statement *item = db.prepare("INSERT INTO result_items VALUES (?1, ?2, ?3, ?4)");
        Statement *location = db.prepare("INSERT INTO result_locations VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Statement *record = db.prepare("INSERT INTO erp_records VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        Statement *reject = db.prepare("INSERT INTO rejects VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!item || !location || !record || !reject)
            return db.error("cannot store results");
        for (std::size_t i = 0; i < result.items.size(); ++i) {
            item->reset();
            item->bind(1, versionId).bind(2, std::int64_t(i)).bind(3, result.items[i].item);
            if (!item->bind(4, result.items[i].baseUom).run())
                return failed(*item, versionId);
        }
        for (std::size_t i = 0; i < result.locations.size(); ++i) {
            const LocationInfo &l = result.locations[i];
            location->reset();
            location->bind(1, versionId).bind(2, std::int64_t(i)).bind(3, l.location).bind(4, l.erpPlant);
            if (!location->bind(5, l.mrpArea).bind(6, periodLetter(l.periodType)).run())
                return failed(*location, versionId);
        }
        for (std::size_t i = 0; i < result.accepted.size(); ++i) {
            const AcceptedRecord &r = result.accepted[i];
            record->reset();
            record->bind(1, versionId).bind(2, std::int64_t(i)).bind(3, std::int64_t(r.item));
            record->bind(4, std::int64_t(r.location)).bind(5, std::int64_t(r.periodStart.dayNumber()));
            record->bind(6, integerText(r.quantity)).bind(7, std::int64_t(r.sourcesBegin));
            if (!record->bind(8, std::int64_t(r.sourcesCount)).run())
                return failed(*record, versionId);
        }
        for (const Reject &r : result.rejects) {
            reject->reset();
            reject->bind(1, versionId).bind(2, std::int64_t(r.row)).bind(3, reasonCodeName(r.reason));
            reject->bindOptional(4, r.field).bindOptional(5, r.value);
            if (!reject->bind(6, r.message).run())
                return failed(*reject, versionId);
        }
        nlohmann::json byReason = nlohmann::json::object();
        for (std::size_t i = 0; i < result.rejectsByReason.size(); ++i) {
            if (result.rejectsByReason[i])
                byReason[std::string(reasonCodeName(static_cast<ReasonCode>(i)))] = result.rejectsByReason[i];
        }
        std::map<std::string, std::size_t> byPlant;
        for (const AcceptedRecord &r : result.accepted)
            ++byPlant[result.locations[r.location].erpPlant];
        const nlohmann::json detail
            = { { "rows_in", result.rowsIn }, { "rows_accepted", result.rowsAccepted },
                  { "rows_rejected", result.rejects.size() }, { "rows_excluded", result.rowsExcluded },
                  { "rejects_by_reason", byReason }, { "erp_records_by_plant", byPlant } };
        auto entry = m_cache.audit().append(actor, "version.result", versionId, detail.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

Expected<std::optional<ValidationResult>> ResultStore::load(const std::string &versionId)
{
    Database &db = m_cache.db();
    const auto corrupt = [&](const std::string &what) {
        return EngineError { db.path() + ": the stored result of version " + versionId + " is damaged ("
            + what + ")" };
    };
    Statement *head = db.prepare("SELECT as_of, rows_in, rows_accepted, rejects_by_reason, sources FROM "
                                 "version_results WHERE version_id = ?1");
    if (!head)
        return db.error("cannot read results");
    head->bind(1, versionId);
    const auto step = head->step();
    if (step == Statement::Step::Done)
        return std::optional<ValidationResult>();
    if (step == Statement::Step::Error)
        return EngineError { "cannot read the result of version " + versionId + ": " + head->error() };
    ValidationResult result;
    result.versionId = versionId;
    result.asOf = Date::fromDayNumber(std::int32_t(head->integer(0)));
    result.rowsIn = std::uint64_t(head->integer(1));
    result.rowsAccepted = std::uint64_t(head->integer(2));
    std::stringstream counts(head->text(3));
    std::size_t reason = 0;
    for (std::string count; std::getline(counts, count, ',') && reason < result.rejectsByReason.size();
         ++reason) {
        const auto [end, error]
            = std::from_chars(count.data(), count.data() + count.size(), result.rejectsByReason[reason]);
        if (error != std::errc() || end != count.data() + count.size())
            return corrupt("reject counts");
    }
    result.sources = decodeSources(head->text(4));
    head->reset();

    Statement *items
        = db.prepare("SELECT item, base_uom FROM result_items WHERE version_id = ?1 ORDER BY idx");
    Statement *locations
        = db.prepare("SELECT location, erp_plant, mrp_area, period_type FROM result_locations "
                     "WHERE version_id = ?1 ORDER BY idx");
    Statement *records = db.prepare("SELECT item_idx, location_idx, period_start, quantity, sources_begin, "
                                    "sources_count FROM erp_records WHERE version_id = ?1 ORDER BY seq");
    Statement *rejects = db.prepare(
        "SELECT row, reason, field, value, message FROM rejects WHERE version_id = ?1 ORDER BY row");
    if (!items || !locations || !records || !rejects)
        return db.error("cannot read results");
    for (items->bind(1, versionId); items->step() == Statement::Step::Row;)
        result.items.push_back({ items->text(0), items->text(1) });
    for (locations->bind(1, versionId); locations->step() == Statement::Step::Row;) {
        const auto period = parsePeriodLetter(locations->text(3));
        if (!period)
            return corrupt("period type " + locations->text(3));
        result.locations.push_back({ locations->text(0), locations->text(1), locations->text(2), *period });
    }
    for (records->bind(1, versionId); records->step() == Statement::Step::Row;) {
        const auto quantity = parseInteger(records->text(3));
        const auto item = std::uint64_t(records->integer(0));
        const auto location = std::uint64_t(records->integer(1));
        const auto begin = std::uint64_t(records->integer(4));
        const auto count = std::uint64_t(records->integer(5));
        if (!quantity || item >= result.items.size() || location >= result.locations.size()
            || begin + count > result.sources.size())
            return corrupt("ERP record " + std::to_string(result.accepted.size()));
        result.accepted.push_back({ std::uint32_t(item), std::uint32_t(location),
            Date::fromDayNumber(std::int32_t(records->integer(2))), *quantity, std::uint32_t(begin),
            std::uint32_t(count) });
    }
    for (rejects->bind(1, versionId); rejects->step() == Statement::Step::Row;) {
        const auto code = parseReasonCode(rejects->text(1));
        if (!code)
            return corrupt("reason " + rejects->text(1));
        Reject reject;
        reject.row = std::uint32_t(rejects->integer(0));
        reject.reason = *code;
        if (!rejects->isNull(2))
            reject.field = rejects->text(2);
        if (!rejects->isNull(3))
            reject.value = rejects->text(3);
        reject.message = rejects->text(4);
        result.rejects.push_back(std::move(reject));
    }
    for (Statement *s : { items, locations, records, rejects }) {
        if (!s->error().empty())
            return EngineError { "cannot read the result of version " + versionId + ": " + s->error() };
        s->reset();
    }
    return std::optional<ValidationResult>(std::move(result));
}

} // namespace planbridge::store
