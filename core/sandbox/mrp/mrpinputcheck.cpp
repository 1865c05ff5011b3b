#include "mrpinputcheck.h"

#include <map>
#include <utility>

namespace planbridge::sandbox {
namespace {

// Longer lead times are data errors, and the bound keeps run date + lead time a valid date.
constexpr int MaxLeadTimeDays = 3650;

EngineError refuse(const std::string &plant, const std::string &product, const std::string &what)
{
    return EngineError { "MRP input for product " + product + " in plant " + plant + ": " + what };
}

std::optional<EngineError> checkMaterial(const MrpMaterial &m, Date runDate)
{
    const auto negative = [](Decimal d) { return d < Decimal(); };
    if (m.plant.empty() || m.product.empty())
        return refuse(m.plant, m.product, "plant and product are required");
    if (negative(m.openingStock) || negative(m.safetyStock))
        return refuse(m.plant, m.product, "stock quantities must not be negative");
    if (m.leadTimeDays < 0 || m.leadTimeDays > MaxLeadTimeDays)
        return refuse(
            m.plant, m.product, "lead time must be 0.." + std::to_string(MaxLeadTimeDays) + " days");
    if (!runDate.addDays(m.leadTimeDays).isValid())
        return refuse(m.plant, m.product, "run date plus lead time leaves the calendar");
    const LotSizing &lot = m.lotSizing;
    if (lot.procedure == LotSizeProcedure::Fixed && lot.fixedLotSize <= Decimal())
        return refuse(m.plant, m.product, "a fixed lot size must be positive");
    if (negative(lot.fixedLotSize) || negative(lot.minimumLotSize) || negative(lot.roundingValue))
        return refuse(m.plant, m.product, "lot sizes must not be negative");
    if (m.weeklyLimit && negative(*m.weeklyLimit))
        return refuse(m.plant, m.product, "a weekly limit must not be negative");
    return std::nullopt;
}

} // namespace

std::set<std::string> plantsOfRun(const MrpInput &input)
{
    if (!input.plants.empty())
        return { input.plants.begin(), input.plants.end() };
    std::set<std::string> plants;
    for (const MrpMaterial &m : input.materials)
        plants.insert(m.plant);
    for (const MrpDemand &d : input.demands)
        plants.insert(d.plant);
    return plants;
}

std::optional<EngineError> checkMrpInput(const MrpInput &input, const std::set<std::string> &plants)
{
    if (!input.runDate.isValid())
        return EngineError { "MRP run date is not a valid date" };
    std::map<std::pair<std::string, std::string>, const MrpMaterial *> materials;
    for (const MrpMaterial &m : input.materials) {
        if (!plants.count(m.plant))
            continue;
        if (auto error = checkMaterial(m, input.runDate))
            return error;
        if (!materials.emplace(std::pair(m.plant, m.product), &m).second)
            return refuse(m.plant, m.product, "the material master is given twice");
    }
    for (const MrpDemand &d : input.demands) {
        if (!plants.count(d.plant))
            continue;
        const auto found = materials.find(std::pair(d.plant, d.product));
        if (found == materials.end())
            return refuse(d.plant, d.product, "demand without a material master");
        if (!d.date.isValid())
            return refuse(d.plant, d.product, "demand date is not a valid date");
        if (d.quantity < Decimal())
            return refuse(d.plant, d.product, "demand quantity must not be negative");
        if (d.unit != found->second->baseUnit)
            return refuse(d.plant, d.product,
                "demand unit " + d.unit + " is not the base unit " + found->second->baseUnit);
    }
    return std::nullopt;
}

} // namespace planbridge::sandbox
