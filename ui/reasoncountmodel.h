#pragma once

#include "resulttypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace planbridge {
enum class ReasonCode;
}

namespace planbridge::ui {

// Rejected rows per reason: one row for each reason that occurred, most frequent first (ties in
// check order). The chart and the table on the Reasons tab share this model.
class ReasonCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { ReasonColumn, CountColumn, ShareColumn, NumColumns };
    enum Roles {
        SortRole = Qt::UserRole,
        ReasonCodeRole, // int(ReasonCode)
    };

    explicit ReasonCountModel(QObject *parent = nullptr);

    void setResult(const ValidationResultPtr &result);
    std::uint64_t totalRejects() const { return m_total; }
    std::uint64_t maxCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ReasonCode reason;
        std::uint64_t count;
    };
    std::vector<Entry> m_entries; // 15 at most: copying the counts is cheaper than a shared result
    std::uint64_t m_total = 0;
};

} // namespace planbridge::ui
