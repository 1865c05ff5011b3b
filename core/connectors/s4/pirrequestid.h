#pragma once

#include "connectors/s4/pirpayload.h"

#include <string>
#include <string_view>

namespace planbridge::s4 {

// 32 lowercase hex characters (the width of SAP's RequestID GUID) from a 128-bit FNV-1a hash of
// `seed`. Stable across runs, platforms and releases: a write replayed after a crash must carry the
// id its first attempt carried, so the ERP can recognise it (OASIS Repeatable Requests).
std::string stableRequestId(std::string_view seed);

// The Repeatability-Request-ID of writing `header` for a forecast version: the version id, the
// 7-part key and the items' periods and quantities. Writing different quantities for the same key
// (a re-release) is a different request; repeating the same write is the same one.
std::string pirRequestId(std::string_view versionId, const PirHeader &header);

} // namespace planbridge::s4
