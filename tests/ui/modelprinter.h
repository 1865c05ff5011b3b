#pragma once

#include <QAbstractItemModel>
#include <QStringList>

// A model as text: the header line, then one line per row, cells joined by " | ". Tests compare
// this whole form, so a changed cell, column or row order shows up as a readable diff.
inline QString printModel(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList lines;
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.headerData(column, Qt::Horizontal).toString());
    lines.append(cells.join(QStringLiteral(" | ")));
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data(role).toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
