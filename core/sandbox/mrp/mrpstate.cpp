#include "mrpstate.h"

#include "materialplanner.h"
#include "mrpinputcheck.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace planbridge::sandbox {
namespace {

using MaterialKey = std::pair<std::string, std::string>; // plant, product

struct PlannedMaterial
{
    const MrpMaterial *material;
    MaterialPlan plan;
};

// Everything that makes two proposals the same document; the firmed flag is state, not content.
std::string contentKey(const MrpMaterial &m, const ProposalDraft &d)
{
    const char sep = '\x1f';
    return m.plant + sep + m.product + sep + m.effectiveMrpArea() + sep + m.baseUnit + sep
        + (m.procurement == Procurement::Buy ? m.supplier : std::string()) + sep + d.start.toString() + sep
        + d.end.toString() + sep + formatThousandths(d.quantity);
}

template<typename T, typename Predicate>
std::size_t eraseWhere(std::vector<T> &items, Predicate predicate)
{
    const auto first = std::remove_if(items.begin(), items.end(), predicate);
    const auto count = static_cast<std::size_t>(items.end() - first);
    items.erase(first, items.end());
    return count;
}

} // namespace

MrpState::MrpState()
    : m_orderNumbers(1)
    , m_requisitionNumbers(10'000'001) // SAP's usual internal range for requisitions starts at 0010000000
{
}

Expected<MrpRunSummary> MrpState::run(const MrpInput &input)
{
    const std::set<std::string> plants = plantsOfRun(input);
    if (auto error = checkMrpInput(input, plants))
        return *error;

    std::map<MaterialKey, const MrpMaterial *> materials;
    for (const MrpMaterial &m : input.materials)
        if (plants.count(m.plant))
            materials.emplace(MaterialKey(m.plant, m.product), &m);
    std::map<MaterialKey, std::map<Date, Int128>> demand;
    for (const MrpDemand &d : input.demands)
        if (plants.count(d.plant))
            demand[MaterialKey(d.plant, d.product)][d.date] += d.quantity.thousandths();

    MrpRunSummary summary;
    summary.plants.assign(plants.begin(), plants.end());
    std::map<MaterialKey, std::vector<MrpDatedQuantity>> firmed;
    for (const PlannedOrder &o : m_plannedOrders)
        if (o.isFirm && plants.count(o.mrpPlant)) {
            firmed[MaterialKey(o.mrpPlant, o.material)].push_back(
                { o.plannedEndDate, o.totalQuantity.thousandths() });
            ++summary.firmedKept;
        }
    for (const PurchaseRequisition &r : m_requisitions)
        if (r.isFixed && plants.count(r.plant)) {
            firmed[MaterialKey(r.plant, r.material)].push_back(
                { r.deliveryDate, r.requestedQuantity.thousandths() });
            ++summary.firmedKept;
        }

    // Plan everything before changing anything, so that an error leaves the state as it was.
    std::vector<PlannedMaterial> planned;
    std::size_t draftCount = 0;
    for (const auto &[key, material] : materials) {
        std::vector<MrpDatedQuantity> requirements;
        for (const auto &[date, quantity] : demand[key])
            requirements.push_back({ date, quantity });
        auto plan = MaterialPlanner(*material, input.runDate).plan(requirements, firmed[key]);
        if (!plan)
            return plan.error();
        auto &drafts = plan->proposals;
        std::sort(drafts.begin(), drafts.end(), [](const ProposalDraft &a, const ProposalDraft &b) {
            return std::tie(a.end, a.start, a.quantity) < std::tie(b.end, b.start, b.quantity);
        });
        for (const ProposalDraft &d : drafts)
            if (d.quantity > Decimal::MaxThousandths) // DEC(13,3), like TotalQuantity and RequestedQuantity
                return EngineError { "MRP proposal for " + material->product
                    + " exceeds the ERP's quantity range" };
        draftCount += drafts.size();
        planned.push_back({ material, std::move(*plan) });
    }
    if (!m_orderNumbers.canIssue(draftCount) || !m_requisitionNumbers.canIssue(draftCount))
        return EngineError { "MRP document numbers are exhausted" };

    summary.replaced = eraseWhere(
        m_plannedOrders, [&](const PlannedOrder &o) { return !o.isFirm && plants.count(o.mrpPlant); });
    summary.replaced += eraseWhere(
        m_requisitions, [&](const PurchaseRequisition &r) { return !r.isFixed && plants.count(r.plant); });
    eraseWhere(m_shortages, [&](const MrpShortage &s) { return plants.count(s.mrpPlant) > 0; });
    eraseWhere(m_coverage, [&](const MrpCoverageRow &c) { return plants.count(c.mrpPlant) > 0; });

    std::set<std::string> heldOrders, heldRequisitions;
    for (const PlannedOrder &o : m_plannedOrders)
        heldOrders.insert(o.plannedOrder);
    for (const PurchaseRequisition &r : m_requisitions)
        heldRequisitions.insert(r.purchaseRequisition);
    m_orderNumbers.beginRun(std::move(heldOrders));
    m_requisitionNumbers.beginRun(std::move(heldRequisitions));

    for (PlannedMaterial &p : planned) {
        const MrpMaterial &m = *p.material;
        for (const ProposalDraft &d : p.plan.proposals) {
            const Decimal quantity = Decimal::fromThousandths(static_cast<std::int64_t>(d.quantity));
            bool isNew = false;
            if (m.procurement == Procurement::Make) {
                const std::string number = m_orderNumbers.numberFor(contentKey(m, d), isNew);
                m_plannedOrders.push_back({ number, m.product, m.plant, m.effectiveMrpArea(), quantity,
                    m.baseUnit, d.start, d.end, false });
            } else {
                const std::string number = m_requisitionNumbers.numberFor(contentKey(m, d), isNew);
                m_requisitions.push_back({ number, "00010", m.product, m.plant, quantity, m.baseUnit, d.end,
                    d.start, m.supplier, false });
            }
            summary.newNumbers += isNew ? 1 : 0;
        }
        std::move(p.plan.shortages.begin(), p.plan.shortages.end(), std::back_inserter(m_shortages));
        std::move(p.plan.coverage.begin(), p.plan.coverage.end(), std::back_inserter(m_coverage));
    }

    std::sort(m_plannedOrders.begin(), m_plannedOrders.end(),
        [](const PlannedOrder &a, const PlannedOrder &b) { return a.plannedOrder < b.plannedOrder; });
    std::sort(m_requisitions.begin(), m_requisitions.end(),
        [](const PurchaseRequisition &a, const PurchaseRequisition &b) {
            return a.purchaseRequisition < b.purchaseRequisition;
        });
    std::sort(m_shortages.begin(), m_shortages.end(), [](const MrpShortage &a, const MrpShortage &b) {
        return std::tie(a.mrpPlant, a.material, a.date, a.reason)
            < std::tie(b.mrpPlant, b.material, b.date, b.reason);
    });
    std::stable_sort(
        m_coverage.begin(), m_coverage.end(), [](const MrpCoverageRow &a, const MrpCoverageRow &b) {
            return std::tie(a.mrpPlant, a.material, a.date) < std::tie(b.mrpPlant, b.material, b.date);
        });

    for (const PlannedOrder &o : m_plannedOrders)
        summary.plannedOrders += plants.count(o.mrpPlant);
    for (const PurchaseRequisition &r : m_requisitions)
        summary.purchaseRequisitions += plants.count(r.plant);
    for (const MrpShortage &s : m_shortages)
        summary.shortages += plants.count(s.mrpPlant);
    return summary;
}

Expected<PlannedOrder> MrpState::firmPlannedOrder(std::string_view plannedOrder)
{
    for (PlannedOrder &o : m_plannedOrders)
        if (o.plannedOrder == plannedOrder) {
            o.isFirm = true;
            return o;
        }
    return EngineError { "planned order " + std::string(plannedOrder) + " does not exist" };
}

Expected<PurchaseRequisition> MrpState::firmPurchaseRequisition(
    std::string_view purchaseRequisition, std::string_view item)
{
    for (PurchaseRequisition &r : m_requisitions)
        if (r.purchaseRequisition == purchaseRequisition && r.purchaseRequisitionItem == item) {
            r.isFixed = true;
            return r;
        }
    return EngineError { "purchase requisition " + std::string(purchaseRequisition) + " item "
        + std::string(item) + " does not exist" };
}

} // namespace planbridge::sandbox
