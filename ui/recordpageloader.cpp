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
    return true;
}

void RecordPageLoader::loadQuery(quint64 generation, const std::string &version, store::RecordQuery query)
{
    if (generation < m_latest)
        return;
    RecordPageReply reply;
    reply.generation = generation;
    if (ensureOpen(reply)) {
        auto count = store::RecordStore(*m_cache).count(version, query);
        if (count)
            reply.count = *count;
        else
            reply.error = count.error().message;
    }
    const bool ok = reply.error.empty();
    m_reply(std::move(reply));
    if (ok)
        loadPage(generation, version, std::move(query), 0);
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
