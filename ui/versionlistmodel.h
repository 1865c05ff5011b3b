#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace planbridge::ui {

// One version as the list shows it; filled from the cache by loadVersionRows().
struct VersionRow
{
    QString id;
    QString plan;
    QString state; // the engine's name: validated, submitted, …
    QString priority;
    QString source;
    qint64 rowsIn = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    QString submittedBy;
    QString approvedBy;
    QDateTime slaDeadline; // high priority, once approved; invalid otherwise
    bool posted = false; // reached the ERP (the SLA clock stops)
    QString updatedAt;
};

// The versions in the cache, newest first, with their counts and the SLA clock of high-priority
// ones. The clock column is refreshed by tick().
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { IdColumn, PlanColumn, StateColumn, PriorityColumn, RowsColumn, AcceptedColumn, RejectedColumn, SlaColumn, UpdatedColumn, NumColumns };
    enum Roles { VersionIdRole = Qt::UserRole, StateRole };

    explicit VersionListModel(QObject *parent = nullptr);

    void setRows(QList<VersionRow> rows);
    const QList<VersionRow> &rows() const { return m_rows; }
    int rowOf(const QString &id) const;
    // Moves the SLA clock on to `now`.
    void tick(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12:04 left", "breached 3 min ago", "met": shared with the release page's countdown.
    static QString slaText(const VersionRow &row, const QDateTime &now);
    static QString stateText(const QString &state);

private:
    QList<VersionRow> m_rows;
    QDateTime m_now;
};

} // namespace planbridge::ui
