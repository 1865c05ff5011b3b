#pragma once

#include "decimal.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace planbridge {

// A decimal numeral split into its parts, before any scaling: value = ±digits × 10^exponent, with
// `digits` stripped of leading and trailing zeros (empty means zero). Shared by quantities and
// conversion factors so both read numbers by the same exact rules.
struct Numeral
{
    bool negative = false;
    int digitCount = 0;
    std::int64_t exponent = 0;
    // The significant digits, accumulated while they fit; valid when digitCount <= 36.
    Int128 mantissa = 0;
};

// Parses a JSON number lexeme (`jsonNumber`) or a plain decimal string `[+-]?[0-9]+(\.[0-9]+)?`.
std::optional<Numeral> parseNumeral(std::string_view text, bool jsonNumber);

} // namespace planbridge
