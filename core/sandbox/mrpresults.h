#pragma once

#include "sandbox/mrp/mrpstate.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::sandbox {

// A PIR bucket as one MRP run netted it; kept so SupplyDemandItems can list the demand elements.
struct MrpDemandElement
{
    MrpDemand demand;
    std::string element; // PlndIndepRqmtInternalID of the PIR header
};

// What the last run of one plant used: the run date, the demand and the material master
// (including the defaulted materials), so the read services can explain the results.
struct MrpPlantRun
{
    Date runDate;
    std::vector<MrpDemandElement> demands; // by product, then date
    std::map<std::string, MrpMaterial> materials; // by product
};

// The last finished run, for the admin summary.
struct MrpLastRun
{
    std::string jobName;
    std::string jobRunCount;
    Date runDate;
    MrpRunSummary summary;
    std::size_t demandElements = 0;
    std::size_t materials = 0;
    std::size_t defaultedMaterials = 0;
};

// Everything the read services show: the engine's state plus, per plant, the inputs of its last run.
struct MrpResults
{
    MrpState state;
    std::map<std::string, MrpPlantRun> plants;
    std::optional<MrpLastRun> lastRun;
};

} // namespace planbridge::sandbox
