#include "sandbox/appjobservice.h"

#include "sandbox/odatapage.h"
#include "sandbox/pirvalues.h"

namespace planbridge::sandbox {
namespace {

using nlohmann::ordered_json;

ODataFault jobFault(int status, const std::string &message, const std::string &target = {})
{
    return { status, "BC_EXT_APPJOB/032", message, target };
}

// A function-import parameter: an OData string literal '...' with '' for a quote.
ODataResult<std::optional<std::string>> literal(const HttpCall &call, const std::string &name, bool required)
{
    const auto it = call.params.find(name);
    if (it == call.params.end()) {
        if (required)
            return jobFault(400, "Parameter " + name + " is mandatory", name);
        return std::optional<std::string>();
    }
    const std::string &raw = it->second;
    if (raw.size() < 2 || raw.front() != '\'' || raw.back() != '\'')
        return jobFault(400, "Parameter " + name + " must be a quoted string literal", name);
    std::string value;
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        value += raw[i];
        if (raw[i] == '\'' && i + 2 < raw.size() && raw[i + 1] == '\'')
            ++i;
    }
    return std::optional<std::string>(std::move(value));
}

ODataResult<MrpRunRequest> runRequest(const std::string &text)
{
    MrpRunRequest request;
    request.runDate = Date::fromDayNumber(std::int32_t(nowMs() / 86'400'000));
    if (text.empty())
        return request;
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return jobFault(400, "JobParameterValues must be a JSON object", "JobParameterValues");
    for (const auto &[name, value] : doc.items()) {
        if (name == "RunDate") {
            const auto date = value.is_string() ? Date::parse(value.get<std::string>()) : std::nullopt;
            if (!date)
                return jobFault(400, "RunDate must be a date YYYY-MM-DD", "JobParameterValues");
            request.runDate = *date;
        } else if (name == "Plants") {
            if (!value.is_array())
                return jobFault(400, "Plants must be an array of plant codes", "JobParameterValues");
            for (const auto &plant : value) {
                if (!plant.is_string() || plant.get<std::string>().empty()
                    || plant.get<std::string>().size() > 4)
                    return jobFault(
                        400, "Plants must hold plant codes of 1..4 characters", "JobParameterValues");
                request.plants.push_back(plant.get<std::string>());
            }
        } else {
            return jobFault(
                400, "Unknown job parameter " + name + " (known: Plants, RunDate)", "JobParameterValues");
        }
    }
    return request;
}

HttpReply jobReply(const MrpJob &job)
{
    return jsonReply(200,
        { { "d",
            { { "__metadata", { { "type", "BC_EXT_APPJOB_MANAGEMENT.JobScheduleStatus" } } },
                { "JobName", job.name }, { "JobRunCount", job.runCount },
                { "JobStatus", std::string(1, job.status) }, { "ReturnCode", job.status == 'A' ? 1 : 0 },
                { "StatusText", job.message } } } });
}

} // namespace

AppJobService::AppJobService(MrpService &mrp)
    : m_mrp(mrp)
{
}

HttpReply AppJobService::handle(const HttpCall &call)
{
    const std::string &path = call.resourcePath;
    if (path.empty() || path == "/")
        return jsonReply(200, { { "d", { { "EntitySets", ordered_json::array({ "JobTemplateSet" }) } } } });
    if (path == "/JobSchedule" && call.method == "POST")
        return schedule(call);
    if (path == "/JobStatusGet" && (call.method == "GET" || call.method == "HEAD"))
        return status(call);
    if (path == "/JobSchedule" || path == "/JobStatusGet") {
        HttpReply reply = odataErrorReply({ 405, "/IWBEP/CM_MGW_RT/021",
            "Method " + call.method + " is not allowed for function import " + path.substr(1), {} });
        reply.headers.emplace_back("Allow", path == "/JobSchedule" ? "POST" : "GET");
        return reply;
    }
    return odataErrorReply(notFound("Resource not found for segment '" + path.substr(1) + "'"));
}

HttpReply AppJobService::schedule(const HttpCall &call)
{
    const auto template_ = literal(call, "JobTemplateName", true);
    const auto text = literal(call, "JobText", true);
    const auto user = literal(call, "JobUser", false);
    const auto parameters = literal(call, "JobParameterValues", false);
    for (const auto *result : { &template_, &text, &user, &parameters })
        if (const auto *fault = std::get_if<ODataFault>(result))
            return odataErrorReply(*fault);
    const std::string templateName = *std::get<std::optional<std::string>>(template_);
    if (templateName != MrpJobTemplate)
        return odataErrorReply(
            jobFault(400, "Job template " + templateName + " doesn't exist", "JobTemplateName"));
    const auto request = runRequest(std::get<std::optional<std::string>>(parameters).value_or(""));
    if (const auto *fault = std::get_if<ODataFault>(&request))
        return odataErrorReply(*fault);
    const std::string jobUser = std::get<std::optional<std::string>>(user).value_or(call.user);
    HttpReply reply = jobReply(m_mrp.schedule(
        *std::get<std::optional<std::string>>(text), jobUser, std::get<MrpRunRequest>(request)));
    reply.applied = true;
    return reply;
}

HttpReply AppJobService::status(const HttpCall &call) const
{
    const auto name = literal(call, "JobName", true);
    const auto count = literal(call, "JobRunCount", true);
    for (const auto *result : { &name, &count })
        if (const auto *fault = std::get_if<ODataFault>(result))
            return odataErrorReply(*fault);
    const auto job = m_mrp.job(
        *std::get<std::optional<std::string>>(name), *std::get<std::optional<std::string>>(count));
    if (!job)
        return odataErrorReply({ 404, "BC_EXT_APPJOB/003", "Job doesn't exist", "JobName" });
    return jobReply(*job);
}

} // namespace planbridge::sandbox
