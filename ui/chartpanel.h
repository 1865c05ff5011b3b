#pragma once

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace planbridge::ui {

class TableModel;

// One dashboard chart with the table behind it: the chart is drawn from its own model (column 0
// names the category, the value columns become series), a toggle shows the table, and both
// export: the table as CSV, the chart as PNG.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Bars, HorizontalBars, Lines, Pie };
    ChartPanel(const QString &title, Kind kind, TableModel *model, QList<int> valueColumns, QWidget *parent = nullptr);

    TableModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    // A horizontal line across a line chart (the SLA); NaN for none.
    void setReferenceLine(double value, const QString &label);
    QString exportCsv(const QString &path) const; // an error text, empty on success
    bool exportPng(const QString &path) const;
    const QString &title() const { return m_title; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void askExportCsv();
    void askExportPng();

    QString m_title;
    Kind m_kind;
    TableModel *m_model;
    QList<int> m_valueColumns;
    double m_reference;
    QString m_referenceLabel;
    QChart *m_chart;
    QChartView *m_view;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

} // namespace planbridge::ui
