#pragma once

#include "connectors/s4/pirpayload.h"
#include "domain/date.h"
#include "domain/decimal.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planbridge::tryton {

// The days a PIR period covers: "YYYYMMDD"/D one day, "YYYYWW"/W an ISO week (Monday to Sunday),
// "YYYYMM"/M a calendar month. nullopt for anything else.
struct PeriodRange
{
    Date from;
    Date to;
    friend auto operator<=>(const PeriodRange &, const PeriodRange &) = default;
};
std::optional<PeriodRange> periodRange(std::string_view period, std::string_view periodType);
// The other way, for reading back: (period, type) when the range is exactly one day, ISO week or
// month; nullopt otherwise (a forecast someone made by hand).
std::optional<std::pair<std::string, std::string>> periodOfRange(PeriodRange range);

struct PlannedLine
{
    std::string product;
    Decimal quantity;
    std::string unit;
    std::size_t header = 0; // index of the PIR header it came from
};

// One stock.forecast to hold: a plant (→ warehouse) and a period, with one line per product,
// because Tryton keeps one line per product per forecast and done forecasts may not overlap.
struct PlannedForecast
{
    std::string plant;
    PeriodRange range;
    std::vector<PlannedLine> lines;
};

struct ForecastPlan
{
    std::vector<PlannedForecast> forecasts; // ordered by plant, then period
    std::vector<std::string> headerIssues; // one per header; empty when the header can be written
};

// Regroups PIR headers (product × plant, items per period) into forecasts (plant × period, lines
// per product). A header with an unreadable period, a negative or malformed quantity, or a second
// header for the same product, plant and period gets an issue and no lines.
ForecastPlan planForecasts(const std::vector<s4::PirHeader> &headers);

} // namespace planbridge::tryton
