#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "domain/masterdata.h"
#include "engine/forecastvalidation.h"
#include "store/cache.h"

#include <cstdint>
#include <string>
#include <vector>

namespace planbridge {

// A planner's fix for rejected rows, kept as data so the console and the command line share it
// and every re-validation applies the same ones.
struct Resolution
{
    enum class Kind { CodeMap, UnitConversion, Exclude, FixField };
    Kind kind = Kind::CodeMap;
    // CodeMap: every `source` code of `codeKind` means `canonical` ("all PLT-7 → P700").
    CodeKind codeKind = CodeKind::Location;
    std::string source;
    std::string canonical;
    // UnitConversion: 1 `from` = `factor` `to`, for `item` or "*".
    std::string item = "*";
    std::string from;
    std::string to;
    std::string factor;
    // Exclude: these rows (0-based) stay out of the version.
    std::vector<std::uint32_t> rows;
    // FixField: one field of one row.
    std::uint32_t row = 0;
    std::string field; // item, location, channel, bucket_start, quantity, uom
    std::string value;

    std::string reason; // why, in the planner's words
    // As recorded.
    std::int64_t id = 0;
    std::string author;
    std::string createdAt;
};

std::string_view resolutionKindName(Resolution::Kind kind); // code-map, unit-conversion, exclude, fix-field

// Resolutions and re-validation. A resolution moves its version to resolving; re-validating applies
// every resolution of the version to the input and master data it was imported with, stores the new
// result and moves the version back to validated. Each step is permission-checked and audited.
class ResolutionService
{
public:
    explicit ResolutionService(store::Cache &cache);

    // What re-validation needs, kept when the version is imported; the rows are also stored one
    // by one (RecordStore) for the console's record table.
    std::optional<EngineError> keepInputs(const std::string &versionId, std::string_view masterText,
        std::string_view inputText, const std::string &inputName, const VersionOverrides &overrides);
    std::optional<EngineError> add(
        const auth::Session &session, const std::string &versionId, Resolution resolution);
    Expected<std::vector<Resolution>> list(const auth::Session &session, const std::string &versionId);
    Expected<ValidationResult> revalidate(
        const auth::Session &session, const std::string &versionId, const ProgressCallback &progress = {});

private:
    store::Cache &m_cache;
};

} // namespace planbridge
