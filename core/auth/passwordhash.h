#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace planbridge::auth {

// PBKDF2-HMAC-SHA256 (libcrypto) with a random 16-byte salt, stored as
// "pbkdf2-sha256$<iterations>$<salt hex>$<key hex>". The iteration count travels with the hash, so
// raising the default later leaves existing accounts readable.
inline constexpr int DefaultIterations = 600'000; // OWASP's 2023 figure for PBKDF2-SHA256

// nullopt when the system's random source fails (no account is better than a weak salt).
std::optional<std::string> hashPassword(std::string_view password, int iterations = DefaultIterations);

// Constant-time comparison; false for a malformed stored string.
bool verifyPassword(std::string_view password, std::string_view stored);

} // namespace planbridge::auth
