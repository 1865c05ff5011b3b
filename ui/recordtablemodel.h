#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QThread>

#include <memory>

namespace planbridge::ui {

class RecordPageLoader;
struct RecordPageReply;

// The input rows of one version, straight from the cache: the model knows the count and keeps a
// few pages of rows; the rest is read on demand by a loader on its own thread, so a million rows
// cost a few hundred kilobytes and scrolling never waits on the GUI thread. A row not loaded yet
// shows as "…" until its page arrives.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { RowColumn, ItemColumn, LocationColumn, ChannelColumn, BucketColumn, QuantityColumn, UomColumn, NumColumns };
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 64; // kept in memory; the least recently used go first

    struct Filter
    {
        QString item;
        QString location;
        QString channel;
        QString bucketStart;
        QString search; // part of an item, location or channel
        bool operator==(const Filter &) const = default;
    };

    explicit RecordTableModel(const QString &cachePath, QObject *parent = nullptr);
    ~RecordTableModel() override;

    void setVersion(const QString &versionId);
    const QString &version() const { return m_version; }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The count of the current query is known (and its first page asked for).
    void countChanged(qint64 count);
    // Rows of the current query arrived: the view shows them now.
    void rowsLoaded();
    void loadFailed(const QString &message);

private:
    struct Page;
    // A new query; `keepCount` when only the order changed, so the rows are not counted again.
    void restart(bool keepCount = false);
    void requestPage(int page) const;
    void setRowCount(int count);
    void onReply(const RecordPageReply &reply);

    QString m_cachePath;
    QString m_version;
    Filter m_filter;
    int m_sortColumn = RowColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    quint64 m_generation = 0;
    int m_count = 0; // rows in the model: the query's count once known, the first page's before
    bool m_countKnown = false;
    bool m_loading = false;
    mutable QHash<int, std::shared_ptr<Page>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last
    mutable QHash<int, bool> m_requested;
    QThread m_thread;
    RecordPageLoader *m_loader = nullptr; // lives on m_thread
};

} // namespace planbridge::ui
