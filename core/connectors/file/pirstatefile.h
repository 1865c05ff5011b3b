#pragma once

#include "connectors/s4/pirstate.h"
#include "domain/expected.h"

#include <string>
#include <string_view>
#include <vector>

namespace planbridge::files {

// The flat-file forms of PIR state, one item per line, in the order given:
//   CSV  (RFC 4180, LF, quoted only where needed), header
//        product,plant,mrp_area,requirement_type,version,requirement_plan,requirement_segment,
//        period,period_type,quantity,unit
//   JSON {"pir_items":[{"product":…,…,"quantity":"120.000","unit":"PC"}]} with the same names,
//        every value a string.
std::string pirStateCsv(const std::vector<s4::PirStateItem> &items);
std::string pirStateJson(const std::vector<s4::PirStateItem> &items);

// Reads the JSON form back, strictly: every field present and a string, the quantity an exact
// decimal of at most 3 places, no key twice. Errors name the item and field.
Expected<std::vector<s4::PirStateItem>> parsePirStateJson(std::string_view text);

} // namespace planbridge::files
