#pragma once

#include "domain/masterdata.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace planbridge {

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};
template<typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// A unit conversion resolved for one item: multiply or divide the quantity by `factor`.
struct ResolvedConversion
{
    Factor factor = Factor::one();
    bool divide = false;
};

// Hash indexes over master data for the per-row look-ups. Built once per validation run; items and
// locations are referred to by their position in MasterData.
class MasterIndex
{
public:
    static constexpr std::uint32_t None = UINT32_MAX;

    explicit MasterIndex(const MasterData &master);

    const MasterData &master() const { return m_master; }
    // Applies the one-step code map, then looks the canonical code up.
    std::string_view canonicalItem(std::string_view code) const;
    std::string_view canonicalLocation(std::string_view code) const;
    std::uint32_t findItem(std::string_view canonical) const;
    std::uint32_t findLocation(std::string_view canonical) const;
    bool checksChannels() const { return !m_channels.empty(); }
    bool knowsChannel(std::string_view channel) const;
    // Active item-location, or nullptr (an inactive one counts as missing).
    const ItemLocation *findItemLocation(std::uint32_t item, std::uint32_t location) const;
    // The conversion from `uom` to the item's base unit, by the contract's precedence.
    std::optional<ResolvedConversion> conversionToBase(std::uint32_t item, std::string_view uom) const;
    const PlantCalendar &calendarOf(std::uint32_t location) const;
    // Locations sharing plant, MRP area and period type share one ERP group.
    std::uint32_t erpGroupOf(std::uint32_t location) const { return m_erpGroup[location]; }

private:
    struct ConversionKey
    {
        std::uint32_t item, from, to;
        bool operator==(const ConversionKey &) const = default;
    };
    struct ConversionKeyHash
    {
        std::size_t operator()(const ConversionKey &k) const
        {
            return std::hash<std::uint64_t> {}((std::uint64_t(k.item) << 32 | k.from) * 31 + k.to);
        }
    };
    std::uint32_t uomId(std::string_view uom) const;

    const MasterData &m_master;
    StringMap<std::string> m_itemMap;
    StringMap<std::string> m_locationMap;
    StringMap<std::uint32_t> m_items;
    StringMap<std::uint32_t> m_locations;
    StringSet m_channels;
    std::unordered_map<std::uint64_t, std::uint32_t> m_itemLocations;
    StringMap<std::uint32_t> m_uoms;
    std::unordered_map<ConversionKey, Factor, ConversionKeyHash> m_conversions;
    std::vector<std::uint32_t> m_itemBaseUom;
    std::vector<std::uint32_t> m_calendarOf;
    std::vector<std::uint32_t> m_erpGroup;
};

} // namespace planbridge
