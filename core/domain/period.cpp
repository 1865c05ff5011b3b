#include "period.h"

#include <cstdio>

namespace planbridge {

std::optional<PeriodType> parseBucketName(std::string_view name)
{
    if (name == "day")
        return PeriodType::Day;
    if (name == "week")
        return PeriodType::Week;
    if (name == "month")
        return PeriodType::Month;
    return std::nullopt;
}

std::optional<PeriodType> parsePeriodLetter(std::string_view letter)
{
    if (letter == "D")
        return PeriodType::Day;
    if (letter == "W")
        return PeriodType::Week;
    if (letter == "M")
        return PeriodType::Month;
    return std::nullopt;
}

std::string_view bucketName(PeriodType type)
{
    switch (type) {
    case PeriodType::Day:
        return "day";
    case PeriodType::Week:
        return "week";
    case PeriodType::Month:
        return "month";
    }
    return "day";
}

std::string_view periodLetter(PeriodType type)
{
    switch (type) {
    case PeriodType::Day:
        return "D";
    case PeriodType::Week:
        return "W";
    case PeriodType::Month:
        return "M";
    }
    return "D";
}

bool isAlignedStart(Date start, PeriodType type)
{
    switch (type) {
    case PeriodType::Day:
        return true;
    case PeriodType::Week:
        return start.weekday() == 0;
    case PeriodType::Month:
        return start.day() == 1;
    }
    return false;
}

Date periodStartOf(Date day, PeriodType type)
{
    switch (type) {
    case PeriodType::Day:
        return day;
    case PeriodType::Week:
        return day.addDays(-day.weekday());
    case PeriodType::Month:
        return day.addDays(1 - day.day());
    }
    return day;
}

std::int64_t bucketLastDay(Date start, PeriodType type)
{
    switch (type) {
    case PeriodType::Day:
        return start.dayNumber();
    case PeriodType::Week:
        return start.plusDays(6);
    case PeriodType::Month:
        return start.plusDays(daysInMonth(start.year(), start.month()) - start.day());
    }
    return start.dayNumber();
}

std::string periodLabel(Date start, PeriodType type)
{
    char buffer[16];
    switch (type) {
    case PeriodType::Day:
        return start.compactString();
    case PeriodType::Week: {
        const IsoWeek w = isoWeek(start);
        std::snprintf(buffer, sizeof buffer, "%04d%02d", w.year, w.week);
        return buffer;
    }
    case PeriodType::Month:
        std::snprintf(buffer, sizeof buffer, "%04d%02d", start.year(), start.month());
        return buffer;
    }
    return {};
}

} // namespace planbridge
