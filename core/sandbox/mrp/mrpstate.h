#pragma once

#include "domain/expected.h"
#include "mrpinput.h"
#include "mrpoutput.h"
#include "proposalnumbers.h"

#include <string_view>
#include <vector>

namespace planbridge::sandbox {

// The sandbox ERP's MRP results: planned orders, purchase requisitions, shortages and coverage,
// kept across runs. A run replaces every unfirmed proposal, shortage and coverage row of the plants
// it covers and leaves other plants alone; firmed proposals stay and are netted as receipts.
// Runs are deterministic: the same state and input give the same output, numbers included.
// Not synchronised: the HTTP layer that owns a state serialises access to it.
class MrpState
{
public:
    MrpState();

    // Plans every material of the run's plants. On error nothing changes.
    Expected<MrpRunSummary> run(const MrpInput &input);

    // Sets PlannedOrderIsFirm / PurchaseRequisitionIsFixed so that later runs keep the proposal.
    Expected<PlannedOrder> firmPlannedOrder(std::string_view plannedOrder);
    Expected<PurchaseRequisition> firmPurchaseRequisition(
        std::string_view purchaseRequisition, std::string_view item);

    const std::vector<PlannedOrder> &plannedOrders() const { return m_plannedOrders; } // by number
    const std::vector<PurchaseRequisition> &purchaseRequisitions() const { return m_requisitions; }
    // By plant, material, date; shortages then by reason.
    const std::vector<MrpShortage> &shortages() const { return m_shortages; }
    const std::vector<MrpCoverageRow> &coverage() const { return m_coverage; }

private:
    std::vector<PlannedOrder> m_plannedOrders;
    std::vector<PurchaseRequisition> m_requisitions;
    std::vector<MrpShortage> m_shortages;
    std::vector<MrpCoverageRow> m_coverage;
    ProposalNumbers m_orderNumbers;
    ProposalNumbers m_requisitionNumbers;
};

} // namespace planbridge::sandbox
