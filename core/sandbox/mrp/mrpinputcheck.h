#pragma once

#include "domain/expected.h"
#include "mrpinput.h"

#include <optional>
#include <set>
#include <string>

namespace planbridge::sandbox {

// The plants a run covers: the listed ones, or every plant named in the materials or the demand.
std::set<std::string> plantsOfRun(const MrpInput &input);

// Refuses input MRP cannot plan, naming the first offending entry; only entries of `plants` are
// looked at. A demand without a material master, or in another unit, is refused rather than
// skipped: the ERP would not have accepted such a requirement in the first place.
std::optional<EngineError> checkMrpInput(const MrpInput &input, const std::set<std::string> &plants);

} // namespace planbridge::sandbox
