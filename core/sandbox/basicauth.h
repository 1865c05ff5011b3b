#pragma once

#include "sandbox/sandboxoptions.h"

#include <string>

namespace planbridge::sandbox {

// Whether an Authorization header carries the sandbox's Basic credentials (always true when the
// sandbox runs without auth). Shared by every simulated service on the port.
bool basicAuthAccepted(const std::string &authorization, const SandboxOptions &options);

} // namespace planbridge::sandbox
