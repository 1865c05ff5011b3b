#include "engine/resolutionservice.h"

#include "engine/versionworkflow.h"
#include "io/forecastreader.h"
#include "store/accounts.h"
#include "store/recordstore.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace planbridge {
namespace {

using auth::Action;
using nlohmann::json;
using store::Statement;

constexpr std::pair<Resolution::Kind, std::string_view> KindNames[] = {
    { Resolution::Kind::CodeMap, "code-map" },
    { Resolution::Kind::UnitConversion, "unit-conversion" },
    { Resolution::Kind::Exclude, "exclude" },
    { Resolution::Kind::FixField, "fix-field" },
};

json paramsOf(const Resolution &r)
{
    switch (r.kind) {
    case Resolution::Kind::CodeMap:
        return { { "code", r.codeKind == CodeKind::Item ? "item" : "location" }, { "source", r.source },
            { "canonical", r.canonical } };
    case Resolution::Kind::UnitConversion:
        return { { "item", r.item }, { "from", r.from }, { "to", r.to }, { "factor", r.factor } };
    case Resolution::Kind::Exclude:
        return { { "rows", r.rows } };
    case Resolution::Kind::FixField:
        return { { "row", r.row }, { "field", r.field }, { "value", r.value } };
    }
    return json::object();
}

// Reads back what paramsOf wrote; nullopt for a row that was edited into something else.
std::optional<Resolution> resolutionOf(const std::string &kind, const std::string &params)
{
    const json p = json::parse(params, nullptr, false);
    if (!p.is_object())
        return std::nullopt;
    Resolution r;
    const auto found = std::find_if(
        std::begin(KindNames), std::end(KindNames), [&](const auto &k) { return k.second == kind; });
    if (found == std::end(KindNames))
        return std::nullopt;
    r.kind = found->first;
    const auto text = [&](const char *name) {
        return p.contains(name) && p[name].is_string() ? p[name].get<std::string>() : std::string();
    };
    switch (r.kind) {
    case Resolution::Kind::CodeMap:
        r.codeKind = text("code") == "item" ? CodeKind::Item : CodeKind::Location;
        r.source = text("source");
        r.canonical = text("canonical");
        break;
    case Resolution::Kind::UnitConversion:
        r.item = text("item");
        r.from = text("from");
        r.to = text("to");
        r.factor = text("factor");
        break;
    case Resolution::Kind::Exclude:
        if (!p.contains("rows") || !p["rows"].is_array())
            return std::nullopt;
        for (const json &row : p["rows"]) {
            if (!row.is_number_unsigned())
                return std::nullopt;
            r.rows.push_back(row.get<std::uint32_t>());
        }
        break;
    case Resolution::Kind::FixField:
        if (!p.contains("row") || !p["row"].is_number_unsigned())
            return std::nullopt;
        r.row = p["row"].get<std::uint32_t>();
        r.field = text("field");
        r.value = text("value");
        break;
    }
    return r;
}

std::optional<EngineError> check(const Resolution &r, std::uint64_t rowsIn)
{
    const auto rowOk = [&](std::uint32_t row) { return row < rowsIn; };
    switch (r.kind) {
    case Resolution::Kind::CodeMap:
        if (r.source.empty() || r.canonical.empty())
            return EngineError { "a code map needs a source code and a canonical code" };
        return std::nullopt;
    case Resolution::Kind::UnitConversion:
        if (r.item.empty() || r.from.empty() || r.to.empty() || r.from == r.to)
            return EngineError { "a unit conversion needs an item (or *) and two different units" };
        if (!Factor::parse(r.factor, false))
            return EngineError { "conversion factor \"" + r.factor.substr(0, 40)
                + "\" is not a positive decimal" };
        return std::nullopt;
    case Resolution::Kind::Exclude:
        if (r.rows.empty())
            return EngineError { "name the rows to exclude" };
        for (const std::uint32_t row : r.rows)
            if (!rowOk(row))
                return EngineError { "row " + std::to_string(row) + " is not in the version ("
                    + std::to_string(rowsIn) + " rows)" };
        return std::nullopt;
    case Resolution::Kind::FixField:
        if (!rowOk(r.row))
            return EngineError { "row " + std::to_string(r.row) + " is not in the version ("
                + std::to_string(rowsIn) + " rows)" };
        if (!parseRecordFieldName(r.field))
            return EngineError { "field \"" + r.field.substr(0, 40)
                + "\" is not one of item, location, channel, bucket_start, quantity, uom" };
        return std::nullopt;
    }
    return std::nullopt;
}

// The master data as imported, with the resolutions' code maps and conversions laid over it: a
// resolution replaces an entry for the same code or unit pair rather than adding a second one.
void overlay(MasterData &master, const std::vector<Resolution> &resolutions, RowAdjustments &rows)
{
    for (const Resolution &r : resolutions) {
        switch (r.kind) {
        case Resolution::Kind::CodeMap:
            std::erase_if(master.codeMaps,
                [&](const CodeMap &m) { return m.kind == r.codeKind && m.source == r.source; });
            master.codeMaps.push_back({ r.codeKind, r.source, r.canonical });
            break;
        case Resolution::Kind::UnitConversion:
            std::erase_if(master.uomConversions,
                [&](const UomConversion &c) { return c.item == r.item && c.from == r.from && c.to == r.to; });
            master.uomConversions.push_back({ r.item, r.from, r.to, *Factor::parse(r.factor, false) });
            break;
        case Resolution::Kind::Exclude:
            rows.excluded.insert(r.rows.begin(), r.rows.end());
            break;
        case Resolution::Kind::FixField:
            rows.fields[r.row].emplace_back(*parseRecordFieldName(r.field), r.value);
            break;
        }
    }
}

// Hands each row the reader finds to the record store, numbered as validation numbers them.
class RowFeeder final : public RecordSink
{
public:
    explicit RowFeeder(const store::RecordStore::Add &add)
        : m_add(add)
    {
    }
    void beginRecords(const VersionFields &) override { }
    void record(const RawRecord &record) override { m_ok = m_ok && m_add(m_row++, record); }
    bool progress(std::size_t, std::size_t) override { return m_ok; }

private:
    const store::RecordStore::Add &m_add;
    std::uint32_t m_row = 0;
    bool m_ok = true;
};

} // namespace

std::string_view resolutionKindName(Resolution::Kind kind)
{
    for (const auto &[k, name] : KindNames)
        if (k == kind)
            return name;
    return "unknown";
}

ResolutionService::ResolutionService(store::Cache &cache)
    : m_cache(cache)
{
}

std::optional<EngineError> ResolutionService::keepInputs(const std::string &versionId,
    std::string_view masterText, std::string_view inputText, const std::string &inputName,
    const VersionOverrides &overrides)
{
    const json flags = { { "version_id", overrides.versionId ? json(*overrides.versionId) : json() },
        { "bucket", overrides.bucket ? json(*overrides.bucket) : json() },
        { "as_of", overrides.asOf ? json(*overrides.asOf) : json() },
        { "priority", overrides.priority ? json(*overrides.priority) : json() } };
    Statement *insert
        = m_cache.db().prepare("INSERT OR REPLACE INTO version_inputs VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return m_cache.db().error("cannot keep the version's input");
    insert->bind(1, versionId)
        .bind(2, inputName)
        .bindBlob(3, inputText)
        .bindBlob(4, masterText)
        .bind(5, flags.dump());
    if (!insert->run())
        return EngineError { "cannot keep the input of version " + versionId + ": " + insert->error() };
    // And each row as a row, for the console's record table.
    const auto rows = [&](const store::RecordStore::Add &add) -> std::optional<EngineError> {
        RowFeeder feeder(add);
        VersionFields fields;
        const auto failed = detectInputFormat(inputName, inputText) == InputFormat::Json
            ? readForecastJson(inputText, feeder, fields)
            : readForecastCsv(inputText, feeder);
        if (failed && !failed->cancelled)
            return EngineError { inputName + ": " + failed->message };
        return std::nullopt;
    };
    return store::RecordStore(m_cache).save(versionId, rows);
}

std::optional<EngineError> ResolutionService::add(
    const auth::Session &session, const std::string &versionId, Resolution r)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Resolve, versionId))
        return refused;
    store::VersionStore versions(m_cache);
    auto version = versions.find(versionId);
    if (!version)
        return version.error();
    if (!*version)
        return EngineError { "version " + versionId + " is not in the cache" };
    const VersionState state = (*version)->state;
    if (state != VersionState::Validated && state != VersionState::Resolving)
        return EngineError { "version " + versionId + " is " + std::string(versionStateName(state))
            + ": resolutions are for a validated version before it is submitted" };
    auto result = store::ResultStore(m_cache).load(versionId);
    if (!result)
        return result.error();
    if (auto invalid = check(r, *result ? (*result)->rowsIn : 0))
        return invalid;
    if (r.reason.empty())
        return EngineError { "say why (--reason): every resolution is kept with its author and reason" };
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        Statement *insert
            = m_cache.db().prepare("INSERT INTO resolutions (version_id, kind, params, reason, author, "
                                   "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return m_cache.db().error("cannot record the resolution");
        const std::string params = paramsOf(r).dump();
        insert->bind(1, versionId).bind(2, resolutionKindName(r.kind)).bind(3, params).bind(4, r.reason);
        if (!insert->bind(5, session.user()).bind(6, store::utcNowIso()).run())
            return EngineError { "cannot record the resolution: " + insert->error() };
        const json detail = { { "kind", resolutionKindName(r.kind) }, { "params", json::parse(params) },
            { "reason", r.reason } };
        if (auto entry = m_cache.audit().append(session.user(), "resolution.add", versionId, detail.dump());
            !entry)
            return entry.error();
        return versions.transition(versionId, VersionState::Resolving, session.user(),
            std::string(resolutionKindName(r.kind)) + ": " + r.reason);
    });
}

Expected<std::vector<Resolution>> ResolutionService::list(
    const auth::Session &session, const std::string &versionId)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::ViewVersions, versionId))
        return *refused;
    Statement *rows
        = m_cache.db().prepare("SELECT id, kind, params, reason, author, created_at FROM resolutions "
                               "WHERE version_id = ?1 ORDER BY id");
    if (!rows)
        return m_cache.db().error("cannot read resolutions");
    std::vector<Resolution> resolutions;
    for (rows->bind(1, versionId); rows->step() == Statement::Step::Row;) {
        auto r = resolutionOf(rows->text(1), rows->text(2));
        if (!r)
            return EngineError { "resolution " + std::to_string(rows->integer(0)) + " of version " + versionId
                + " is damaged" };
        r->id = rows->integer(0);
        r->reason = rows->text(3);
        r->author = rows->text(4);
        r->createdAt = rows->text(5);
        resolutions.push_back(std::move(*r));
    }
    if (!rows->error().empty())
        return EngineError { "cannot read resolutions: " + rows->error() };
    rows->reset();
    return resolutions;
}

Expected<ValidationResult> ResolutionService::revalidate(
    const auth::Session &session, const std::string &versionId, const ProgressCallback &progress)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Validate, versionId))
        return *refused;
    auto resolutions = list(session, versionId);
    if (!resolutions)
        return resolutions.error();
    Statement *inputs = m_cache.db().prepare(
        "SELECT input_name, input, master, overrides FROM version_inputs WHERE version_id = ?1");
    if (!inputs)
        return m_cache.db().error("cannot read the version's input");
    if (inputs->bind(1, versionId).step() != Statement::Step::Row)
        return EngineError { "version " + versionId + " has no input kept in the cache: import it again" };
    const std::string inputName = inputs->text(0);
    const std::string input = inputs->text(1);
    const std::string masterText = inputs->text(2);
    const json flags = json::parse(inputs->text(3), nullptr, false);
    inputs->reset();
    VersionOverrides overrides;
    const auto flag = [&](const char *name) {
        return flags.is_object() && flags.contains(name) && flags[name].is_string()
            ? std::optional<std::string>(flags[name].get<std::string>())
            : std::nullopt;
    };
    overrides = { flag("version_id"), flag("bucket"), flag("as_of"), flag("priority") };
    auto master = loadMasterData(masterText);
    if (!master)
        return master.error();
    RowAdjustments rows;
    overlay(*master, *resolutions, rows);
    auto result = validateForecast(*master, input, inputName, overrides, progress, &rows);
    if (!result)
        return result.error();
    const auto before = store::ResultStore(m_cache).load(versionId);
    const std::size_t rejectedBefore = before && *before ? (*before)->rejects.size() : 0;
    VersionWorkflow workflow(m_cache);
    auto failed = m_cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto error = store::ResultStore(m_cache).save(versionId, *result, session.user()))
            return error;
        const std::string note = "re-validated with " + std::to_string(resolutions->size())
            + " resolutions: " + std::to_string(result->rowsAccepted) + " accepted, "
            + std::to_string(result->rejects.size()) + " rejected (was " + std::to_string(rejectedBefore)
            + "), " + std::to_string(result->rowsExcluded) + " excluded";
        return workflow.markValidated(session, versionId, note);
    });
    if (failed)
        return *failed;
    return result;
}

} // namespace planbridge
