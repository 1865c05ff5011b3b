#include "duplicatetracker.h"

#include <cstdint>
#include <sys/mman.h>

namespace planbridge {
namespace {

// The table is probed at random, one cache miss per row; on 4 KiB pages most of those also miss the
// TLB. Asking for transparent huge pages (before the memory is first touched) removes most of the
// page walks. Only advice: without THP support it changes nothing.
void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t Huge = std::uintptr_t(2) << 20;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + Huge - 1) & ~(Huge - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(Huge - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

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

void DuplicateTracker::reserve(std::size_t rows)
{
    std::size_t slots = 1024;
    while (slots < rows * 2 && slots < (std::size_t(1) << 31))
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
}

void DuplicateTracker::grow() { rehash(m_slots.empty() ? 1024 : m_slots.size() * 2); }

void DuplicateTracker::rehash(std::size_t size)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots = std::vector<Slot>();
    m_slots.reserve(size);
    adviseHugePages(m_slots.data(), size * sizeof(Slot));
    m_slots.assign(size, Slot {});
    for (const Slot &s : old) {
        if (s.row != None)
            m_slots[probe(s.itemLocation, s.channel, s.bucket)] = s;
    }
}

} // namespace planbridge
