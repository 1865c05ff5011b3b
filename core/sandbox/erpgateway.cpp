#include "sandbox/erpgateway.h"

#include "sandbox/basicauth.h"
#include "sandbox/connectiondrop.h"
#include "sandbox/mrpcoverage.h"
#include "sandbox/mrpentities.h"
#include "sandbox/mrpreadservice.h"
#include "sandbox/odatabatch.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace planbridge::sandbox {

namespace {

bool isModifying(const std::string &method)
{
    return method != "GET" && method != "HEAD";
}

void send(httplib::Response &response, const HttpReply &reply)
{
    response.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        response.set_header(name, value);
    response.set_header("dataserviceversion", "2.0");
    if (!reply.body.empty())
        response.set_content(reply.body, reply.contentType);
}

// The root `path` belongs to: equal to it or followed by '/'.
std::string_view rootOf(std::string_view path)
{
    for (std::string_view root : erpServiceRoots()) {
        if (path.substr(0, root.size()) == root && (path.size() == root.size() || path[root.size()] == '/'))
            return root;
    }
    return {};
}

} // namespace

std::array<std::string_view, 5> erpServiceRoots()
{
    return { PirServiceRoot, AppJobServiceRoot, PlannedOrderServiceRoot, PurchaseReqServiceRoot,
        MrpMaterialsServiceRoot };
}

void GatewayCounters::reset()
{
    for (auto *counter :
        { &requests, &writesReceived, &writesApplied, &duplicatesDetected, &outageRejections, &throttled,
            &randomErrors, &droppedResponses, &businessRejections, &csrfRejections, &authRejections })
        counter->store(0);
}

ErpGateway::ErpGateway(const SandboxOptions &options)
    : m_options(options)
    , m_faults(options.faults)
    , m_pir([this](const std::string &product) {
        auto fault = m_faults.productCheck(product);
        if (fault)
            ++m_counters.businessRejections;
        return fault;
    })
    , m_mrp([this] { return m_pir.activeDemand(); })
    , m_jobs(m_mrp)
{
}

HttpReply ErpGateway::dispatch(std::string_view root, const HttpCall &call, const std::string &contentType)
{
    if (root == PirServiceRoot)
        return call.resourcePath == "/$batch" ? ODataBatch::handle(call, contentType, m_pir)
                                              : m_pir.handle(call);
    if (root == AppJobServiceRoot)
        return m_jobs.handle(call);
    const auto api = root == PlannedOrderServiceRoot ? MrpReadService::Api::PlannedOrders
        : root == PurchaseReqServiceRoot             ? MrpReadService::Api::PurchaseRequisitions
                                                     : MrpReadService::Api::MrpMaterials;
    return MrpReadService(m_mrp, api).handle(call);
}

bool ErpGateway::authorised(const httplib::Request &request, std::string &user) const
{
    if (!basicAuthAccepted(request.get_header_value("Authorization"), m_options))
        return false;
    if (m_options.requireAuth)
        user = m_options.user;
    return true;
}

void ErpGateway::serve(const httplib::Request &request, httplib::Response &response)
{
    ++m_counters.requests;
    const FaultDecision fault = m_faults.beforeCall();
    if (fault.latencyMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(fault.latencyMs));
    if (fault.status != 0) {
        ++(fault.kind == FaultDecision::Kind::Outage          ? m_counters.outageRejections
                : fault.kind == FaultDecision::Kind::Throttle ? m_counters.throttled
                                                              : m_counters.randomErrors);
        HttpReply reply = odataErrorReply({ fault.status, "/IWFND/CM_BEC/026", fault.message, {} });
        if (fault.status == 429)
            reply.headers.emplace_back("Retry-After", std::to_string(fault.retryAfterSeconds));
        return send(response, reply);
    }
    std::string user;
    if (!authorised(request, user)) {
        ++m_counters.authRejections;
        response.status = 401;
        response.set_header("WWW-Authenticate", "Basic realm=\"SAP NetWeaver Application Server [SBX/100]\"");
        response.set_content("Logon failed", "text/plain");
        return;
    }
    const std::string cookies = request.get_header_value("Cookie");
    if (isModifying(request.method) && !m_csrf.valid(request.get_header_value("X-CSRF-Token"), cookies)) {
        ++m_counters.csrfRejections;
        response.status = 403;
        response.set_header("X-CSRF-Token", "Required");
        response.set_content("CSRF token validation failed", "text/plain");
        return;
    }

    const std::string_view root = rootOf(request.path);
    HttpCall call;
    call.method = request.method;
    call.resourcePath = request.path.substr(root.size());
    call.params = { request.params.begin(), request.params.end() };
    call.body = request.body;
    call.serviceUrl = "http://" + request.get_header_value("Host") + std::string(root);
    call.user = user;

    const auto handle = [&] { return dispatch(root, call, request.get_header_value("Content-Type")); };
    HttpReply reply;
    bool duplicate = false;
    if (isModifying(request.method)) {
        ++m_counters.writesReceived;
        const std::string requestId = request.get_header_value("Repeatability-Request-ID");
        reply = requestId.empty() ? handle() : m_journal.run(requestId, handle, duplicate);
        if (duplicate)
            ++m_counters.duplicatesDetected;
        if (reply.applied)
            ++m_counters.writesApplied;
        if (reply.applied && m_faults.takeDrop()) {
            // Counted before the cut: once the connection is gone the client may resend and read
            // the counters before this thread runs again.
            ++m_counters.droppedResponses;
            if (dropConnection(request.local_port, request.remote_addr, request.remote_port))
                return; // the write is applied; the client never hears about it
            --m_counters.droppedResponses;
        }
    } else {
        reply = handle();
        if (reply.status < 300 && request.get_header_value("X-CSRF-Token") == "Fetch") {
            const auto issued = m_csrf.fetch(cookies);
            reply.headers.emplace_back("X-CSRF-Token", issued.token);
            if (issued.setCookie)
                reply.headers.emplace_back("Set-Cookie", *issued.setCookie);
        }
    }
    send(response, reply);
}

} // namespace planbridge::sandbox
