#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// 128-bit integers keep products and uncapped sums exact; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

// An exact, non-negative-or-signed quantity in fixed-point thousandths. Forecast quantities never
// touch binary floating point: a JSON number or a decimal string is read digit by digit.
class Decimal
{
public:
    static constexpr std::int64_t Scale = 1000;
    // The ERP's DEC(13,3): 9,999,999,999.999.
    static constexpr std::int64_t MaxThousandths = 9'999'999'999'999;

    constexpr Decimal() = default;
    static constexpr Decimal fromThousandths(std::int64_t t) { return Decimal(t); }

    constexpr std::int64_t thousandths() const { return m_thousandths; }
    std::string toString() const;

    // Overflow-checked arithmetic: nullopt when the result leaves int64.
    std::optional<Decimal> plus(Decimal other) const;
    std::optional<Decimal> minus(Decimal other) const;

    friend constexpr auto operator<=>(Decimal, Decimal) = default;

private:
    constexpr explicit Decimal(std::int64_t t) : m_thousandths(t) { }
    std::int64_t m_thousandths = 0;
};

// Why a quantity text was refused; the validator maps each to QUANTITY_INVALID.
enum class QuantityError { None, Syntax, Negative, TooPrecise, TooLarge };

struct QuantityParse
{
    Decimal value;
    QuantityError error = QuantityError::None;
    bool ok() const { return error == QuantityError::None; }
};

// A quantity given as a string: `[+-]?[0-9]+(\.[0-9]+)?`, already trimmed.
QuantityParse parseQuantityString(std::string_view text);
// A quantity given as a JSON number lexeme (RFC 8259 grammar, exponent form allowed).
QuantityParse parseQuantityNumber(std::string_view lexeme);
// Shared check for both forms: >= 0 (-0 is zero), <= MaxThousandths, at most 3 significant decimals.
const char *describe(QuantityError error);

// Formats a (possibly wide) thousandths count as `123.450`; used for uncapped sums.
std::string formatThousandths(Int128 thousandths);

// An exact positive conversion factor: mantissa × 10^exponent with at most 24 significant digits,
// enough for factors like 0.0833333333 while keeping products inside 128-bit arithmetic.
class Factor
{
public:
    static constexpr int MaxDigits = 24;

    // A JSON number lexeme or a decimal string; nullopt unless it is a valid number > 0 with at most
    // MaxDigits significant digits.
    static std::optional<Factor> parse(std::string_view text, bool jsonNumber);
    static Factor one() { return Factor(1, 0); }

    // quantity × factor and quantity ÷ factor, exact, rounded half-up to thousandths once.
    // nullopt when the result exceeds Decimal::MaxThousandths.
    std::optional<Decimal> multiply(Decimal quantity) const;
    std::optional<Decimal> divide(Decimal quantity) const;

    std::string toString() const;
    Int128 mantissa() const { return m_mantissa; }
    int exponent() const { return m_exponent; }

private:
    Factor(Int128 mantissa, int exponent) : m_mantissa(mantissa), m_exponent(exponent) { }
    Int128 m_mantissa = 1;
    int m_exponent = 0;
};

} // namespace planbridge
