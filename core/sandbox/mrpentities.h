#pragma once

#include "sandbox/mrp/mrpoutput.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace planbridge::sandbox {

inline constexpr const char *PlannedOrderServiceRoot = "/sap/opu/odata/sap/API_PLANNED_ORDERS";
inline constexpr const char *PurchaseReqServiceRoot = "/sap/opu/odata/sap/API_PURCHASEREQ_PROCESS_SRV";

// A_PlannedOrder of the V2 API_PLANNED_ORDERS, with the V2 property names of contracts.md §2.1.
// The repository's OpenAPI file is the V4 api_plannedorder (PlannedOrderHeader): every property
// emitted here has the same name there. The V2/V4 mismatches are kept out on purpose: V2
// LastChangeDateTime is V4 PlannedOrderLastChangeDateTime, V2 WBSElement is V4
// WBSElementExternalID, the navigation is to_PlannedOrderComponent in V2 and _PlannedOrderComponent
// in V4, and V4 writes dates as "2017-04-13" and quantities as numbers where V2 writes /Date(ms)/
// and decimal strings (what this V2 service does).
nlohmann::ordered_json plannedOrderEntity(const PlannedOrder &order, const std::string &serviceUrl);
std::optional<std::string> plannedOrderField(const PlannedOrder &order, std::string_view field);

// A_PurchaseRequisitionItem of API_PURCHASEREQ_PROCESS_SRV, as MRP creates it: document type NB,
// creation indicator (PurReqnOrigin) B = MRP, processing status N = not edited.
nlohmann::ordered_json purchaseRequisitionEntity(
    const PurchaseRequisition &item, const std::string &serviceUrl);
std::optional<std::string> purchaseRequisitionField(const PurchaseRequisition &item, std::string_view field);

std::string msDate(Date date); // "/Date(ms)/" of the day's midnight UTC
std::string decimalText(Decimal value); // 3 decimals, as Edm.Decimal travels in OData v2 JSON

} // namespace planbridge::sandbox
