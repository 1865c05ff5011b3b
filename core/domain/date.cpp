#include "date.h"

namespace planbridge {
namespace {

// Howard Hinnant's civil-from-days / days-from-civil algorithms.
std::int32_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int y, m, d;
};

Civil civilFromDays(std::int32_t z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {y + (m <= 2), m, d};
}

const std::int32_t MinDay = daysFromCivil(1, 1, 1);
const std::int32_t MaxDay = daysFromCivil(9999, 12, 31);

int digitsAt(std::string_view text, std::size_t pos, std::size_t count)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return Date(daysFromCivil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    return fromYmd(y, m, d);
}

Date Date::min() { return Date(MinDay); }
Date Date::max() { return Date(MaxDay); }
bool Date::isValid() const { return m_days >= MinDay && m_days <= MaxDay; }
int Date::year() const { return civilFromDays(m_days).y; }
int Date::month() const { return civilFromDays(m_days).m; }
int Date::day() const { return civilFromDays(m_days).d; }

int Date::weekday() const
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    const int w = (m_days + 3) % 7;
    return w < 0 ? w + 7 : w;
}

std::string Date::toString() const
{
    std::string out = compactString();
    out.insert(6, 1, '-');
    out.insert(4, 1, '-');
    return out;
}

std::string Date::compactString() const
{
    const Civil c = civilFromDays(m_days);
    std::string out(8, '0');
    int v = c.y * 10000 + c.m * 100 + c.d;
    for (int i = 7; i >= 0; --i, v /= 10)
        out[static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
    return out;
}

IsoWeek isoWeek(Date date)
{
    // The ISO week belongs to the year of its Thursday.
    const Date thursday = date.addDays(3 - date.weekday());
    const int year = thursday.year();
    const std::int32_t jan1 = daysFromCivil(year, 1, 1);
    return {year, (thursday.dayNumber() - jan1) / 7 + 1};
}

} // namespace planbridge
