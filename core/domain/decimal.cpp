#include "decimal.h"

#include "numeral.h"

#include <algorithm>

namespace planbridge {
namespace {

Int128 pow10(int n)
{
    Int128 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

QuantityParse fromNumeral(const std::optional<Numeral> &numeral)
{
    if (!numeral)
        return {{}, QuantityError::Syntax};
    if (numeral->digitCount == 0)
        return {};
    if (numeral->negative)
        return {{}, QuantityError::Negative};
    // In thousandths the value is mantissa × 10^(exponent + 3).
    const std::int64_t shift = numeral->exponent + 3;
    if (shift < 0)
        return {{}, QuantityError::TooPrecise};
    if (numeral->digitCount + shift > 13)
        return {{}, QuantityError::TooLarge};
    const Int128 value = numeral->mantissa * pow10(static_cast<int>(shift));
    if (value > Decimal::MaxThousandths)
        return {{}, QuantityError::TooLarge};
    return {Decimal::fromThousandths(static_cast<std::int64_t>(value)), QuantityError::None};
}

} // namespace

std::string Decimal::toString() const { return formatThousandths(m_thousandths); }

std::optional<Decimal> Decimal::plus(Decimal other) const
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(m_thousandths, other.m_thousandths, &r))
        return std::nullopt;
    return Decimal(r);
}

std::optional<Decimal> Decimal::minus(Decimal other) const
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(m_thousandths, other.m_thousandths, &r))
        return std::nullopt;
    return Decimal(r);
}

QuantityParse parseQuantityString(std::string_view text) { return fromNumeral(parseNumeral(text, false)); }

QuantityParse parseQuantityNumber(std::string_view lexeme) { return fromNumeral(parseNumeral(lexeme, true)); }

const char *describe(QuantityError error)
{
    switch (error) {
    case QuantityError::None:
        return "valid";
    case QuantityError::Syntax:
        return "is not a decimal number";
    case QuantityError::Negative:
        return "is negative";
    case QuantityError::TooPrecise:
        return "has more than 3 decimal places";
    case QuantityError::TooLarge:
        return "exceeds the maximum 9999999999.999";
    }
    return "is invalid";
}

std::string formatThousandths(Int128 thousandths)
{
    const bool negative = thousandths < 0;
    UInt128 v = negative ? static_cast<UInt128>(-(thousandths + 1)) + 1
                                   : static_cast<UInt128>(thousandths);
    char buffer[64];
    char *end = buffer + sizeof buffer;
    char *p = end;
    for (int i = 0; i < 3; ++i) {
        *--p = static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    }
    *--p = '.';
    do {
        *--p = static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    } while (v != 0);
    if (negative)
        *--p = '-';
    return std::string(p, end);
}

std::optional<Factor> Factor::parse(std::string_view text, bool jsonNumber)
{
    const auto numeral = parseNumeral(text, jsonNumber);
    if (!numeral || numeral->negative || numeral->digitCount == 0 || numeral->digitCount > MaxDigits)
        return std::nullopt;
    const int exponent = static_cast<int>(std::clamp<std::int64_t>(numeral->exponent, -100'000, 100'000));
    return Factor(numeral->mantissa, exponent);
}

std::optional<Decimal> Factor::multiply(Decimal quantity) const
{
    const Int128 q = quantity.thousandths();
    if (q == 0)
        return Decimal();
    const Int128 product = q * m_mantissa; // < 1e13 × 1e24
    Int128 result = 0;
    if (m_exponent >= 0) {
        if (m_exponent > 13)
            return std::nullopt;
        const Int128 scale = pow10(m_exponent);
        if (product > Decimal::MaxThousandths / scale)
            return std::nullopt;
        result = product * scale;
    } else {
        if (-m_exponent > 38)
            return Decimal(); // rounds to zero: the product is below 10^37
        const Int128 divisor = pow10(-m_exponent);
        result = (product + divisor / 2) / divisor;
    }
    if (result > Decimal::MaxThousandths)
        return std::nullopt;
    return Decimal::fromThousandths(static_cast<std::int64_t>(result));
}

std::optional<Decimal> Factor::divide(Decimal quantity) const
{
    const Int128 q = quantity.thousandths();
    if (q == 0)
        return Decimal();
    Int128 numerator = q;
    Int128 divisor = m_mantissa;
    if (m_exponent <= 0) {
        // Once numerator reaches (max + 1) × mantissa the quotient is over the maximum for good.
        const Int128 limit = (static_cast<Int128>(Decimal::MaxThousandths) + 1) * m_mantissa;
        for (int i = 0; i < -m_exponent; ++i) {
            numerator *= 10;
            if (numerator >= limit)
                return std::nullopt;
        }
    } else {
        for (int i = 0; i < m_exponent; ++i) {
            divisor *= 10;
            if (divisor > pow10(37))
                return Decimal(); // q < 10^13 is far below half the divisor
        }
    }
    const Int128 result = (2 * numerator + divisor) / (2 * divisor);
    if (result > Decimal::MaxThousandths)
        return std::nullopt;
    return Decimal::fromThousandths(static_cast<std::int64_t>(result));
}

std::string Factor::toString() const
{
    std::string digits;
    UInt128 v = static_cast<UInt128>(m_mantissa);
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    } while (v != 0);
    if (m_exponent >= 0)
        return digits + std::string(static_cast<std::size_t>(std::min(m_exponent, 64)), '0');
    const auto point = static_cast<std::size_t>(-m_exponent);
    if (digits.size() <= point)
        digits.insert(0, point - digits.size() + 1, '0');
    digits.insert(digits.size() - point, 1, '.');
    return digits;
}

} // namespace planbridge
