#include "gridmodel.h"

#include "resulttypes.h"

#include <QBrush>

namespace planbridge::ui {

GridModel::GridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GridModel::setGrid(GridData grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    if (m_grid.cells.size() != m_grid.rows.size() * m_grid.columns.size())
        m_grid.cells.resize(m_grid.rows.size() * m_grid.columns.size());
    endResetModel();
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.columns.size());
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GridData::Cell &cell = m_grid.cells[index.row() * m_grid.columns.size() + index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : cell.toolTip;
    case Qt::BackgroundRole:
        return cell.color.isValid() ? QBrush(cell.color) : QVariant();
    case Qt::ForegroundRole:
        // Dark text on the light heat-map colours, whatever the palette.
        return cell.color.isValid() ? QBrush(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::TextAlignmentRole:
        return rightAligned();
    default:
        return {};
    }
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList &labels = orientation == Qt::Horizontal ? m_grid.columns : m_grid.rows;
    return section >= 0 && section < labels.size() ? QVariant(labels[section]) : QVariant();
}

} // namespace planbridge::ui
