#include "sandbox/sandboxserver.h"

#include "sandbox/basicauth.h"
#include "sandbox/erpgateway.h"
#include "sandbox/mrpmaster.h"
#include "sandbox/planning/planninggateway.h"
#include "sandbox/sandboxadmin.h"

#include <httplib.h>

#include <chrono>
#include <exception>
#include <filesystem>
#include <thread>

namespace planbridge::sandbox {

struct SandboxServer::Impl
{
    SandboxOptions options;
    std::unique_ptr<ErpGateway> erp;
    PlanningStore planning;
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

namespace {

// Loads every version*.json of the seed folder into the planning store.
std::optional<EngineError> seedPlanning(const std::string &dir, PlanningStore &store)
{
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::is_directory(dir, error))
        return EngineError {"the seed folder " + dir + " does not exist"};
    for (const auto &entry : fs::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("version", 0) != 0 || entry.path().extension() != ".json")
            continue;
        std::size_t skipped = 0;
        auto version = loadPlanningVersion(entry.path().string(), skipped);
        if (!version)
            return version.error();
        store.addVersion(std::move(*version));
    }
    return std::nullopt;
}

// The seed folder's master.json, if any, becomes the ERP's MRP material master.
std::optional<EngineError> seedMrp(const std::string &dir, MrpService &mrp)
{
    namespace fs = std::filesystem;
    const fs::path master = fs::path(dir) / "master.json";
    std::error_code error;
    if (!fs::exists(master, error))
        return std::nullopt;
    auto materials = loadMrpMaster(master.string());
    if (!materials)
        return materials.error();
    mrp.seedMaterials(std::move(*materials));
    return std::nullopt;
}

// A service root as a literal inside a route pattern.
std::string escapedForRegex(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

void servePlanning(const httplib::Request &request, httplib::Response &response, const PlanningGateway &gateway,
                   const SandboxOptions &options)
{
    if (!basicAuthAccepted(request.get_header_value("Authorization"), options)) {
        response.status = 401;
        response.set_header("WWW-Authenticate", "Basic realm=\"SAP IBP sandbox\"");
        response.set_content("Logon failed", "text/plain");
        return;
    }
    HttpCall call;
    call.method = request.method;
    call.resourcePath = request.path.substr(std::string_view(PlanningServiceRoot).size());
    call.params = {request.params.begin(), request.params.end()};
    call.serviceUrl = "http://" + request.get_header_value("Host") + PlanningServiceRoot;
    const HttpReply reply = gateway.handle(call);
    response.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        response.set_header(name, value);
    response.set_header("dataserviceversion", "2.0");
    if (!reply.body.empty())
        response.set_content(reply.body, reply.contentType);
}

} // namespace

PlanningStore &SandboxServer::planning() { return m_impl->planning; }

Expected<int> SandboxServer::start(const SandboxOptions &options)
{
    if (isRunning())
        return EngineError { "the sandbox is already running on port " + std::to_string(m_impl->port) };
    try {
        m_impl->options = options;
        m_impl->erp = std::make_unique<ErpGateway>(options);
        m_impl->http = std::make_unique<httplib::Server>();
        // Headers and body go out in two writes; without TCP_NODELAY each answer waits ~40 ms on the
        // client's delayed ACK, which throttled single deep inserts to ~700 items/s.
        m_impl->http->set_tcp_nodelay(true);
        httplib::Server &http = *m_impl->http;
        ErpGateway &erp = *m_impl->erp;

        const auto serve = [&erp](const httplib::Request &request, httplib::Response &response) {
            erp.serve(request, response);
        };
        for (std::string_view root : erpServiceRoots()) {
            const std::string erpPattern = escapedForRegex(root) + "(/.*)?";
            http.Get(erpPattern, serve).Post(erpPattern, serve).Patch(erpPattern, serve);
            http.Put(erpPattern, serve).Delete(erpPattern, serve);
        }
        if (!options.seedDir.empty()) {
            if (auto error = seedPlanning(options.seedDir, m_impl->planning))
                return *error;
            if (auto error = seedMrp(options.seedDir, erp.mrp()))
                return *error;
        }
        const std::string planningPattern = std::string(PlanningServiceRoot) + "(/.*)?";
        const auto planning = [this](const httplib::Request &request, httplib::Response &response) {
            servePlanning(request, response, PlanningGateway(m_impl->planning), m_impl->options);
        };
        http.Get(planningPattern, planning).Post(planningPattern, planning);
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
