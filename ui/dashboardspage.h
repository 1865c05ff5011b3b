#pragma once

#include "consolepage.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace planbridge::ui {

class ChartPanel;
class MessageBar;

// The KPIs as charts, one dashboard per role: planning (latency against the SLA, acceptance,
// rejects by reason), integration (retries and queue depth, latency) and execution (feedback
// completion, shortages by plant). Each chart has its own model and table, and exports.
class DashboardsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit DashboardsPage(Workspace &workspace, QWidget *parent = nullptr);
    void reload() override;
    const QList<ChartPanel *> &charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    ChartPanel *m_latency;
    ChartPanel *m_acceptance;
    ChartPanel *m_rejects;
    ChartPanel *m_retries;
    ChartPanel *m_feedback;
    ChartPanel *m_shortages;
    ChartPanel *m_integrationLatency;
    QList<ChartPanel *> m_charts;
    QTabWidget *m_tabs;
    QLabel *m_headline;
    MessageBar *m_message;
};

} // namespace planbridge::ui
