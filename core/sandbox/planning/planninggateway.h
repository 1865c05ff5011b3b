#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/planning/planningstore.h"

namespace planbridge::sandbox {

inline constexpr const char *PlanningServiceRoot = "/sap/opu/odata/IBP/PLANNING_DATA_API_SRV";
// The sandbox's planning area: key figures are read from this entity set.
inline constexpr const char *PlanningArea = "PBDEMAND";

// The OData v2 face of the simulated planning system:
//   GET /PlanningVersions                 the version catalogue (a sandbox convenience; a real
//                                         tenant lists versions through its master data service)
//   GET /PBDEMAND?$filter=VERSIONID eq 'V' and …&$select=…&$top&$skip&$inlinecount=allpages
//                                         key figures of one version, aggregated to the level the
//                                         selected attributes define
class PlanningGateway
{
public:
    explicit PlanningGateway(PlanningStore &store) : m_store(store) { }

    // `call.resourcePath` is relative to PlanningServiceRoot.
    HttpReply handle(const HttpCall &call) const;

private:
    HttpReply catalogue(const HttpCall &call) const;
    HttpReply keyFigures(const HttpCall &call) const;

    PlanningStore &m_store;
};

} // namespace planbridge::sandbox
