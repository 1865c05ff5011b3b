#include "weeklyledger.h"

#include <algorithm>

namespace planbridge::sandbox {

WeeklyLedger::WeeklyLedger(std::optional<Decimal> limit)
{
    if (limit)
        m_limit = limit->thousandths();
}

Int128 WeeklyLedger::take(Date day, Int128 wanted)
{
    if (wanted <= 0)
        return 0;
    if (!m_limit)
        return wanted;
    Int128 &used = m_used[mondayOf(day).dayNumber()];
    const Int128 granted = std::clamp<Int128>(*m_limit - used, 0, wanted);
    used += granted;
    return granted;
}

void WeeklyLedger::book(Date day, Int128 quantity)
{
    if (m_limit)
        m_used[mondayOf(day).dayNumber()] += quantity;
}

} // namespace planbridge::sandbox
