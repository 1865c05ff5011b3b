#pragma once

#include "domain/date.h"
#include "domain/decimal.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::sandbox {

// A planned order as API_PLANNED_ORDERS / api_plannedorder return it (field names in comments).
struct PlannedOrder
{
    std::string plannedOrder; // PlannedOrder, 10 digits
    std::string material; // Material
    std::string mrpPlant; // MRPPlant (also ProductionPlant)
    std::string mrpArea; // MRPArea
    Decimal totalQuantity; // TotalQuantity
    std::string baseUnit; // BaseUnit
    Date plannedStartDate; // PlndOrderPlannedStartDate
    Date plannedEndDate; // PlndOrderPlannedEndDate: when the quantity is available
    bool isFirm = false; // PlannedOrderIsFirm: MRP keeps it and nets against it

    friend bool operator==(const PlannedOrder &, const PlannedOrder &) = default;
};

// A purchase requisition item as API_PURCHASEREQ_PROCESS_SRV returns it (one item per requisition,
// as MRP creates them).
struct PurchaseRequisition
{
    std::string purchaseRequisition; // PurchaseRequisition, 10 digits
    std::string purchaseRequisitionItem; // PurchaseRequisitionItem, 5 digits
    std::string material; // Material
    std::string plant; // Plant
    Decimal requestedQuantity; // RequestedQuantity
    std::string baseUnit; // BaseUnit
    Date deliveryDate; // DeliveryDate
    Date releaseDate; // PurchaseRequisitionReleaseDate: delivery − lead time
    std::string fixedSupplier; // FixedSupplier
    bool isFixed = false; // PurchaseRequisitionIsFixed: firmed, MRP keeps it

    friend bool operator==(const PurchaseRequisition &, const PurchaseRequisition &) = default;
};

// Why a requirement cannot be covered on its date.
enum class ShortageReason { LeadTime, Capacity, SupplierLimit };

inline constexpr std::string_view shortageReasonCode(ShortageReason reason)
{
    switch (reason) {
    case ShortageReason::LeadTime:
        return "lead-time";
    case ShortageReason::Capacity:
        return "capacity";
    case ShortageReason::SupplierLimit:
        return "supplier-limit";
    }
    return "";
}

// One requirement date the plan cannot cover in time (MaterialCoverages-like: MaterialShortageQuantity
// at MaterialShortageStartDate). The quantity is this date's own increment below zero stock; the
// running total is in the coverage rows.
struct MrpShortage
{
    std::string material;
    std::string mrpPlant;
    std::string mrpArea;
    Date date;
    Decimal shortageQuantity;
    std::string baseUnit;
    ShortageReason reason = ShortageReason::LeadTime;

    friend bool operator==(const MrpShortage &, const MrpShortage &) = default;
};

// One date of the stock/requirements list (SupplyDemandItems, aggregated per day): what is required,
// what arrives, and the projected available stock after both.
struct MrpCoverageRow
{
    std::string material;
    std::string mrpPlant;
    std::string mrpArea;
    Date date;
    Decimal requirement; // demand due that day
    Decimal receipts; // firmed and new proposals available that day
    Decimal projectedAvailable; // MRPAvailableQuantity: opening + receipts − requirements so far
    Decimal shortage; // max(0, −projectedAvailable)
    std::string baseUnit;

    friend bool operator==(const MrpCoverageRow &, const MrpCoverageRow &) = default;
};

// What one run did, for the MRP-run job's status and the admin counters.
struct MrpRunSummary
{
    std::vector<std::string> plants; // sorted
    std::size_t plannedOrders = 0; // in the planned plants after the run, firmed included
    std::size_t purchaseRequisitions = 0;
    std::size_t shortages = 0;
    std::size_t replaced = 0; // unfirmed proposals of the previous run that were removed
    std::size_t firmedKept = 0; // firmed proposals netted as receipts
    std::size_t newNumbers = 0; // proposals whose content got a number for the first time
};

} // namespace planbridge::sandbox
