#pragma once

#include "resulttypes.h"

#include <QTabWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace planbridge::ui {

class AcceptedRecordsModel;
class ReasonChartView;
class ReasonCountModel;
class RejectsModel;

// The tabs that show one validation result: accepted ERP records, rejected rows with a filter,
// and rejects by reason as a chart beside its table.
class ResultTabs : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { AcceptedTab, RejectsTab, ReasonsTab, NumTabs };

    explicit ResultTabs(QWidget *parent = nullptr);

    void setResult(const ValidationResultPtr &result);
    // Shows the Rejects tab filtered by `text`, e.g. a reason code.
    void showRejectsMatching(const QString &text);

private:
    QWidget *createAcceptedTab();
    QWidget *createRejectsTab();
    QWidget *createReasonsTab();
    QTableView *createTableView(const QString &objectName);
    void fitColumns(QTableView *view, int maxWidth);
    void fitReasonsPane();
    void updateRejectsCount();
    void updateTabTitles();

    AcceptedRecordsModel *m_acceptedModel;
    RejectsModel *m_rejectsModel;
    ReasonCountModel *m_reasonModel;
    QSortFilterProxyModel *m_acceptedProxy = nullptr;
    QSortFilterProxyModel *m_rejectsProxy = nullptr;
    QTableView *m_acceptedView = nullptr;
    QTableView *m_rejectsView = nullptr;
    QTableView *m_reasonsView = nullptr;
    QLineEdit *m_rejectsFilter = nullptr;
    QLabel *m_rejectsCount = nullptr;
    ReasonChartView *m_chart = nullptr;
    QSplitter *m_reasonsSplitter = nullptr;
};

} // namespace planbridge::ui
