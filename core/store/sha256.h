#pragma once

#include <string>
#include <string_view>

namespace planbridge::store {

// Lowercase hex SHA-256 of `bytes` (libcrypto).
std::string sha256Hex(std::string_view bytes);

} // namespace planbridge::store
