#pragma once

#include "sandbox/pirtypes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace planbridge::sandbox {

// The sandbox ERP's PIR tables in memory: headers by their 7-part key, buckets by the 9-part key.
// Not thread-safe; the owning service serialises access.
class PirStore
{
public:
    const PirHeader *header(const PirHeaderKey &key) const;
    const PirItem *item(const PirItemKey &key) const;
    // Creates the header (assigning its internal id) or returns the existing one.
    PirHeader &ensureHeader(const PirHeaderKey &key);
    PirItem &ensureItem(const PirItemKey &key);
    std::vector<const PirItem *> itemsOf(const PirHeaderKey &key) const;

    const std::map<PirHeaderKey, PirHeader> &headers() const { return m_headers; }
    const std::map<PirItemKey, PirItem> &items() const { return m_items; }
    void clear();

    // An undo log for $batch changesets: every header or bucket touched after begin() keeps its
    // earlier state until commit(); rollback() restores it. Cheaper than copying the tables.
    void begin();
    void commit();
    void rollback();

private:
    void remember(const PirHeaderKey &key);
    void remember(const PirItemKey &key);

    std::map<PirHeaderKey, PirHeader> m_headers;
    std::map<PirItemKey, PirItem> m_items;
    std::uint64_t m_nextInternalId = 1;
    bool m_recording = false;
    std::map<PirHeaderKey, std::optional<PirHeader>> m_headerUndo;
    std::map<PirItemKey, std::optional<PirItem>> m_itemUndo;
    std::uint64_t m_undoNextInternalId = 1;
};

} // namespace planbridge::sandbox
