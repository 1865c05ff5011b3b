#pragma once

#include "domain/calendar.h"
#include "domain/decimal.h"
#include "domain/period.h"

#include <vector>

namespace planbridge {

struct PeriodPart
{
    Date periodStart;
    Decimal quantity;
};

// Normalizes one forecast bucket to a plant's planning periods. A bucket inside one period goes
// there whole; a bucket spanning several is split in proportion to working days, in thousandths, by
// the largest-remainder method (ties to the earlier period), so the parts add up exactly.
// Returns false (NO_WORKING_DAYS) when a split finds no working day at all.
bool splitBucket(Date bucketStart, PeriodType bucket, PeriodType plantPeriod, const PlantCalendar &calendar,
                 Decimal quantity, std::vector<PeriodPart> &parts);

// Largest-remainder apportionment of `total` thousandths by `weights` (all > 0).
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<int> &weights);

} // namespace planbridge
