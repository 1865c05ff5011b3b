#include "versionlistmodel.h"

#include "resulttypes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace planbridge::ui {

VersionListModel::VersionListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void VersionListModel::setRows(QList<VersionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int VersionListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void VersionListModel::tick(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SlaColumn), index(int(m_rows.size()) - 1, SlaColumn));
}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QString VersionListModel::stateText(const QString &state)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("pulled"), QT_TR_NOOP("pulled") },
        { QStringLiteral("validated"), QT_TR_NOOP("validated") },
        { QStringLiteral("resolving"), QT_TR_NOOP("resolving") },
        { QStringLiteral("submitted"), QT_TR_NOOP("submitted") },
        { QStringLiteral("approved"), QT_TR_NOOP("approved") },
        { QStringLiteral("released"), QT_TR_NOOP("released") },
        { QStringLiteral("posting"), QT_TR_NOOP("posting") },
        { QStringLiteral("posted"), QT_TR_NOOP("posted") },
        { QStringLiteral("partially-posted"), QT_TR_NOOP("partially posted") },
        { QStringLiteral("mrp-triggered"), QT_TR_NOOP("MRP triggered") },
        { QStringLiteral("feedback-complete"), QT_TR_NOOP("feedback complete") },
        { QStringLiteral("superseded"), QT_TR_NOOP("superseded") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("cancelled") },
    };
    const auto found = names.constFind(state);
    return found == names.constEnd() ? state : tr(*found);
}

QString VersionListModel::slaText(const VersionRow &row, const QDateTime &now)
{
    if (row.priority != QStringLiteral("high"))
        return {};
    if (!row.slaDeadline.isValid())
        return tr("starts at approval");
    if (row.posted)
        return tr("stopped");
    const qint64 seconds = now.secsTo(row.slaDeadline);
    if (seconds >= 0)
        return tr("%1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("breached %n min ago", nullptr, int(-seconds / 60));
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionRow &row = m_rows[index.row()];
    if (role == VersionIdRole)
        return row.id;
    if (role == StateRole)
        return row.state;
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return c == RowsColumn || c == AcceptedColumn || c == RejectedColumn ? rightAligned() : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == SlaColumn && row.slaDeadline.isValid() && !row.posted
        && m_now > row.slaDeadline)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ForegroundRole && index.column() == RejectedColumn && row.rejected > 0)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case PlanColumn:
        return row.plan;
    case StateColumn:
        return stateText(row.state);
    case PriorityColumn:
        return row.priority == QStringLiteral("high") ? tr("high") : tr("normal");
    case RowsColumn:
        return locale.toString(row.rowsIn);
    case AcceptedColumn:
        return locale.toString(row.accepted);
    case RejectedColumn:
        return locale.toString(row.rejected);
    case SlaColumn:
        return slaText(row, m_now);
    case UpdatedColumn:
        return row.updatedAt;
    default:
        return {};
    }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Version");
    case PlanColumn:
        return tr("Plan");
    case StateColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case RowsColumn:
        return tr("Rows");
    case AcceptedColumn:
        return tr("Accepted");
    case RejectedColumn:
        return tr("Rejected");
    case SlaColumn:
        return tr("SLA");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace planbridge::ui
