#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace planbridge::store {
class Cache;
}

namespace planbridge::ui {

// What a job's work gets on its thread: its own connection to the cache, a cancel flag to check,
// and a way to report progress (thousandths plus a line of detail such as "1,200 items/s").
struct JobContext
{
    store::Cache &cache;
    const std::atomic_bool &cancelled;
    std::function<void(int permille, const QString &detail)> progress;
};

// The outcome of a job's work: a message for the user, and whether it failed.
struct JobOutcome
{
    bool ok = true;
    QString message;
    static JobOutcome success(QString message) { return { true, std::move(message) }; }
    static JobOutcome failure(QString message) { return { false, std::move(message) }; }
};

// Runs engine work on a thread pool the owner keeps, so the GUI thread never waits for the engine.
// The work opens its own cache connection. Starting again abandons the current run: its cancel
// flag is set and whatever it still reports is dropped by run id.
class EngineJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<JobOutcome(JobContext &)>;

    EngineJob(QString cachePath, QThreadPool *pool, QObject *parent = nullptr);
    ~EngineJob() override; // cancels and waits: a job may be writing to the cache

    // `label` names the run in logs and tests; it is not shown to users.
    void start(const QString &label, Work work);
    void cancel();
    bool isRunning() const { return m_current != 0; }
    const QString &label() const { return m_label; }
    // Blocks until every run, current or abandoned, is done; for tests and shutdown.
    void waitForIdle();

signals:
    void started(const QString &label);
    void progress(int permille, const QString &detail);
    void finished(const QString &message);
    void failed(const QString &message);

private:
    void deliver(quint64 id, const JobOutcome &outcome);

    QString m_cachePath;
    QThreadPool *m_pool;
    quint64 m_lastId = 0;
    quint64 m_current = 0;
    QString m_label;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_runs;
};

} // namespace planbridge::ui
