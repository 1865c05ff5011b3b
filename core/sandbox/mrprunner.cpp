#include "sandbox/mrprunner.h"

#include "sandbox/mrpmaterials.h"
#include "sandbox/pirvalues.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace planbridge::sandbox {
namespace {

constexpr std::int64_t MsPerDay = 86'400'000;

} // namespace

Expected<MrpLastRun> runMrp(MrpResults &results, const MrpRunRequest &request,
    const std::vector<PirDemandBucket> &demand, const std::vector<MrpMaterial> &materials)
{
    const std::set<std::string> requested(request.plants.begin(), request.plants.end());
    const auto inRun
        = [&](const std::string &plant) { return requested.empty() || requested.count(plant) > 0; };

    MrpInput input;
    input.runDate = request.runDate;
    input.plants = request.plants;
    std::map<std::string, MrpPlantRun> plants;
    std::set<std::pair<std::string, std::string>> known;
    for (const MrpMaterial &m : materials) {
        if (!inRun(m.plant))
            continue;
        input.materials.push_back(m);
        known.emplace(m.plant, m.product);
        plants[m.plant].materials.emplace(m.product, m);
    }
    std::size_t defaulted = 0;
    for (const PirDemandBucket &bucket : demand) {
        const std::string &product = bucket.key[0];
        const std::string &plant = bucket.key[1];
        if (!inRun(plant))
            continue;
        const auto startMs = periodStartMs(bucket.key[7], bucket.key[8]);
        if (!startMs)
            return EngineError { "PIR period " + bucket.key[7] + "/" + bucket.key[8] + " of " + product
                + " has no start date" };
        MrpDemand d { plant, product, Date::fromDayNumber(std::int32_t(*startMs / MsPerDay)),
            Decimal::fromThousandths(bucket.openThousandths), bucket.unit };
        if (known.emplace(plant, product).second) {
            MrpMaterial fallback = defaultMaterial(plant, product, bucket.unit);
            input.materials.push_back(fallback);
            plants[plant].materials.emplace(product, std::move(fallback));
            ++defaulted;
        }
        plants[plant].demands.push_back({ d, bucket.internalId });
        input.demands.push_back(std::move(d));
    }

    auto summary = results.state.run(input);
    if (!summary)
        return summary.error();
    MrpLastRun last;
    last.runDate = request.runDate;
    last.summary = *summary;
    last.demandElements = input.demands.size();
    last.materials = input.materials.size();
    last.defaultedMaterials = defaulted;
    // The engine planned exactly summary.plants; each of them now shows this run's inputs.
    for (const std::string &plant : summary->plants) {
        MrpPlantRun &run = plants[plant];
        run.runDate = request.runDate;
        std::stable_sort(
            run.demands.begin(), run.demands.end(), [](const MrpDemandElement &a, const MrpDemandElement &b) {
                return std::tie(a.demand.product, a.demand.date) < std::tie(b.demand.product, b.demand.date);
            });
        results.plants[plant] = std::move(run);
    }
    results.lastRun = last;
    return last;
}

} // namespace planbridge::sandbox
