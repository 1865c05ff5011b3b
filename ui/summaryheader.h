#pragma once

#include "resulttypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace planbridge::ui {

// The key figures of the shown version in one calm row: version, as-of date, rows in, accepted,
// rejected, ERP records out and the acceptance rate.
class SummaryHeader : public QWidget
{
    Q_OBJECT
public:
    enum Figure { Version, AsOf, RowsIn, Accepted, Rejected, RecordsOut, AcceptanceRate, NumFigures };

    explicit SummaryHeader(QWidget *parent = nullptr);

    void setResult(const ValidationResultPtr &result, const QString &sourceLabel);
    QString figureText(Figure figure) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_captions[NumFigures] = {};
    QLabel *m_values[NumFigures] = {};
    QLabel *m_source = nullptr;
};

} // namespace planbridge::ui
