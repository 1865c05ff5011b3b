#pragma once

#include "sandbox/faultinjector.h"

#include <string>

namespace planbridge::sandbox {

// How to start the sandbox: where to listen, which credentials to demand, which faults to play.
struct SandboxOptions
{
    std::string host = "127.0.0.1"; // loopback only, unless a demo says otherwise
    int port = 0; // 0 picks a free port
    bool requireAuth = false; // Basic auth with user/password on the simulated services
    std::string user;
    std::string password;
    FaultSettings faults;
};

} // namespace planbridge::sandbox
