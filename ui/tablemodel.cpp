#include "tablemodel.h"

#include "resulttypes.h"

#include <QLocale>

namespace planbridge::ui {

TableModel::TableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

void TableModel::setRows(QList<QVariantList> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_tips.clear();
    endResetModel();
}

void TableModel::setRowToolTips(QStringList tips)
{
    m_tips = std::move(tips);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_headers.size()) - 1), { Qt::ToolTipRole });
}

QVariant TableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].size())
        return {};
    return m_rows[row][column];
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = value(index.row(), index.column());
    const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
        || v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::Double;
    switch (role) {
    case Qt::DisplayRole:
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', 1);
        if (number)
            return QLocale().toString(v.toLongLong());
        return v;
    case Qt::TextAlignmentRole:
        return number || m_numericColumns.contains(index.column()) ? rightAligned() : QVariant();
    case Qt::ToolTipRole:
        return index.row() < m_tips.size() && !m_tips[index.row()].isEmpty() ? QVariant(m_tips[index.row()]) : QVariant();
    case RawRole:
        return v;
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace planbridge::ui
