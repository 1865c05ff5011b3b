#include "calendar.h"

#include <algorithm>

namespace planbridge {

PlantCalendar::PlantCalendar(std::string name, std::array<bool, 7> workdays, std::vector<Date> holidays)
    : m_name(std::move(name))
    , m_workdays(workdays)
    , m_holidays(std::move(holidays))
{
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
}

bool PlantCalendar::isWorkingDay(Date day) const
{
    return m_workdays[static_cast<std::size_t>(day.weekday())]
        && !std::binary_search(m_holidays.begin(), m_holidays.end(), day);
}

int PlantCalendar::workingDays(Date first, Date last) const
{
    int count = 0;
    for (Date d = first; d <= last; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

} // namespace planbridge
