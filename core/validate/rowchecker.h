#pragma once

#include "domain/forecast.h"
#include "domain/validationresult.h"
#include "masterindex.h"

#include <optional>
#include <string_view>

namespace planbridge {

// A row that passed every check from MALFORMED to SOURCING_MISSING. The views point into the
// RawRecord it came from.
struct CheckedRow
{
    std::uint32_t item = 0;
    std::uint32_t location = 0;
    std::string_view channel;
    Date bucketStart;
    Decimal quantity; // in the item's base unit
};

// Applies the per-row checks in contract order; a pure function of the row, the master data and the
// version header. DUPLICATE_KEY and NO_WORKING_DAYS need the run's state and are checked after it.
class RowChecker
{
public:
    RowChecker(const MasterIndex &index, const VersionHeader &header);

    // nullopt when the row passes; `out` is then filled.
    std::optional<Reject> check(std::uint32_t row, const RawRecord &record, CheckedRow &out) const;

private:
    std::optional<Reject> checkShape(std::uint32_t row, const RawRecord &record, CheckedRow &out) const;

    const MasterIndex &m_index;
    const VersionHeader &m_header;
};

// The `value` of a reject: the trimmed string, the number lexeme, compact JSON, or null.
std::optional<std::string> rejectValue(const RawField &field);
Reject makeReject(std::uint32_t row, ReasonCode reason, const RawRecord &record, RecordField field,
                  std::string message);
// "2027-11-26", or "+N days" when the day leaves the calendar's range.
std::string describeDay(std::int64_t dayNumber);

} // namespace planbridge
