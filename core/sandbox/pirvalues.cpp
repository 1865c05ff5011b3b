#include "sandbox/pirvalues.h"

#include <chrono>

namespace planbridge::sandbox {

namespace {

constexpr std::int64_t MsPerDay = 86'400'000;

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int number(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int Days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : Days[m - 1];
}

// Monday of ISO week 1: the week holding January 4th.
std::int64_t isoWeekOneMonday(int year)
{
    const std::int64_t jan4 = daysFromCivil(year, 1, 4);
    const std::int64_t weekday = ((jan4 + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
    return jan4 - weekday;
}

} // namespace

std::optional<std::int64_t> parseQuantity(std::string_view text)
{
    const auto dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    const std::string_view fraction
        = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (!allDigits(whole) || (dot != std::string_view::npos && (!allDigits(fraction) || fraction.size() > 3)))
        return std::nullopt;
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    if (whole.size() > 10)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : whole)
        value = value * 10 + (c - '0');
    std::int64_t thousandths = 0;
    for (std::size_t i = 0; i < 3; ++i)
        thousandths = thousandths * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    return value * 1000 + thousandths;
}

std::string formatQuantity(std::int64_t thousandths)
{
    const bool negative = thousandths < 0;
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(thousandths) : static_cast<std::uint64_t>(thousandths);
    std::string fraction = std::to_string(magnitude % 1000);
    fraction.insert(0, 3 - fraction.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / 1000) + "." + fraction;
}

std::optional<std::int64_t> periodStartMs(std::string_view period, std::string_view periodType)
{
    if (!allDigits(period))
        return std::nullopt;
    const int year = period.size() >= 4 ? number(period.substr(0, 4)) : 0;
    if (year < 1900)
        return std::nullopt;
    if (periodType == "M" && period.size() == 6) {
        const int month = number(period.substr(4, 2));
        if (month < 1 || month > 12)
            return std::nullopt;
        return daysFromCivil(year, month, 1) * MsPerDay;
    }
    if (periodType == "D" && period.size() == 8) {
        const int month = number(period.substr(4, 2));
        const int day = number(period.substr(6, 2));
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return std::nullopt;
        return daysFromCivil(year, month, day) * MsPerDay;
    }
    if (periodType == "W" && period.size() == 6) {
        const int week = number(period.substr(4, 2));
        const std::int64_t monday = isoWeekOneMonday(year) + 7 * std::int64_t(week - 1);
        // Week 53 exists only when its Thursday still falls in the same ISO year.
        if (week < 1 || monday >= isoWeekOneMonday(year + 1))
            return std::nullopt;
        return monday * MsPerDay;
    }
    return std::nullopt;
}

std::string odataDate(std::int64_t ms)
{
    return "/Date(" + std::to_string(ms) + ")/";
}

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string percentEncode(std::string_view text)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved) {
            out += char(c);
        } else {
            out += '%';
            out += Hex[c >> 4];
            out += Hex[c & 15];
        }
    }
    return out;
}

std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    const auto hex = [](char c) {
        return c >= '0' && c <= '9' ? c - '0'
            : c >= 'A' && c <= 'F'  ? c - 'A' + 10
            : c >= 'a' && c <= 'f'  ? c - 'a' + 10
                                    : -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() + 0 && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += char(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += plusIsSpace && text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}

} // namespace planbridge::sandbox
