#include "materialplanner.h"

#include "coveragetimeline.h"
#include "lotsize.h"
#include "mrpquantity.h"

#include <algorithm>

namespace planbridge::sandbox {

MaterialPlanner::MaterialPlanner(const MrpMaterial &material, Date runDate)
    : m_material(material)
    , m_runDate(runDate)
    , m_earliestAvailability(runDate.addDays(material.leadTimeDays))
    , m_ledger(material.weeklyLimit)
{
}

Expected<MaterialPlan> MaterialPlanner::plan(
    const std::vector<MrpDatedQuantity> &requirements, const std::vector<MrpDatedQuantity> &firmed)
{
    std::vector<MrpDatedQuantity> receipts = firmed;
    std::stable_sort(receipts.begin(), receipts.end(),
        [](const MrpDatedQuantity &a, const MrpDatedQuantity &b) { return a.date < b.date; });
    for (const MrpDatedQuantity &r : receipts)
        m_ledger.book(r.date, r.quantity);

    // The run date joins the requirement dates as a zero-demand check point.
    std::vector<MrpDatedQuantity> checkPoints = requirements;
    const auto at = std::lower_bound(checkPoints.begin(), checkPoints.end(), m_runDate,
        [](const MrpDatedQuantity &q, Date d) { return q.date < d; });
    if (at == checkPoints.end() || at->date != m_runDate)
        checkPoints.insert(at, MrpDatedQuantity { m_runDate, 0 });

    const Int128 safety = m_material.safetyStock.thousandths();
    const ShortageReason limitReason = m_material.procurement == Procurement::Make
        ? ShortageReason::Capacity
        : ShortageReason::SupplierLimit;
    Int128 projected = m_material.openingStock.thousandths();
    std::size_t nextReceipt = 0;
    for (const MrpDatedQuantity &point : checkPoints) {
        while (nextReceipt < receipts.size() && receipts[nextReceipt].date <= point.date)
            projected += receipts[nextReceipt++].quantity;
        projected -= point.quantity;
        if (projected >= safety)
            continue;
        const Int128 required = lotSizeFor(m_material.lotSizing, safety - projected);
        const Int128 onTime = point.date >= m_earliestAvailability ? placeOnTime(point.date, required) : 0;
        const Int128 late = required - onTime;
        if (late > 0) {
            ShortageReason reason = limitReason;
            if (point.date < m_earliestAvailability) {
                reason = ShortageReason::LeadTime;
                // Forward scheduling from today: the order starts now and finishes late.
                const Int128 granted = m_ledger.take(m_earliestAvailability, late);
                if (granted > 0)
                    m_plan.proposals.push_back({ m_runDate, m_earliestAvailability, granted });
            }
            if (!addShortage(point.date, -(projected + onTime), reason))
                return EngineError { "MRP quantity overflow for " + m_material.product };
        }
        projected += required;
    }

    std::vector<MrpDatedQuantity> allReceipts = receipts;
    for (const ProposalDraft &p : m_plan.proposals)
        allReceipts.push_back({ p.end, p.quantity });
    auto coverage = buildCoverageTimeline(m_material, requirements, allReceipts);
    if (!coverage)
        return coverage.error();
    m_plan.coverage = std::move(*coverage);
    return std::move(m_plan);
}

Int128 MaterialPlanner::placeOnTime(Date need, Int128 quantity)
{
    Int128 placed = 0;
    const Date needWeek = WeeklyLedger::mondayOf(need);
    for (Date monday = needWeek;; monday = monday.addDays(-7)) {
        const Date day = monday == needWeek ? need : monday.addDays(6);
        if (day < m_earliestAvailability)
            break;
        const Int128 granted = m_ledger.take(day, quantity - placed);
        if (granted > 0) {
            m_plan.proposals.push_back({ day.addDays(-m_material.leadTimeDays), day, granted });
            placed += granted;
        }
        if (placed == quantity)
            break;
    }
    return placed;
}

bool MaterialPlanner::addShortage(Date date, Int128 quantity, ShortageReason reason)
{
    if (quantity <= 0)
        return true; // only safety stock is touched: a warning in SAP, not a shortage
    const auto value = narrowToDecimal(quantity);
    if (!value)
        return false;
    m_plan.shortages.push_back({ m_material.product, m_material.plant, m_material.effectiveMrpArea(), date,
        *value, m_material.baseUnit, reason });
    return true;
}

} // namespace planbridge::sandbox
