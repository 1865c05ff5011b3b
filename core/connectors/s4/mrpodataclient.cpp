#include "connectors/s4/mrpodataclient.h"

#include "connectors/odata/odatajson.h"
#include "connectors/odata/pagedread.h"
#include "connectors/s4/mrpfeedback.h"
#include "net/oauth2token.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace planbridge::s4 {
namespace {

// A function-import parameter: name='value' with the value quoted as an OData literal.
std::string parameter(const char *name, const std::string &value)
{
    return std::string(name) + "=" + net::formEncode(connectors::stringLiteral(value));
}

} // namespace

MrpODataClient::MrpODataClient(net::HttpSender &sender, MrpClientConfig config)
    : m_config(std::move(config))
    , m_sender(sender)
    , m_jobSession(sender, m_config.jobServiceRoot + "/")
{
    m_config.readPageSize = std::max<std::size_t>(1, m_config.readPageSize);
}

net::RetryResult MrpODataClient::get(const std::string &url)
{
    net::HttpRequest request;
    request.url = url;
    request.headers.set("Accept", "application/json");
    return net::sendWithRetry(m_sender, request, m_config.retry, m_config.hooks);
}

Expected<connectors::MrpRun> MrpODataClient::startMrp(const connectors::MrpRunRequest &request)
{
    nlohmann::json values = nlohmann::json::object();
    if (!request.plants.empty())
        values["Plants"] = request.plants;
    if (request.runDate)
        values["RunDate"] = request.runDate->toString();
    net::HttpRequest schedule;
    schedule.method = net::HttpMethod::Post;
    schedule.url = m_config.jobServiceRoot + "/JobSchedule?"
        + parameter("JobTemplateName", m_config.jobTemplate) + "&" + parameter("JobText", request.text)
        + "&TestModeInd=false&" + parameter("JobParameterValues", values.dump());
    schedule.headers.set("Accept", "application/json");
    const net::RetryResult sent = net::sendWithRetry(m_jobSession, schedule, m_config.retry, m_config.hooks);
    if (sent.outcome != net::Outcome::Success)
        return EngineError { "MRP run could not be scheduled: " + sent.message };
    return parseJobStatus(sent.result->body);
}

Expected<connectors::MrpRun> MrpODataClient::mrpStatus(const connectors::MrpRun &run)
{
    const net::RetryResult sent = get(m_config.jobServiceRoot + "/JobStatusGet?"
        + parameter("JobName", run.id) + "&" + parameter("JobRunCount", run.runCount));
    if (sent.outcome != net::Outcome::Success)
        return EngineError { "MRP run " + run.id + " status: " + sent.message };
    auto status = parseJobStatus(sent.result->body);
    if (status && (status->id != run.id || status->runCount != run.runCount))
        return EngineError { "MRP run " + run.id + " status: the ERP answered for job " + status->id };
    return status;
}

Expected<connectors::ExecutionFeedback> MrpODataClient::readFeedback(const std::vector<std::string> &plants)
{
    if (plants.empty())
        return EngineError { "execution feedback: name at least one plant" };
    connectors::ExecutionFeedback feedback;
    // Read one plant at a time: `or` in $filter is not something every service accepts.
    for (const std::string &plant : plants) {
        const auto read = [&](const std::string &root, const char *plantField) {
            const std::string prefix = root + "?$filter="
                + net::formEncode(std::string(plantField) + " eq " + connectors::stringLiteral(plant)) + "&";
            return [this, prefix](const std::string &query) { return get(prefix + query); };
        };
        auto orders = connectors::readAllPages<connectors::PlannedOrderFeedback>(
            "planned orders of plant " + plant, m_config.readPageSize,
            read(m_config.plannedOrderRoot + "/A_PlannedOrder", "MRPPlant"), parsePlannedOrderPage);
        if (!orders)
            return orders.error();
        auto requisitions = connectors::readAllPages<connectors::RequisitionFeedback>(
            "purchase requisitions of plant " + plant, m_config.readPageSize,
            read(m_config.requisitionRoot + "/A_PurchaseRequisitionItem", "Plant"), parseRequisitionPage);
        if (!requisitions)
            return requisitions.error();
        auto shortages = connectors::readAllPages<connectors::ShortageFeedback>("shortages of plant " + plant,
            m_config.readPageSize, read(m_config.mrpMaterialsRoot + "/MaterialCoverages", "MRPPlant"),
            parseCoveragePage);
        if (!shortages)
            return shortages.error();
        const auto append = [](auto &to, auto &from) {
            to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        };
        append(feedback.plannedOrders, *orders);
        append(feedback.requisitions, *requisitions);
        append(feedback.shortages, *shortages);
    }
    return feedback;
}

} // namespace planbridge::s4
