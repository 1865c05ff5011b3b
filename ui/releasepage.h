#pragma once

#include "consolepage.h"

#include <QDateTime>
#include <QThreadPool>
#include <QTimer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class MessageBar;
class TableModel;

// The current version's way to the ERP: submit, approve (four-eyes, explained), the ERP impact by
// plant before release, then the release with its progress (writes/s, retries, ETA) and cancel
// while nothing was sent. High-priority versions show their SLA countdown. Releases left queued
// (the ERP was down) go out again by themselves when it is back.
class ReleasePage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ReleasePage(Workspace &workspace, QWidget *parent = nullptr);
    ~ReleasePage() override;
    void reload() override;

    void submit();
    void approve();
    void sendBack(const QString &reason);
    void previewImpact();
    void release();
    // Sends what is queued of the version's latest release (after a crash or an outage).
    void resume();
    void cancelRelease();
    // Resumes every release with queued writes the user may send; true when one was started.
    bool resumeQueued();

    // How long one run waits out an ERP that does not answer before leaving the writes queued
    // (30 s by default; tests use 0).
    void setOutageWait(std::chrono::milliseconds wait) { m_outageWait = wait; }

    EngineJob *releaseJob() const { return m_releaseJob; }
    EngineJob *impactJob() const { return m_impactJob; }
    QString lastMessage() const;

private:
    struct Progress;
    void updateView();
    void onProgress(int permille, const QString &detail);
    void startDispatch(const QString &releaseId, bool resuming);

    QThreadPool m_pool;
    QString m_version;
    QString m_state;
    QString m_priority;
    QString m_submittedBy;
    QString m_latestRelease;
    QString m_previewed; // the version whose impact was last read
    QString m_statsRelease; // the release the progress line is about
    QDateTime m_slaDeadline;
    MessageBar *m_message;
    QLabel *m_title;
    QLabel *m_fourEyes;
    QLabel *m_sla;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_sendBack;
    QPushButton *m_preview;
    QPushButton *m_release;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    TableModel *m_impact;
    QLabel *m_impactTotals;
    QProgressBar *m_progress;
    QLabel *m_stats;
    EngineJob *m_releaseJob;
    EngineJob *m_impactJob;
    QTimer m_clock;
    std::chrono::milliseconds m_outageWait { 30'000 };
};

} // namespace planbridge::ui
