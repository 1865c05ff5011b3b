#pragma once

#include "consolepage.h"

#include <QThreadPool>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class MessageBar;
class TableModel;

// Execution feedback for plant schedulers: per plant, the planned orders, purchase requisitions,
// shortages and coverage MRP produced from a release; and lineage from any feedback row back to
// its PIR write, the transformed ERP records and the original forecast rows, and forward again to
// every proposal of the same material and plant.
class FeedbackPage : public ConsolePage
{
    Q_OBJECT
public:
    enum FeedbackColumns { KindColumn, DocumentColumn, MaterialColumn, PlantColumn, QuantityColumn, UnitColumn, DateColumn, NumFeedbackColumns };

    explicit FeedbackPage(Workspace &workspace, QWidget *parent = nullptr);
    ~FeedbackPage() override;
    void reload() override;

    void setRelease(const QString &releaseId);
    // Runs MRP for the release's plants and collects the feedback (schedulers).
    void collect();
    // Shows the lineage of the given row of the feedback table (as the view shows it).
    void showLineage(int row);

    TableModel *feedback() const { return m_feedback; }
    QTreeWidget *lineageTree() const { return m_lineage; }
    EngineJob *lineageJob() const { return m_lineageJob; }
    EngineJob *collectJob() const { return m_collectJob; }

private:
    void loadFeedback();

    QThreadPool m_pool;
    QString m_release;
    MessageBar *m_message;
    QComboBox *m_releases;
    QComboBox *m_plants;
    QPushButton *m_collect;
    TableModel *m_summary;
    TableModel *m_feedback;
    QSortFilterProxyModel *m_feedbackOfPlant;
    QTableView *m_feedbackTable;
    QTreeWidget *m_lineage;
    QLabel *m_lineageTitle;
    EngineJob *m_lineageJob;
    EngineJob *m_collectJob;
};

} // namespace planbridge::ui
