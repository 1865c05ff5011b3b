#pragma once

#include "domain/date.h"
#include "domain/decimal.h"

#include <cstdint>
#include <map>
#include <optional>

namespace planbridge::sandbox {

// What is left of a weekly capacity or supplier limit, per ISO week (keyed by its Monday).
class WeeklyLedger
{
public:
    // nullopt: unlimited, every request is granted in full.
    explicit WeeklyLedger(std::optional<Decimal> limit);

    // Grants up to `wanted` in the week containing `day` and books it; returns what was granted.
    Int128 take(Date day, Int128 wanted);
    // Books a receipt that is already decided (a firmed proposal), even beyond the limit.
    void book(Date day, Int128 quantity);

    static Date mondayOf(Date day) { return day.addDays(-day.weekday()); }

private:
    std::optional<Int128> m_limit;
    std::map<std::int32_t, Int128> m_used; // Monday's day number → booked thousandths
};

} // namespace planbridge::sandbox
