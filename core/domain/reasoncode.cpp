#include "reasoncode.h"

#include <array>

namespace planbridge {
namespace {

constexpr std::array<std::string_view, ReasonCodeCount> Names = {
    "MALFORMED",
    "QUANTITY_INVALID",
    "BUCKET_MISALIGNED",
    "UNKNOWN_ITEM",
    "UNKNOWN_LOCATION",
    "UNKNOWN_CHANNEL",
    "ITEM_INACTIVE",
    "LOCATION_BLOCKED",
    "ITEM_LOCATION_MISSING",
    "UOM_UNCONVERTIBLE",
    "OUTSIDE_HORIZON",
    "INSIDE_LEAD_TIME",
    "SOURCING_MISSING",
    "DUPLICATE_KEY",
    "NO_WORKING_DAYS",
};

} // namespace

std::string_view reasonCodeName(ReasonCode code) { return Names[static_cast<std::size_t>(code)]; }

std::optional<ReasonCode> parseReasonCode(std::string_view name)
{
    for (std::size_t i = 0; i < Names.size(); ++i) {
        if (Names[i] == name)
            return static_cast<ReasonCode>(i);
    }
    return std::nullopt;
}

} // namespace planbridge
