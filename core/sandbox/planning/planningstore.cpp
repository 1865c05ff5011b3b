#include "planningstore.h"

#include "sandbox/pirvalues.h"

#include <algorithm>
#include <tuple>

namespace planbridge::sandbox {
namespace {

enum class Attribute { Product, Location, Customer, Period, Unit, Version, KeyFigure };

std::string attributeValue(const PlanningRow &row, Attribute a, const std::string &versionId)
{
    switch (a) {
    case Attribute::Product:
        return row.prdid;
    case Attribute::Location:
        return row.locid;
    case Attribute::Customer:
        return row.custid;
    case Attribute::Period:
        return row.period;
    case Attribute::Unit:
        return row.uom;
    case Attribute::Version:
        return versionId;
    case Attribute::KeyFigure:
        break;
    }
    return {};
}

Expected<Attribute> attributeOf(const std::string &name, const std::string &periodAttribute)
{
    if (name == "PRDID")
        return Attribute::Product;
    if (name == "LOCID")
        return Attribute::Location;
    if (name == "CUSTID")
        return Attribute::Customer;
    if (name == "UOMTOID")
        return Attribute::Unit;
    if (name == "VERSIONID")
        return Attribute::Version;
    if (name == periodAttribute)
        return Attribute::Period;
    if (name == PlanningStore::KeyFigure)
        return Attribute::KeyFigure;
    return EngineError {"property " + name + " does not exist in this planning area"};
}

std::string cacheKey(const std::string &version, const KeyFigureQuery &q)
{
    std::string key = version + '\x1f';
    for (const auto &s : q.select)
        key += s + '\x1e';
    key += '\x1f';
    for (const auto &t : q.filter)
        key += t.field + '\x1e' + std::to_string(static_cast<int>(t.op)) + '\x1e' + t.value + '\x1d';
    return key;
}

} // namespace

std::string PlanningStore::periodAttribute(const std::string &bucket)
{
    if (bucket == "day")
        return "PERIODID0_TSTAMP";
    if (bucket == "month")
        return "PERIODID3_TSTAMP";
    return "PERIODID4_TSTAMP";
}

void PlanningStore::addVersion(PlanningVersion version)
{
    std::sort(version.rows.begin(), version.rows.end(), [](const PlanningRow &a, const PlanningRow &b) {
        return std::tie(a.prdid, a.locid, a.custid, a.period, a.uom) < std::tie(b.prdid, b.locid, b.custid, b.period, b.uom);
    });
    const std::lock_guard lock(m_mutex);
    m_cache.clear();
    const std::string id = version.id;
    m_versions[id] = std::make_shared<const PlanningVersion>(std::move(version));
}

std::vector<PlanningVersion> PlanningStore::catalogue() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<PlanningVersion> list;
    for (const auto &[id, v] : m_versions)
        list.push_back({v->id, v->name, v->asOf, v->bucket, v->priority, {}});
    return list;
}

Expected<std::shared_ptr<const PlanningStore::Grouped>> PlanningStore::group(const PlanningVersion &version,
                                                                              const KeyFigureQuery &query) const
{
    const std::string period = periodAttribute(version.bucket);
    std::vector<std::string> fields = query.select;
    if (fields.empty())
        fields = {"VERSIONID", "PRDID", "LOCID", "CUSTID", period, "UOMTOID", KeyFigure};
    std::vector<Attribute> attributes;
    int keyFigureAt = -1;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto a = attributeOf(fields[i], period);
        if (!a)
            return a.error();
        if (*a == Attribute::KeyFigure)
            keyFigureAt = static_cast<int>(i);
        attributes.push_back(*a);
    }
    std::vector<std::pair<Attribute, const FilterTerm *>> filters;
    for (const FilterTerm &t : query.filter) {
        auto a = attributeOf(t.field, period);
        if (!a || *a == Attribute::KeyFigure)
            return EngineError {"cannot filter on " + t.field};
        filters.emplace_back(*a, &t);
    }

    // Aggregate to the selected level: rows equal on every selected attribute are summed.
    std::map<std::vector<std::string>, std::int64_t> groups;
    for (const PlanningRow &row : version.rows) {
        const bool keep = std::all_of(filters.begin(), filters.end(), [&](const auto &f) {
            return matches(*f.second, attributeValue(row, f.first, version.id));
        });
        if (!keep)
            continue;
        std::vector<std::string> key;
        key.reserve(attributes.size());
        for (const Attribute a : attributes)
            key.push_back(a == Attribute::KeyFigure ? std::string() : attributeValue(row, a, version.id));
        std::int64_t &sum = groups[std::move(key)];
        if (__builtin_add_overflow(sum, row.quantity, &sum))
            return EngineError {"the aggregated key figure overflows at this planning level"};
    }
    auto grouped = std::make_shared<Grouped>();
    grouped->fields = fields;
    grouped->rows.reserve(groups.size());
    for (auto &[key, quantity] : groups) {
        std::vector<std::string> values = key;
        if (keyFigureAt >= 0)
            values[static_cast<std::size_t>(keyFigureAt)] = formatQuantity(quantity);
        grouped->rows.push_back(std::move(values));
    }
    return std::shared_ptr<const Grouped>(std::move(grouped));
}

Expected<PlanningPage> PlanningStore::query(const std::string &versionId, const KeyFigureQuery &query) const
{
    std::shared_ptr<const PlanningVersion> version;
    std::shared_ptr<const Grouped> grouped;
    const std::string key = cacheKey(versionId, query);
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_versions.find(versionId);
        if (it == m_versions.end())
            return EngineError {"planning version " + versionId + " does not exist"};
        version = it->second;
        if (const auto cached = m_cache.find(key); cached != m_cache.end())
            grouped = cached->second;
    }
    if (!grouped) {
        auto fresh = group(*version, query);
        if (!fresh)
            return fresh.error();
        grouped = *fresh;
        const std::lock_guard lock(m_mutex);
        if (m_cache.size() >= 8)
            m_cache.clear();
        m_cache[key] = grouped;
    }
    PlanningPage page;
    page.fields = grouped->fields;
    page.totalCount = grouped->rows.size();
    const std::size_t begin = std::min(query.skip, grouped->rows.size());
    const std::size_t end = query.top ? std::min(grouped->rows.size(), begin + *query.top) : grouped->rows.size();
    page.rows.assign(grouped->rows.begin() + static_cast<std::ptrdiff_t>(begin),
                     grouped->rows.begin() + static_cast<std::ptrdiff_t>(end));
    return page;
}

} // namespace planbridge::sandbox
