#include "resolutionlistmodel.h"

namespace planbridge::ui {

ResolutionListModel::ResolutionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResolutionListModel::setRows(QList<ResolutionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ResolutionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResolutionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant ResolutionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ResolutionRow &row = m_rows[index.row()];
    switch (index.column()) {
    case KindColumn:
        return row.kind;
    case DetailColumn:
        return row.detail;
    case ReasonColumn:
        return row.reason;
    case AuthorColumn:
        return row.author;
    case AtColumn:
        return row.at;
    default:
        return {};
    }
}

QVariant ResolutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Resolution");
    case DetailColumn:
        return tr("What");
    case ReasonColumn:
        return tr("Why");
    case AuthorColumn:
        return tr("By");
    case AtColumn:
        return tr("When (UTC)");
    default:
        return {};
    }
}

} // namespace planbridge::ui
