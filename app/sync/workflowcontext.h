#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "store/cache.h"

#include <memory>
#include <optional>
#include <string>

namespace planbridge::cli {

class Options;

// The cache named by --cache (default: the user's data folder).
Expected<std::unique_ptr<store::Cache>> openCache(const Options &options);

// Signs in --user with the password from $PLANBRIDGE_PASSWORD, or asked for on the terminal.
Expected<auth::Session> signIn(store::Cache &cache, const Options &options);

// A password from `variable`, or asked for on the terminal without echo (twice when `confirm`).
Expected<std::string> readPassword(const char *variable, const std::string &prompt, bool confirm);

} // namespace planbridge::cli
