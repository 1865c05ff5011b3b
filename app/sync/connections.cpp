#include "connections.h"

#include "net/endpointconfig.h"
#include "synccommands.h"

#include <charconv>

namespace planbridge::cli {
namespace {

using OptionMap = std::map<std::string, std::string>;

// Sets `target` from options[name] when present.
void take(const OptionMap &options, const char *name, std::string &target)
{
    if (const auto it = options.find(name); it != options.end())
        target = it->second;
}

std::optional<std::string> pageSize(const OptionMap &options, const std::string &path, std::size_t &target)
{
    const auto it = options.find("page_size");
    if (it == options.end())
        return std::nullopt;
    std::uint64_t size = 0;
    if (!parseNumber(it->second, size) || size == 0)
        return path + ": options.page_size must be a whole number > 0";
    target = size;
    return std::nullopt;
}

Expected<net::EndpointSettings> endpoint(const Options &options, const char *fallback)
{
    const std::string path = options.get("--config").value_or(net::defaultConnectionsPath());
    return net::loadEndpointSettings(path, options.get("--endpoint").value_or(fallback));
}

} // namespace

bool parseNumber(const std::string &text, std::uint64_t &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

Expected<PlanningConnection> connectPlanning(const Options &options)
{
    auto settings = endpoint(options, "planning");
    if (!settings)
        return settings.error();
    ibp::IbpSourceConfig config;
    config.serviceRoot = ""; // the endpoint's url is the service root
    take(settings->options, "planning_area", config.planningArea);
    if (auto error = pageSize(settings->options, options.get("--config").value_or(net::defaultConnectionsPath()),
            config.pageSize))
        return EngineError { *error };
    PlanningConnection connection;
    connection.client = std::make_unique<net::HttpClient>(settings->http);
    connection.source = std::make_unique<ibp::IbpPlanningSource>(*connection.client, config);
    return connection;
}

Expected<ErpConnection> connectErp(const Options &options)
{
    auto settings = endpoint(options, "erp");
    if (!settings)
        return settings.error();
    s4::PirClientConfig pir;
    s4::MrpClientConfig mrp;
    const OptionMap &o = settings->options;
    take(o, "pir_service", pir.serviceRoot);
    take(o, "job_service", mrp.jobServiceRoot);
    take(o, "planned_order_service", mrp.plannedOrderRoot);
    take(o, "requisition_service", mrp.requisitionRoot);
    take(o, "mrp_materials_service", mrp.mrpMaterialsRoot);
    take(o, "mrp_job_template", mrp.jobTemplate);
    if (auto error = pageSize(o, options.get("--config").value_or(net::defaultConnectionsPath()), pir.readPageSize))
        return EngineError { *error };
    mrp.readPageSize = pir.readPageSize;
    ErpConnection connection;
    connection.client = std::make_unique<net::HttpClient>(settings->http);
    connection.pirs = std::make_unique<s4::PirODataClient>(*connection.client, pir);
    connection.mrp = std::make_unique<s4::MrpODataClient>(*connection.client, mrp);
    return connection;
}

} // namespace planbridge::cli
