#pragma once

#include <optional>
#include <string_view>

namespace planbridge {

// Why a forecast row was rejected. The enumerators are in check order: a row gets the first that
// fails, so the numeric order is part of the contract.
enum class ReasonCode {
    Malformed,
    QuantityInvalid,
    BucketMisaligned,
    UnknownItem,
    UnknownLocation,
    UnknownChannel,
    ItemInactive,
    LocationBlocked,
    ItemLocationMissing,
    UomUnconvertible,
    OutsideHorizon,
    InsideLeadTime,
    SourcingMissing,
    DuplicateKey,
    NoWorkingDays,
};

inline constexpr int ReasonCodeCount = 15;

std::string_view reasonCodeName(ReasonCode code); // e.g. "UNKNOWN_ITEM"
std::optional<ReasonCode> parseReasonCode(std::string_view name);

} // namespace planbridge
