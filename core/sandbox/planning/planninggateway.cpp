#include "sandbox/planning/planninggateway.h"

#include "sandbox/odatafault.h"

#include <nlohmann/json.hpp>

namespace planbridge::sandbox {
namespace {

std::string param(const HttpCall &call, const char *name)
{
    const auto it = call.params.find(name);
    return it == call.params.end() ? std::string() : it->second;
}

HttpReply json(const nlohmann::ordered_json &body)
{
    HttpReply reply;
    reply.contentType = "application/json";
    reply.body = body.dump();
    return reply;
}

nlohmann::ordered_json metadata(const HttpCall &call, const std::string &set, const std::string &type)
{
    return {{"uri", call.serviceUrl + "/" + set}, {"type", std::string("PLANNING_DATA_API_SRV.") + type}};
}

} // namespace

HttpReply PlanningGateway::handle(const HttpCall &call) const
{
    if (call.method != "GET" && call.method != "HEAD")
        return odataErrorReply({405, "/IWBEP/CM_MGW_RT/021", "The sandbox planning service is read-only", {}});
    if (call.resourcePath.empty() || call.resourcePath == "/") {
        return json({{"d",
                      {{"EntitySets", {"PlanningVersions", PlanningArea}}}}});
    }
    if (call.resourcePath == "/PlanningVersions")
        return catalogue(call);
    if (call.resourcePath == std::string("/") + PlanningArea)
        return keyFigures(call);
    return odataErrorReply(notFound("Resource " + call.resourcePath + " not found in PLANNING_DATA_API_SRV"));
}

HttpReply PlanningGateway::catalogue(const HttpCall &call) const
{
    auto results = nlohmann::ordered_json::array();
    for (const PlanningVersion &v : m_store.catalogue()) {
        results.push_back({{"__metadata", metadata(call, "PlanningVersions('" + v.id + "')", "PlanningVersion")},
                           {"VERSIONID", v.id},
                           {"VERSIONNAME", v.name},
                           {"ASOFDATE", v.asOf},
                           {"PERIODTYPE", v.bucket},
                           {"PERIODFIELD", PlanningStore::periodAttribute(v.bucket)},
                           {"PRIORITY", v.priority}});
    }
    return json({{"d", {{"results", std::move(results)}}}});
}

HttpReply PlanningGateway::keyFigures(const HttpCall &call) const
{
    auto query = parseKeyFigureQuery(param(call, "$select"), param(call, "$filter"), param(call, "$top"),
                                 param(call, "$skip"), param(call, "$inlinecount"), param(call, "$format"));
    if (!query)
        return odataErrorReply(badRequest(query.error().message));
    std::string version;
    for (const FilterTerm &term : query->filter) {
        if (term.field == "VERSIONID" && term.op == FilterTerm::Op::Eq)
            version = term.value;
    }
    if (version.empty())
        return odataErrorReply(badRequest("Filter on VERSIONID eq '<version>' is required: the sandbox has no "
                                          "baseline version",
                                          "VERSIONID"));
    const auto page = m_store.query(version, *query);
    if (!page)
        return odataErrorReply(badRequest(page.error().message));

    auto results = nlohmann::ordered_json::array();
    for (const auto &row : page->rows) {
        nlohmann::ordered_json record = {{"__metadata", metadata(call, PlanningArea, std::string(PlanningArea) + "Type")}};
        for (std::size_t i = 0; i < page->fields.size(); ++i)
            record[page->fields[i]] = row[i];
        results.push_back(std::move(record));
    }
    nlohmann::ordered_json d = {{"results", std::move(results)}};
    if (query->inlineCount)
        d["__count"] = std::to_string(page->totalCount);
    return json({{"d", std::move(d)}});
}

} // namespace planbridge::sandbox
