#include "domain/versionstate.h"

#include <array>

namespace planbridge {
namespace {

using S = VersionState;

constexpr std::array<std::pair<S, std::string_view>, 13> Names { {
    { S::Pulled, "pulled" },
    { S::Validated, "validated" },
    { S::Resolving, "resolving" },
    { S::Submitted, "submitted" },
    { S::Approved, "approved" },
    { S::Released, "released" },
    { S::Posting, "posting" },
    { S::Posted, "posted" },
    { S::PartiallyPosted, "partially-posted" },
    { S::MrpTriggered, "mrp-triggered" },
    { S::FeedbackComplete, "feedback-complete" },
    { S::Superseded, "superseded" },
    { S::Cancelled, "cancelled" },
} };

} // namespace

std::string_view versionStateName(VersionState state)
{
    for (const auto &[s, name] : Names) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<VersionState> parseVersionState(std::string_view name)
{
    for (const auto &[s, n] : Names) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

bool isBeforeRelease(VersionState state)
{
    return state == S::Pulled || state == S::Validated || state == S::Resolving || state == S::Submitted
        || state == S::Approved;
}

bool isReleaseInFlight(VersionState state)
{
    return state == S::Released || state == S::Posting || state == S::PartiallyPosted;
}

bool canTransition(VersionState from, VersionState to)
{
    if ((to == S::Superseded || to == S::Cancelled) && isBeforeRelease(from))
        return true;
    switch (from) {
    case S::Pulled:
        return to == S::Validated;
    case S::Validated:
        return to == S::Validated || to == S::Resolving || to == S::Submitted;
    case S::Resolving:
        return to == S::Validated || to == S::Resolving;
    case S::Submitted:
        return to == S::Approved || to == S::Validated;
    case S::Approved:
        return to == S::Released;
    case S::Released:
        return to == S::Posting || to == S::Cancelled; // cancel while still queued
    case S::Posting:
        return to == S::Posted || to == S::PartiallyPosted;
    case S::PartiallyPosted:
        return to == S::Posting || to == S::Posted || to == S::MrpTriggered;
    case S::Posted:
        return to == S::MrpTriggered;
    case S::MrpTriggered:
        return to == S::FeedbackComplete || to == S::MrpTriggered;
    case S::FeedbackComplete:
        return to == S::MrpTriggered; // feedback refreshed by a later run
    case S::Superseded:
    case S::Cancelled:
        return false;
    }
    return false;
}

} // namespace planbridge
