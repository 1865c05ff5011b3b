#include "releasepage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "erpconnection.h"
#include "messagebar.h"
#include "tablemodel.h"
#include "tableviews.h"
#include "versionlistmodel.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/erpimpact.h"
#include "engine/releaseservice.h"
#include "engine/versionworkflow.h"
#include "store/outboxstore.h"
#include "store/resultstore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>
#include <thread>

namespace planbridge::ui {
namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text, const QKeySequence &keys = {})
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (!keys.isEmpty()) {
        b->setShortcut(keys);
        b->setToolTip(keys.toString(QKeySequence::NativeText));
    }
    return b;
}

// The dispatcher's view of one run, turned into a line of progress for the user.
QString statsLine(const store::OutboxCounts &counts, std::size_t startAcked, double seconds)
{
    const std::size_t done = counts.acked + counts.dead + counts.cancelled;
    const double rate = seconds > 0 ? double(counts.acked - startAcked) / seconds : 0;
    // Every attempt that did not end a write (acknowledged or dead) was a failure to retry.
    const std::size_t ended = counts.acked + counts.dead;
    const std::size_t retries = counts.attempts > ended ? counts.attempts - ended : 0;
    const QLocale locale;
    QString line = ReleasePage::tr("%1 of %2 writes done · %3 writes/s · %4 retries · %5 dead letters")
                       .arg(locale.toString(qulonglong(done)), locale.toString(qulonglong(counts.total())),
                           locale.toString(rate, 'f', 0), locale.toString(qulonglong(retries)),
                           locale.toString(qulonglong(counts.dead)));
    if (rate > 0 && counts.queued > 0)
        line += ReleasePage::tr(" · about %1 s left").arg(locale.toString(double(counts.queued) / rate, 'f', 0));
    return line;
}

} // namespace

ReleasePage::ReleasePage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_fourEyes(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_submit(button(this, QStringLiteral("submitButton"), tr("&Submit for approval"), QKeySequence(Qt::CTRL | Qt::Key_Return)))
    , m_approve(button(this, QStringLiteral("approveButton"), tr("&Approve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , m_sendBack(button(this, QStringLiteral("sendBackButton"), tr("Send &back…")))
    , m_preview(button(this, QStringLiteral("previewButton"), tr("&Preview ERP impact")))
    , m_release(button(this, QStringLiteral("releaseButton"), tr("&Release to ERP"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
    , m_resume(button(this, QStringLiteral("resumeButton"), tr("Res&ume")))
    , m_cancel(button(this, QStringLiteral("cancelReleaseButton"), tr("&Cancel release…")))
    , m_impact(new TableModel({ tr("Plant"), tr("New"), tr("Changed"), tr("Set to zero"), tr("Unchanged") }, this))
    , m_impactTotals(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stats(new QLabel(this))
    , m_releaseJob(new EngineJob(workspace.cachePath(), &m_pool, this))
    , m_impactJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_message->setObjectName(QStringLiteral("releaseMessage"));
    m_title->setObjectName(QStringLiteral("releaseTitle"));
    m_fourEyes->setObjectName(QStringLiteral("fourEyes"));
    m_fourEyes->setWordWrap(true);
    m_sla->setObjectName(QStringLiteral("slaCountdown"));
    m_progress->setObjectName(QStringLiteral("releaseProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_stats->setObjectName(QStringLiteral("releaseStats"));
    m_impactTotals->setObjectName(QStringLiteral("impactByPlantTotals"));
    m_impactTotals->setWordWrap(true);

    connect(m_submit, &QPushButton::clicked, this, &ReleasePage::submit);
    connect(m_approve, &QPushButton::clicked, this, &ReleasePage::approve);
    connect(m_sendBack, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Send back"),
            tr("Why does version %1 go back to the planners?").arg(m_version), QLineEdit::Normal, {}, &ok);
        if (ok)
            sendBack(reason);
    });
    connect(m_preview, &QPushButton::clicked, this, &ReleasePage::previewImpact);
    connect(m_release, &QPushButton::clicked, this, &ReleasePage::release);
    connect(m_resume, &QPushButton::clicked, this, &ReleasePage::resume);
    connect(m_cancel, &QPushButton::clicked, this, &ReleasePage::cancelRelease);

    auto *approval = new QGroupBox(tr("Approval"), this);
    auto *approvalButtons = new QHBoxLayout;
    approvalButtons->addWidget(m_submit);
    approvalButtons->addWidget(m_approve);
    approvalButtons->addWidget(m_sendBack);
    approvalButtons->addStretch(1);
    auto *approvalLayout = new QVBoxLayout(approval);
    approvalLayout->addWidget(m_fourEyes);
    approvalLayout->addLayout(approvalButtons);

    auto *impact = new QGroupBox(tr("ERP impact before release"), this);
    auto *impactTable = denseTable(impact, QStringLiteral("impactByPlant"));
    impactTable->setModel(m_impact);
    impactTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *impactBar = new QHBoxLayout;
    impactBar->addWidget(m_preview);
    impactBar->addWidget(m_impactTotals, 1);
    auto *impactLayout = new QVBoxLayout(impact);
    impactLayout->addLayout(impactBar);
    impactLayout->addWidget(impactTable);

    auto *delivery = new QGroupBox(tr("Release"), this);
    auto *deliveryButtons = new QHBoxLayout;
    deliveryButtons->addWidget(m_release);
    deliveryButtons->addWidget(m_resume);
    deliveryButtons->addWidget(m_cancel);
    deliveryButtons->addStretch(1);
    auto *deliveryLayout = new QVBoxLayout(delivery);
    deliveryLayout->addLayout(deliveryButtons);
    deliveryLayout->addWidget(m_progress);
    deliveryLayout->addWidget(m_stats);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_sla);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(approval);
    layout->addWidget(impact, 1);
    layout->addWidget(delivery);

    connect(m_releaseJob, &EngineJob::progress, this, &ReleasePage::onProgress);
    connect(m_releaseJob, &EngineJob::finished, this, [this](const QString &message) {
        m_message->showInfo(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_releaseJob, &EngineJob::failed, this, [this](const QString &message) {
        m_message->showError(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_impactJob, &EngineJob::finished, m_impactTotals, &QLabel::setText);
    connect(m_impactJob, &EngineJob::failed, m_impactTotals, &QLabel::setText);
    connect(&workspace, &Workspace::currentVersionChanged, this, [this] {
        m_impact->setRows({});
        m_impactTotals->clear();
        m_previewed.clear();
        if (isVisible())
            reload();
    });
    connect(&workspace, &Workspace::erpBackOnline, this, &ReleasePage::resumeQueued);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        VersionRow row;
        row.priority = m_priority;
        row.slaDeadline = m_slaDeadline;
        row.posted = m_state != QStringLiteral("approved") && m_state != QStringLiteral("released")
            && m_state != QStringLiteral("posting") && m_slaDeadline.isValid();
        const QString text = VersionListModel::slaText(row, QDateTime::currentDateTimeUtc());
        m_sla->setText(text.isEmpty() ? QString() : tr("High priority · SLA %1").arg(text));
    });
    m_clock.start();
}

ReleasePage::~ReleasePage()
{
    m_releaseJob->cancel();
    m_impactJob->cancel();
    m_pool.waitForDone();
}

QString ReleasePage::lastMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReleasePage::reload()
{
    m_version = m_workspace.currentVersion();
    m_state.clear();
    m_latestRelease.clear();
    if (!m_version.isEmpty() && m_workspace.session()) {
        VersionWorkflow workflow(m_workspace.cache());
        auto version = workflow.versions().find(m_version.toStdString());
        if (version && *version) {
            const store::StoredVersion &v = **version;
            m_state = fromStd(std::string(versionStateName(v.state)));
            m_priority = fromStd(v.priority);
            m_submittedBy = fromStd(v.submittedBy.value_or(""));
            m_slaDeadline = {};
            if (const auto deadline = workflow.slaDeadline(v))
                m_slaDeadline = QDateTime::fromMSecsSinceEpoch(
                    std::chrono::duration_cast<std::chrono::milliseconds>(deadline->time_since_epoch()).count(), Qt::UTC);
        }
        auto releases = store::OutboxStore(m_workspace.cache()).releasesOf(m_version.toStdString());
        if (releases && !releases->empty()) {
            m_latestRelease = fromStd(releases->front().id);
            auto counts = store::OutboxStore(m_workspace.cache()).counts(releases->front().id);
            // The last run's own line (rate, retries) stays until another release is shown.
            if (counts && !m_releaseJob->isRunning() && m_statsRelease != m_latestRelease) {
                const std::size_t done = counts->acked + counts->dead + counts->cancelled;
                m_progress->setValue(counts->total() ? int(1000 * done / counts->total()) : 0);
                m_stats->setText(tr("%1: %2 acknowledged, %3 queued, %4 dead letters")
                                     .arg(m_latestRelease)
                                     .arg(counts->acked)
                                     .arg(counts->queued)
                                     .arg(counts->dead));
            }
        } else if (!m_releaseJob->isRunning()) {
            m_progress->setValue(0);
            m_stats->clear();
        }
    }
    updateView();
    // The impact is what an approver wants to see first: read it once per version, in the background.
    if (m_version != m_previewed && m_workspace.hasErp() && m_workspace.erpReachability() != Reachability::Offline) {
        m_previewed = m_version;
        previewImpact();
    }
}

void ReleasePage::updateView()
{
    if (m_version.isEmpty()) {
        m_title->setText(tr("Choose a version on the Versions page."));
    } else {
        m_title->setText(tr("<b>Release</b> of version %1 (%2, %3 priority)")
                             .arg(m_version.toHtmlEscaped(), VersionListModel::stateText(m_state),
                                 m_priority == QStringLiteral("high") ? tr("high") : tr("normal")));
    }
    const QString me = m_workspace.userName();
    if (m_state == QStringLiteral("submitted")) {
        m_fourEyes->setText(m_submittedBy == me
                ? tr("You submitted this version. Four-eyes rule: another user with the approver role must "
                     "approve it; your own approval will be refused.")
                : tr("Submitted by %1. Approve it if it is right, or send it back with a reason.").arg(m_submittedBy));
    } else {
        m_fourEyes->setText(tr("A planner submits a validated version; a different user with the approver role "
                               "approves it (four-eyes); then it can be released."));
    }
    const bool busy = m_releaseJob->isRunning();
    m_submit->setEnabled(!busy && m_workspace.allows(auth::Action::Submit)
        && (m_state == QStringLiteral("validated") || m_state == QStringLiteral("resolving")));
    // Approve stays enabled for the submitter who is also an approver: the engine refuses and the
    // page says why, rather than hiding the rule.
    m_approve->setEnabled(!busy && m_workspace.allows(auth::Action::Approve) && m_state == QStringLiteral("submitted"));
    m_sendBack->setEnabled(m_approve->isEnabled());
    m_preview->setEnabled(!m_version.isEmpty() && m_workspace.hasErp());
    m_release->setEnabled(!busy && m_workspace.allows(auth::Action::Release) && m_state == QStringLiteral("approved"));
    const bool queued = m_state == QStringLiteral("released") || m_state == QStringLiteral("posting")
        || m_state == QStringLiteral("partially-posted");
    m_resume->setEnabled(!busy && !m_latestRelease.isEmpty() && queued
        && (m_workspace.allows(auth::Action::Release) || m_workspace.allows(auth::Action::Resume)));
    m_cancel->setEnabled(!m_latestRelease.isEmpty() && m_workspace.allows(auth::Action::CancelRelease)
        && (m_state == QStringLiteral("released") || m_state == QStringLiteral("posting")));
}

void ReleasePage::submit()
{
    if (auto error = VersionWorkflow(m_workspace.cache()).submit(*m_workspace.session(), m_version.toStdString()))
        m_message->showError(tr("Not submitted: %1").arg(fromStd(error->message)));
    else
        m_message->showInfo(tr("Version %1 is submitted and waits for an approver.").arg(m_version));
    m_workspace.notifyCacheChanged();
}

void ReleasePage::approve()
{
    if (auto error = VersionWorkflow(m_workspace.cache()).approve(*m_workspace.session(), m_version.toStdString()))
        m_message->showError(tr("Not approved: %1").arg(fromStd(error->message)));
    else
        m_message->showInfo(tr("Version %1 is approved and can be released.").arg(m_version));
    m_workspace.notifyCacheChanged();
}

void ReleasePage::sendBack(const QString &reason)
{
    if (auto error = VersionWorkflow(m_workspace.cache())
                         .sendBack(*m_workspace.session(), m_version.toStdString(), reason.toStdString()))
        m_message->showError(tr("Not sent back: %1").arg(fromStd(error->message)));
    else
        m_message->showInfo(tr("Version %1 went back to the planners.").arg(m_version));
    m_workspace.notifyCacheChanged();
}

void ReleasePage::previewImpact()
{
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    auto table = std::make_shared<QList<QVariantList>>();
    const std::string version = m_version.toStdString();
    QPointer<TableModel> model(m_impact);
    connect(m_impactJob, &EngineJob::finished, m_impact, [model, table] {
        if (model)
            model->setRows(*table);
    }, Qt::SingleShotConnection);
    m_impactTotals->setText(tr("Reading the ERP's PIRs…"));
    m_impactJob->start(QStringLiteral("impact"), [version, erp, table](JobContext &context) {
        auto result = store::ResultStore(context.cache).load(version);
        if (!result || !*result)
            return JobOutcome::failure(tr("Version %1 has no validation result.").arg(fromStd(version)));
        auto state = erp->pirs.readPirState({});
        if (!state)
            return JobOutcome::failure(tr("The ERP is not reachable, so the impact is unknown: %1")
                                           .arg(fromStd(state.error().message)));
        auto impact = computeErpImpact(**result, {}, *state);
        if (!impact)
            return JobOutcome::failure(fromStd(impact.error().message));
        for (const PlantImpact &p : impact->plants)
            table->append({ fromStd(p.plant), qulonglong(p.totals.creates), qulonglong(p.totals.changes),
                qulonglong(p.totals.zeroOuts), qulonglong(p.totals.unchanged) });
        const ImpactTotals &t = impact->totals;
        return JobOutcome::success(tr("PIR buckets in all: new %1, changed %2, set to zero %3, unchanged %4.")
                                       .arg(t.creates)
                                       .arg(t.changes)
                                       .arg(t.zeroOuts)
                                       .arg(t.unchanged));
    });
}

void ReleasePage::release()
{
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    ReleaseService service(m_workspace.cache(), erp->pirs);
    auto releaseId = service.release(*m_workspace.session(), m_version.toStdString());
    if (!releaseId) {
        m_message->showError(tr("Not released: %1").arg(fromStd(releaseId.error().message)));
        return;
    }
    m_latestRelease = fromStd(*releaseId);
    m_workspace.notifyCacheChanged();
    startDispatch(m_latestRelease, false);
}

void ReleasePage::resume()
{
    if (!m_latestRelease.isEmpty())
        startDispatch(m_latestRelease, true);
}

bool ReleasePage::resumeQueued()
{
    if (m_releaseJob->isRunning() || !m_workspace.session()
        || !(m_workspace.allows(auth::Action::Release) || m_workspace.allows(auth::Action::Resume)))
        return false;
    store::OutboxStore outbox(m_workspace.cache());
    auto versions = VersionWorkflow(m_workspace.cache()).versions().list();
    if (!versions)
        return false;
    for (const store::StoredVersion &v : *versions) {
        if (v.state != VersionState::Released && v.state != VersionState::Posting)
            continue;
        auto releases = outbox.releasesOf(v.id);
        if (!releases || releases->empty())
            continue;
        auto counts = outbox.counts(releases->front().id);
        if (counts && counts->queued > 0) {
            m_workspace.setCurrentVersion(fromStd(v.id));
            startDispatch(fromStd(releases->front().id), true);
            return true;
        }
    }
    return false;
}

void ReleasePage::startDispatch(const QString &releaseId, bool resuming)
{
    const auth::Session session = *m_workspace.session();
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    const std::string id = releaseId.toStdString();
    m_progress->setValue(0);
    m_statsRelease = releaseId;
    m_stats->setText(resuming ? tr("Resuming %1…").arg(releaseId) : tr("Sending %1…").arg(releaseId));
    const auto outageWait = m_outageWait;
    m_releaseJob->start(QStringLiteral("release"), [session, erp, id, outageWait, resuming](JobContext &context) {
        ReleaseService service(context.cache, erp->pirs);
        const auto started = std::chrono::steady_clock::now();
        auto before = service.outbox().counts(id);
        const std::size_t startAcked = before ? before->acked : 0;
        DispatchOptions options;
        // Short outages are waited out in this run; longer ones leave the writes queued, and the
        // console sends them when the ERP answers again.
        options.waitBudget = outageWait;
        options.retryNow = resuming; // the ERP is back, or a person asked: no backoff timer to wait out
        options.progress = [&](const store::OutboxCounts &counts) {
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const std::size_t done = counts.acked + counts.dead + counts.cancelled;
            context.progress(counts.total() ? int(1000 * done / counts.total()) : 1000,
                statsLine(counts, startAcked, seconds));
            return !context.cancelled.load();
        };
        options.sleep = [&context](std::chrono::milliseconds pause) {
            const auto until = std::chrono::steady_clock::now() + pause;
            while (!context.cancelled.load() && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        };
        auto report = service.dispatch(session, id, options);
        if (!report)
            return JobOutcome::failure(tr("Release %1 stopped: %2").arg(fromStd(id), fromStd(report.error().message)));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.progress(report->counts.total() ? int(1000 * (report->counts.total() - report->counts.queued)
                                                      / report->counts.total())
                                                : 1000,
            statsLine(report->counts, startAcked, seconds));
        if (report->stopped)
            return JobOutcome::success(tr("Release %1 paused; writes still queued: %2.")
                                           .arg(fromStd(id))
                                           .arg(report->counts.queued));
        if (report->counts.queued > 0)
            return JobOutcome::failure(tr("The ERP is not answering. Writes of %2 that stay queued and go out when it is back: %1.")
                                           .arg(report->counts.queued)
                                           .arg(fromStd(id)));
        if (report->counts.dead > 0)
            return JobOutcome::failure(tr("Release %1 finished; writes the ERP refused or never took (dead letters): %2. See Exceptions.")
                                           .arg(fromStd(id))
                                           .arg(report->counts.dead));
        return JobOutcome::success(tr("Release %1 is posted; writes acknowledged: %2.")
                                       .arg(fromStd(id))
                                       .arg(report->counts.acked));
    });
    updateView();
}

void ReleasePage::onProgress(int permille, const QString &detail)
{
    m_progress->setValue(permille);
    if (!detail.isEmpty())
        m_stats->setText(detail);
}

void ReleasePage::cancelRelease()
{
    if (m_latestRelease.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel release"),
        tr("A release can be cancelled only while nothing of it was sent. Why cancel %1?").arg(m_latestRelease),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_releaseJob->cancel();
    m_releaseJob->waitForIdle();
    auto erp = m_workspace.connectErp();
    ReleaseService service(m_workspace.cache(), erp->pirs);
    if (auto error = service.cancel(*m_workspace.session(), m_latestRelease.toStdString(), reason.toStdString()))
        m_message->showError(tr("Not cancelled: %1").arg(fromStd(error->message)));
    else
        m_message->showInfo(tr("Release %1 is cancelled; nothing of it reached the ERP.").arg(m_latestRelease));
    m_workspace.notifyCacheChanged();
}

} // namespace planbridge::ui
