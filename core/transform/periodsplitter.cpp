#include "periodsplitter.h"

#include <algorithm>
#include <numeric>

namespace planbridge {
namespace {

bool fitsOnePeriod(Date start, PeriodType bucket, PeriodType plantPeriod)
{
    switch (bucket) {
    case PeriodType::Day:
        return true;
    case PeriodType::Week:
        return plantPeriod == PeriodType::Week
            || (plantPeriod == PeriodType::Month && start.month() == start.addDays(6).month());
    case PeriodType::Month:
        return plantPeriod == PeriodType::Month;
    }
    return false;
}

} // namespace

std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<int> &weights)
{
    const std::int64_t sum = std::accumulate(weights.begin(), weights.end(), std::int64_t(0));
    std::vector<std::int64_t> shares(weights.size());
    std::vector<std::int64_t> remainders(weights.size());
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 scaled = static_cast<Int128>(total) * weights[i];
        shares[i] = static_cast<std::int64_t>(scaled / sum);
        remainders[i] = static_cast<std::int64_t>(scaled % sum);
        assigned += shares[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    // Largest remainder first; on a tie the earlier period wins.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::int64_t left = total - assigned, k = 0; left > 0; --left, ++k)
        ++shares[order[static_cast<std::size_t>(k)]];
    return shares;
}

bool splitBucket(Date bucketStart, PeriodType bucket, PeriodType plantPeriod, const PlantCalendar &calendar,
                 Decimal quantity, std::vector<PeriodPart> &parts)
{
    parts.clear();
    if (fitsOnePeriod(bucketStart, bucket, plantPeriod)) {
        parts.push_back({periodStartOf(bucketStart, plantPeriod), quantity});
        return true;
    }
    const Date last = Date::fromDayNumber(static_cast<std::int32_t>(bucketLastDay(bucketStart, bucket)));
    std::vector<Date> periods;
    std::vector<int> weights;
    for (Date d = bucketStart; d <= last; d = d.addDays(1)) {
        if (!calendar.isWorkingDay(d))
            continue;
        const Date period = periodStartOf(d, plantPeriod);
        if (periods.empty() || periods.back() != period) {
            periods.push_back(period);
            weights.push_back(0);
        }
        ++weights.back();
    }
    if (periods.empty())
        return false;
    const auto shares = apportion(quantity.thousandths(), weights);
    for (std::size_t i = 0; i < periods.size(); ++i)
        parts.push_back({periods[i], Decimal::fromThousandths(shares[i])});
    return true;
}

} // namespace planbridge
