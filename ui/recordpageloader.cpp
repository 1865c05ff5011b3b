#include "recordpageloader.h"

namespace planbridge::ui {

RecordPageLoader::RecordPageLoader(std::string cachePath, Reply reply)
    : m_cachePath(std::move(cachePath))
    , m_reply(std::move(reply))
{
}

bool RecordPageLoader::ensureOpen(RecordPageReply &reply)
{
    if (m_cache)
        return true;
    auto cache = store::Cache::open(m_cachePath);
    if (!cache) {
        reply.error = cache.error().message;
        return false;
    }
    m_cache = std::move(*cache);
    m_db = &m_cache->db();
    return true;
}

void RecordPageLoader::setLatest(quint64 generation)
{
    m_latest = generation;
    // Whatever runs now belongs to an older query: sqlite3_interrupt is safe from another thread.
    if (store::Database *db = m_db.load())
        db->interrupt();
}

void RecordPageLoader::loadQuery(quint64 generation, const std::string &version, store::RecordQuery query, bool count)
{
    loadPage(generation, version, query, 0);
    if (!count || generation < m_latest)
        return;
    RecordPageReply reply;
    reply.generation = generation;
    if (ensureOpen(reply)) {
        auto counted = store::RecordStore(*m_cache).count(version, query);
        if (counted)
            reply.count = *counted;
        else
            reply.error = counted.error().message;
    }
    m_reply(std::move(reply));
}

void RecordPageLoader::loadPage(quint64 generation, const std::string &version, store::RecordQuery query, int page)
{
    if (generation < m_latest)
        return;
    RecordPageReply reply;
    reply.generation = generation;
    reply.page = page;
    if (ensureOpen(reply)) {
        query.offset = std::size_t(page) * query.limit;
        auto rows = store::RecordStore(*m_cache).page(version, query);
        if (rows)
            reply.rows = std::move(*rows);
        else
            reply.error = rows.error().message;
    }
    m_reply(std::move(reply));
}

} // namespace planbridge::ui
