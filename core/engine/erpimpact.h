#pragma once

#include "connectors/s4/pirpayload.h"
#include "connectors/s4/pirstate.h"
#include "domain/expected.h"
#include "domain/validationresult.h"

#include <cstddef>
#include <string>
#include <vector>

namespace planbridge {

// What releasing one PIR bucket would do to what the ERP holds now.
enum class ImpactKind { Create, Change, ZeroOut, Unchanged };
std::string_view impactKindName(ImpactKind kind); // create, change, zero-out, unchanged

struct ImpactCell
{
    std::string product;
    std::string plant;
    std::string period; // as the ERP keys it: YYYYWW, YYYYMM or YYYYMMDD
    std::string unit;
    Decimal intended; // what the version sends
    Decimal current; // what the ERP holds (zero when it holds nothing)
    ImpactKind kind = ImpactKind::Unchanged;
};

struct ImpactTotals
{
    std::size_t creates = 0;
    std::size_t changes = 0;
    std::size_t zeroOuts = 0;
    std::size_t unchanged = 0;
    void add(ImpactKind kind);
};

struct PlantImpact
{
    std::string plant;
    ImpactTotals totals;
};

// The difference between a version's PIR writes and the ERP's PIRs: the console's heat map and
// the release's impact preview.
struct ErpImpact
{
    std::vector<ImpactCell> cells; // by product, plant, period
    std::vector<PlantImpact> plants; // by plant
    ImpactTotals totals;
    // Buckets the ERP holds under the PIRs the version writes, for periods the version does not
    // send: a release leaves them as they are.
    std::size_t untouched = 0;
};

// Maps the result to PIRs as a release would and compares them with `erpState` (the ERP's PIRs of
// the same type and version). An error when the result cannot be mapped at all.
Expected<ErpImpact> computeErpImpact(const ValidationResult &result, const s4::PirSettings &settings,
    const std::vector<s4::PirStateItem> &erpState);

} // namespace planbridge
