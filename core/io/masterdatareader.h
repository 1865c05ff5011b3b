#pragma once

#include "domain/masterdata.h"

#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// Reads the master-data JSON document. Any structurally invalid entry makes the whole document
// unreadable: the error says where ("line 7, column 18: locations[2].period_type …").
std::optional<MasterData> readMasterData(std::string_view text, std::string &error);

} // namespace planbridge
