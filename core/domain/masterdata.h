#pragma once

#include "calendar.h"
#include "decimal.h"
#include "period.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planbridge {

struct Item
{
    std::string item;
    std::string baseUom;
    bool active = true;
};

struct Location
{
    std::string location;
    std::string erpPlant;
    std::string mrpArea; // defaults to erpPlant
    bool open = true;
    std::string calendar;
    PeriodType periodType = PeriodType::Month;
    std::int64_t horizonDays = 0;
};

enum class Sourcing { Make, Buy };

struct ItemLocation
{
    std::string item;
    std::string location;
    bool active = true;
    std::int64_t leadTimeDays = 0;
    Sourcing sourcing = Sourcing::Make;
    std::optional<std::string> supplier; // trimmed; empty counts as missing
};

struct UomConversion
{
    static constexpr std::string_view AnyItem = "*";
    std::string item; // a canonical item code, or "*" for every item
    std::string from;
    std::string to;
    Factor factor = Factor::one();
};

enum class CodeKind { Item, Location };

struct CodeMap
{
    CodeKind kind = CodeKind::Item;
    std::string source;
    std::string canonical;
};

// The reference data a forecast is validated against. Readers keep the first of duplicate entries,
// so every list here is free of duplicates.
struct MasterData
{
    std::vector<Item> items;
    std::vector<Location> locations;
    std::vector<ItemLocation> itemLocations;
    std::vector<UomConversion> uomConversions;
    std::vector<CodeMap> codeMaps;
    std::vector<PlantCalendar> calendars;
    std::vector<std::string> channels; // empty: no channel check
};

} // namespace planbridge
