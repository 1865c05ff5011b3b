#include "sandbox/mrpservice.h"

#include <cstdio>

namespace planbridge::sandbox {

MrpService::MrpService(DemandSource demand)
    : m_demand(std::move(demand))
    , m_worker([this] { work(); })
{
}

MrpService::~MrpService()
{
    {
        std::lock_guard lock(m_jobsMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void MrpService::seedMaterials(std::vector<MrpMaterial> materials)
{
    std::lock_guard lock(m_resultsMutex);
    m_seeded = materials;
    m_materials = std::move(materials);
}

void MrpService::setMaterials(std::vector<MrpMaterial> materials)
{
    std::lock_guard lock(m_resultsMutex);
    m_materials = std::move(materials);
}

std::vector<MrpMaterial> MrpService::materials() const
{
    std::lock_guard lock(m_resultsMutex);
    return m_materials;
}

MrpJob MrpService::schedule(std::string text, std::string user, MrpRunRequest request)
{
    MrpJob job;
    {
        std::lock_guard lock(m_jobsMutex);
        // JobName up to 32 characters, JobRunCount 8 digits, as in the job tables (TBTCO).
        char name[40], count[16];
        std::snprintf(name, sizeof name, "SANDBOX_MRP_RUN_%08lu", m_nextJob);
        std::snprintf(count, sizeof count, "%08lu", m_nextJob);
        ++m_nextJob;
        job = { name, count, std::move(text), std::move(user), 'S', {}, std::move(request) };
        m_jobs.emplace(JobKey(job.name, job.runCount), job);
        m_queue.emplace_back(job.name, job.runCount);
    }
    m_wake.notify_one();
    return job;
}

std::optional<MrpJob> MrpService::job(const std::string &name, const std::string &runCount) const
{
    std::lock_guard lock(m_jobsMutex);
    const auto it = m_jobs.find(JobKey(name, runCount));
    if (it == m_jobs.end())
        return std::nullopt;
    return it->second;
}

void MrpService::reset()
{
    {
        std::lock_guard lock(m_jobsMutex);
        m_jobs.clear(); // a queued job that is gone is skipped; a running one finishes unseen
        m_queue.clear();
    }
    std::lock_guard lock(m_resultsMutex);
    m_results = MrpResults();
    m_materials = m_seeded;
}

void MrpService::work()
{
    std::unique_lock lock(m_jobsMutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const JobKey key = m_queue.front();
        m_queue.pop_front();
        const auto found = m_jobs.find(key);
        if (found == m_jobs.end())
            continue;
        found->second.status = 'R';
        MrpJob job = found->second;
        lock.unlock();
        execute(job);
        lock.lock();
        if (const auto again = m_jobs.find(key); again != m_jobs.end())
            again->second = job;
    }
}

void MrpService::execute(MrpJob &job)
{
    // The PIR snapshot is taken when the job starts: writes after that wait for the next run.
    const std::vector<PirDemandBucket> demand = m_demand ? m_demand() : std::vector<PirDemandBucket>();
    std::lock_guard lock(m_resultsMutex);
    auto outcome = runMrp(m_results, job.request, demand, m_materials);
    if (!outcome) {
        job.status = 'A';
        job.message = outcome.error().message;
        return;
    }
    m_results.lastRun->jobName = job.name;
    m_results.lastRun->jobRunCount = job.runCount;
    const MrpRunSummary &s = outcome->summary;
    job.status = 'F';
    job.message = "MRP planned " + std::to_string(s.plants.size()) + " plant(s): "
        + std::to_string(s.plannedOrders) + " planned orders, " + std::to_string(s.purchaseRequisitions)
        + " purchase requisitions, " + std::to_string(s.shortages) + " shortages";
}

} // namespace planbridge::sandbox
