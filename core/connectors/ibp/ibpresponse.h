#pragma once

#include "connectors/planningsource.h"
#include "domain/expected.h"
#include "domain/forecast.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace planbridge::ibp {

// The attributes a pull selects besides the version's period attribute.
inline constexpr const char *ProductAttribute = "PRDID";
inline constexpr const char *LocationAttribute = "LOCID";
inline constexpr const char *CustomerAttribute = "CUSTID";
inline constexpr const char *UnitAttribute = "UOMTOID";
inline constexpr const char *DemandKeyFigure = "CONSENSUSDEMAND";

// One page of key figures as engine rows, and the total the service reported ($inlinecount).
struct KeyFigurePage
{
    std::vector<RawRecord> records;
    std::optional<std::size_t> totalCount;
};

// GET /PlanningVersions → versions. Entries without a VERSIONID or PERIODFIELD are an error: a
// catalogue the engine cannot pull from is a contract break, not something to skip silently.
Expected<std::vector<connectors::PlanningVersionInfo>> parseVersionCatalogue(std::string_view body);

// GET /{area}?$select=… → rows: item←PRDID, location←LOCID, channel←CUSTID, bucket_start←the date
// of `periodField` ("2026-11-30T00:00:00" or "/Date(ms)/"), quantity←CONSENSUSDEMAND, uom←UOMTOID.
// Field values keep their JSON kind (a missing or null field is the validator's MALFORMED, not an
// error here); a row that is not an object, or a wrong envelope, is an error.
Expected<KeyFigurePage> parseKeyFigurePage(std::string_view body, std::string_view periodField);

// "PERIODTYPE" of the catalogue as the engine's bucket name: day/week/month, also D/W/M.
std::string bucketName(std::string_view periodType);

} // namespace planbridge::ibp
