#pragma once

#include "domain/expected.h"
#include "sandbox/mrpresults.h"
#include "sandbox/pirservice.h"

#include <string>
#include <vector>

namespace planbridge::sandbox {

// One MRP run as the application job asks for it.
struct MrpRunRequest
{
    Date runDate;
    std::vector<std::string> plants; // empty: every plant with materials or demand
};

// Runs MRP over the given PIR demand and material master and records what the run used.
// Each active PIR bucket becomes a requirement on its period's first day (the sandbox's own
// periodStartMs: month → the 1st, ISO week → its Monday, day → that day). Products with demand but
// no master get defaultMaterial(). On error `results` is unchanged.
Expected<MrpLastRun> runMrp(MrpResults &results, const MrpRunRequest &request,
    const std::vector<PirDemandBucket> &demand, const std::vector<MrpMaterial> &materials);

} // namespace planbridge::sandbox
