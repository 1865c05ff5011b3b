#include "sandbox/mrpmaster.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace planbridge::sandbox {
namespace {

using nlohmann::json;

std::uint64_t fnv1a(const std::string &text)
{
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string trimmed(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

// A trimmed string field, "" when absent, null or not a string.
std::string text(const json &record, const char *key)
{
    const auto it = record.find(key);
    return it != record.end() && it->is_string() ? trimmed(it->get<std::string>()) : std::string();
}

const json &list(const json &doc, const char *key)
{
    static const json empty = json::array();
    const auto it = doc.find(key);
    return it != doc.end() && it->is_array() ? *it : empty;
}

} // namespace

void applyMasterDefaults(MrpMaterial &m)
{
    const std::uint64_t h = fnv1a(m.plant + "|" + m.product);
    m.openingStock = Decimal::fromThousandths(std::int64_t(h % 5) * 50'000);
    switch ((h >> 8) % 3) {
    case 0:
        m.lotSizing = {};
        break;
    case 1:
        m.lotSizing = { LotSizeProcedure::LotForLot, Decimal(), Decimal(), Decimal::fromThousandths(10'000) };
        break;
    default:
        m.lotSizing = { LotSizeProcedure::Fixed, Decimal::fromThousandths(100'000), Decimal(), Decimal() };
        break;
    }
    if ((h >> 16) % 4 == 0)
        m.weeklyLimit = Decimal::fromThousandths(200'000);
    else
        m.weeklyLimit.reset();
}

Expected<std::vector<MrpMaterial>> loadMrpMaster(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return EngineError { "cannot read the MRP master " + path };
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json doc = json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return EngineError { "MRP master " + path + " is not a JSON object" };

    std::map<std::string, std::string> baseUnits; // item → base_uom
    for (const json &item : list(doc, "items"))
        if (item.is_object() && !text(item, "item").empty())
            baseUnits.emplace(text(item, "item"), text(item, "base_uom"));
    struct Plant
    {
        std::string plant, mrpArea;
    };
    std::map<std::string, Plant> plants; // location → ERP plant
    for (const json &location : list(doc, "locations"))
        if (location.is_object() && !text(location, "erp_plant").empty())
            plants.emplace(text(location, "location"),
                Plant { text(location, "erp_plant"), text(location, "mrp_area") });

    std::vector<MrpMaterial> materials;
    std::set<std::pair<std::string, std::string>> seen;
    for (const json &link : list(doc, "item_locations")) {
        if (!link.is_object() || text(link, "status") == "inactive")
            continue;
        const auto unit = baseUnits.find(text(link, "item"));
        const auto plant = plants.find(text(link, "location"));
        if (unit == baseUnits.end() || plant == plants.end())
            continue;
        MrpMaterial m;
        m.plant = plant->second.plant;
        m.product = unit->first;
        if (!seen.emplace(m.plant, m.product).second)
            continue;
        m.mrpArea = plant->second.mrpArea == m.plant ? std::string() : plant->second.mrpArea;
        m.baseUnit = unit->second;
        m.procurement = text(link, "sourcing") == "buy" ? Procurement::Buy : Procurement::Make;
        m.supplier = m.procurement == Procurement::Buy ? text(link, "supplier") : std::string();
        const auto lead = link.find("lead_time_days");
        if (lead != link.end() && lead->is_number_integer())
            m.leadTimeDays = int(std::clamp<long long>(lead->get<long long>(), 0, 3650));
        applyMasterDefaults(m);
        materials.push_back(std::move(m));
    }
    return materials;
}

} // namespace planbridge::sandbox
