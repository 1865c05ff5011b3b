#include "sandbox/sandboxserver.h"

#include "sandbox/erpgateway.h"
#include "sandbox/sandboxadmin.h"

#include <httplib.h>

#include <chrono>
#include <exception>
#include <thread>

namespace planbridge::sandbox {

struct SandboxServer::Impl
{
    SandboxOptions options;
    std::unique_ptr<ErpGateway> erp;
    std::unique_ptr<httplib::Server> http;
    std::thread thread;
    int port = 0;
};

SandboxServer::SandboxServer()
    : m_impl(std::make_unique<Impl>())
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

Expected<int> SandboxServer::start(const SandboxOptions &options)
{
    if (isRunning())
        return EngineError { "the sandbox is already running on port " + std::to_string(m_impl->port) };
    try {
        m_impl->options = options;
        m_impl->erp = std::make_unique<ErpGateway>(options);
        m_impl->http = std::make_unique<httplib::Server>();
        httplib::Server &http = *m_impl->http;
        ErpGateway &erp = *m_impl->erp;

        const auto serve = [&erp](const httplib::Request &request, httplib::Response &response) {
            erp.serve(request, response);
        };
        const std::string erpPattern = std::string(PirServiceRoot) + "(/.*)?";
        http.Get(erpPattern, serve).Post(erpPattern, serve).Patch(erpPattern, serve);
        http.Put(erpPattern, serve).Delete(erpPattern, serve);
        SandboxAdmin::install(http, erp, m_impl->options);
        // The boundary for library exceptions: a handler bug answers 500 instead of killing the server.
        http.set_exception_handler(
            [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
                const HttpReply reply
                    = odataErrorReply({ 500, "/IWBEP/CM_MGW_RT/000", "Internal sandbox error", {} });
                response.status = reply.status;
                response.set_content(reply.body, reply.contentType);
            });

        const int port = options.port == 0
            ? http.bind_to_any_port(options.host)
            : (http.bind_to_port(options.host, options.port) ? options.port : -1);
        if (port <= 0) {
            m_impl->http.reset();
            return EngineError { "cannot listen on " + options.host + ":" + std::to_string(options.port) };
        }
        m_impl->port = port;
        m_impl->thread = std::thread([&http] { http.listen_after_bind(); });
        // The socket already accepts connections; wait for the accept loop so stop() cannot race it.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!http.is_running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return port;
    } catch (const std::exception &error) {
        stop();
        return EngineError { std::string("cannot start the sandbox: ") + error.what() };
    }
}

void SandboxServer::stop()
{
    if (m_impl->http)
        m_impl->http->stop();
    if (m_impl->thread.joinable())
        m_impl->thread.join();
    m_impl->http.reset();
    m_impl->erp.reset();
    m_impl->port = 0;
}

bool SandboxServer::isRunning() const
{
    return m_impl->http && m_impl->http->is_running();
}

int SandboxServer::port() const
{
    return m_impl->port;
}

std::string SandboxServer::baseUrl() const
{
    return "http://" + m_impl->options.host + ":" + std::to_string(m_impl->port);
}

} // namespace planbridge::sandbox
