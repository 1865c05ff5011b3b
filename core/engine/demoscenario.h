#pragma once

#include "auth/permissions.h"
#include "connectors/erpexecution.h"
#include "connectors/erptarget.h"
#include "domain/expected.h"
#include "store/cache.h"

#include <cstdint>
#include <string>
#include <vector>

namespace planbridge {

// One of the demo's accounts; every one has the password DemoPassword.
struct DemoUser
{
    const char *name;
    auth::Role role;
};
const std::vector<DemoUser> &demoUsers();
inline constexpr const char *DemoPassword = "planbridge";

struct DemoScenarioOptions
{
    std::uint64_t syntheticRecords = 20'000;
    // The demo's cache is throwaway, so its password hashes can be cheap.
    int passwordIterations = 1000;
};

// What was seeded, for the console to open and the tests to drive.
struct DemoScenario
{
    std::string postedVersion; // released (the ERP's blocked products end as dead letters), feedback in
    std::string releaseId;
    std::string submittedVersion; // a large synthetic version waiting for an approver
    std::string revisionVersion; // a high-priority revision with rejects to resolve
};

// Seeds an empty cache for demos and GUI tests: an account per role, then a posted version with
// its feedback (when `erp` and `execution` are given), a submitted version with rejects of every
// reason, and a validated high-priority revision. `folder` receives the synthetic files.
Expected<DemoScenario> seedDemoScenario(store::Cache &cache, const std::string &folder,
    connectors::ErpTarget *erp, connectors::ErpExecution *execution, const DemoScenarioOptions &options = {});

} // namespace planbridge
