#pragma once

#include "masterindex.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace planbridge {

// Remembers the key (canonical item, canonical location, channel, bucket_start) of every accepted
// row, so a later row with the same key is a DUPLICATE_KEY of the first. Open addressing over
// packed keys: a million rows cost ~32 MB and no per-row allocation.
class DuplicateTracker
{
public:
    static constexpr std::uint32_t None = UINT32_MAX;

    // The row that was accepted with this key, or None.
    std::uint32_t find(std::uint32_t item, std::uint32_t location, std::string_view channel, Date bucket) const;
    // Sizes the table for about `rows` accepted rows at once.
    void reserve(std::size_t rows);
    void insert(std::uint32_t item, std::uint32_t location, std::string_view channel, Date bucket, std::uint32_t row);

private:
    struct Slot
    {
        std::uint64_t itemLocation = 0;
        std::uint32_t channel = 0;
        std::int32_t bucket = 0;
        std::uint32_t row = None; // None marks an empty slot
    };

    std::uint32_t channelId(std::string_view channel) const;
    std::size_t probe(std::uint64_t itemLocation, std::uint32_t channel, std::int32_t bucket) const;
    void grow();
    void rehash(std::size_t slots);

    StringMap<std::uint32_t> m_channels;
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

} // namespace planbridge
