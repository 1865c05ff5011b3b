#include "rejectsmodel.h"

#include "reasontext.h"

#include "domain/validationresult.h"

#include <limits>

namespace planbridge::ui {

RejectsModel::RejectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectsModel::setResult(ValidationResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return static_cast<int>(std::min<std::size_t>(m_result->rejects.size(), std::numeric_limits<int>::max()));
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reject &reject = m_result->rejects[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(reject, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return reasonDescription(reject.reason);
        if (index.column() == MessageColumn || index.column() == ValueColumn)
            return display(reject, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return rightAligned();
        return {};
    case SortRole:
        if (index.column() == RowColumn)
            return qulonglong(reject.row);
        if (index.column() == ReasonColumn)
            return static_cast<int>(reject.reason);
        return display(reject, index.column());
    case ReasonCodeRole:
        return static_cast<int>(reject.reason);
    default:
        return {};
    }
}

QVariant RejectsModel::display(const Reject &reject, int column) const
{
    switch (column) {
    case RowColumn:
        return qulonglong(reject.row);
    case ReasonColumn:
        return reasonCodeText(reject.reason);
    case FieldColumn:
        return reject.field ? toQString(*reject.field) : QString();
    case ValueColumn:
        return reject.value ? toQString(*reject.value) : QString();
    case MessageColumn:
        // Engine messages are English sentences built from the data; they are shown as written.
        return toQString(reject.message);
    default:
        return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == RowColumn)
        return rightAligned();
    if (role == Qt::ToolTipRole && section == RowColumn)
        return tr("Position of the record in the input, counting from 0");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ReasonColumn:
        return tr("Reason");
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace planbridge::ui
