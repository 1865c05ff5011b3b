#pragma once

#include "domain/expected.h"
#include "sandbox/mrp/mrpinput.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace planbridge::sandbox {

// The admin form of the sandbox ERP's MRP material master (POST/GET /sandbox/admin/materials):
// a JSON array, or {"materials": [...]}, of objects with every MrpMaterial field:
//   {"plant":"1710","product":"FG-1","mrp_area":"","base_unit":"PC","opening_stock":"30",
//    "safety_stock":"0","procurement":"make"|"buy","lead_time_days":10,
//    "lot_sizing":"EX"|"FX","fixed_lot_size":"100","minimum_lot_size":"0","rounding_value":"0",
//    "supplier":"S-17","weekly_limit":"40"|null}
// Only plant and product are required; the rest default to a lot-for-lot make material without
// stock or lead time. Quantities are decimal strings or JSON numbers, at most 3 decimals.
Expected<std::vector<MrpMaterial>> materialsFromJson(const nlohmann::json &document);
nlohmann::ordered_json materialsToJson(const std::vector<MrpMaterial> &materials);

// What MRP assumes for a product that has PIR demand but no material master: make, lot-for-lot,
// no stock, no lead time, in the unit the demand is in.
MrpMaterial defaultMaterial(const std::string &plant, const std::string &product, const std::string &unit);

} // namespace planbridge::sandbox
