#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace planbridge::ui {

struct ResolutionRow
{
    qint64 id = 0;
    QString kind;
    QString detail;
    QString reason;
    QString author;
    QString at;
};

// The resolutions recorded for a version: what, why, who and when.
class ResolutionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { KindColumn, DetailColumn, ReasonColumn, AuthorColumn, AtColumn, NumColumns };
    explicit ResolutionListModel(QObject *parent = nullptr);
    void setRows(QList<ResolutionRow> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResolutionRow> m_rows;
};

} // namespace planbridge::ui
