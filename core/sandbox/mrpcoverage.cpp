#include "sandbox/mrpcoverage.h"

#include "sandbox/mrpentities.h"
#include "sandbox/pirvalues.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace planbridge::sandbox {
namespace {

using nlohmann::ordered_json;
using MaterialKey = std::pair<std::string, std::string>; // plant, material

// Receipts sort before requirements on the same day, as MD04 nets them.
int categoryRank(const std::string &category)
{
    return category == "WB" ? 0 : category == "PP" ? 2 : 1;
}

std::string categoryShortName(const std::string &category)
{
    return category == "WB" ? "Stock" : category == "PA" ? "PlOrd." : category == "BA" ? "PurRqs" : "IndReq";
}

} // namespace

std::vector<SupplyDemandLine> supplyDemandLines(
    const MrpResults &results, const std::string &material, const std::string &plant)
{
    const auto wanted = [&](const std::string &p, const std::string &m) {
        return (plant.empty() || p == plant) && (material.empty() || m == material);
    };
    std::map<MaterialKey, std::vector<SupplyDemandLine>> byMaterial;
    const auto line = [](const MrpMaterial &m, Date date, std::string category, std::string element,
                          std::string item, Decimal quantity) {
        SupplyDemandLine l;
        l.material = m.product;
        l.plant = m.plant;
        l.mrpArea = m.effectiveMrpArea();
        l.baseUnit = m.baseUnit;
        l.date = date;
        l.category = std::move(category);
        l.element = std::move(element);
        l.item = std::move(item);
        l.openQuantity = quantity;
        l.safetyStock = m.safetyStock;
        return l;
    };
    for (const auto &[plantCode, run] : results.plants) {
        for (const auto &[product, m] : run.materials) {
            if (wanted(plantCode, product))
                byMaterial[{ plantCode, product }].push_back(
                    line(m, run.runDate, "WB", "", "", m.openingStock));
        }
        for (const MrpDemandElement &d : run.demands) {
            const auto found = run.materials.find(d.demand.product);
            if (found != run.materials.end() && wanted(plantCode, d.demand.product))
                byMaterial[{ plantCode, d.demand.product }].push_back(line(found->second, d.demand.date, "PP",
                    d.element, "", Decimal::fromThousandths(-d.demand.quantity.thousandths())));
        }
    }
    const auto materialOf = [&](const std::string &p, const std::string &m) -> const MrpMaterial * {
        const auto run = results.plants.find(p);
        if (run == results.plants.end())
            return nullptr;
        const auto found = run->second.materials.find(m);
        return found == run->second.materials.end() ? nullptr : &found->second;
    };
    for (const PlannedOrder &o : results.state.plannedOrders()) {
        if (const MrpMaterial *m = materialOf(o.mrpPlant, o.material); m && wanted(o.mrpPlant, o.material)) {
            auto l = line(*m, o.plannedEndDate, "PA", o.plannedOrder, "", o.totalQuantity);
            l.firm = o.isFirm;
            byMaterial[{ o.mrpPlant, o.material }].push_back(std::move(l));
        }
    }
    for (const PurchaseRequisition &r : results.state.purchaseRequisitions()) {
        if (const MrpMaterial *m = materialOf(r.plant, r.material); m && wanted(r.plant, r.material)) {
            auto l = line(*m, r.deliveryDate, "BA", r.purchaseRequisition,
                r.purchaseRequisitionItem.substr(0, 6), r.requestedQuantity);
            l.businessPartner = r.fixedSupplier;
            l.firm = r.isFixed;
            byMaterial[{ r.plant, r.material }].push_back(std::move(l));
        }
    }

    std::vector<SupplyDemandLine> lines;
    for (auto &[key, list] : byMaterial) {
        std::stable_sort(list.begin(), list.end(), [](const SupplyDemandLine &a, const SupplyDemandLine &b) {
            const int ra = categoryRank(a.category), rb = categoryRank(b.category);
            if (ra == 0 || rb == 0)
                return ra < rb; // the stock line opens the list whatever its date
            return std::tie(a.date, ra, a.element) < std::tie(b.date, rb, b.element);
        });
        std::int64_t available = 0;
        for (SupplyDemandLine &l : list) {
            available += l.openQuantity.thousandths();
            l.availableQuantity = Decimal::fromThousandths(available);
            lines.push_back(std::move(l));
        }
    }
    return lines;
}

std::vector<CoverageShortage> coverageShortages(const MrpResults &results)
{
    std::map<MaterialKey, std::vector<const MrpCoverageRow *>> rows;
    for (const MrpCoverageRow &row : results.state.coverage())
        rows[{ row.mrpPlant, row.material }].push_back(&row);
    std::map<MaterialKey, int> counts;
    std::vector<CoverageShortage> entries;
    for (const MrpShortage &s : results.state.shortages()) {
        CoverageShortage entry;
        entry.shortage = s;
        char count[8];
        std::snprintf(count, sizeof count, "%03d", ++counts[{ s.mrpPlant, s.material }]);
        entry.profileCount = count;
        for (const MrpCoverageRow *row : rows[{ s.mrpPlant, s.material }]) {
            if (row->date > s.date && row->projectedAvailable >= Decimal()) {
                entry.endDate = row->date.addDays(-1);
                break;
            }
        }
        entry.replenishmentEnd = s.date;
        if (const auto run = results.plants.find(s.mrpPlant); run != results.plants.end()) {
            const auto m = run->second.materials.find(s.material);
            if (m != run->second.materials.end())
                entry.replenishmentEnd = run->second.runDate.addDays(m->second.leadTimeDays);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

ordered_json supplyDemandEntity(const SupplyDemandLine &l)
{
    return { { "__metadata", { { "type", "API_MRP_MATERIALS_SRV_01.SupplyDemandItem" } } },
        { "Material", l.material }, { "MRPArea", l.mrpArea }, { "MRPPlant", l.plant },
        { "MRPPlanningSegment", "" }, { "MRPPlanningSegmentType", "" }, { "MaterialBaseUnit", l.baseUnit },
        { "MaterialSafetyStockQty", decimalText(l.safetyStock) },
        { "MRPElementOpenQuantity", decimalText(l.openQuantity) },
        { "MRPAvailableQuantity", decimalText(l.availableQuantity) }, { "MRPElement", l.element },
        { "MRPElementItem", l.item }, { "MRPElementScheduleLine", "" },
        { "MRPElementAvailyOrRqmtDate", msDate(l.date) }, { "MRPElementCategory", l.category },
        { "MRPElementCategoryShortName", categoryShortName(l.category) },
        { "MRPElementBusinessPartner", l.businessPartner }, { "MRPElementIsReleased", false },
        { "MRPElementQuantityIsFirm", l.firm }, { "MRPElementIsPartiallyDelivered", false } };
}

std::optional<std::string> supplyDemandField(const SupplyDemandLine &l, std::string_view field)
{
    if (field == "Material")
        return l.material;
    if (field == "MRPPlant")
        return l.plant;
    if (field == "MRPArea")
        return l.mrpArea;
    if (field == "MRPElementCategory")
        return l.category;
    if (field == "MRPElement")
        return l.element;
    return std::nullopt;
}

ordered_json coverageEntity(const CoverageShortage &e, const std::string &serviceUrl)
{
    const MrpShortage &s = e.shortage;
    const std::string uri = serviceUrl + "/MaterialCoverages(Material='" + percentEncode(s.material)
        + "',MaterialShortageProfile='SAP000',MaterialShortageProfileCount='" + e.profileCount + "',MRPArea='"
        + percentEncode(s.mrpArea) + "',MRPPlanningSegmentNumber='',MRPPlanningSegmentType='',MRPPlant='"
        + percentEncode(s.mrpPlant) + "')";
    const ordered_json end = e.endDate ? ordered_json(msDate(*e.endDate)) : ordered_json();
    // Inclusive days; an open-ended shortage counts to the day before its start, i.e. 0 (unknown).
    const int duration = e.endDate ? e.endDate->dayNumber() - s.date.dayNumber() + 1 : 0;
    return { { "__metadata",
                 { { "id", uri }, { "uri", uri }, { "type", "API_MRP_MATERIALS_SRV_01.MaterialCoverage" } } },
        { "Material", s.material }, { "MaterialShortageProfile", "SAP000" },
        { "MaterialShortageProfileCount", e.profileCount }, { "MRPArea", s.mrpArea },
        { "MRPPlanningSegmentNumber", "" }, { "MRPPlanningSegmentType", "" }, { "MRPPlant", s.mrpPlant },
        { "HasAcceptedShortage", "" }, { "MaterialBaseUnit", s.baseUnit },
        { "MaterialShortageQuantity", decimalText(s.shortageQuantity) },
        { "MaterialShortageStartDate", msDate(s.date) }, { "MaterialShortageEndDate", end },
        { "MaterialShortageDuration", duration },
        { "MaterialReplnmtLeadDurnEndDate", msDate(e.replenishmentEnd) },
        { "MaterialShortageDefinitionName",
            "Stock below zero (" + std::string(shortageReasonCode(s.reason)) + ")" } };
}

std::optional<std::string> coverageField(const CoverageShortage &e, std::string_view field)
{
    if (field == "Material")
        return e.shortage.material;
    if (field == "MRPPlant")
        return e.shortage.mrpPlant;
    if (field == "MRPArea")
        return e.shortage.mrpArea;
    if (field == "MaterialShortageProfile")
        return "SAP000";
    if (field == "MaterialShortageProfileCount")
        return e.profileCount;
    return std::nullopt;
}

} // namespace planbridge::sandbox
