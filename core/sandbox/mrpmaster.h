#pragma once

#include "domain/expected.h"
#include "sandbox/mrp/mrpinput.h"

#include <string>
#include <vector>

namespace planbridge::sandbox {

// The sandbox ERP's MRP material master, derived from a canonical master.json (as
// `planbridge-sync generate` writes it). Read here with nlohmann, independently of the engine's
// master-data reader: the sandbox plays the ERP, and a shared reader would hide its own bugs.
//
// One material per (erp_plant, item) of every item_location that is not "inactive" and whose item
// and location exist; when two locations share a plant, the first item_location wins.
//   plant = erp_plant, MRP area = mrp_area (blank: the plant), base unit = the item's base_uom,
//   procurement = sourcing (make|buy, default make), supplier, lead time = lead_time_days.
// What the canonical master does not hold is chosen from h = FNV-1a 64 of "erp_plant|item", so the
// same master always gives the same ERP:
//   opening stock  = (h % 5) × 50                      (0, 50, 100, 150 or 200)
//   lot sizing     = (h >> 8) % 3: 0 lot-for-lot; 1 lot-for-lot rounded to 10; 2 fixed lot of 100
//   weekly limit   = 200 when (h >> 16) % 4 == 0 (about a quarter of the materials), else none;
//                    capacity for make, supplier limit for buy, so that shortages occur
//   safety stock   = 0
Expected<std::vector<MrpMaterial>> loadMrpMaster(const std::string &path);

// The rule above for one key, exposed so tests can predict a seeded material.
void applyMasterDefaults(MrpMaterial &material);

} // namespace planbridge::sandbox
