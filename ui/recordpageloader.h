#pragma once

// Plain C++: reads pages of a version's input rows on a thread of its own, with its own cache
// connection, so the record table never waits for SQLite on the GUI thread.
#include "store/cache.h"
#include "store/recordstore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace planbridge::ui {

struct RecordPageReply
{
    quint64 generation = 0;
    int page = -1; // -1: the count
    std::size_t count = 0;
    std::vector<store::StoredRecord> rows;
    std::string error;
};

// Lives on the loader thread; every call arrives there through QMetaObject::invokeMethod.
class RecordPageLoader : public QObject
{
public:
    using Reply = std::function<void(RecordPageReply)>;
    RecordPageLoader(std::string cachePath, Reply reply);

    // The count of rows matching the query, then page 0, for a new query.
    void loadQuery(quint64 generation, const std::string &version, store::RecordQuery query);
    void loadPage(quint64 generation, const std::string &version, store::RecordQuery query, int page);
    // Newer queries make queued work of older ones pointless.
    void setLatest(quint64 generation) { m_latest = generation; }

private:
    bool ensureOpen(RecordPageReply &reply);

    std::string m_cachePath;
    Reply m_reply;
    std::unique_ptr<store::Cache> m_cache;
    std::atomic<quint64> m_latest { 0 };
};

} // namespace planbridge::ui
