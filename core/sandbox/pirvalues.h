#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge::sandbox {

// The ERP side's own reading of PIR field values. Deliberately independent of the engine's
// Decimal and Period code: if both sides shared a parser, a grammar bug would cancel out.

inline constexpr std::int64_t MaxQuantityThousandths = 9'999'999'999'999; // DEC(13,3)

// An Edm.Decimal(13,3) string: digits, optionally '.' and 1..3 digits; at most 10 integer digits.
// Negative planned quantities are refused: demand is never negative, and clients must not send deltas.
std::optional<std::int64_t> parseQuantity(std::string_view text);
std::string formatQuantity(std::int64_t thousandths); // always exactly 3 decimals

// Milliseconds since the epoch of the first day of a period ("202609"/M, "202637"/W, "20260914"/D),
// or nullopt when the period text does not fit its type.
std::optional<std::int64_t> periodStartMs(std::string_view period, std::string_view periodType);

// OData v2 JSON date literal: "/Date(1492041600000)/".
std::string odataDate(std::int64_t ms);
std::int64_t nowMs();

// "%XX" for everything but unreserved characters, so __metadata uris survive any key value.
std::string percentEncode(std::string_view text);
// Undoes %XX (and '+' as a space in query strings); malformed escapes are kept as they are.
std::string percentDecode(std::string_view text, bool plusIsSpace);

} // namespace planbridge::sandbox
