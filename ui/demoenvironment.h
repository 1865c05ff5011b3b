#pragma once

// Plain C++: the console's demo and GUI tests run against the built-in sandbox (S/4HANA- and
// IBP-shaped, in this process, on loopback) with a throwaway cache seeded with the demo scenario.
#include "workspace.h"

#include "engine/demoscenario.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace planbridge::sandbox {
class SandboxServer;
}

namespace planbridge::ui {

class DemoEnvironment
{
public:
    // The ERP refuses writes for this product (a business dead letter to look at and replay).
    static constexpr const char *BlockedProduct = "FG-2000";

    DemoEnvironment();
    ~DemoEnvironment(); // stops the sandbox, deletes the cache

    // Starts the sandbox and seeds the cache; false with `error` set when either fails.
    bool start(QString *error, std::uint64_t syntheticRecords = 20'000);
    QString cachePath() const;
    Endpoints endpoints() const;
    const DemoScenario &scenario() const { return m_scenario; }
    // The sandbox's fault switches, as its admin endpoint takes them (JSON); false on failure.
    bool setFaults(const std::string &json);
    // Stops the ERP from answering (and answers again), for offline tests.
    void stopSandbox();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    DemoScenario m_scenario;
    QString m_baseUrl;
};

} // namespace planbridge::ui
