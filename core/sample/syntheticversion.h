#pragma once

#include "domain/expected.h"

#include <cstdint>
#include <optional>
#include <string>

namespace planbridge {

// Shape of a synthetic scenario for benchmarks and demos.
struct SyntheticSpec
{
    std::uint64_t records = 1'000'000;
    std::uint64_t seed = 1;
    // About this share of rows is made to fail, spread over every reject reason.
    double rejectShare = 0.03;
};

// What was written, for the command line to report.
struct SyntheticSummary
{
    std::uint64_t records = 0;
    std::uint64_t items = 0;
    std::uint64_t locations = 0;
    std::uint64_t buckets = 0;
    std::string masterPath;
    std::string versionJsonPath;
    std::string versionCsvPath;
};

// Writes DIR/master.json, DIR/version.json and DIR/version.csv (the same rows as a flat file):
// a realistic weekly consensus forecast (items × plants × weekly buckets) with about
// `rejectShare` of rows failing, covering every reason code. Deterministic for a given seed.
Expected<SyntheticSummary> writeSyntheticVersion(const SyntheticSpec &spec, const std::string &directory);

} // namespace planbridge
