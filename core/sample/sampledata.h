#pragma once

#include <string_view>

namespace planbridge {

// The bundled demo scenario: a small consensus forecast that touches every reject reason, and the
// master data it is validated against (resources/sample/ in the source tree).
std::string_view sampleMasterData();
std::string_view sampleVersion();
inline constexpr std::string_view SampleVersionName = "sample-version.json";

} // namespace planbridge
