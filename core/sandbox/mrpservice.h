#pragma once

#include "sandbox/mrpresults.h"
#include "sandbox/mrprunner.h"
#include "sandbox/pirservice.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace planbridge::sandbox {

// An MRP run as an application job: S scheduled → R running → F finished or A aborted.
struct MrpJob
{
    std::string name; // JobName
    std::string runCount; // JobRunCount
    std::string text; // JobText
    std::string user; // JobUser
    char status = 'S';
    std::string message; // why it was aborted, or what it did
    MrpRunRequest request;
};

// The sandbox ERP's MRP: the material master, the job queue and the results. Jobs run one at a time
// on a worker thread over the PIR state as it is when the job starts, so scheduling returns at once
// and clients must poll, as with the real application-job API. Thread-safe.
class MrpService
{
public:
    using DemandSource = std::function<std::vector<PirDemandBucket>()>;

    explicit MrpService(DemandSource demand);
    ~MrpService(); // finishes the running job, drops queued ones
    MrpService(const MrpService &) = delete;
    MrpService &operator=(const MrpService &) = delete;

    // The master a reset returns to (master.json of the seed folder); also sets the current one.
    void seedMaterials(std::vector<MrpMaterial> materials);
    void setMaterials(std::vector<MrpMaterial> materials);
    std::vector<MrpMaterial> materials() const;

    MrpJob schedule(std::string text, std::string user, MrpRunRequest request); // status S
    std::optional<MrpJob> job(const std::string &name, const std::string &runCount) const;

    // Calls `f(const MrpResults &)` with the results locked; no run changes them meanwhile.
    template<typename F>
    decltype(auto) read(F &&f) const
    {
        std::lock_guard lock(m_resultsMutex);
        return std::forward<F>(f)(m_results);
    }

    // Forgets results and jobs and returns to the seeded master.
    void reset();

private:
    using JobKey = std::pair<std::string, std::string>;

    void work();
    void execute(MrpJob &job);

    DemandSource m_demand;
    mutable std::mutex m_resultsMutex; // m_results, m_materials, m_seeded
    MrpResults m_results;
    std::vector<MrpMaterial> m_materials;
    std::vector<MrpMaterial> m_seeded;

    mutable std::mutex m_jobsMutex; // m_jobs, m_queue, m_nextJob, m_stopping
    std::condition_variable m_wake;
    std::map<JobKey, MrpJob> m_jobs;
    std::deque<JobKey> m_queue;
    unsigned long m_nextJob = 1;
    bool m_stopping = false;
    std::thread m_worker; // last: starts after everything it uses exists
};

} // namespace planbridge::sandbox
