#include "sandbox/pirstore.h"

#include <string>

namespace planbridge::sandbox {

const PirHeader *PirStore::header(const PirHeaderKey &key) const
{
    const auto it = m_headers.find(key);
    return it == m_headers.end() ? nullptr : &it->second;
}

const PirItem *PirStore::item(const PirItemKey &key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : &it->second;
}

PirHeader &PirStore::ensureHeader(const PirHeaderKey &key)
{
    remember(key);
    auto [it, inserted] = m_headers.try_emplace(key);
    if (inserted) {
        it->second.key = key;
        std::string id = std::to_string(m_nextInternalId++);
        it->second.internalId = std::string(12 - id.size(), '0') + id;
    }
    return it->second;
}

PirItem &PirStore::ensureItem(const PirItemKey &key)
{
    remember(key);
    auto [it, inserted] = m_items.try_emplace(key);
    if (inserted)
        it->second.key = key;
    return it->second;
}

std::vector<const PirItem *> PirStore::itemsOf(const PirHeaderKey &key) const
{
    // Items sort by their 9 parts, so one header's buckets are contiguous from (header, "", "").
    PirItemKey first {};
    for (std::size_t i = 0; i < HeaderKeyCount; ++i)
        first[i] = key[i];
    std::vector<const PirItem *> result;
    for (auto it = m_items.lower_bound(first); it != m_items.end() && headerKeyOf(it->first) == key; ++it)
        result.push_back(&it->second);
    return result;
}

void PirStore::clear()
{
    m_headers.clear();
    m_items.clear();
    m_nextInternalId = 1;
    commit();
}

void PirStore::begin()
{
    commit();
    m_recording = true;
    m_undoNextInternalId = m_nextInternalId;
}

void PirStore::commit()
{
    m_recording = false;
    m_headerUndo.clear();
    m_itemUndo.clear();
}

void PirStore::rollback()
{
    for (auto &[key, before] : m_headerUndo) {
        if (before)
            m_headers[key] = std::move(*before);
        else
            m_headers.erase(key);
    }
    for (auto &[key, before] : m_itemUndo) {
        if (before)
            m_items[key] = std::move(*before);
        else
            m_items.erase(key);
    }
    m_nextInternalId = m_undoNextInternalId;
    commit();
}

void PirStore::remember(const PirHeaderKey &key)
{
    if (m_recording && !m_headerUndo.count(key)) {
        const PirHeader *existing = header(key);
        m_headerUndo.emplace(key, existing ? std::optional<PirHeader>(*existing) : std::nullopt);
    }
}

void PirStore::remember(const PirItemKey &key)
{
    if (m_recording && !m_itemUndo.count(key)) {
        const PirItem *existing = item(key);
        m_itemUndo.emplace(key, existing ? std::optional<PirItem>(*existing) : std::nullopt);
    }
}

} // namespace planbridge::sandbox
