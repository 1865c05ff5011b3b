#pragma once

#include "sandbox/mrpresults.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::sandbox {

inline constexpr const char *MrpMaterialsServiceRoot = "/sap/opu/odata/sap/API_MRP_MATERIALS_SRV_01";

// One line of the stock/requirements list (SupplyDemandItems): the plant stock (WB) on the run
// date, then by date the receipts (PA planned order, BA purchase requisition) before the
// requirements (PP planned independent requirement, negative). MRPAvailableQuantity runs from the
// opening stock, so it goes negative where the plan cannot cover the demand.
struct SupplyDemandLine
{
    std::string material;
    std::string plant;
    std::string mrpArea;
    std::string baseUnit;
    Date date;
    std::string category; // MRPElementCategory (SAP DELKZ)
    std::string element; // document number (PIR: its internal id)
    std::string item;
    std::string businessPartner; // fixed supplier of a requisition
    bool firm = false;
    Decimal openQuantity;
    Decimal availableQuantity;
    Decimal safetyStock;
};

// One shortage (MaterialCoverages): from the requirement date that went below zero until the day
// before the projected stock is back at zero or above; no end date when it never recovers in the
// plan. Several shortages of one material are told apart by MaterialShortageProfileCount (001, …).
struct CoverageShortage
{
    MrpShortage shortage;
    std::string profileCount;
    std::optional<Date> endDate;
    Date replenishmentEnd; // run date + lead time: the earliest a new proposal could arrive
};

// Lines of the materials the filter can match (`material`/`plant` empty: any).
std::vector<SupplyDemandLine> supplyDemandLines(
    const MrpResults &results, const std::string &material, const std::string &plant);
std::vector<CoverageShortage> coverageShortages(const MrpResults &results);

nlohmann::ordered_json supplyDemandEntity(const SupplyDemandLine &line);
std::optional<std::string> supplyDemandField(const SupplyDemandLine &line, std::string_view field);
nlohmann::ordered_json coverageEntity(const CoverageShortage &entry, const std::string &serviceUrl);
std::optional<std::string> coverageField(const CoverageShortage &entry, std::string_view field);

} // namespace planbridge::sandbox
