#include "acceptedrecordsmodel.h"

#include "domain/decimal.h"
#include "domain/validationresult.h"

#include <limits>

namespace planbridge::ui {

AcceptedRecordsModel::AcceptedRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AcceptedRecordsModel::setResult(ValidationResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int AcceptedRecordsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return static_cast<int>(std::min<std::size_t>(m_result->accepted.size(), std::numeric_limits<int>::max()));
}

int AcceptedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant AcceptedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AcceptedRecord &record = m_result->accepted[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SourcesColumn)
            return tr("Input rows (0-based) summed into this record: %1")
                .arg(sourcesText(record, MaxSourcesInToolTip));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return rightAligned();
        return {};
    case SortRole:
        return sortKey(record, index.column());
    case RecordIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant AcceptedRecordsModel::display(const AcceptedRecord &record, int column) const
{
    const ItemInfo &item = m_result->items[record.item];
    const LocationInfo &location = m_result->locations[record.location];
    switch (column) {
    case ItemColumn:
        return toQString(item.item);
    case LocationColumn:
        return toQString(location.location);
    case ErpPlantColumn:
        return toQString(location.erpPlant);
    case MrpAreaColumn:
        return toQString(location.mrpArea);
    case PeriodTypeColumn:
        switch (location.periodType) {
        case PeriodType::Day:
            return tr("Day");
        case PeriodType::Week:
            return tr("Week");
        case PeriodType::Month:
            return tr("Month");
        }
        return {};
    case PeriodColumn:
        return toQString(m_result->periodLabel(record));
    case PeriodStartColumn:
        return toQString(record.periodStart.toString());
    case QuantityColumn:
        // Exact: the engine's digits with the locale's separators, never a floating-point value.
        return localizedDecimal(formatThousandths(record.quantity));
    case UomColumn:
        return toQString(item.baseUom);
    case SourcesColumn: {
        return sourcesText(record, MaxSourcesShown);
    }
    default:
        return {};
    }
}

QVariant AcceptedRecordsModel::sortKey(const AcceptedRecord &record, int column) const
{
    switch (column) {
    case PeriodTypeColumn:
        return static_cast<int>(m_result->locations[record.location].periodType);
    case PeriodStartColumn:
    case PeriodColumn:
        return record.periodStart.dayNumber();
    case QuantityColumn: {
        // Sums are uncapped 128-bit values; clamping only affects the order of absurd totals.
        constexpr auto Max = std::numeric_limits<qlonglong>::max();
        return static_cast<qlonglong>(record.quantity > Int128(Max) ? Max : record.quantity);
    }
    case SourcesColumn:
        return record.sourcesCount ? qlonglong(m_result->sources[record.sourcesBegin]) : qlonglong(-1);
    default:
        return display(record, column);
    }
}

QString AcceptedRecordsModel::sourcesText(const AcceptedRecord &record, std::uint32_t limit) const
{
    QString text;
    const std::uint32_t shown = std::min(record.sourcesCount, limit);
    for (std::uint32_t i = 0; i < shown; ++i) {
        if (i)
            text += QStringLiteral(", ");
        text += QString::number(m_result->sources[record.sourcesBegin + i]);
    }
    if (record.sourcesCount > shown)
        text += tr(" … and %1 more").arg(record.sourcesCount - shown);
    return text;
}

QVariant AcceptedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == QuantityColumn)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case LocationColumn:
        return tr("Location");
    case ErpPlantColumn:
        return tr("ERP plant");
    case MrpAreaColumn:
        return tr("MRP area");
    case PeriodTypeColumn:
        return tr("Period type");
    case PeriodColumn:
        return tr("Period");
    case PeriodStartColumn:
        return tr("Period start");
    case QuantityColumn:
        return tr("Quantity");
    case UomColumn:
        return tr("UoM");
    case SourcesColumn:
        return tr("Source rows");
    default:
        return {};
    }
}

} // namespace planbridge::ui
