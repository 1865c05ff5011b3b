#include "numeral.h"

#include <algorithm>

namespace planbridge {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Exponents far outside any sane range are clamped: they only decide "zero" or "too large".
constexpr std::int64_t ExponentClamp = 1'000'000'000;

} // namespace

std::optional<Numeral> parseNumeral(std::string_view text, bool jsonNumber)
{
    Numeral n;
    std::size_t i = 0;
    const std::size_t size = text.size();
    if (i < size && (text[i] == '-' || (!jsonNumber && text[i] == '+'))) {
        n.negative = text[i] == '-';
        ++i;
    }
    const std::size_t intBegin = i;
    while (i < size && isDigit(text[i]))
        ++i;
    const std::size_t intEnd = i;
    if (intEnd == intBegin)
        return std::nullopt;
    if (jsonNumber && text[intBegin] == '0' && intEnd - intBegin > 1)
        return std::nullopt; // RFC 8259: no leading zeros
    std::size_t fracBegin = i, fracEnd = i;
    if (i < size && text[i] == '.') {
        fracBegin = ++i;
        while (i < size && isDigit(text[i]))
            ++i;
        fracEnd = i;
        if (fracEnd == fracBegin)
            return std::nullopt;
    }
    std::int64_t exponent = 0;
    if (jsonNumber && i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            expNegative = text[i++] == '-';
        const std::size_t expBegin = i;
        while (i < size && isDigit(text[i])) {
            exponent = std::min<std::int64_t>(exponent * 10 + (text[i] - '0'), ExponentClamp);
            ++i;
        }
        if (i == expBegin)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != size)
        return std::nullopt;

    // Significant digits run from the first non-zero digit of int+frac to the last non-zero one.
    auto digitAt = [&](std::size_t k) {
        const std::size_t intLen = intEnd - intBegin;
        return k < intLen ? text[intBegin + k] : text[fracBegin + (k - intLen)];
    };
    const std::size_t total = (intEnd - intBegin) + (fracEnd - fracBegin);
    std::size_t first = 0;
    while (first < total && digitAt(first) == '0')
        ++first;
    std::size_t last = total;
    while (last > first && digitAt(last - 1) == '0')
        --last;
    n.digitCount = static_cast<int>(std::min<std::size_t>(last - first, 1'000'000'000));
    // value = D × 10^(exponent - fracLen), D = all digits; dropping trailing zeros moves the point.
    const auto fracLen = static_cast<std::int64_t>(fracEnd - fracBegin);
    const auto trailing = static_cast<std::int64_t>(total - last);
    n.exponent = std::clamp<std::int64_t>(exponent - fracLen + trailing, -2 * ExponentClamp, 2 * ExponentClamp);
    if (first == last) {
        n.exponent = 0;
        n.negative = false; // -0 is zero
        return n;
    }
    for (std::size_t k = first; k < last && k - first < 36; ++k)
        n.mantissa = n.mantissa * 10 + (digitAt(k) - '0');
    return n;
}

} // namespace planbridge
