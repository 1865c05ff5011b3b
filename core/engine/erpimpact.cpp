#include "engine/erpimpact.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace planbridge {
namespace {

using BucketKey = std::tuple<std::string, std::string, std::string>; // product, plant, period

// The ERP's quantity as exact thousandths; a value it should never send counts as nothing held.
Decimal heldQuantity(const std::string &text)
{
    const QuantityParse parsed = parseQuantityString(text);
    return parsed.ok() ? parsed.value : Decimal();
}

ImpactKind kindOf(Decimal intended, std::optional<Decimal> current)
{
    if (!current)
        return intended == Decimal() ? ImpactKind::Unchanged : ImpactKind::Create;
    if (*current == intended)
        return ImpactKind::Unchanged;
    return intended == Decimal() ? ImpactKind::ZeroOut : ImpactKind::Change;
}

} // namespace

std::string_view impactKindName(ImpactKind kind)
{
    switch (kind) {
    case ImpactKind::Create:
        return "create";
    case ImpactKind::Change:
        return "change";
    case ImpactKind::ZeroOut:
        return "zero-out";
    case ImpactKind::Unchanged:
        break;
    }
    return "unchanged";
}

void ImpactTotals::add(ImpactKind kind)
{
    switch (kind) {
    case ImpactKind::Create:
        ++creates;
        break;
    case ImpactKind::Change:
        ++changes;
        break;
    case ImpactKind::ZeroOut:
        ++zeroOuts;
        break;
    case ImpactKind::Unchanged:
        ++unchanged;
        break;
    }
}

Expected<ErpImpact> computeErpImpact(const ValidationResult &result, const s4::PirSettings &settings,
    const std::vector<s4::PirStateItem> &erpState)
{
    auto mapping = mapToPir(result, settings);
    if (!mapping)
        return mapping.error();
    std::map<BucketKey, Decimal> held;
    for (const s4::PirStateItem &item : erpState) {
        if (item.requirementType == settings.requirementType && item.version == settings.version)
            held[{ item.product, item.plant, item.period }] = heldQuantity(item.quantity);
    }
    ErpImpact impact;
    std::map<std::string, ImpactTotals> byPlant;
    std::set<BucketKey> sent;
    std::set<std::pair<std::string, std::string>> headers;
    for (const s4::PirHeader &header : mapping->headers) {
        headers.insert({ header.product, header.plant });
        for (const s4::PirItem &item : header.items) {
            ImpactCell cell;
            cell.product = header.product;
            cell.plant = header.plant;
            cell.period = item.period;
            cell.unit = item.unit;
            cell.intended = heldQuantity(item.quantity);
            const BucketKey key { header.product, header.plant, item.period };
            const auto found = held.find(key);
            cell.current = found == held.end() ? Decimal() : found->second;
            cell.kind = kindOf(
                cell.intended, found == held.end() ? std::nullopt : std::optional<Decimal>(found->second));
            sent.insert(key);
            impact.totals.add(cell.kind);
            byPlant[cell.plant].add(cell.kind);
            impact.cells.push_back(std::move(cell));
        }
    }
    for (const auto &[key, quantity] : held) {
        if (!sent.contains(key) && headers.contains({ std::get<0>(key), std::get<1>(key) }))
            ++impact.untouched;
    }
    std::sort(impact.cells.begin(), impact.cells.end(), [](const ImpactCell &a, const ImpactCell &b) {
        return std::tie(a.product, a.plant, a.period) < std::tie(b.product, b.plant, b.period);
    });
    for (auto &[plant, totals] : byPlant)
        impact.plants.push_back({ plant, totals });
    return impact;
}

} // namespace planbridge
