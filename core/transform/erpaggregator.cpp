#include "erpaggregator.h"

#include <algorithm>
#include <numeric>

namespace planbridge {
namespace {

// Position of each code in plain code-point order, so records sort by integers.
template<typename T, typename Key>
std::vector<std::uint32_t> ranksOf(const std::vector<T> &list, Key key)
{
    std::vector<std::uint32_t> order(list.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(list[a]) < key(list[b]); });
    std::vector<std::uint32_t> rank(list.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    return rank;
}

} // namespace

void ErpAggregator::add(std::uint32_t row, std::uint32_t item, std::uint32_t location, std::uint32_t erpGroup,
                        const std::vector<PeriodPart> &parts)
{
    for (const PeriodPart &p : parts)
        m_parts.push_back({item, erpGroup, p.periodStart.dayNumber(), row, location, p.quantity.thousandths()});
}

void ErpAggregator::finish(const MasterData &master, ValidationResult &result)
{
    // Records sort by item code first: key the parts by the item's rank in code order, so the
    // records come out grouped by item already and only each item's few records need sorting below.
    const auto itemRank = ranksOf(master.items, [](const Item &i) -> const std::string & { return i.item; });
    std::vector<std::uint32_t> itemOfRank(itemRank.size());
    for (std::uint32_t i = 0; i < itemRank.size(); ++i)
        itemOfRank[itemRank[i]] = i;
    for (Part &p : m_parts)
        p.item = itemRank[p.item];

    // Rows arrive ascending, so a stable sort by key keeps each key's rows ascending.
    std::stable_sort(m_parts.begin(), m_parts.end(), [](const Part &a, const Part &b) {
        if (a.item != b.item)
            return a.item < b.item;
        if (a.erpGroup != b.erpGroup)
            return a.erpGroup < b.erpGroup;
        return a.period < b.period;
    });

    result.accepted.clear();
    result.sources.clear();
    result.sources.reserve(m_parts.size());
    for (std::size_t i = 0; i < m_parts.size();) {
        const Part &first = m_parts[i];
        AcceptedRecord record;
        record.item = first.item; // still the rank; mapped back below
        record.location = first.location; // the lowest-numbered source row's location
        record.periodStart = Date::fromDayNumber(first.period);
        record.sourcesBegin = static_cast<std::uint32_t>(result.sources.size());
        std::size_t j = i;
        for (; j < m_parts.size() && m_parts[j].item == first.item && m_parts[j].erpGroup == first.erpGroup
             && m_parts[j].period == first.period;
             ++j) {
            record.quantity += m_parts[j].quantity;
            if (result.sources.size() == record.sourcesBegin || result.sources.back() != m_parts[j].row)
                result.sources.push_back(m_parts[j].row);
        }
        record.sourcesCount = static_cast<std::uint32_t>(result.sources.size() - record.sourcesBegin);
        result.accepted.push_back(record);
        i = j;
    }
    std::vector<Part>().swap(m_parts);

    // Within one item, by location code then period. (item, location, period) identifies a record:
    // the location fixes the ERP group, so the order is total and stability does not matter.
    const auto locationRank
        = ranksOf(master.locations, [](const Location &l) -> const std::string & { return l.location; });
    const auto byLocationAndPeriod = [&](const AcceptedRecord &a, const AcceptedRecord &b) {
        if (a.location != b.location)
            return locationRank[a.location] < locationRank[b.location];
        return a.periodStart < b.periodStart;
    };
    for (auto run = result.accepted.begin(); run != result.accepted.end();) {
        const auto end = std::find_if(run, result.accepted.end(),
                                      [&](const AcceptedRecord &r) { return r.item != run->item; });
        std::sort(run, end, byLocationAndPeriod);
        for (auto r = run; r != end; ++r)
            r->item = itemOfRank[r->item];
        run = end;
    }

    result.items.clear();
    for (const Item &i : master.items)
        result.items.push_back({i.item, i.baseUom});
    result.locations.clear();
    for (const Location &l : master.locations)
        result.locations.push_back({l.location, l.erpPlant, l.mrpArea, l.periodType});
}

} // namespace planbridge
