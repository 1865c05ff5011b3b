#pragma once

#include "date.h"
#include "decimal.h"
#include "period.h"
#include "reasoncode.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planbridge {

// A rejected forecast row, with the offending field and its value as sent.
struct Reject
{
    std::uint32_t row = 0;
    ReasonCode reason = ReasonCode::Malformed;
    std::optional<std::string> field;
    std::optional<std::string> value;
    std::string message;
};

// One record at the ERP key (item, plant, MRP area, period). Codes are indices into the result's
// string tables so a million records stay compact.
struct AcceptedRecord
{
    std::uint32_t item = 0;      // index into ValidationResult::items
    std::uint32_t location = 0;  // index into ValidationResult::locations
    Date periodStart;
    Int128 quantity = 0;       // thousandths, in the item's base unit; sums are not capped
    std::uint32_t sourcesBegin = 0; // range in ValidationResult::sources
    std::uint32_t sourcesCount = 0;
};

// What the location of an accepted record resolves to in the ERP.
struct LocationInfo
{
    std::string location;
    std::string erpPlant;
    std::string mrpArea;
    PeriodType periodType = PeriodType::Month;
};

struct ItemInfo
{
    std::string item;
    std::string baseUom;
};

// The outcome of validating and transforming one forecast version.
struct ValidationResult
{
    std::optional<std::string> versionId;
    Date asOf;
    PeriodType bucket = PeriodType::Week; // of the input rows
    bool highPriority = false;
    std::vector<ItemInfo> items;
    std::vector<LocationInfo> locations;
    std::vector<AcceptedRecord> accepted; // sorted by item, location, period
    std::vector<std::uint32_t> sources;   // lineage: 0-based input rows, ascending per record
    std::vector<Reject> rejects;          // in input row order
    std::uint64_t rowsIn = 0;
    std::uint64_t rowsAccepted = 0;
    std::uint64_t rowsExcluded = 0; // left out by a planner's resolution; neither accepted nor rejected
    std::array<std::uint64_t, ReasonCodeCount> rejectsByReason {};

    std::string periodLabel(const AcceptedRecord &record) const;
};

} // namespace planbridge
