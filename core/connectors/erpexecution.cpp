#include "connectors/erpexecution.h"

#include <thread>

namespace planbridge::connectors {

std::string_view mrpRunStateName(MrpRunState state)
{
    switch (state) {
    case MrpRunState::Scheduled:
        return "scheduled";
    case MrpRunState::Running:
        return "running";
    case MrpRunState::Finished:
        return "finished";
    case MrpRunState::Aborted:
        return "aborted";
    }
    return "unknown";
}

Expected<MrpRun> awaitMrp(ErpExecution &erp, MrpRun run, const MrpWait &wait)
{
    // Waits are counted, not clocked, so an injected sleep makes the timeout exact in tests.
    const auto interval = std::max(wait.pollInterval, std::chrono::milliseconds(1));
    std::chrono::milliseconds waited { 0 };
    while (run.state == MrpRunState::Scheduled || run.state == MrpRunState::Running) {
        if (waited >= wait.timeout)
            return EngineError { "MRP run " + run.id + " is still " + std::string(mrpRunStateName(run.state))
                + " after " + std::to_string(waited.count() / 1000) + " s; it goes on in the ERP" };
        if (wait.keepWaiting && !wait.keepWaiting(run))
            return EngineError { "stopped waiting for MRP run " + run.id + "; it goes on in the ERP", true };
        if (wait.sleep)
            wait.sleep(interval);
        else
            std::this_thread::sleep_for(interval);
        waited += interval;
        auto status = erp.mrpStatus(run);
        if (!status)
            return status.error();
        run = std::move(*status);
    }
    return run;
}

} // namespace planbridge::connectors
