#include "chartpanel.h"

#include "tableexport.h"
#include "tablemodel.h"
#include "tableviews.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace planbridge::ui {

ChartPanel::ChartPanel(const QString &title, Kind kind, TableModel *model, QList<int> valueColumns, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_kind(kind)
    , m_model(model)
    , m_valueColumns(std::move(valueColumns))
    , m_reference(std::numeric_limits<double>::quiet_NaN())
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_table(denseTable(this, QStringLiteral("chartTable")))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    model->setParent(this);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_table->setModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No data yet: this chart fills in as versions are released."));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *toggle = new QToolButton(this);
    toggle->setText(tr("Table"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show the numbers behind the chart"));
    auto *csv = new QToolButton(this);
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Export the table as CSV"));
    auto *png = new QToolButton(this);
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Export the chart as a PNG picture"));
    connect(toggle, &QToolButton::toggled, this, [this](bool table) {
        m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table)
                                        : (m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty));
    });
    connect(csv, &QToolButton::clicked, this, &ChartPanel::askExportCsv);
    connect(png, &QToolButton::clicked, this, &ChartPanel::askExportPng);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);

    auto *bar = new QHBoxLayout;
    bar->addWidget(heading, 1);
    bar->addWidget(toggle);
    bar->addWidget(csv);
    bar->addWidget(png);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    rebuild();
}

void ChartPanel::setReferenceLine(double value, const QString &label)
{
    m_reference = value;
    m_referenceLabel = label;
    rebuild();
}

void ChartPanel::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const int rows = m_model->rowCount();
    if (m_stack->currentWidget() != m_table)
        m_stack->setCurrentWidget(rows ? static_cast<QWidget *>(m_view) : m_empty);
    if (rows == 0)
        return;
    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories.append(m_model->value(r, 0).toString());
    if (m_kind == Kind::Pie) {
        auto *pie = new QPieSeries(m_chart);
        for (int r = 0; r < rows; ++r) {
            const double value = m_model->value(r, m_valueColumns.value(0, 1)).toDouble();
            if (value > 0)
                pie->append(QStringLiteral("%1 (%2)").arg(categories[r]).arg(value), value)->setLabelVisible(true);
        }
        m_chart->addSeries(pie);
        applyTheme();
        return;
    }
    auto *x = new QBarCategoryAxis(m_chart);
    x->append(categories);
    // Many or long names under a vertical chart: slant them rather than cut them to "…".
    const qsizetype longest = std::max_element(categories.begin(), categories.end(),
        [](const QString &a, const QString &b) { return a.size() < b.size(); })->size();
    if (m_kind != Kind::HorizontalBars && rows * longest > 60)
        x->setLabelsAngle(-30);
    x->setTruncateLabels(false); // a reason code or version id cut to "…" says nothing
    auto *y = new QValueAxis(m_chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    // Long category names (reasons) read better down the side.
    const bool horizontal = m_kind == Kind::HorizontalBars;
    m_chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    double top = 0;
    if (m_kind == Kind::Bars || horizontal) {
        QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(m_chart))
                                                : new QBarSeries(m_chart);
        for (const int column : m_valueColumns) {
            auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString(), series);
            for (int r = 0; r < rows; ++r) {
                const double v = m_model->value(r, column).toDouble();
                set->append(v);
                top = std::max(top, v);
            }
            series->append(set);
        }
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    } else {
        for (const int column : m_valueColumns) {
            auto *line = new QLineSeries(m_chart);
            line->setName(m_model->headerData(column, Qt::Horizontal).toString());
            line->setPointsVisible(true);
            for (int r = 0; r < rows; ++r) {
                const double v = m_model->value(r, column).toDouble();
                line->append(r, v);
                top = std::max(top, v);
            }
            m_chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        if (!std::isnan(m_reference)) {
            auto *reference = new QLineSeries(m_chart);
            reference->setName(m_referenceLabel);
            // Across the whole plot, also when there is a single category.
            reference->append(-0.5, m_reference);
            reference->append(rows - 0.5, m_reference);
            QPen pen(QColor(0xc0, 0x39, 0x2b));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            m_chart->addSeries(reference);
            reference->attachAxis(x);
            reference->attachAxis(y);
            reference->setPen(pen);
            top = std::max(top, m_reference);
        }
    }
    // Small counts get one tick per whole number; larger values nice round steps.
    const double upper = top > 0 ? std::ceil(top * 1.1) : 1;
    y->setRange(0, upper);
    if (upper <= 10)
        y->setTickCount(int(upper) + 1);
    else
        y->applyNiceNumbers();
    applyTheme();
}

void ChartPanel::applyTheme()
{
    // Follow the system palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes())
        axis->setLabelsColor(palette().color(QPalette::Text));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString ChartPanel::exportCsv(const QString &path) const
{
    return ui::exportCsv(*m_model, path);
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

void ChartPanel::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as CSV").arg(m_title), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export"), tr("Could not export %1: %2").arg(path, error));
}

void ChartPanel::askExportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as PNG").arg(m_title), {}, tr("PNG pictures (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
}

} // namespace planbridge::ui
