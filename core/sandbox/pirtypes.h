#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace planbridge::sandbox {

// One key field of the PIR service: SAP's property name and its maximum length.
struct KeyField
{
    std::string_view name;
    std::size_t maxLength;
};

// The 7 header keys then the 2 item keys, in SAP's order (key predicates, sorting, admin dumps).
inline constexpr std::array<KeyField, 9> PirKeyFields = { {
    { "Product", 40 },
    { "Plant", 4 },
    { "MRPArea", 10 },
    { "PlndIndepRqmtType", 4 },
    { "PlndIndepRqmtVersion", 2 },
    { "RequirementPlan", 10 },
    { "RequirementSegment", 40 },
    { "PlndIndepRqmtPeriod", 8 },
    { "PeriodType", 1 },
} };
inline constexpr std::size_t HeaderKeyCount = 7;
inline constexpr std::size_t ItemKeyCount = 9;

using PirHeaderKey = std::array<std::string, HeaderKeyCount>;
using PirItemKey = std::array<std::string, ItemKeyCount>;

inline PirHeaderKey headerKeyOf(const PirItemKey &item)
{
    PirHeaderKey key;
    for (std::size_t i = 0; i < HeaderKeyCount; ++i)
        key[i] = item[i];
    return key;
}

// A planned independent requirement header as the sandbox ERP keeps it.
struct PirHeader
{
    PirHeaderKey key;
    std::string internalId; // SAP's "Indep. Rqmts Pointer", assigned on first create
    std::string isActive = "X";
    std::int64_t changedAtMs = 0;
};

// One bucket of a PIR: an absolute quantity (never a delta) in thousandths.
struct PirItem
{
    PirItemKey key;
    std::int64_t plannedThousandths = 0;
    std::int64_t withdrawalThousandths = 0;
    std::string unit;
    std::string changedBy;
    std::int64_t changedAtMs = 0;
    std::int64_t periodStartMs = 0;
};

} // namespace planbridge::sandbox
