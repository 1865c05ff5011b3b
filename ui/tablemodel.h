#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace planbridge::ui {

// A small table of values with named columns: the impact by plant, feedback rows, endpoint health
// and the table behind each dashboard chart (each chart has its own instance, and the chart reads
// its numbers from it). Numbers are shown in the locale's notation and right-aligned; RawRole
// gives the value itself.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { RawRole = Qt::UserRole };

    explicit TableModel(QStringList headers, QObject *parent = nullptr);
    void setRows(QList<QVariantList> rows);
    const QList<QVariantList> &rows() const { return m_rows; }
    QVariant value(int row, int column) const;
    // Columns of numbers given as text (exact decimals in the locale's notation): right-aligned too.
    void setNumericColumns(QList<int> columns) { m_numericColumns = std::move(columns); }
    // A tooltip for a whole row (e.g. the full error text); empty for none.
    void setRowToolTips(QStringList tips);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
    QStringList m_tips;
    QList<int> m_numericColumns;
};

} // namespace planbridge::ui
