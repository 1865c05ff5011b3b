#pragma once

#include "connectors/s4/pirpayload.h"
#include "domain/expected.h"

#include <string>
#include <string_view>

namespace planbridge::s4 {

// A PIR header as the outbox keeps it, lineage included:
//   {"product":…,"plant":…,"mrp_area":…,"type":…,"version":…,"plan":…,"segment":…,"active":true,
//    "items":[{"period":"202612","period_type":"M","quantity":"800.000","unit":"PC","record":4}]}
std::string pirHeaderJson(const PirHeader &header);
// Strict: every field present with its type; quantities exact decimals of at most 3 places.
Expected<PirHeader> parsePirHeaderJson(std::string_view text);

} // namespace planbridge::s4
