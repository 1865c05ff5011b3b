#include "sandbox/odatafault.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace planbridge::sandbox {

namespace {

// SAP Gateway stamps errors with a transaction id (32 hex) and a UTC timestamp; clients log both.
std::string transactionId()
{
    static std::atomic<unsigned long long> counter { 0 };
    char buffer[33];
    std::snprintf(buffer, sizeof buffer, "5A4E44424F58%020llX", ++counter);
    return buffer;
}

std::string gatewayTimestamp()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto micros
        = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1'000'000;
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char buffer[64]; // ample: the compiler cannot bound the tm fields
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d%02d%02d%02d.%07lld", utc.tm_year + 1900,
        utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
        static_cast<long long>(micros) * 10);
    return buffer;
}

} // namespace

ODataFault badRequest(std::string message, std::string target)
{
    return { 400, "/IWBEP/CM_MGW_RT/022", std::move(message), std::move(target) };
}

ODataFault notFound(std::string message)
{
    return { 404, "/IWBEP/CM_MGW_RT/020", std::move(message), {} };
}

HttpReply odataErrorReply(const ODataFault &fault)
{
    using nlohmann::ordered_json;
    ordered_json detail = { { "code", fault.code }, { "message", fault.message },
        { "propertyref", fault.target }, { "severity", "error" }, { "target", fault.target } };
    ordered_json inner
        = { { "application",
                { { "component_id", "PP-MP-DEM" }, { "service_namespace", "/SAP/" },
                    { "service_id", "API_PLND_INDEP_RQMT_SRV" }, { "service_version", "0001" } } },
              { "transactionid", transactionId() }, { "timestamp", gatewayTimestamp() },
              { "Error_Resolution",
                  { { "SAP_Transaction", "Run transaction /IWFND/ERROR_LOG on SAP Gateway hub system" },
                      { "SAP_Note", "See SAP Note 1797736 for error analysis" } } },
              { "errordetails", ordered_json::array({ detail }) } };
    ordered_json error = { { "error",
        { { "code", fault.code }, { "message", { { "lang", "en" }, { "value", fault.message } } },
            { "innererror", inner } } } };
    HttpReply reply;
    reply.status = fault.status;
    reply.contentType = "application/json;charset=utf-8";
    reply.body = error.dump();
    return reply;
}

} // namespace planbridge::sandbox
