#pragma once

// Plain C++: the engine's results laid out as grids for GridModel. Run on a job's thread.
#include "gridmodel.h"

#include "domain/validationresult.h"
#include "engine/erpimpact.h"

namespace planbridge::ui {

inline constexpr int MaxGridRows = 2000;

// Item @ plant × period, the quantities the version sends in the items' base units.
GridData pivotGrid(const ValidationResult &result);
// The same shape, each cell coloured by what a release would do to it.
GridData impactGrid(const ErpImpact &impact);

} // namespace planbridge::ui
