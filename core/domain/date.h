#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// A proleptic Gregorian calendar date between 0001-01-01 and 9999-12-31, stored as a day number so
// that arithmetic and comparison are integer operations.
class Date
{
public:
    constexpr Date() = default;
    static std::optional<Date> fromYmd(int year, int month, int day);
    // Strict `YYYY-MM-DD`: four-digit year, two-digit month and day, a real calendar day.
    static std::optional<Date> parse(std::string_view text);
    static constexpr Date fromDayNumber(std::int32_t days) { return Date(days); }
    static Date min();
    static Date max();

    constexpr std::int32_t dayNumber() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    // 0 = Monday … 6 = Sunday (ISO 8601).
    int weekday() const;
    // Day arithmetic in 64 bits so that huge horizons compare sanely; may leave the valid range.
    std::int64_t plusDays(std::int64_t days) const { return std::int64_t(m_days) + days; }
    Date addDays(std::int32_t days) const { return Date(m_days + days); }
    bool isValid() const;

    std::string toString() const;     // YYYY-MM-DD
    std::string compactString() const; // YYYYMMDD

    friend constexpr auto operator<=>(Date, Date) = default;

private:
    constexpr explicit Date(std::int32_t days) : m_days(days) { }
    std::int32_t m_days = 0; // days since 1970-01-01
};

struct IsoWeek
{
    int year = 0; // the ISO week-year, which differs from the calendar year around New Year
    int week = 0; // 1..53
};

IsoWeek isoWeek(Date date);
bool isLeapYear(int year);
int daysInMonth(int year, int month);

} // namespace planbridge
