#include "grids.h"

#include "resulttypes.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace planbridge::ui {
namespace {

// Row and column labels in order, and where each cell goes.
struct Layout
{
    std::map<std::string, int> rows;
    std::map<std::string, int> columns;
};

GridData gridOf(const Layout &layout, std::size_t totalRows)
{
    GridData grid;
    for (const auto &[label, unused] : layout.rows)
        grid.rows.append(QString::fromStdString(label));
    for (const auto &[label, unused] : layout.columns)
        grid.columns.append(QString::fromStdString(label));
    grid.cells.resize(grid.rows.size() * grid.columns.size());
    grid.hiddenRows = int(totalRows - layout.rows.size());
    return grid;
}

// Indices in label order: std::map keeps them sorted, the numbers are assigned afterwards.
void number(std::map<std::string, int> &labels)
{
    int i = 0;
    for (auto &[label, index] : labels)
        index = i++;
}

} // namespace

GridData pivotGrid(const ValidationResult &result)
{
    Layout layout;
    std::set<std::string> allRows;
    std::map<std::pair<std::string, std::string>, Int128> sums;
    for (const AcceptedRecord &record : result.accepted) {
        const std::string row = result.items[record.item].item + " @ " + result.locations[record.location].erpPlant;
        allRows.insert(row);
        if (layout.rows.size() >= std::size_t(MaxGridRows) && !layout.rows.contains(row))
            continue;
        layout.rows.emplace(row, 0);
        // ISO dates sort as text, so the columns come out in time order.
        const std::string column = record.periodStart.toString();
        layout.columns.emplace(column, 0);
        sums[{ row, column }] += record.quantity;
    }
    number(layout.rows);
    number(layout.columns);
    GridData grid = gridOf(layout, allRows.size());
    for (const auto &[key, sum] : sums) {
        GridData::Cell &cell = grid.cells[layout.rows[key.first] * grid.columns.size() + layout.columns[key.second]];
        cell.text = localizedDecimal(formatThousandths(sum));
    }
    return grid;
}

GridData impactGrid(const ErpImpact &impact)
{
    Layout layout;
    std::set<std::string> allRows;
    for (const ImpactCell &c : impact.cells) {
        const std::string row = c.product + " @ " + c.plant;
        allRows.insert(row);
        if (layout.rows.size() >= std::size_t(MaxGridRows) && !layout.rows.contains(row))
            continue;
        layout.rows.emplace(row, 0);
        layout.columns.emplace(c.period, 0);
    }
    number(layout.rows);
    number(layout.columns);
    GridData grid = gridOf(layout, allRows.size());
    for (const ImpactCell &c : impact.cells) {
        const auto row = layout.rows.find(c.product + " @ " + c.plant);
        if (row == layout.rows.end())
            continue;
        GridData::Cell &cell = grid.cells[row->second * grid.columns.size() + layout.columns[c.period]];
        const QString intended = localizedDecimal(c.intended.toString());
        const QString current = localizedDecimal(c.current.toString());
        cell.text = intended;
        switch (c.kind) {
        case ImpactKind::Create:
            cell.color = QColor(0xb7, 0xe4, 0xc7);
            cell.toolTip = QCoreApplication::translate("Grids", "create: the ERP holds nothing; the release sends %1 %2").arg(intended, QString::fromStdString(c.unit));
            break;
        case ImpactKind::Change:
            cell.color = QColor(0xff, 0xe0, 0x8a);
            cell.toolTip = QCoreApplication::translate("Grids", "change: %1 → %2 %3").arg(current, intended, QString::fromStdString(c.unit));
            break;
        case ImpactKind::ZeroOut:
            cell.color = QColor(0xf5, 0xb7, 0xb1);
            cell.toolTip = QCoreApplication::translate("Grids", "zero-out: %1 → 0 %2").arg(current, QString::fromStdString(c.unit));
            break;
        case ImpactKind::Unchanged:
            cell.toolTip = QCoreApplication::translate("Grids", "unchanged: the ERP already holds %1 %2").arg(current, QString::fromStdString(c.unit));
            break;
        }
    }
    return grid;
}

} // namespace planbridge::ui
