#pragma once

#include "connectors/odata/odatapage.h"
#include "domain/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::s4 {

// One PIR bucket as the ERP holds it now (GET /PlannedIndepRqmtItem), for a diff.
struct PirStateItem
{
    std::string product;
    std::string plant;
    std::string mrpArea;
    std::string requirementType;
    std::string version;
    std::string requirementPlan;
    std::string requirementSegment;
    std::string period;
    std::string periodType;
    std::string quantity; // PlannedQuantity as the ERP sent it (a decimal string)
    std::string unit;

    friend bool operator==(const PirStateItem &, const PirStateItem &) = default;
    friend auto operator<=>(const PirStateItem &, const PirStateItem &) = default;
};

using PirStatePage = connectors::ODataPage<PirStateItem>;

// Reads {"d":{"results":[item…],"__count":"N"}}. Every key field and PlannedQuantity must be a
// string; anything else is an error naming the item and field.
Expected<PirStatePage> parsePirStatePage(std::string_view body);

} // namespace planbridge::s4
