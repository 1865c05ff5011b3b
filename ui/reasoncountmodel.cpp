#include "reasoncountmodel.h"

#include "reasontext.h"

#include "domain/validationresult.h"

#include <QLocale>

#include <algorithm>

namespace planbridge::ui {

ReasonCountModel::ReasonCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReasonCountModel::setResult(const ValidationResultPtr &result)
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    if (result) {
        for (int i = 0; i < ReasonCodeCount; ++i) {
            if (const auto count = result->rejectsByReason[static_cast<std::size_t>(i)]) {
                m_entries.push_back({static_cast<ReasonCode>(i), count});
                m_total += count;
            }
        }
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.count > b.count; });
    }
    endResetModel();
}

std::uint64_t ReasonCountModel::maxCount() const
{
    return m_entries.empty() ? 0 : m_entries.front().count;
}

int ReasonCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ReasonCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant ReasonCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[static_cast<std::size_t>(index.row())];
    const double share = m_total ? static_cast<double>(entry.count) / static_cast<double>(m_total) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReasonColumn:
            return reasonCodeText(entry.reason);
        case CountColumn:
            // A number, not text: the chart's bar mapper reads it as the bar value.
            return qulonglong(entry.count);
        case ShareColumn:
            return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
        }
        return {};
    case Qt::ToolTipRole:
        return reasonDescription(entry.reason);
    case Qt::TextAlignmentRole:
        if (index.column() != ReasonColumn)
            return rightAligned();
        return {};
    case SortRole:
        if (index.column() == ReasonColumn)
            return static_cast<int>(entry.reason);
        return qulonglong(entry.count);
    case ReasonCodeRole:
        return static_cast<int>(entry.reason);
    default:
        return {};
    }
}

QVariant ReasonCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != ReasonColumn)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReasonColumn:
        return tr("Reason");
    case CountColumn:
        return tr("Rejected rows");
    case ShareColumn:
        return tr("Share of rejects");
    default:
        return {};
    }
}

} // namespace planbridge::ui
