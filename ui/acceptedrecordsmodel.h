#pragma once

#include "resulttypes.h"

#include <QAbstractTableModel>

namespace planbridge {
struct AcceptedRecord;
}

namespace planbridge::ui {

// The accepted ERP records of one validation result. Cells are read from the shared result when
// asked for, so the model stays cheap for a million records.
class AcceptedRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ItemColumn,
        LocationColumn,
        ErpPlantColumn,
        MrpAreaColumn,
        PeriodTypeColumn,
        PeriodColumn,
        PeriodStartColumn,
        QuantityColumn,
        UomColumn,
        SourcesColumn,
        NumColumns
    };
    enum Roles {
        SortRole = Qt::UserRole, // a value that sorts naturally (numbers for quantity and dates)
        RecordIndexRole,         // index into ValidationResult::accepted
    };

    explicit AcceptedRecordsModel(QObject *parent = nullptr);

    void setResult(ValidationResultPtr result);
    const ValidationResultPtr &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The lineage column shows at most this many source rows, then "… (+N more)"; the tooltip more.
    static constexpr std::uint32_t MaxSourcesShown = 12;
    static constexpr std::uint32_t MaxSourcesInToolTip = 200;

private:
    QVariant display(const AcceptedRecord &record, int column) const;
    QVariant sortKey(const AcceptedRecord &record, int column) const;
    QString sourcesText(const AcceptedRecord &record, std::uint32_t limit) const;

    ValidationResultPtr m_result;
};

} // namespace planbridge::ui
