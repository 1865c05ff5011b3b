#include "lotsize.h"

#include <algorithm>

namespace planbridge::sandbox {
namespace {

Int128 roundUpTo(Int128 quantity, Int128 multiple)
{
    if (multiple <= 0)
        return quantity;
    return (quantity + multiple - 1) / multiple * multiple;
}

} // namespace

Int128 lotSizeFor(const LotSizing &lot, Int128 shortfall)
{
    if (lot.procedure == LotSizeProcedure::Fixed)
        return roundUpTo(shortfall, lot.fixedLotSize.thousandths());
    // SAP applies the minimum lot first and the rounding value to the result.
    const Int128 atLeastMinimum = std::max<Int128>(shortfall, lot.minimumLotSize.thousandths());
    return roundUpTo(atLeastMinimum, lot.roundingValue.thousandths());
}

} // namespace planbridge::sandbox
