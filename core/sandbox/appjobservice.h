#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/mrpservice.h"

namespace planbridge::sandbox {

inline constexpr const char *AppJobServiceRoot = "/sap/opu/odata/SAP/BC_EXT_APPJOB_MANAGEMENT;v=0002";
inline constexpr const char *MrpJobTemplate = "SAP_PP_MRP_RUN";

// The external application-job API (BC_EXT_APPJOB_MANAGEMENT v2), reduced to the MRP run:
//   POST /JobSchedule?JobTemplateName='SAP_PP_MRP_RUN'&JobText='..'[&JobUser='..'][&TestModeInd=false]
//        [&JobParameterValues='{"Plants":["1710"],"RunDate":"2026-09-01"}']
//     → {"d":{"JobName","JobRunCount","JobStatus":"S","ReturnCode":0,"StatusText"}}
//   GET /JobStatusGet?JobName='..'&JobRunCount='..'
//     → the same shape; JobStatus S, R (running), F (finished) or A (aborted, StatusText says why,
//       ReturnCode 1 = "Job was aborted due to a technical error").
// The template name and the parameter shape are the sandbox's own: SAP's MRP template and its
// parameter names are not public [U]. Plants empty or absent: every plant; RunDate absent: today
// (UTC). SAP's documentation shows the result wrapped in "results"; clients in the field read
// d.JobStatus directly, which is what the sandbox sends. StatusText is a sandbox addition.
class AppJobService
{
public:
    explicit AppJobService(MrpService &mrp);

    HttpReply handle(const HttpCall &call);

private:
    HttpReply schedule(const HttpCall &call);
    HttpReply status(const HttpCall &call) const;

    MrpService &m_mrp;
};

} // namespace planbridge::sandbox
