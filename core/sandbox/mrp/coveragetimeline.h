#pragma once

#include "domain/expected.h"
#include "materialplanner.h"

#include <vector>

namespace planbridge::sandbox {

// The day-by-day stock/requirements view of one material: one row per date that has a requirement
// or a receipt, with the projected available stock after that day. Receipts are taken at their real
// availability dates, so by construction opening + Σ receipts − Σ requirements = the last row's
// projected stock.
Expected<std::vector<MrpCoverageRow>> buildCoverageTimeline(const MrpMaterial &material,
    const std::vector<MrpDatedQuantity> &requirements, const std::vector<MrpDatedQuantity> &receipts);

} // namespace planbridge::sandbox
