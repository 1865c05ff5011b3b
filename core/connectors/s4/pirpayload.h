#pragma once

#include "domain/expected.h"
#include "domain/validationresult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace planbridge::s4 {

// Fixed parts of every PIR key that come from configuration rather than from the forecast.
struct PirSettings
{
    std::string requirementType = "VSF"; // PlndIndepRqmtType, 4 characters at most
    std::string version = "00";          // PlndIndepRqmtVersion, 2
    std::string requirementPlan;         // RequirementPlan, 10; "" in the common case
    std::string requirementSegment;      // RequirementSegment, 40
    bool active = true;                  // PlndIndepRqmtIsActive "X": only active versions enter MRP
};

// One bucket of a PIR: the absolute quantity for one period (never a delta, so a retry is safe).
struct PirItem
{
    std::string period;     // PlndIndepRqmtPeriod: YYYYMM, YYYYWW or YYYYMMDD
    std::string periodType; // PeriodType: M, W or D
    std::string quantity;   // PlannedQuantity: decimal string with 3 decimals, 13,3
    std::string unit;       // UnitOfMeasure
    std::uint32_t record = 0; // index of the accepted record it came from (lineage)
};

// A PIR header (the 7-part key) with its items, as one deep insert posts it.
struct PirHeader
{
    std::string product;
    std::string plant;
    std::string mrpArea;
    std::string requirementType;
    std::string version;
    std::string requirementPlan;
    std::string requirementSegment;
    bool active = true;
    std::vector<PirItem> items;
};

// An accepted record the ERP cannot take as it is (a key wider than the field, a sum over 13,3).
struct PirMappingIssue
{
    std::uint32_t record = 0;
    std::string field;   // the PIR field, e.g. "Plant"
    std::string message;
};

struct PirMapping
{
    std::vector<PirHeader> headers; // in the order of the result's accepted records
    std::vector<PirMappingIssue> issues;
};

// Groups accepted records into PIR headers and items. Settings that break the contract (a type
// longer than 4 characters, say) are an error; records that break it are listed as issues.
Expected<PirMapping> mapToPir(const ValidationResult &result, const PirSettings &settings);

// The JSON body of a deep insert: the header's 7 keys, the active flag, and its items under
// `to_PlndIndepRqmtItem.results`.
std::string deepInsertBody(const PirHeader &header);

// `(Product='FG%2D1',Plant='1710',…)`: the key predicate of a header, values quoted as OData string
// literals and percent-encoded for the URL path.
std::string headerKeyPredicate(const PirHeader &header);

// Field widths of the published contract, in characters.
struct PirFieldWidths
{
    static constexpr std::size_t Product = 40, Plant = 4, MRPArea = 10, PlndIndepRqmtType = 4,
                                 PlndIndepRqmtVersion = 2, RequirementPlan = 10, RequirementSegment = 40,
                                 PlndIndepRqmtPeriod = 8, PeriodType = 1, UnitOfMeasure = 3;
};

} // namespace planbridge::s4
