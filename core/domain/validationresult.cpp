#include "validationresult.h"

namespace planbridge {

std::string ValidationResult::periodLabel(const AcceptedRecord &record) const
{
    return planbridge::periodLabel(record.periodStart, locations[record.location].periodType);
}

} // namespace planbridge
