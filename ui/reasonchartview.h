#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
class QVBarModelMapper;
QT_END_NAMESPACE

namespace planbridge::ui {

class ReasonCountModel;

// Rejected rows by reason as horizontal bars. The bars come from the model through a bar model
// mapper, so the chart and the table beside it cannot disagree.
class ReasonChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ReasonChartView(ReasonCountModel *model, QWidget *parent = nullptr);

    QHorizontalBarSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAxes();
    void applyPalette();
    void styleBarSet(QBarSet *set) const;

    ReasonCountModel *m_model;
    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

} // namespace planbridge::ui
