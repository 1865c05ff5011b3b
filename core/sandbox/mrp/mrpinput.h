#pragma once

#include "domain/date.h"
#include "domain/decimal.h"

#include <optional>
#include <string>
#include <vector>

namespace planbridge::sandbox {

// One planned independent requirement bucket as MRP sees it: a quantity due on the period's start.
struct MrpDemand
{
    std::string plant;
    std::string product;
    Date date;
    Decimal quantity;
    std::string unit; // must be the material's base unit: the sandbox ERP does no conversion
};

// Make → planned orders (SAP procurement type E), buy → purchase requisitions (F).
enum class Procurement { Make, Buy };

// SAP lot-sizing procedures: EX (lot-for-lot) and FX (fixed lot size).
enum class LotSizeProcedure { LotForLot, Fixed };

// How a net requirement becomes a proposal quantity.
//  - LotForLot: max(shortfall, minimumLotSize), then up to a multiple of roundingValue (if > 0).
//  - Fixed: up to a multiple of fixedLotSize; minimum and rounding are ignored. SAP would create one
//    order per lot; the sandbox merges them into one proposal per delivery date.
struct LotSizing
{
    LotSizeProcedure procedure = LotSizeProcedure::LotForLot;
    Decimal fixedLotSize;
    Decimal minimumLotSize;
    Decimal roundingValue;
};

// The MRP view of one material in one plant (SAP A_MRPMaterial, much reduced).
struct MrpMaterial
{
    std::string plant;
    std::string product;
    std::string mrpArea; // empty: the plant-level MRP area, whose code equals the plant's
    std::string baseUnit;
    Decimal openingStock;
    Decimal safetyStock;
    Procurement procurement = Procurement::Make;
    // Calendar days (no working-day calendar): in-house production time or planned delivery time.
    int leadTimeDays = 0;
    LotSizing lotSizing;
    std::string supplier; // buy: becomes the requisition's FixedSupplier; may stay empty
    // Make: production capacity per ISO week; buy: what the supplier delivers per ISO week.
    // Counted in the week a proposal becomes available; nullopt means unlimited.
    std::optional<Decimal> weeklyLimit;

    const std::string &effectiveMrpArea() const { return mrpArea.empty() ? plant : mrpArea; }
};

// One MRP run: the plants to plan (empty: every plant named in materials or demand), "today", and
// the complete demand and material master of those plants.
struct MrpInput
{
    Date runDate;
    std::vector<std::string> plants;
    std::vector<MrpDemand> demands;
    std::vector<MrpMaterial> materials;
};

} // namespace planbridge::sandbox
