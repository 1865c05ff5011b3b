#include "masterindex.h"

#include <map>
#include <tuple>

namespace planbridge {
namespace {

constexpr std::uint32_t AnyItem = MasterIndex::None - 1;

template<typename Map>
std::uint32_t lookup(const Map &map, std::string_view key)
{
    const auto it = map.find(key);
    return it == map.end() ? MasterIndex::None : it->second;
}

} // namespace

MasterIndex::MasterIndex(const MasterData &master) : m_master(master)
{
    for (const auto &m : master.codeMaps)
        (m.kind == CodeKind::Item ? m_itemMap : m_locationMap).emplace(m.source, m.canonical);
    for (std::uint32_t i = 0; i < master.items.size(); ++i)
        m_items.emplace(master.items[i].item, i);
    for (std::uint32_t i = 0; i < master.locations.size(); ++i)
        m_locations.emplace(master.locations[i].location, i);
    m_channels.insert(master.channels.begin(), master.channels.end());

    for (std::uint32_t i = 0; i < master.itemLocations.size(); ++i) {
        const auto &il = master.itemLocations[i];
        const std::uint32_t item = findItem(il.item), location = findLocation(il.location);
        if (il.active && item != None && location != None)
            m_itemLocations.emplace(std::uint64_t(item) << 32 | location, i);
    }

    auto internUom = [this](const std::string &uom) {
        return m_uoms.emplace(uom, static_cast<std::uint32_t>(m_uoms.size())).first->second;
    };
    for (const auto &item : master.items)
        m_itemBaseUom.push_back(internUom(item.baseUom));
    for (const auto &c : master.uomConversions) {
        const std::uint32_t item = c.item == UomConversion::AnyItem ? AnyItem : findItem(c.item);
        if (item != None)
            m_conversions.emplace(ConversionKey {item, internUom(c.from), internUom(c.to)}, c.factor);
    }

    std::map<std::tuple<std::string, std::string, PeriodType>, std::uint32_t> groups;
    for (const auto &l : master.locations) {
        std::uint32_t calendar = 0;
        while (master.calendars[calendar].name() != l.calendar)
            ++calendar; // the reader guarantees the calendar exists
        m_calendarOf.push_back(calendar);
        const auto group = std::make_tuple(l.erpPlant, l.mrpArea, l.periodType);
        m_erpGroup.push_back(groups.emplace(group, static_cast<std::uint32_t>(groups.size())).first->second);
    }
}

std::string_view MasterIndex::canonicalItem(std::string_view code) const
{
    const auto it = m_itemMap.find(code);
    return it == m_itemMap.end() ? code : std::string_view(it->second);
}

std::string_view MasterIndex::canonicalLocation(std::string_view code) const
{
    const auto it = m_locationMap.find(code);
    return it == m_locationMap.end() ? code : std::string_view(it->second);
}

std::uint32_t MasterIndex::findItem(std::string_view canonical) const { return lookup(m_items, canonical); }
std::uint32_t MasterIndex::findLocation(std::string_view canonical) const { return lookup(m_locations, canonical); }
bool MasterIndex::knowsChannel(std::string_view channel) const { return m_channels.find(channel) != m_channels.end(); }

const ItemLocation *MasterIndex::findItemLocation(std::uint32_t item, std::uint32_t location) const
{
    const auto it = m_itemLocations.find(std::uint64_t(item) << 32 | location);
    return it == m_itemLocations.end() ? nullptr : &m_master.itemLocations[it->second];
}

std::uint32_t MasterIndex::uomId(std::string_view uom) const { return lookup(m_uoms, uom); }

std::optional<ResolvedConversion> MasterIndex::conversionToBase(std::uint32_t item, std::string_view uom) const
{
    const std::uint32_t base = m_itemBaseUom[item];
    const std::uint32_t unit = uomId(uom);
    if (unit == base)
        return ResolvedConversion {};
    if (unit == None)
        return std::nullopt; // no conversion mentions this unit
    auto find = [this](std::uint32_t owner, std::uint32_t from, std::uint32_t to) -> const Factor * {
        const auto it = m_conversions.find(ConversionKey {owner, from, to});
        return it == m_conversions.end() ? nullptr : &it->second;
    };
    for (const std::uint32_t owner : {item, AnyItem}) {
        if (const Factor *f = find(owner, unit, base))
            return ResolvedConversion {*f, false};
        if (const Factor *f = find(owner, base, unit))
            return ResolvedConversion {*f, true};
    }
    return std::nullopt;
}

const PlantCalendar &MasterIndex::calendarOf(std::uint32_t location) const
{
    return m_master.calendars[m_calendarOf[location]];
}

} // namespace planbridge
