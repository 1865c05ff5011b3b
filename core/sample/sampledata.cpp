#include "sampledata.h"

namespace planbridge {
namespace embedded {
std::string_view sampleMaster();
std::string_view sampleVersion();
} // namespace embedded

std::string_view sampleMasterData() { return embedded::sampleMaster(); }
std::string_view sampleVersion() { return embedded::sampleVersion(); }

} // namespace planbridge
