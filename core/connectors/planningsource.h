#pragma once

#include "domain/expected.h"
#include "io/forecastreader.h"

#include <cstddef>
#include <string>
#include <vector>

namespace planbridge::connectors {

// A planning version as a planning system's catalogue lists it.
struct PlanningVersionInfo
{
    std::string id;
    std::string name;
    std::string asOf; // YYYY-MM-DD
    std::string bucket; // day | week | month, as the engine names them
    std::string priority; // normal | high (empty: not given)
    std::string periodField; // the attribute carrying the period start, e.g. PERIODID4_TSTAMP
};

// What a pull delivered besides the records: the version fields as the engine reads them from a
// file, so the same validation path serves files and systems.
struct PulledVersion
{
    VersionFields fields;
    std::size_t records = 0;
};

// One direction of integration: where approved forecast versions come from.
class PlanningSource
{
public:
    virtual ~PlanningSource() = default;

    virtual Expected<std::vector<PlanningVersionInfo>> listVersions() = 0;
    // Streams every record of the version into `sink`: beginRecords() once, then record() per row,
    // then progress(recordsSoFar, total) after each page; returning false there cancels the pull
    // (an error with `cancelled` set). Records already delivered stay delivered: the sink decides.
    virtual Expected<PulledVersion> pullVersion(const std::string &versionId, RecordSink &sink) = 0;
};

} // namespace planbridge::connectors
