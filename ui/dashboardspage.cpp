#include "dashboardspage.h"

#include "chartpanel.h"
#include "consoledata.h"
#include "messagebar.h"
#include "tablemodel.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/feedbackservice.h"
#include "engine/kpis.h"
#include "engine/versionworkflow.h"
#include "store/outboxstore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace planbridge::ui {
namespace {

double nearestRank(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(values.size(), rank) - 1];
}

QWidget *grid(QWidget *parent, const QList<ChartPanel *> &panels)
{
    auto *page = new QWidget(parent);
    auto *layout = new QGridLayout(page);
    // Two charts a row; an odd last one gets the whole row (long category names need the room).
    for (int i = 0; i < panels.size(); ++i) {
        const bool alone = i == panels.size() - 1 && i % 2 == 0;
        layout->addWidget(panels[i], i / 2, i % 2, 1, alone ? 2 : 1);
    }
    return page;
}

} // namespace

DashboardsPage::DashboardsPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_latency(new ChartPanel(tr("Approval → posting latency (s) against the SLA"), ChartPanel::Kind::Lines,
          new TableModel({ tr("Version"), tr("Latency s"), tr("p50 s"), tr("p95 s") }), { 2, 3 }, this))
    , m_acceptance(new ChartPanel(tr("Acceptance rate (%)"), ChartPanel::Kind::Bars,
          new TableModel({ tr("Version"), tr("Acceptance %"), tr("Rows in"), tr("Accepted") }), { 1 }, this))
    , m_rejects(new ChartPanel(tr("Rejects by reason"), ChartPanel::Kind::HorizontalBars,
          new TableModel({ tr("Reason"), tr("Rejects") }), { 1 }, this))
    , m_retries(new ChartPanel(tr("Retry volume and queue depth"), ChartPanel::Kind::Bars,
          new TableModel({ tr("Version"), tr("Retries"), tr("Queued"), tr("Dead letters") }), { 1, 2, 3 }, this))
    , m_feedback(new ChartPanel(tr("Feedback completion"), ChartPanel::Kind::Pie,
          new TableModel({ tr("Posted versions"), tr("Count") }), { 1 }, this))
    , m_shortages(new ChartPanel(tr("Shortages by plant"), ChartPanel::Kind::Bars,
          new TableModel({ tr("Plant"), tr("Shortages"), tr("Planned orders"), tr("Requisitions") }), { 1 }, this))
    , m_integrationLatency(new ChartPanel(tr("Approval → posting latency (s) against the SLA"), ChartPanel::Kind::Lines,
          new TableModel({ tr("Version"), tr("Latency s"), tr("p50 s"), tr("p95 s") }), { 2, 3 }, this))
    , m_tabs(new QTabWidget(this))
    , m_headline(new QLabel(this))
    , m_message(new MessageBar(this))
{
    m_charts = { m_latency, m_acceptance, m_rejects, m_retries, m_feedback, m_shortages, m_integrationLatency };
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_headline->setObjectName(QStringLiteral("kpiHeadline"));
    m_headline->setWordWrap(true);
    m_tabs->addTab(grid(this, { m_latency, m_acceptance, m_rejects }), tr("Planning"));
    m_tabs->addTab(grid(this, { m_retries, m_integrationLatency }), tr("Integration"));
    m_tabs->addTab(grid(this, { m_feedback, m_shortages }), tr("Execution"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Dashboards</b>: the measures of every version in the cache"), this));
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    connect(&workspace, &Workspace::sessionChanged, this, [this] {
        // Each role starts on its own dashboard.
        if (m_workspace.allows(auth::Action::ViewExceptions) && !m_workspace.allows(auth::Action::Submit))
            m_tabs->setCurrentIndex(1);
        else if (m_workspace.allows(auth::Action::TriggerMrp) && !m_workspace.allows(auth::Action::Submit))
            m_tabs->setCurrentIndex(2);
        else
            m_tabs->setCurrentIndex(0);
    });
}

void DashboardsPage::reload()
{
    if (!m_workspace.session())
        return;
    const WorkflowSettings settings = loadWorkflowSettings(m_workspace.cache());
    auto report = computeKpis(*m_workspace.session(), m_workspace.cache(), settings);
    if (!report) {
        m_message->showError(fromStd(report.error().message));
        return;
    }
    QList<QVariantList> latency, acceptance, retries;
    std::vector<double> seen;
    qulonglong posted = 0, complete = 0;
    for (const VersionKpis &v : report->versions) {
        const QString id = fromStd(v.versionId);
        if (v.rowsIn > 0)
            acceptance.append({ id, 100.0 * double(v.rowsAccepted) / double(v.rowsIn), qulonglong(v.rowsIn),
                qulonglong(v.rowsAccepted) });
        if (v.writes > 0)
            retries.append({ id, qulonglong(v.retries), qulonglong(v.queued), qulonglong(v.deadLetters) });
        if (v.approvalToPostingSeconds) {
            // p50 and p95 over every posting so far: how the latency develops over time.
            seen.push_back(*v.approvalToPostingSeconds);
            latency.append({ id, *v.approvalToPostingSeconds, nearestRank(seen, 0.5), nearestRank(seen, 0.95) });
            ++posted;
            complete += v.feedbackComplete ? 1 : 0;
        }
    }
    for (ChartPanel *chart : { m_latency, m_integrationLatency }) {
        chart->model()->setRows(latency);
        chart->setReferenceLine(double(settings.highPrioritySla.count() * 60), tr("SLA (high priority)"));
    }
    m_acceptance->model()->setRows(acceptance);
    m_retries->model()->setRows(retries);
    QList<QVariantList> reasons;
    for (const auto &[reason, count] : report->rejectsByReason)
        reasons.append({ fromStd(reason), qulonglong(count) });
    std::sort(reasons.begin(), reasons.end(), [](const QVariantList &a, const QVariantList &b) {
        return a[1].toULongLong() > b[1].toULongLong();
    });
    m_rejects->model()->setRows(reasons);
    m_feedback->model()->setRows(
        { { tr("feedback complete"), complete }, { tr("waiting for feedback"), posted - complete } });

    // Shortages by plant, over the feedback of every release.
    std::map<std::string, std::array<qulonglong, 3>> byPlant;
    store::OutboxStore outbox(m_workspace.cache());
    for (const VersionKpis &v : report->versions) {
        auto releases = outbox.releasesOf(v.versionId);
        for (const store::ReleaseInfo &r : releases ? *releases : std::vector<store::ReleaseInfo>()) {
            auto stored = storedFeedback(m_workspace.cache(), *m_workspace.session(), r.id);
            if (!stored)
                continue;
            for (const auto &s : stored->shortages)
                ++byPlant[s.plant][0];
            for (const auto &o : stored->plannedOrders)
                ++byPlant[o.plant][1];
            for (const auto &q : stored->requisitions)
                ++byPlant[q.plant][2];
        }
    }
    QList<QVariantList> plants;
    for (const auto &[plant, counts] : byPlant)
        plants.append({ fromStd(plant), counts[0], counts[1], counts[2] });
    m_shortages->model()->setRows(plants);

    const QLocale locale;
    const auto seconds = [&locale](const std::optional<double> &s) {
        return s ? tr("%1 s").arg(locale.toString(*s, 'f', 1)) : tr("n/a");
    };
    m_headline->setText(tr("Latency p50 %1, p95 %2 · %3 SLA breaches · acceptance %4% · %5 retries · queue %6 · "
                           "%7 dead letters · feedback complete for %8% of posted versions")
                            .arg(seconds(report->latencyP50), seconds(report->latencyP95))
                            .arg(report->slaBreaches)
                            .arg(locale.toString(100.0 * report->acceptanceRate, 'f', 1))
                            .arg(report->retryVolume)
                            .arg(report->queueDepth)
                            .arg(report->deadLetters)
                            .arg(locale.toString(100.0 * report->feedbackCompletion, 'f', 0)));
}

} // namespace planbridge::ui
