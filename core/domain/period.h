#pragma once

#include "date.h"

#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// The granularity of a forecast bucket (day/week/month) and of a plant's planning period (D/W/M).
// Weeks are ISO weeks starting on Monday; months start on day 1.
enum class PeriodType { Day, Week, Month };

std::optional<PeriodType> parseBucketName(std::string_view name);   // "day" | "week" | "month"
std::optional<PeriodType> parsePeriodLetter(std::string_view letter); // "D" | "W" | "M"
std::string_view bucketName(PeriodType type);
std::string_view periodLetter(PeriodType type);

// Whether `start` is where a bucket of this type may begin (any day, a Monday, a 1st).
bool isAlignedStart(Date start, PeriodType type);
// The first day of the period of `type` that contains `day`.
Date periodStartOf(Date day, PeriodType type);
// The last day of the bucket that begins at `start`, as a day number: it may pass 9999-12-31.
std::int64_t bucketLastDay(Date start, PeriodType type);
// `YYYYMMDD`, ISO week-year and week `YYYYWW`, or `YYYYMM` for the period starting at `start`.
std::string periodLabel(Date start, PeriodType type);

} // namespace planbridge
