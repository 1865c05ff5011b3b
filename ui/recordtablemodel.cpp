#include "recordtablemodel.h"

#include "recordpageloader.h"
#include "resulttypes.h"

#include <QCoreApplication>
#include <QPointer>

namespace planbridge::ui {
namespace {

store::RecordQuery::Sort sortOf(int column)
{
    switch (column) {
    case RecordTableModel::ItemColumn:
        return store::RecordQuery::Sort::Item;
    case RecordTableModel::LocationColumn:
        return store::RecordQuery::Sort::Location;
    case RecordTableModel::ChannelColumn:
        return store::RecordQuery::Sort::Channel;
    case RecordTableModel::BucketColumn:
        return store::RecordQuery::Sort::BucketStart;
    default:
        return store::RecordQuery::Sort::Row;
    }
}

std::optional<std::string> exact(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<std::string>(trimmed.toStdString());
}

store::RecordQuery queryOf(const RecordTableModel::Filter &filter, int sortColumn, Qt::SortOrder order)
{
    store::RecordQuery query;
    query.item = exact(filter.item);
    query.location = exact(filter.location);
    query.channel = exact(filter.channel);
    query.bucketStart = exact(filter.bucketStart);
    query.search = filter.search.trimmed().toStdString();
    query.sort = sortOf(sortColumn);
    query.descending = order == Qt::DescendingOrder;
    query.limit = RecordTableModel::PageSize;
    return query;
}

} // namespace

struct RecordTableModel::Page
{
    std::vector<store::StoredRecord> rows;
};

RecordTableModel::RecordTableModel(const QString &cachePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cachePath(cachePath)
{
    m_thread.setObjectName(QStringLiteral("record pages"));
    QPointer<RecordTableModel> self(this);
    m_loader = new RecordPageLoader(cachePath.toStdString(), [self](RecordPageReply reply) {
        QMetaObject::invokeMethod(
            qApp, [self, reply = std::move(reply)] {
                if (self)
                    self->onReply(reply);
            },
            Qt::QueuedConnection);
    });
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread.start();
}

RecordTableModel::~RecordTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

void RecordTableModel::setVersion(const QString &versionId)
{
    if (versionId == m_version)
        return;
    m_version = versionId;
    restart();
}

void RecordTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= NumColumns)
        return;
    m_sortColumn = column;
    m_order = order;
    restart(true);
}

void RecordTableModel::restart(bool keepCount)
{
    keepCount = keepCount && m_countKnown;
    beginResetModel();
    ++m_generation;
    if (!keepCount) {
        m_count = 0;
        m_countKnown = false;
    }
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_loading = !m_version.isEmpty();
    endResetModel();
    if (m_version.isEmpty())
        return;
    const store::RecordQuery query = queryOf(m_filter, m_sortColumn, m_order);
    const quint64 generation = m_generation;
    const std::string version = m_version.toStdString();
    RecordPageLoader *loader = m_loader;
    loader->setLatest(generation);
    m_requested.insert(0, true);
    const bool count = !keepCount;
    QMetaObject::invokeMethod(loader, [loader, generation, version, query, count] {
        loader->loadQuery(generation, version, query, count);
    });
}

void RecordTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page, true);
    const store::RecordQuery query = queryOf(m_filter, m_sortColumn, m_order);
    const quint64 generation = m_generation;
    const std::string version = m_version.toStdString();
    RecordPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader, generation, version, query, page] {
        loader->loadPage(generation, version, query, page);
    });
}

void RecordTableModel::onReply(const RecordPageReply &reply)
{
    if (reply.generation != m_generation)
        return;
    if (!reply.error.empty()) {
        m_loading = false;
        m_requested.remove(reply.page);
        emit loadFailed(QString::fromStdString(reply.error));
        return;
    }
    if (reply.page < 0) {
        const int count = int(std::min<std::size_t>(reply.count, std::size_t(std::numeric_limits<int>::max())));
        setRowCount(count);
        m_countKnown = true;
        m_loading = false;
        emit countChanged(count);
        return;
    }
    // Before the count: as many rows as the first page holds, so they show at once.
    if (!m_countKnown && reply.page == 0)
        setRowCount(int(reply.rows.size()));
    auto page = std::make_shared<Page>();
    page->rows = reply.rows;
    m_pages.insert(reply.page, page);
    m_recent.removeAll(reply.page);
    m_recent.append(reply.page);
    while (m_recent.size() > MaxPages) {
        const int evicted = m_recent.takeFirst();
        m_pages.remove(evicted);
        m_requested.remove(evicted);
    }
    m_loading = false;
    const int first = reply.page * PageSize;
    const int last = std::min(m_count, first + int(reply.rows.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, NumColumns - 1), { Qt::DisplayRole });
    emit rowsLoaded();
}

void RecordTableModel::setRowCount(int count)
{
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == RowColumn || index.column() == QuantityColumn ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const int pageNumber = index.row() / PageSize;
    const auto found = m_pages.constFind(pageNumber);
    if (found == m_pages.constEnd()) {
        requestPage(pageNumber);
        return QStringLiteral("…");
    }
    const auto &rows = (*found)->rows;
    const std::size_t at = std::size_t(index.row() % PageSize);
    if (at >= rows.size())
        return {};
    const store::StoredRecord &record = rows[at];
    const auto text = [](const std::optional<std::string> &value) {
        return value ? QString::fromStdString(*value) : QString();
    };
    switch (index.column()) {
    case RowColumn:
        return QVariant::fromValue(record.row); // 0-based, as rejects and lineage name rows
    case ItemColumn:
        return text(record.item);
    case LocationColumn:
        return text(record.location);
    case ChannelColumn:
        return text(record.channel);
    case BucketColumn:
        return text(record.bucketStart);
    case QuantityColumn:
        return text(record.quantity); // as it came in: a bad quantity is shown as it was sent
    case UomColumn:
        return text(record.uom);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ItemColumn:
        return tr("Item");
    case LocationColumn:
        return tr("Location");
    case ChannelColumn:
        return tr("Channel");
    case BucketColumn:
        return tr("Bucket start");
    case QuantityColumn:
        return tr("Quantity");
    case UomColumn:
        return tr("Unit");
    default:
        return {};
    }
}

} // namespace planbridge::ui
