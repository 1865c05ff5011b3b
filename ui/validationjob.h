#pragma once

#include "resulttypes.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace planbridge::ui {

struct ValidationRequest;

// Runs the engine's validation on a thread pool the owner keeps, one run at a time. Starting a new
// run or cancelling abandons the current one: its cancel flag stops the engine at the next progress
// check, and whatever it still reports is dropped by run id.
class ValidationJob : public QObject
{
    Q_OBJECT
public:
    explicit ValidationJob(QThreadPool *pool, QObject *parent = nullptr);
    ~ValidationJob() override; // cancels and waits for abandoned runs, which are about to stop

    quint64 start(const ValidationRequest &request);
    void cancel();

    bool isRunning() const { return m_currentId != 0; }
    // Whether any run, current or abandoned, still occupies a pool thread.
    bool hasActiveTasks() const;
    const QString &currentLabel() const { return m_label; }
    qint64 lastElapsedMs() const { return m_lastElapsedMs; }

signals:
    void progress(int permille);
    void finished(planbridge::ui::ValidationResultPtr result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome;
    void deliver(quint64 id, const std::shared_ptr<Outcome> &outcome);
    void deliverProgress(quint64 id, int permille);
    void pruneFinished();

    QThreadPool *m_pool;
    quint64 m_lastId = 0;
    quint64 m_currentId = 0; // 0 when idle
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_tasks;
    QString m_label;
    qint64 m_lastElapsedMs = 0;
};

} // namespace planbridge::ui
