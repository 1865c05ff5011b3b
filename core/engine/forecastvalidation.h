#pragma once

#include "domain/expected.h"
#include "domain/forecast.h"
#include "domain/masterdata.h"
#include "domain/validationresult.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planbridge {

// Values from the command line; each replaces the file's field when given.
struct VersionOverrides
{
    std::optional<std::string> versionId;
    std::optional<std::string> bucket;
    std::optional<std::string> asOf;
    std::optional<std::string> priority;
};

// Planners' fixes applied while validating, by 0-based input row: rows left out (they keep their
// numbers, so lineage still points at the input as it was) and single fields replaced.
struct RowAdjustments
{
    std::set<std::uint32_t> excluded;
    std::map<std::uint32_t, std::vector<std::pair<RecordField, std::string>>> fields;

    bool empty() const { return excluded.empty() && fields.empty(); }
};

// Progress in thousandths of the input consumed; returning false cancels the run.
using ProgressCallback = std::function<bool(int permille)>;

Expected<MasterData> loadMasterData(std::string_view text);
Expected<MasterData> loadMasterDataFile(const std::string &path);

// Validates and transforms one forecast version held in memory. `inputName` decides the format by
// its extension (otherwise the content is sniffed). Rejected rows are in the result; an error means
// the version could not be read at all.
Expected<ValidationResult> validateForecast(const MasterData &master, std::string_view input,
    std::string_view inputName, const VersionOverrides &overrides, const ProgressCallback &progress = {},
    const RowAdjustments *adjustments = nullptr);

// The same from files: the input is streamed from a memory map whose pages are released as parsed.
Expected<ValidationResult> validateForecastFiles(const std::string &masterPath, const std::string &inputPath,
    const VersionOverrides &overrides, const ProgressCallback &progress = {});

} // namespace planbridge
