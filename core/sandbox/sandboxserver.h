#pragma once

#include "domain/expected.h"
#include "sandbox/planning/planningstore.h"
#include "sandbox/sandboxoptions.h"

#include <memory>
#include <string>

namespace planbridge::sandbox {

// The simulated outside systems on one loopback HTTP port: the S/4-shaped ERP and the IBP-shaped
// planning service at their real service paths, and the admin endpoints. Tests start it in-process; planbridge-sandbox wraps it.
class SandboxServer
{
public:
    SandboxServer();
    ~SandboxServer(); // stops
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Binds and starts serving on a background thread; returns the port actually bound.
    Expected<int> start(const SandboxOptions &options);
    void stop();

    bool isRunning() const;
    int port() const;
    std::string baseUrl() const; // "http://127.0.0.1:PORT"
    // The planning system's data, for tests that seed versions in-process.
    PlanningStore &planning();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace planbridge::sandbox
