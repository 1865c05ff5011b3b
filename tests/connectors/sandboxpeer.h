#pragma once

// The in-process sandbox as the connector tests' peer: started with Basic auth on a free loopback
// port, with a client configuration for the connectors and a side channel to its admin endpoint.
#include "net/httpclientconfig.h"
#include "sandbox/sandboxserver.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace connectortest {

class SandboxPeer
{
public:
    // Empty on success, else why the sandbox did not start.
    std::string start()
    {
        planbridge::sandbox::SandboxOptions options;
        options.requireAuth = true;
        options.user = "integrator";
        options.password = "secret";
        const auto port = m_server.start(options);
        if (!port)
            return port.error().message;
        m_admin = std::make_unique<httplib::Client>("127.0.0.1", *port);
        m_admin->set_read_timeout(10, 0);
        return {};
    }
    void stop() { m_server.stop(); }

    planbridge::net::HttpClientConfig clientConfig() const
    {
        planbridge::net::HttpClientConfig config;
        config.baseUrl = m_server.baseUrl();
        config.authKind = planbridge::net::AuthKind::Basic;
        config.basic = { "integrator", "secret" };
        return config;
    }

    // POSTs `body` to an admin path; the answer's JSON, or null when it was not 200.
    nlohmann::json admin(const std::string &path, const nlohmann::json &body)
    {
        const auto res = m_admin->Post(path, body.dump(), "application/json");
        return res && res->status == 200 ? nlohmann::json::parse(res->body) : nlohmann::json();
    }

    nlohmann::json stats()
    {
        const auto res = m_admin->Get("/sandbox/admin/stats");
        return res ? nlohmann::json::parse(res->body) : nlohmann::json();
    }

    planbridge::sandbox::SandboxServer &server() { return m_server; }

private:
    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<httplib::Client> m_admin;
};

} // namespace connectortest
