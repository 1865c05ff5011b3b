#include "duplicatetracker.h"

namespace planbridge {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64 finalizer
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

std::uint32_t DuplicateTracker::channelId(std::string_view channel) const
{
    const auto it = m_channels.find(channel);
    return it == m_channels.end() ? None : it->second;
}

std::size_t DuplicateTracker::probe(std::uint64_t itemLocation, std::uint32_t channel, std::int32_t bucket) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = mix(itemLocation ^ mix(std::uint64_t(channel) << 32 | std::uint32_t(bucket))) & mask;
    while (m_slots[i].row != None
           && !(m_slots[i].itemLocation == itemLocation && m_slots[i].channel == channel && m_slots[i].bucket == bucket))
        i = (i + 1) & mask;
    return i;
}

std::uint32_t DuplicateTracker::find(std::uint32_t item, std::uint32_t location, std::string_view channel,
                                     Date bucket) const
{
    if (m_slots.empty())
        return None;
    const std::uint32_t c = channelId(channel);
    if (c == None)
        return None;
    return m_slots[probe(std::uint64_t(item) << 32 | location, c, bucket.dayNumber())].row;
}

void DuplicateTracker::insert(std::uint32_t item, std::uint32_t location, std::string_view channel, Date bucket,
                              std::uint32_t row)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    std::uint32_t c = channelId(channel);
    if (c == None)
        c = m_channels.emplace(std::string(channel), static_cast<std::uint32_t>(m_channels.size())).first->second;
    const std::uint64_t itemLocation = std::uint64_t(item) << 32 | location;
    Slot &slot = m_slots[probe(itemLocation, c, bucket.dayNumber())];
    if (slot.row == None) {
        slot = Slot {itemLocation, c, bucket.dayNumber(), row};
        ++m_used;
    }
}

void DuplicateTracker::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot {});
    for (const Slot &s : old) {
        if (s.row != None)
            m_slots[probe(s.itemLocation, s.channel, s.bucket)] = s;
    }
}

} // namespace planbridge
