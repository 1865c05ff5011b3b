#include "sandbox/sandboxadmin.h"

#include "sandbox/erpgateway.h"
#include "sandbox/mrpmaterials.h"
#include "sandbox/pirvalues.h"
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

// The last MRP run: what it planned and what the results hold now, per kind.
ordered_json mrpSummary(ErpGateway &erp)
{
    return erp.mrp().read([](const MrpResults &results) {
        ordered_json counts = { { "planned_orders", results.state.plannedOrders().size() },
            { "purchase_requisitions", results.state.purchaseRequisitions().size() },
            { "shortages", results.state.shortages().size() },
            { "coverage_rows", results.state.coverage().size() } };
        ordered_json last; // null until a run finished
        if (const auto &run = results.lastRun) {
            const MrpRunSummary &s = run->summary;
            last = { { "job_name", run->jobName }, { "job_run_count", run->jobRunCount },
                { "run_date", run->runDate.toString() }, { "plants", s.plants },
                { "planned_orders", s.plannedOrders }, { "purchase_requisitions", s.purchaseRequisitions },
                { "shortages", s.shortages }, { "replaced", s.replaced }, { "firmed_kept", s.firmedKept },
                { "new_numbers", s.newNumbers }, { "demand_elements", run->demandElements },
                { "materials", run->materials }, { "defaulted_materials", run->defaultedMaterials } };
        }
        ordered_json shortages = ordered_json::array();
        for (const MrpShortage &s : results.state.shortages())
            shortages.push_back(
                { { "plant", s.mrpPlant }, { "product", s.material }, { "date", s.date.toString() },
                    { "quantity", formatQuantity(s.shortageQuantity.thousandths()) },
                    { "reason", std::string(shortageReasonCode(s.reason)) } });
        return ordered_json { { "last_run", std::move(last) }, { "current", std::move(counts) },
            { "shortages", std::move(shortages) } };
    });
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
    server.Get("/sandbox/admin/mrp", [&erp](const httplib::Request &, httplib::Response &response) {
        sendJson(response, mrpSummary(erp));
    });
    server.Get("/sandbox/admin/materials", [&erp](const httplib::Request &, httplib::Response &response) {
        sendJson(response, { { "materials", materialsToJson(erp.mrp().materials()) } });
    });
    // Replaces the whole MRP material master; the next MRP run plans with it.
    server.Post(
        "/sandbox/admin/materials", [&erp](const httplib::Request &request, httplib::Response &response) {
            const auto body = nlohmann::json::parse(request.body, nullptr, false);
            if (body.is_discarded())
                return sendJson(response, { { "error", "the body must be JSON" } }, 400);
            auto materials = materialsFromJson(body);
            if (!materials)
                return sendJson(response, { { "error", materials.error().message } }, 400);
            erp.mrp().setMaterials(std::move(*materials));
            sendJson(response, { { "materials", materialsToJson(erp.mrp().materials()) } });
        });
    server.Post(
        "/sandbox/admin/reset", [&erp, options](const httplib::Request &, httplib::Response &response) {
            erp.pir().reset();
            erp.mrp().reset();
            erp.journal().clear();
            erp.counters().reset();
            erp.faults().reset(options.faults);
            sendJson(response, stats(erp));
        });
}

} // namespace planbridge::sandbox
