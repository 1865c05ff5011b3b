#pragma once

#include "resulttypes.h"

#include <QAbstractTableModel>

namespace planbridge {
struct Reject;
}

namespace planbridge::ui {

// The rejected input rows of one validation result, in input order, read on demand.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { RowColumn, ReasonColumn, FieldColumn, ValueColumn, MessageColumn, NumColumns };
    enum Roles {
        SortRole = Qt::UserRole, // numbers for the row, the check order for the reason
        ReasonCodeRole,          // int(ReasonCode)
    };

    explicit RejectsModel(QObject *parent = nullptr);

    void setResult(ValidationResultPtr result);
    const ValidationResultPtr &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Reject &reject, int column) const;

    ValidationResultPtr m_result;
};

} // namespace planbridge::ui
