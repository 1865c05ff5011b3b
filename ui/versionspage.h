#pragma once

#include "consolepage.h"

#include <QThreadPool>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class GridModel;
class MessageBar;
class RecordTableModel;
class VersionListModel;
struct GridData;

// The versions in the cache and, for the chosen one, its input rows (filter, sort, search over the
// cache, a page at a time), the pivot of what it sends (item × period), and the diff against what
// the ERP holds now as a heat map with totals.
class VersionsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit VersionsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~VersionsPage() override;
    void reload() override;

    RecordTableModel *records() const { return m_records; }
    VersionListModel *versions() const { return m_versions; }
    void importFiles();
    void compareWithErp();
    EngineJob *importJob() const { return m_importJob; }
    EngineJob *impactJob() const { return m_impactJob; }

private:
    void onVersionChosen(const QString &id);
    void applyFilter();
    void loadPivot(const QString &id);
    void showGrid(GridModel *model, QLabel *label, const std::shared_ptr<GridData> &grid, const QString &summary);

    QThreadPool m_pool;
    MessageBar *m_message;
    VersionListModel *m_versions;
    QSortFilterProxyModel *m_sortedVersions;
    QTableView *m_versionTable;
    QTabWidget *m_tabs;
    RecordTableModel *m_records;
    QTableView *m_recordTable;
    QLineEdit *m_item;
    QLineEdit *m_location;
    QLineEdit *m_channel;
    QLineEdit *m_bucket;
    QLineEdit *m_search;
    QLabel *m_recordCount;
    QTimer m_filterDelay;
    GridModel *m_pivot;
    QLabel *m_pivotLabel;
    GridModel *m_impact;
    QLabel *m_impactLabel;
    QPushButton *m_compare;
    EngineJob *m_importJob;
    EngineJob *m_impactJob;
    EngineJob *m_pivotJob;
    // Each run fills the grid it was started with; a stale run's grid is dropped with it.
    std::shared_ptr<GridData> m_impactGrid;
    std::shared_ptr<GridData> m_pivotGrid;
    QString m_pivotKey; // version id @ its last update, for which the pivot was read
    QTimer m_clock;
};

} // namespace planbridge::ui
