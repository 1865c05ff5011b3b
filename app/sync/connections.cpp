#include "connections.h"

#include "connectors/file/fileerptarget.h"
#include "connectors/file/fileplanningsource.h"
#include "connectors/ibp/ibpplanningsource.h"
#include "connectors/s4/mrpodataclient.h"
#include "connectors/s4/pirodataclient.h"
#include "connectors/tryton/trytonerptarget.h"
#include "connectors/tryton/trytonexecution.h"
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

// A whole-number option > 0, when present.
std::optional<std::string> count(
    const OptionMap &options, const char *name, const std::string &path, std::size_t &target)
{
    const auto it = options.find(name);
    if (it == options.end())
        return std::nullopt;
    std::uint64_t value = 0;
    if (!parseNumber(it->second, value) || value == 0 || value > 1'000'000)
        return path + ": options." + name + " must be a whole number from 1 to 1000000";
    target = value;
    return std::nullopt;
}

Expected<net::EndpointSettings> endpoint(const Options &options, const char *fallback)
{
    const std::string path = options.get("--config").value_or(net::defaultConnectionsPath());
    return net::loadEndpointSettings(path, options.get("--endpoint").value_or(fallback));
}

// The folder of a file:///folder url; nullopt when the url is not a file url, an error text when
// it is one we do not take.
std::optional<Expected<std::string>> folderOf(const std::string &url, const std::string &name)
{
    constexpr std::string_view Scheme = "file://";
    if (url.compare(0, Scheme.size(), Scheme) != 0)
        return std::nullopt;
    const std::string path = url.substr(Scheme.size());
    if (path.empty() || path.front() != '/' || path.find('%') != std::string::npos)
        return Expected<std::string>(
            EngineError { name + ".url must be file:///absolute/folder, without %-escapes" });
    return Expected<std::string>(path);
}

// A Tryton server: one HTTP client without auth of its own (the RPC client signs in and sends its
// session), one RPC client, and the target and execution sides on it.
Expected<ErpConnection> connectTryton(net::EndpointSettings settings, const std::string &path)
{
    auto parsed = tryton::parseTrytonOptions(settings.options, path + ": " + settings.name + ".options");
    if (!parsed)
        return parsed.error();
    if (settings.http.authKind != net::AuthKind::Basic)
        return EngineError { path + ": " + settings.name
            + ".auth must be basic for Tryton (user, and password_env or password_file)" };
    tryton::TrytonRpcConfig rpc;
    rpc.database = parsed->database;
    rpc.language = parsed->language;
    rpc.user = settings.http.basic.user;
    rpc.password = settings.http.basic.password;
    settings.http.authKind = net::AuthKind::None; // a Basic header on every call costs a bcrypt check
    settings.http.basic = {};
    ErpConnection connection;
    connection.name = settings.name;
    connection.client = std::make_unique<net::HttpClient>(settings.http);
    connection.tryton = std::make_unique<tryton::TrytonRpcClient>(*connection.client, std::move(rpc));
    connection.pirs = std::make_unique<tryton::TrytonErpTarget>(*connection.tryton, parsed->mapping);
    connection.mrp = std::make_unique<tryton::TrytonExecution>(*connection.tryton, parsed->mapping);
    return connection;
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
    if (auto folder = folderOf(settings->http.baseUrl, settings->name)) {
        if (!*folder)
            return folder->error();
        PlanningConnection connection;
        connection.source = std::make_unique<files::FilePlanningSource>(**folder);
        return connection;
    }
    ibp::IbpSourceConfig config;
    config.serviceRoot = ""; // the endpoint's url is the service root
    take(settings->options, "planning_area", config.planningArea);
    const std::string path = options.get("--config").value_or(net::defaultConnectionsPath());
    for (const auto &[name, target] :
        { std::pair { "page_size", &config.pageSize }, { "parallel_pages", &config.parallelPages } }) {
        if (auto error = count(settings->options, name, path, *target))
            return EngineError { *error };
    }
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
    ErpConnection connection;
    connection.name = settings->name;
    if (auto folder = folderOf(settings->http.baseUrl, settings->name)) {
        if (!*folder)
            return folder->error();
        connection.pirs = std::make_unique<files::FileErpTarget>(**folder);
        return connection;
    }
    if (const auto it = settings->options.find("system"); it != settings->options.end() && it->second == "tryton")
        return connectTryton(std::move(*settings), options.get("--config").value_or(net::defaultConnectionsPath()));
    s4::PirClientConfig pir;
    s4::MrpClientConfig mrp;
    const OptionMap &o = settings->options;
    take(o, "pir_service", pir.serviceRoot);
    take(o, "job_service", mrp.jobServiceRoot);
    take(o, "planned_order_service", mrp.plannedOrderRoot);
    take(o, "requisition_service", mrp.requisitionRoot);
    take(o, "mrp_materials_service", mrp.mrpMaterialsRoot);
    take(o, "mrp_job_template", mrp.jobTemplate);
    const std::string path = options.get("--config").value_or(net::defaultConnectionsPath());
    connectors::PirWriteOptions &write = connection.writeOptions;
    for (const auto &[name, target] : { std::pair { "page_size", &pir.readPageSize },
             { "headers_per_changeset", &write.headersPerChangeset },
             { "changesets_per_batch", &write.changesetsPerBatch },
             { "parallel_requests", &write.parallelRequests } }) {
        if (auto error = count(o, name, path, *target))
            return EngineError { *error };
    }
    if (const auto it = o.find("deep_insert"); it != o.end()) {
        if (it->second != "true" && it->second != "false")
            return EngineError { path + ": options.deep_insert must be true or false" };
        write.mode
            = it->second == "true" ? connectors::PirWriteMode::DeepInsert : connectors::PirWriteMode::Batch;
    }
    mrp.readPageSize = pir.readPageSize;
    connection.client = std::make_unique<net::HttpClient>(settings->http);
    connection.pirs = std::make_unique<s4::PirODataClient>(*connection.client, pir);
    connection.mrp = std::make_unique<s4::MrpODataClient>(*connection.client, mrp);
    return connection;
}

} // namespace planbridge::cli
