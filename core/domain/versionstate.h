#pragma once

#include <optional>
#include <string_view>

namespace planbridge {

// Where a forecast version stands on its way into the ERP.
enum class VersionState {
    Pulled, // in the cache, not validated yet
    Validated, // validated; rejects (if any) are known
    Resolving, // resolutions were recorded since the last validation
    Submitted, // a planner asks for release
    Approved, // a second person approved it
    Released, // its ERP writes are queued in the outbox
    Posting, // the dispatcher is sending them
    Posted, // every write acknowledged
    PartiallyPosted, // the queue is done, some writes are dead letters
    MrpTriggered, // MRP was started for the affected plants
    FeedbackComplete, // MRP's proposals were read back and linked
    Superseded, // a newer version of the same plan replaced it before it was released
    Cancelled,
};

std::string_view versionStateName(VersionState state); // pulled, validated, …, partially-posted, …
std::optional<VersionState> parseVersionState(std::string_view name);

// The lifecycle's edges. Re-validation is allowed from validated and resolving (history is kept by
// whoever records the transition); a submitted version can be sent back to validated; releases
// already queued or posting are never superseded, so a newer version is not mixed into them.
bool canTransition(VersionState from, VersionState to);

// Before release nothing has reached the ERP: such a version may be superseded or cancelled.
bool isBeforeRelease(VersionState state);
// A release is under way: its writes are queued or being sent.
bool isReleaseInFlight(VersionState state);

} // namespace planbridge
