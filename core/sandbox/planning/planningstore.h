#pragma once

#include "domain/expected.h"
#include "odataquery.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace planbridge::sandbox {

// One key-figure row of the simulated planning system, at its finest level.
struct PlanningRow
{
    std::string prdid;  // product
    std::string locid;  // location
    std::string custid; // customer / channel
    std::string period; // period start timestamp, "2026-11-30T00:00:00"
    std::string uom;    // UOMTOID
    std::int64_t quantity = 0; // CONSENSUSDEMAND in thousandths
};

// A planning version as the catalogue lists it.
struct PlanningVersion
{
    std::string id;
    std::string name;
    std::string asOf;      // YYYY-MM-DD
    std::string bucket;    // day | week | month: decides the PERIODIDn_TSTAMP attribute
    std::string priority;  // normal | high
    std::vector<PlanningRow> rows;
};

// The rows a query returns: selected attribute values in `fields` order, aggregated to the level the
// selected attributes define (as IBP does), sorted by those attributes.
struct PlanningPage
{
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> rows;
    std::size_t totalCount = 0;
};

// The IBP-shaped planning system's data: a version catalogue and a key-figure read per version.
// Thread-safe: the HTTP server calls it from several connection threads.
class PlanningStore
{
public:
    static constexpr const char *KeyFigure = "CONSENSUSDEMAND";

    void addVersion(PlanningVersion version);
    std::vector<PlanningVersion> catalogue() const; // without rows
    // An error names the unknown version, property or unsupported option.
    Expected<PlanningPage> query(const std::string &versionId, const KeyFigureQuery &query) const;

    // "PERIODID4_TSTAMP" for week, 3 for month, 0 for day (the unified planning area's time profile).
    static std::string periodAttribute(const std::string &bucket);

private:
    struct Grouped
    {
        std::vector<std::string> fields;
        std::vector<std::vector<std::string>> rows;
    };
    Expected<std::shared_ptr<const Grouped>> group(const PlanningVersion &version, const KeyFigureQuery &query) const;

    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<const PlanningVersion>> m_versions;
    // Paging asks the same question page after page: keep the last few answers.
    mutable std::map<std::string, std::shared_ptr<const Grouped>> m_cache;
};

// Loads a canonical forecast version document (what `planbridge-sync generate` writes) as a
// planning version. Rows the planning system could not hold (missing fields, a bad quantity) are
// skipped and counted in `skipped`.
Expected<PlanningVersion> loadPlanningVersion(const std::string &path, std::size_t &skipped);

} // namespace planbridge::sandbox
