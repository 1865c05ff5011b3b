#include "enginejob.h"

#include "store/cache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace planbridge::ui {

EngineJob::EngineJob(QString cachePath, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_pool(pool)
{
}

EngineJob::~EngineJob()
{
    cancel();
    waitForIdle();
}

void EngineJob::waitForIdle()
{
    for (QFuture<void> &run : m_runs)
        run.waitForFinished();
    m_runs.clear();
}

void EngineJob::start(const QString &label, Work work)
{
    cancel();
    m_runs.removeIf([](const QFuture<void> &run) { return run.isFinished(); });
    const quint64 id = ++m_lastId;
    m_current = id;
    m_label = label;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit started(label);
    QPointer<EngineJob> self(this);
    const auto cancel = m_cancel;
    const std::string path = m_cachePath.toStdString();
    m_runs.append(QtConcurrent::run(m_pool, [self, id, cancel, path, work = std::move(work)] {
        auto post = [self, id](auto call) {
            QMetaObject::invokeMethod(
                qApp, [self, id, call] {
                    if (self && self->m_current == id)
                        call(*self);
                },
                Qt::QueuedConnection);
        };
        JobOutcome outcome;
        auto cache = store::Cache::open(path);
        if (!cache) {
            outcome = JobOutcome::failure(QString::fromStdString(cache.error().message));
        } else {
            JobContext context { **cache, *cancel, [post](int permille, const QString &detail) {
                                    post([permille, detail](EngineJob &job) { emit job.progress(permille, detail); });
                                } };
            outcome = work(context);
        }
        post([id, outcome](EngineJob &job) { job.deliver(id, outcome); });
    }));
}

void EngineJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void EngineJob::deliver(quint64 id, const JobOutcome &outcome)
{
    if (id != m_current)
        return;
    m_current = 0;
    if (outcome.ok)
        emit finished(outcome.message);
    else
        emit failed(outcome.message);
}

} // namespace planbridge::ui
