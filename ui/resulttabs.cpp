#include "resulttabs.h"

#include "acceptedrecordsmodel.h"
#include "reasonchartview.h"
#include "reasoncountmodel.h"
#include "rejectsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace planbridge::ui {
namespace {

// Item views drop group separators from numbers; counts read better with them ("113,233").
class GroupedCountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.userType() != QMetaType::ULongLong)
            return QStyledItemDelegate::displayText(value, locale);
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return grouped.toString(value.toULongLong());
    }
};

} // namespace

ResultTabs::ResultTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_acceptedModel(new AcceptedRecordsModel(this))
    , m_rejectsModel(new RejectsModel(this))
    , m_reasonModel(new ReasonCountModel(this))
{
    setObjectName(QStringLiteral("resultTabs"));
    setDocumentMode(true);
    addTab(createAcceptedTab(), QString());
    addTab(createRejectsTab(), QString());
    addTab(createReasonsTab(), QString());
    updateTabTitles();
}

void ResultTabs::setResult(const ValidationResultPtr &result)
{
    m_acceptedModel->setResult(result);
    m_rejectsModel->setResult(result);
    m_reasonModel->setResult(result);
    fitColumns(m_acceptedView, 360);
    fitColumns(m_rejectsView, 260);
    fitReasonsPane();
    updateRejectsCount();
    updateTabTitles();
}

void ResultTabs::showRejectsMatching(const QString &text)
{
    m_rejectsFilter->setText(text);
    setCurrentIndex(RejectsTab);
}

QTableView *ResultTabs::createTableView(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Fixed row heights: a million rows scroll without measuring any of them.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

void ResultTabs::fitColumns(QTableView *view, int maxWidth)
{
    // Measures only the rows Qt samples (resizeContentsPrecision), not the whole data set.
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column) + 12, maxWidth));
}

void ResultTabs::fitReasonsPane()
{
    // The table keeps the width its columns need (longer in German); the chart takes the rest.
    fitColumns(m_reasonsView, 320);
    const int wanted = m_reasonsView->horizontalHeader()->length() + 2 * m_reasonsView->frameWidth()
        + m_reasonsView->verticalScrollBar()->sizeHint().width();
    const QList<int> sizes = m_reasonsSplitter->sizes();
    if (sizes.size() == 2 && sizes[0] < wanted)
        m_reasonsSplitter->setSizes({wanted, std::max(sizes[0] + sizes[1] - wanted, wanted)});
}

QWidget *ResultTabs::createAcceptedTab()
{
    m_acceptedView = createTableView(QStringLiteral("acceptedView"));
    m_acceptedProxy = new QSortFilterProxyModel(this);
    m_acceptedProxy->setObjectName(QStringLiteral("acceptedProxy"));
    m_acceptedProxy->setSourceModel(m_acceptedModel);
    m_acceptedProxy->setSortRole(AcceptedRecordsModel::SortRole);
    m_acceptedView->setModel(m_acceptedProxy);
    // No initial sort: the engine's order (item, location, period) is the natural one.
    m_acceptedView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_acceptedView->setSortingEnabled(true);
    return m_acceptedView;
}

QWidget *ResultTabs::createRejectsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    m_rejectsFilter = new QLineEdit;
    m_rejectsFilter->setObjectName(QStringLiteral("rejectsFilter"));
    m_rejectsFilter->setPlaceholderText(tr("Filter by reason, field, value or message"));
    m_rejectsFilter->setClearButtonEnabled(true);
    m_rejectsCount = new QLabel;
    m_rejectsCount->setObjectName(QStringLiteral("rejectsCount"));
    bar->addWidget(m_rejectsFilter, 1);
    bar->addWidget(m_rejectsCount);
    layout->addLayout(bar);

    m_rejectsView = createTableView(QStringLiteral("rejectsView"));
    m_rejectsProxy = new QSortFilterProxyModel(this);
    m_rejectsProxy->setObjectName(QStringLiteral("rejectsProxy"));
    m_rejectsProxy->setSourceModel(m_rejectsModel);
    m_rejectsProxy->setSortRole(RejectsModel::SortRole);
    m_rejectsProxy->setFilterKeyColumn(-1);
    m_rejectsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_rejectsView->setModel(m_rejectsProxy);
    m_rejectsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_rejectsView->setSortingEnabled(true);
    layout->addWidget(m_rejectsView, 1);

    connect(m_rejectsFilter, &QLineEdit::textChanged, m_rejectsProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_rejectsFilter, &QLineEdit::textChanged, this, &ResultTabs::updateRejectsCount);
    return page;
}

QWidget *ResultTabs::createReasonsTab()
{
    auto *splitter = m_reasonsSplitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reasonsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_reasonsView = createTableView(QStringLiteral("reasonsView"));
    m_reasonsView->setModel(m_reasonModel);
    m_reasonsView->horizontalHeader()->setStretchLastSection(false);
    m_reasonsView->setItemDelegateForColumn(ReasonCountModel::CountColumn, new GroupedCountDelegate(m_reasonsView));
    m_reasonsView->setToolTip(tr("Double-click a reason to see its rejected rows"));
    m_chart = new ReasonChartView(m_reasonModel);
    m_chart->setObjectName(QStringLiteral("reasonChart"));
    splitter->addWidget(m_reasonsView);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    connect(m_reasonsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showRejectsMatching(index.siblingAtColumn(ReasonCountModel::ReasonColumn).data().toString());
    });
    return splitter;
}

void ResultTabs::updateRejectsCount()
{
    const QLocale locale;
    const int shown = m_rejectsProxy->rowCount();
    const int total = m_rejectsModel->rowCount();
    m_rejectsCount->setText(tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void ResultTabs::updateTabTitles()
{
    const QLocale locale;
    setTabText(AcceptedTab, tr("Accepted records (%1)").arg(locale.toString(m_acceptedModel->rowCount())));
    setTabText(RejectsTab, tr("Rejects (%1)").arg(locale.toString(m_rejectsModel->rowCount())));
    setTabText(ReasonsTab, tr("Reasons"));
}

} // namespace planbridge::ui
