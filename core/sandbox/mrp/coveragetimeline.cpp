#include "coveragetimeline.h"

#include "mrpquantity.h"

#include <map>

namespace planbridge::sandbox {

Expected<std::vector<MrpCoverageRow>> buildCoverageTimeline(const MrpMaterial &material,
    const std::vector<MrpDatedQuantity> &requirements, const std::vector<MrpDatedQuantity> &receipts)
{
    struct Day
    {
        Int128 requirement = 0;
        Int128 receipts = 0;
    };
    std::map<Date, Day> days;
    for (const MrpDatedQuantity &r : requirements)
        days[r.date].requirement += r.quantity;
    for (const MrpDatedQuantity &r : receipts)
        days[r.date].receipts += r.quantity;

    std::vector<MrpCoverageRow> rows;
    rows.reserve(days.size());
    Int128 projected = material.openingStock.thousandths();
    for (const auto &[date, day] : days) {
        projected += day.receipts - day.requirement;
        const auto requirement = narrowToDecimal(day.requirement);
        const auto received = narrowToDecimal(day.receipts);
        const auto available = narrowToDecimal(projected);
        const auto shortage = narrowToDecimal(projected < 0 ? -projected : 0);
        if (!requirement || !received || !available || !shortage)
            return EngineError { "MRP quantity overflow in the coverage of " + material.product };
        rows.push_back({ material.product, material.plant, material.effectiveMrpArea(), date, *requirement,
            *received, *available, *shortage, material.baseUnit });
    }
    return rows;
}

} // namespace planbridge::sandbox
