#include "reasonchartview.h"

#include "reasoncountmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace planbridge::ui {
namespace {

// A tick step of 1, 2 or 5 × 10^k that gives at most about six intervals up to `max`.
double niceStep(double max)
{
    if (max <= 6)
        return 1;
    const double raw = max / 6.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// Horizontal bar charts draw the first category at the bottom. Reversing the rows puts the most
// frequent reason on top, in the table's order; the data still comes from the one model.
class ReversedRows : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return left.row() > right.row();
    }
};

} // namespace

ReasonChartView::ReasonChartView(ReasonCountModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries(m_chart))
    , m_mapper(new QVBarModelMapper(this))
    , m_categories(new QBarCategoryAxis(m_chart))
    , m_values(new QValueAxis(m_chart))
{
    setChart(m_chart); // the view owns the chart from here on
    setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels in the user's notation ("113,233"), like the table beside the chart.
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 12, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.6);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setMinorTickCount(0);

    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets)
            styleBarSet(set);
    });
    m_mapper->setSeries(m_series);
    m_mapper->setFirstBarSetColumn(ReasonCountModel::CountColumn);
    m_mapper->setLastBarSetColumn(ReasonCountModel::CountColumn);
    m_mapper->setFirstRow(0);
    auto *reversed = new ReversedRows(this);
    reversed->setSourceModel(m_model);
    reversed->sort(0);
    m_mapper->setModel(reversed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReasonChartView::updateAxes);
    applyPalette();
    updateAxes();
}

void ReasonChartView::updateAxes()
{
    QStringList reasons;
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        reasons.append(m_model->index(row, ReasonCountModel::ReasonColumn).data().toString());
    m_categories->setCategories(reasons);
    const double max = static_cast<double>(m_model->maxCount());
    const double step = niceStep(max);
    m_values->setTickInterval(step);
    // Headroom so the count printed after the longest bar stays inside the plot.
    m_values->setRange(0.0, std::max(step, std::ceil(max * 1.12 / step) * step));
    m_chart->setTitle(reasons.isEmpty() ? tr("No rejected rows") : tr("Rejected rows by reason"));
}

void ReasonChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ReasonChartView::applyPalette()
{
    // Follow the system palette instead of a Qt Charts theme, so dark desktops stay readable.
    const QPalette p = palette();
    setBackgroundBrush(p.base());
    m_chart->setBackgroundBrush(p.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(p.text());
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    m_chart->setTitleFont(titleFont);
    QColor grid = p.color(QPalette::Text);
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsBrush(p.text());
        axis->setLabelsFont(font());
        axis->setLinePen(QPen(grid, 1));
        axis->setGridLinePen(QPen(grid, 1));
    }
    m_categories->setGridLineVisible(false);
    for (QBarSet *set : m_series->barSets())
        styleBarSet(set);
}

void ReasonChartView::styleBarSet(QBarSet *set) const
{
    const QPalette p = palette();
    set->setColor(p.color(QPalette::Highlight));
    set->setBorderColor(p.color(QPalette::Highlight));
    set->setLabelColor(p.color(QPalette::Text));
    set->setLabelFont(font());
}

} // namespace planbridge::ui
