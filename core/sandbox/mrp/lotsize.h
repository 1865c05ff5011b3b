#pragma once

#include "mrpinput.h"

namespace planbridge::sandbox {

// The proposal quantity for a positive shortfall (thousandths) under the material's lot-sizing rule;
// never less than the shortfall.
Int128 lotSizeFor(const LotSizing &lot, Int128 shortfall);

} // namespace planbridge::sandbox
