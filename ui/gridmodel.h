#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVector>

namespace planbridge::ui {

// A labelled grid of cells: the pivot (item × period) and the ERP diff heat map.
struct GridData
{
    struct Cell
    {
        QString text;
        QColor color; // invalid: no background
        QString toolTip;
    };
    QStringList rows;
    QStringList columns;
    QVector<Cell> cells; // row-major, rows × columns
    int hiddenRows = 0; // rows left out to keep the grid small
};

class GridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit GridModel(QObject *parent = nullptr);
    void setGrid(GridData grid);
    const GridData &grid() const { return m_grid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GridData m_grid;
};

} // namespace planbridge::ui
