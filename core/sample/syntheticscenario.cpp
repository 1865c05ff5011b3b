#include "syntheticscenario.h"

#include <algorithm>
#include <charconv>

namespace planbridge::synthetic {
namespace {

std::string numbered(std::string_view prefix, std::uint64_t n, int width)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    std::string out(prefix);
    for (auto len = end - digits; len < width; ++len)
        out.push_back('0');
    out.append(digits, end);
    return out;
}

// Plant layout: period type, calendar and horizon per grid plant (8 M, 9 W, 3 D).
struct PlantShape
{
    char period;
    const char *calendar;
    int horizon;
};
constexpr std::array<PlantShape, Scenario::GridPlants> PlantShapes = {{
    {'M', "DE", 365}, {'W', "US", 182}, {'M', "DE", 548}, {'W', "DE", 365}, {'M', "DE", 365},
    {'D', "US", 91},  {'W', "US", 365}, {'M', "DE", 365}, {'W', "CN", 182}, {'M', "DE", 548},
    {'W', "DE", 365}, {'M', "DE", 365}, {'D', "7DAY", 91}, {'W', "US", 182}, {'M', "DE", 365},
    {'W', "CN", 365}, {'M', "DE", 548}, {'D', "DE-MAINT", 91}, {'W', "DE", 365}, {'W', "DE", 365},
}};

PeriodType periodOf(char letter)
{
    return letter == 'D' ? PeriodType::Day : letter == 'W' ? PeriodType::Week : PeriodType::Month;
}

struct CalendarShape
{
    const char *name;
    const char *workdays;
    std::vector<const char *> holidays;
};

const std::vector<CalendarShape> &calendars()
{
    static const std::vector<CalendarShape> list = {
        {"DE", R"("Mon", "Tue", "Wed", "Thu", "Fri")",
         {"2026-10-03", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2027-03-26",
          "2027-03-29", "2027-05-01"}},
        {"US", nullptr, {"2026-11-26", "2026-11-27", "2026-12-25", "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31"}},
        {"CN", R"("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")",
         {"2027-01-01", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"}},
        {"7DAY", R"("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")", {"2026-12-25", "2027-01-01"}},
        // Christmas plus a full maintenance week right after the forecast's last bucket.
        {"DE-MAINT", R"("Mon", "Tue", "Wed", "Thu", "Fri")",
         {"2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01", "2027-02-15", "2027-02-16", "2027-02-17",
          "2027-02-18", "2027-02-19"}},
    };
    return list;
}

} // namespace

std::string_view baseUnitName(BaseUnit unit)
{
    switch (unit) {
    case BaseUnit::PC:
        return "PC";
    case BaseUnit::KG:
        return "KG";
    case BaseUnit::L:
        return "L";
    }
    return "PC";
}

Scenario::Scenario(const SyntheticSpec &spec)
    : m_seed(spec.seed)
    , m_asOf(*Date::fromYmd(2026, 11, 26))
    , m_firstBucket(*Date::fromYmd(2026, 12, 7))
{
    for (int b = 0; b < GridBuckets; ++b)
        m_bucketTexts.push_back(bucket(b).toString());
    const std::uint64_t perItem = std::uint64_t(GridPlants) * GridBuckets;
    const std::uint64_t items = spec.records == 0 ? 1 : (spec.records + perItem - 1) / perItem;
    m_itemCodes.reserve(items);
    m_legacyCodes.reserve(items);
    for (std::uint64_t i = 0; i < items; ++i) {
        const ItemTraits t = item(i);
        const std::string_view prefix = t.base == BaseUnit::PC ? "FG-" : t.base == BaseUnit::KG ? "BLK-" : "LIQ-";
        m_itemCodes.push_back(numbered(prefix, 100000 + i, 6));
        m_legacyCodes.push_back(t.legacyCode ? numbered("OLD-", i, 5) : std::string());
    }
    for (std::uint64_t i = 0; i < std::max<std::uint64_t>(1, items / 250); ++i)
        m_inactive.push_back(numbered("FG-0", 90000 + i, 5));
    for (std::uint64_t i = 0; i < std::max<std::uint64_t>(1, items / 1000); ++i)
        m_unsupplied.push_back(numbered("PKG-", 900000 + i, 6));

    for (int p = 0; p < GridPlants; ++p) {
        const PlantShape &s = PlantShapes[static_cast<std::size_t>(p)];
        Plant plant;
        plant.code = numbered("P", 100 + std::uint64_t(p), 3);
        if (p == 3 || p == 11)
            plant.legacyCode = numbered("PLT-", std::uint64_t(p), 2);
        plant.erpPlant = numbered("17", 10 + std::uint64_t(p == 19 ? 18 : p), 2);
        if (p == 7)
            plant.mrpArea = "1717-MA1";
        else if (p == 19)
            plant.mrpArea = "1728"; // shares plant and MRP area with P118: their rows sum
        plant.periodType = periodOf(s.period);
        plant.calendar = s.calendar;
        plant.horizonDays = s.horizon;
        m_plants.push_back(std::move(plant));
    }
}

ItemTraits Scenario::item(std::uint64_t i) const
{
    const std::uint64_t h = hash(0x17E3, i);
    ItemTraits t;
    const auto kind = h % 10;
    t.base = kind < 7 ? BaseUnit::PC : kind < 9 ? BaseUnit::KG : BaseUnit::L;
    const auto variant = (h >> 8) % 20;
    if (t.base == BaseUnit::PC) {
        t.caseFactor = variant == 1 ? 6 : variant == 2 ? 24 : 0;
        t.pallet = variant >= 10 && variant < 14;
    } else if (t.base == BaseUnit::KG) {
        t.bag = variant < 6;
    }
    t.legacyCode = (h >> 16) % 50 == 0;
    return t;
}

ItemLocationTraits Scenario::itemLocation(std::uint64_t i, int plant) const
{
    const std::uint64_t h = hash(0x1C0 + std::uint64_t(plant), i);
    ItemLocationTraits t;
    t.buy = h % 10 < 3;
    t.leadTimeDays = t.buy ? 3 + int((h >> 8) % 12) : int((h >> 8) % 6);
    t.supplier = 1000 + int((h >> 20) % 400);
    return t;
}

std::string Scenario::versionId() const { return numbered("DP-2026-11-CONS-S", m_seed, 1); }

TextSink &TextSink::putInt(std::int64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end);
    return *this;
}

void TextSink::flush()
{
    if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

bool TextSink::finish()
{
    flush();
    return !m_failed && std::fflush(m_file) == 0 && !std::ferror(m_file);
}

void formatQuantity(std::string &out, std::int64_t thousandths, bool threeDecimals)
{
    char buffer[32];
    const bool negative = thousandths < 0;
    const std::uint64_t v = negative ? std::uint64_t(0) - std::uint64_t(thousandths) : std::uint64_t(thousandths);
    char *p = buffer;
    if (negative)
        *p++ = '-';
    p = std::to_chars(p, buffer + sizeof buffer, v / 1000).ptr;
    std::uint64_t frac = v % 1000;
    if (frac != 0 || threeDecimals) {
        *p++ = '.';
        int digits = 3;
        if (!threeDecimals)
            for (; frac % 10 == 0; frac /= 10)
                --digits;
        for (int d = digits - 1; d >= 0; --d, frac /= 10)
            p[d] = static_cast<char>('0' + frac % 10);
        p += digits;
    }
    out.assign(buffer, p);
}

void writeJsonRow(TextSink &out, const Row &row, bool first)
{
    static constexpr std::array<std::string_view, 6> Names = {"item", "location", "channel", "bucket_start", "quantity", "uom"};
    out.put(first ? "  {" : ",\n  {");
    bool any = false;
    for (std::size_t k = 0; k < row.f.size(); ++k) {
        const Field &field = row.f[k];
        if (field.kind == FieldKind::Absent)
            continue;
        out.put(any ? ", \"" : "\"").put(Names[k]).put("\": ");
        any = true;
        if (field.kind == FieldKind::String)
            out.put('"').put(field.text).put('"'); // generated texts need no escaping
        else if (field.kind == FieldKind::Number)
            out.put(field.text);
        else
            out.put("null");
    }
    out.put('}');
}

void writeCsvRow(TextSink &out, const Row &row)
{
    for (std::size_t k = 0; k < row.f.size(); ++k) {
        if (k)
            out.put(',');
        const Field &field = row.f[k];
        if (field.kind == FieldKind::Absent || field.kind == FieldKind::Null)
            continue; // an empty CSV field is a missing one
        const std::string_view t = field.text;
        const bool quote = !t.empty() && (t.front() == ' ' || t.back() == ' ' || t.find_first_of(",\"") != t.npos);
        if (quote)
            out.put('"').put(t).put('"'); // generated texts hold no '"'
        else
            out.put(t);
    }
    out.put('\n');
}

bool writeMasterJson(const Scenario &s, TextSink &out)
{
    out.put("{\"items\": [\n");
    bool first = true;
    auto next = [&] {
        out.put(first ? "  " : ",\n  ");
        first = false;
        out.maybeFlush();
    };
    for (std::uint64_t i = 0; i < s.gridItems(); ++i) {
        next();
        out.put("{\"item\": \"").put(s.itemCode(i)).put("\", \"base_uom\": \"").put(baseUnitName(s.item(i).base));
        out.put(i % 3 ? "\", \"status\": \"active\"}" : "\"}");
    }
    for (const auto &code : s.inactiveItems()) {
        next();
        out.put("{\"item\": \"").put(code).put("\", \"base_uom\": \"PC\", \"status\": \"inactive\"}");
    }
    for (const auto &code : s.unsuppliedItems()) {
        next();
        out.put("{\"item\": \"").put(code).put("\", \"base_uom\": \"PC\", \"status\": \"active\"}");
    }

    out.put("\n ],\n \"locations\": [\n");
    first = true;
    auto location = [&](std::string_view code, std::string_view erp, std::string_view mrp, bool open,
                        std::string_view calendar, PeriodType type, int horizon) {
        next();
        out.put("{\"location\": \"").put(code).put("\", \"erp_plant\": \"").put(erp).put('"');
        if (!mrp.empty())
            out.put(", \"mrp_area\": \"").put(mrp).put('"');
        out.put(open ? ", \"status\": \"open\"" : ", \"status\": \"blocked\"");
        out.put(", \"calendar\": \"").put(calendar).put("\", \"period_type\": \"").put(periodLetter(type));
        out.put("\", \"horizon_days\": ").putInt(horizon).put('}');
    };
    for (int p = 0; p < Scenario::GridPlants; ++p) {
        const Plant &pl = s.plant(p);
        location(pl.code, pl.erpPlant, pl.mrpArea, true, pl.calendar, pl.periodType, pl.horizonDays);
    }
    location(Scenario::BlockedPlant, "1790", "", false, "DE", PeriodType::Week, 365);
    location(Scenario::UnstockedPlant, "1795", "1795-NEW", true, "DE", PeriodType::Month, 365);

    out.put("\n ],\n \"item_locations\": [\n");
    first = true;
    for (std::uint64_t i = 0; i < s.gridItems(); ++i) {
        for (int p = 0; p < Scenario::GridPlants; ++p) {
            const ItemLocationTraits t = s.itemLocation(i, p);
            next();
            out.put("{\"item\": \"").put(s.itemCode(i)).put("\", \"location\": \"").put(s.plant(p).code);
            out.put("\", \"status\": \"active\", \"lead_time_days\": ").putInt(t.leadTimeDays);
            if (t.buy)
                out.put(", \"sourcing\": \"buy\", \"supplier\": \"S-").putInt(t.supplier).put("\"}");
            else
                out.put(", \"sourcing\": \"make\"}");
        }
    }
    for (std::uint64_t i = 0; i < std::min<std::uint64_t>(s.gridItems(), 5); ++i) {
        next(); // being phased in: inactive counts as missing
        out.put("{\"item\": \"").put(s.itemCode(i)).put("\", \"location\": \"").put(Scenario::UnstockedPlant);
        out.put("\", \"status\": \"inactive\"}");
    }
    std::size_t k = 0;
    for (const auto &code : s.unsuppliedItems()) {
        for (int p = 0; p < Scenario::GridPlants; ++p, ++k) {
            next();
            out.put("{\"item\": \"").put(code).put("\", \"location\": \"").put(s.plant(p).code);
            out.put(k % 2 ? "\", \"lead_time_days\": 7, \"sourcing\": \"buy\", \"supplier\": null}"
                          : "\", \"lead_time_days\": 7, \"sourcing\": \"buy\", \"supplier\": \"  \"}");
        }
    }

    out.put("\n ],\n \"uom_conversions\": [\n");
    out.put("  {\"item\": \"*\", \"from\": \"CS\", \"to\": \"PC\", \"factor\": \"12\"},\n");
    out.put("  {\"item\": \"*\", \"from\": \"T\", \"to\": \"KG\", \"factor\": 1000},\n");
    out.put("  {\"item\": \"*\", \"from\": \"L\", \"to\": \"ML\", \"factor\": \"1000\"}");
    for (std::uint64_t i = 0; i < s.gridItems(); ++i) {
        const ItemTraits t = s.item(i);
        if (t.caseFactor)
            out.put(",\n  {\"item\": \"").put(s.itemCode(i)).put("\", \"from\": \"CS\", \"to\": \"PC\", \"factor\": ")
                .putInt(t.caseFactor).put('}');
        if (t.pallet)
            out.put(",\n  {\"item\": \"").put(s.itemCode(i)).put("\", \"from\": \"PC\", \"to\": \"PAL\", \"factor\": \"0.0125\"}");
        if (t.bag)
            out.put(",\n  {\"item\": \"").put(s.itemCode(i)).put("\", \"from\": \"KG\", \"to\": \"BAG\", \"factor\": 0.04}");
        out.maybeFlush();
    }

    out.put("\n ],\n \"code_maps\": [\n");
    first = true;
    for (int p = 0; p < Scenario::GridPlants; ++p) {
        if (s.plant(p).legacyCode.empty())
            continue;
        next();
        out.put("{\"kind\": \"location\", \"source\": \"").put(s.plant(p).legacyCode);
        out.put("\", \"canonical\": \"").put(s.plant(p).code).put("\"}");
    }
    for (std::uint64_t i = 0; i < s.gridItems(); ++i) {
        if (s.legacyItemCode(i).empty())
            continue;
        next();
        out.put("{\"kind\": \"item\", \"source\": \"").put(s.legacyItemCode(i));
        out.put("\", \"canonical\": \"").put(s.itemCode(i)).put("\"}");
    }

    out.put("\n ],\n \"calendars\": [\n");
    first = true;
    for (const CalendarShape &c : calendars()) {
        next();
        out.put("{\"calendar\": \"").put(c.name).put('"');
        if (c.workdays)
            out.put(", \"workdays\": [").put(c.workdays).put(']');
        out.put(", \"holidays\": [");
        for (std::size_t h = 0; h < c.holidays.size(); ++h)
            out.put(h ? ", \"" : "\"").put(c.holidays[h]).put('"');
        out.put("]}");
    }

    out.put("\n ],\n \"channels\": [");
    for (std::size_t c = 0; c < Scenario::Channels.size(); ++c)
        out.put(c ? ", \"" : "\"").put(Scenario::Channels[c]).put('"');
    out.put("]}\n");
    return out.finish();
}

} // namespace planbridge::synthetic
