#include "masterdatareader.h"

#include "domain/forecast.h"
#include "jsonvalue.h"
#include "utf8.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace planbridge {
namespace {

struct MasterError : std::runtime_error
{
    MasterError(std::size_t offset_, const std::string &what) : std::runtime_error(what), offset(offset_) { }
    std::size_t offset;
};

// Reads the fields of one list entry, naming it in errors as `list[index]`.
class Entry
{
public:
    Entry(const JsonValue &value, std::string path) : m_value(value), m_path(std::move(path))
    {
        if (value.type != JsonValue::Type::Object)
            fail(value, "must be an object, not " + std::string(jsonTypeName(value.type)));
    }

    [[noreturn]] void fail(const JsonValue &at, const std::string &what) const
    {
        throw MasterError(at.offset, m_path + " " + what);
    }
    [[noreturn]] void failField(const JsonValue &at, std::string_view key, const std::string &what) const
    {
        throw MasterError(at.offset, m_path + "." + std::string(key) + " " + what);
    }

    // A trimmed string; null or absent gives nullopt, or an error when required.
    std::optional<std::string> string(std::string_view key, bool required) const
    {
        const JsonValue *v = m_value.find(key);
        if (!v || v->isNull()) {
            if (required)
                fail(m_value, "is missing the required field \"" + std::string(key) + "\"");
            return std::nullopt;
        }
        if (v->type != JsonValue::Type::String)
            failField(*v, key, "must be a string, not " + std::string(jsonTypeName(v->type)));
        const auto trimmed = trimAscii(v->text);
        if (trimmed.empty() && required)
            failField(*v, key, "must not be empty");
        return std::string(trimmed);
    }

    std::string required(std::string_view key) const { return *string(key, true); }

    template<typename Enum>
    Enum choice(std::string_view key, std::initializer_list<std::pair<std::string_view, Enum>> options,
                std::optional<Enum> fallback) const
    {
        const auto text = string(key, !fallback.has_value());
        if (!text)
            return *fallback;
        std::string allowed;
        for (const auto &[name, value] : options) {
            if (*text == name)
                return value;
            allowed += (allowed.empty() ? "" : ", ") + std::string(name);
        }
        failField(*m_value.find(key), key, "must be one of " + allowed + ", not \"" + *text + "\"");
    }

    std::int64_t count(std::string_view key, std::optional<std::int64_t> fallback) const
    {
        const JsonValue *v = m_value.find(key);
        if (!v || v->isNull()) {
            if (!fallback)
                fail(m_value, "is missing the required field \"" + std::string(key) + "\"");
            return *fallback;
        }
        const bool digitsOnly = v->type == JsonValue::Type::Number && !v->text.empty()
            && std::all_of(v->text.begin(), v->text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digitsOnly)
            failField(*v, key, "must be an integer >= 0");
        // Any count beyond the calendar's range behaves the same, so huge values saturate.
        if (v->text.size() > 9)
            return 1'000'000'000;
        return std::stoll(v->text);
    }

    const JsonValue *field(std::string_view key) const { return m_value.find(key); }
    const JsonValue &value() const { return m_value; }

private:
    const JsonValue &m_value;
    std::string m_path;
};

// Calls `fn(entry)` for each element of the named list; absent or null counts as empty.
template<typename Fn>
void forEachEntry(const JsonValue &root, std::string_view list, Fn fn)
{
    const JsonValue *v = root.find(list);
    if (!v || v->isNull())
        return;
    if (v->type != JsonValue::Type::Array)
        throw MasterError(v->offset, std::string(list) + " must be an array, not " + std::string(jsonTypeName(v->type)));
    for (std::size_t i = 0; i < v->array.size(); ++i)
        fn(Entry(v->array[i], std::string(list) + "[" + std::to_string(i) + "]"));
}

std::array<bool, 7> readWorkdays(const Entry &e)
{
    static constexpr std::array<std::string_view, 7> Days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const JsonValue *v = e.field("workdays");
    if (!v || v->isNull())
        return {true, true, true, true, true, false, false};
    if (v->type != JsonValue::Type::Array)
        e.failField(*v, "workdays", "must be an array of day names");
    std::array<bool, 7> days {};
    for (const auto &d : v->array) {
        const auto it = d.type == JsonValue::Type::String
            ? std::find(Days.begin(), Days.end(), trimAscii(d.text))
            : Days.end();
        if (it == Days.end())
            e.failField(d, "workdays", "must list three-letter day names Mon..Sun");
        days[static_cast<std::size_t>(it - Days.begin())] = true;
    }
    return days;
}

std::vector<Date> readHolidays(const Entry &e)
{
    std::vector<Date> holidays;
    const JsonValue *v = e.field("holidays");
    if (!v || v->isNull())
        return holidays;
    if (v->type != JsonValue::Type::Array)
        e.failField(*v, "holidays", "must be an array of dates");
    for (const auto &d : v->array) {
        const auto date = d.type == JsonValue::Type::String ? Date::parse(trimAscii(d.text)) : std::nullopt;
        if (!date)
            e.failField(d, "holidays", "must hold dates as YYYY-MM-DD");
        holidays.push_back(*date);
    }
    return holidays;
}

Factor readFactor(const Entry &e)
{
    const JsonValue *v = e.field("factor");
    if (!v || v->isNull())
        e.fail(e.value(), "is missing the required field \"factor\"");
    std::optional<Factor> factor;
    if (v->type == JsonValue::Type::Number)
        factor = Factor::parse(v->text, true);
    else if (v->type == JsonValue::Type::String)
        factor = Factor::parse(trimAscii(v->text), false);
    else
        e.failField(*v, "factor", "must be a number or a decimal string");
    if (!factor)
        e.failField(*v, "factor", "must be a decimal number > 0 with at most 24 significant digits");
    return *factor;
}

MasterData readDocument(const JsonValue &root)
{
    if (root.type != JsonValue::Type::Object)
        throw MasterError(root.offset, "master data must be a JSON object");
    MasterData md;
    // Length-prefixed parts, so ("A\nB", "C") and ("A", "B\nC") stay different keys.
    std::unordered_set<std::string> seen;
    auto firstTime = [&seen](std::initializer_list<std::string_view> parts) {
        std::string key;
        for (const auto part : parts)
            key.append(std::to_string(part.size())).append(":").append(part);
        return seen.insert(std::move(key)).second;
    };

    forEachEntry(root, "calendars", [&](const Entry &e) {
        auto name = e.required("calendar");
        auto workdays = readWorkdays(e);
        auto holidays = readHolidays(e);
        if (firstTime({"calendar", name}))
            md.calendars.emplace_back(std::move(name), workdays, std::move(holidays));
    });
    forEachEntry(root, "items", [&](const Entry &e) {
        Item item {e.required("item"), e.required("base_uom"),
                   e.choice<bool>("status", {{"active", true}, {"inactive", false}}, true)};
        if (firstTime({"item", item.item}))
            md.items.push_back(std::move(item));
    });
    forEachEntry(root, "locations", [&](const Entry &e) {
        Location l;
        l.location = e.required("location");
        l.erpPlant = e.required("erp_plant");
        l.mrpArea = e.string("mrp_area", false).value_or("");
        if (l.mrpArea.empty())
            l.mrpArea = l.erpPlant;
        l.open = e.choice<bool>("status", {{"open", true}, {"blocked", false}}, true);
        l.calendar = e.required("calendar");
        l.periodType = e.choice<PeriodType>(
            "period_type", {{"D", PeriodType::Day}, {"W", PeriodType::Week}, {"M", PeriodType::Month}}, std::nullopt);
        l.horizonDays = e.count("horizon_days", std::nullopt);
        const bool known = std::any_of(md.calendars.begin(), md.calendars.end(),
                                       [&](const PlantCalendar &c) { return c.name() == l.calendar; });
        if (!known)
            e.failField(*e.field("calendar"), "calendar", "names an unknown calendar \"" + l.calendar + "\"");
        if (firstTime({"location", l.location}))
            md.locations.push_back(std::move(l));
    });
    forEachEntry(root, "item_locations", [&](const Entry &e) {
        ItemLocation il;
        il.item = e.required("item");
        il.location = e.required("location");
        il.active = e.choice<bool>("status", {{"active", true}, {"inactive", false}}, true);
        il.leadTimeDays = e.count("lead_time_days", 0);
        il.sourcing = e.choice<Sourcing>("sourcing", {{"make", Sourcing::Make}, {"buy", Sourcing::Buy}}, Sourcing::Make);
        il.supplier = e.string("supplier", false);
        if (firstTime({"item_location", il.item, il.location}))
            md.itemLocations.push_back(std::move(il));
    });
    forEachEntry(root, "uom_conversions", [&](const Entry &e) {
        UomConversion c {e.required("item"), e.required("from"), e.required("to"), readFactor(e)};
        if (firstTime({"uom_conversion", c.item, c.from, c.to}))
            md.uomConversions.push_back(std::move(c));
    });
    forEachEntry(root, "code_maps", [&](const Entry &e) {
        CodeMap m;
        m.kind = e.choice<CodeKind>("kind", {{"item", CodeKind::Item}, {"location", CodeKind::Location}}, std::nullopt);
        m.source = e.required("source");
        m.canonical = e.required("canonical");
        if (firstTime({m.kind == CodeKind::Item ? "item_map" : "location_map", m.source}))
            md.codeMaps.push_back(std::move(m));
    });
    if (const JsonValue *channels = root.find("channels"); channels && !channels->isNull()) {
        if (channels->type != JsonValue::Type::Array)
            throw MasterError(channels->offset, "channels must be an array of strings");
        for (const auto &c : channels->array) {
            const auto code = c.type == JsonValue::Type::String ? trimAscii(c.text) : std::string_view();
            if (code.empty())
                throw MasterError(c.offset, "channels must hold non-empty strings");
            if (firstTime({"channel", code}))
                md.channels.emplace_back(code);
        }
    }
    return md;
}

} // namespace

std::optional<MasterData> readMasterData(std::string_view text, std::string &error)
{
    JsonParseError parseError;
    const auto root = parseJsonDocument(text, parseError);
    if (!root) {
        error = parseError.message;
        return std::nullopt;
    }
    try {
        return readDocument(*root);
    } catch (const MasterError &e) {
        error = locatedMessage(text, e.offset, e.what());
        return std::nullopt;
    }
}

} // namespace planbridge
