#pragma once

#include "domain/decimal.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace planbridge::sandbox {

// MRP sums in 128 bits so that netting cannot overflow; a value is narrowed to a Decimal only when
// it leaves the engine, and a value that does not fit is an error, never a wrap-around.
inline std::optional<Decimal> narrowToDecimal(Int128 thousandths)
{
    if (thousandths > std::numeric_limits<std::int64_t>::max()
        || thousandths < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return Decimal::fromThousandths(static_cast<std::int64_t>(thousandths));
}

} // namespace planbridge::sandbox
