#include "sandbox/sandboxadmin.h"

#include "sandbox/erpgateway.h"
#include "sandbox/sandboxoptions.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace planbridge::sandbox {

namespace {

using nlohmann::ordered_json;

void sendJson(httplib::Response &response, const ordered_json &payload, int status = 200)
{
    response.status = status;
    response.set_content(payload.dump(), "application/json");
}

ordered_json stats(ErpGateway &erp)
{
    GatewayCounters &c = erp.counters();
    return { { "requests", c.requests.load() }, { "writes_received", c.writesReceived.load() },
        { "writes_applied", c.writesApplied.load() }, { "duplicates_detected", c.duplicatesDetected.load() },
        { "repeatability_ids", erp.journal().size() }, { "headers_stored", erp.pir().headerCount() },
        { "items_stored", erp.pir().itemCount() },
        { "faults",
            { { "outage", c.outageRejections.load() }, { "throttled", c.throttled.load() },
                { "random_errors", c.randomErrors.load() },
                { "dropped_responses", c.droppedResponses.load() },
                { "business_rejections", c.businessRejections.load() },
                { "csrf_rejections", c.csrfRejections.load() },
                { "auth_rejections", c.authRejections.load() } } } };
}

} // namespace

void SandboxAdmin::install(httplib::Server &server, ErpGateway &erp, const SandboxOptions &options)
{
    server.Get("/sandbox/admin/stats",
        [&erp](const httplib::Request &, httplib::Response &response) { sendJson(response, stats(erp)); });
    server.Get("/sandbox/admin/pir", [&erp](const httplib::Request &, httplib::Response &response) {
        sendJson(response, erp.pir().stateJson());
    });
    server.Get("/sandbox/admin/faults", [&erp](const httplib::Request &, httplib::Response &response) {
        sendJson(response, erp.faults().stateJson());
    });
    server.Post(
        "/sandbox/admin/faults", [&erp](const httplib::Request &request, httplib::Response &response) {
            const auto body = nlohmann::json::parse(request.body, nullptr, false);
            if (body.is_discarded())
                return sendJson(response, { { "error", "the body must be JSON" } }, 400);
            if (const auto error = erp.faults().configure(body))
                return sendJson(response, { { "error", *error } }, 400);
            // CSRF expiry is an event, not a setting: every token issued so far stops working now.
            if (body.is_object() && body.value("expire_csrf", false))
                erp.csrf().expireAll();
            sendJson(response, erp.faults().stateJson());
        });
    server.Post(
        "/sandbox/admin/reset", [&erp, options](const httplib::Request &, httplib::Response &response) {
            erp.pir().reset();
            erp.journal().clear();
            erp.counters().reset();
            erp.faults().reset(options.faults);
            sendJson(response, stats(erp));
        });
}

} // namespace planbridge::sandbox
