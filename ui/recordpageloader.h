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

    // Page 0 of a new query, then (when `count`) the number of rows matching it: the first rows
    // can be shown before SQLite has counted a million.
    void loadQuery(quint64 generation, const std::string &version, store::RecordQuery query, bool count);
    void loadPage(quint64 generation, const std::string &version, store::RecordQuery query, int page);
    // Newer queries make queued work of older ones pointless, and a running one (a count over a
    // million rows) is interrupted. Called from the GUI thread.
    void setLatest(quint64 generation);

private:
    bool ensureOpen(RecordPageReply &reply);

    std::string m_cachePath;
    Reply m_reply;
    std::unique_ptr<store::Cache> m_cache;
    std::atomic<quint64> m_latest { 0 };
    std::atomic<store::Database *> m_db { nullptr }; // for interrupt() from the GUI thread
};

} // namespace planbridge::ui
