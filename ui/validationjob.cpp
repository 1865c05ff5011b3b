#include "validationjob.h"

#include "validationrequest.h"

#include "domain/validationresult.h"
#include "sample/sampledata.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace planbridge::ui {

// What a run hands back to the GUI thread.
struct ValidationJob::Outcome
{
    ValidationResultPtr result;
    EngineError error;
    qint64 elapsedMs = 0;
};

ValidationRequest ValidationRequest::sample()
{
    ValidationRequest request = fromText(std::string(sampleMasterData()), std::string(sampleVersion()),
                                         std::string(SampleVersionName));
    request.label = ValidationJob::tr("bundled sample");
    return request;
}

ValidationRequest ValidationRequest::fromText(std::string masterText, std::string inputText, std::string inputName)
{
    ValidationRequest request;
    request.masterText = std::make_shared<const std::string>(std::move(masterText));
    request.inputText = std::make_shared<const std::string>(std::move(inputText));
    request.label = toQString(inputName);
    request.inputName = std::move(inputName);
    return request;
}

ValidationRequest ValidationRequest::fromFiles(const QString &masterPath, const QString &inputPath,
                                               VersionOverrides overrides)
{
    ValidationRequest request;
    request.overrides = std::move(overrides);
    request.masterPath = QFile::encodeName(masterPath).toStdString();
    request.inputPath = QFile::encodeName(inputPath).toStdString();
    request.inputName = request.inputPath;
    request.label = QFileInfo(inputPath).fileName();
    return request;
}

ValidationJob::ValidationJob(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
}

ValidationJob::~ValidationJob()
{
    cancel();
    // Abandoned runs see their cancel flag within one progress step; they post to this object, so
    // it must outlive them.
    for (QFuture<void> &task : m_tasks)
        task.waitForFinished();
}

quint64 ValidationJob::start(const ValidationRequest &request)
{
    if (m_cancel)
        m_cancel->store(true);
    pruneFinished();
    const quint64 id = ++m_lastId;
    m_currentId = id;
    m_label = request.label;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    auto work = [this, id, cancel = m_cancel, request]() {
        QElapsedTimer timer;
        timer.start();
        int lastPermille = -1;
        const ProgressCallback progress = [&](int permille) {
            if (cancel->load())
                return false;
            if (permille != lastPermille) {
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    this, [this, id, permille] { deliverProgress(id, permille); }, Qt::QueuedConnection);
            }
            return true;
        };
        auto outcome = std::make_shared<Outcome>();
        auto result = [&]() -> Expected<ValidationResult> {
            if (request.fromFiles())
                return validateForecastFiles(request.masterPath, request.inputPath, request.overrides, progress);
            auto master = loadMasterData(*request.masterText);
            if (!master)
                return EngineError {"master data: " + master.error().message};
            return validateForecast(*master, *request.inputText, request.inputName, request.overrides, progress);
        }();
        if (result)
            outcome->result = std::make_shared<const ValidationResult>(std::move(*result));
        else
            outcome->error = result.error();
        outcome->elapsedMs = timer.elapsed();
        if (!cancel->load())
            QMetaObject::invokeMethod(this, [this, id, outcome] { deliver(id, outcome); }, Qt::QueuedConnection);
    };
    m_tasks.append(QtConcurrent::run(m_pool, std::move(work)));
    return id;
}

void ValidationJob::cancel()
{
    if (!isRunning())
        return;
    m_cancel->store(true);
    m_currentId = 0;
    emit cancelled();
}

bool ValidationJob::hasActiveTasks() const
{
    return std::any_of(m_tasks.cbegin(), m_tasks.cend(), [](const QFuture<void> &f) { return !f.isFinished(); });
}

void ValidationJob::pruneFinished()
{
    m_tasks.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
}

void ValidationJob::deliverProgress(quint64 id, int permille)
{
    if (id == m_currentId)
        emit progress(permille);
}

void ValidationJob::deliver(quint64 id, const std::shared_ptr<Outcome> &outcome)
{
    if (id != m_currentId)
        return; // stale: cancelled or replaced by a newer run
    m_currentId = 0;
    m_lastElapsedMs = outcome->elapsedMs;
    pruneFinished();
    if (outcome->result)
        emit finished(outcome->result);
    else if (outcome->error.cancelled)
        emit cancelled();
    else
        emit failed(toQString(outcome->error.message));
}

} // namespace planbridge::ui
