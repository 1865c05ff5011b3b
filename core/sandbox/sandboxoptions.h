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
    // Planning versions to serve: every version*.json (canonical version documents, as
    // `planbridge-sync generate` writes them) in this folder. Empty: start with none.
    std::string seedDir;
};

} // namespace planbridge::sandbox
