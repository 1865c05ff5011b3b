#pragma once

#include "date.h"

#include <array>
#include <string>
#include <vector>

namespace planbridge {

// A plant's working-day calendar: which weekdays are worked, minus holidays.
class PlantCalendar
{
public:
    PlantCalendar() = default;
    PlantCalendar(std::string name, std::array<bool, 7> workdays, std::vector<Date> holidays);

    const std::string &name() const { return m_name; }
    bool isWorkingDay(Date day) const;
    // Working days in the inclusive range [first, last].
    int workingDays(Date first, Date last) const;

private:
    std::string m_name;
    std::array<bool, 7> m_workdays {true, true, true, true, true, false, false};
    std::vector<Date> m_holidays; // sorted, unique
};

} // namespace planbridge
