#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/odatafault.h"
#include "sandbox/odatarequest.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace planbridge::sandbox {

inline HttpReply jsonReply(int status, const nlohmann::ordered_json &payload)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json;charset=utf-8";
    reply.body = payload.dump();
    return reply;
}

// Applies $filter (Field eq 'value' [and ...]), then $skip/$top, and wraps the page as
// {"d":{"__count","results"}}. `fieldText` gives a property's text or nullopt when it cannot be
// filtered on, which answers 400 like SAP Gateway does for unknown properties.
template<typename Entity, typename FieldText, typename ToJson>
HttpReply odataPage(
    const std::vector<const Entity *> &all, const ODataQuery &query, FieldText fieldText, ToJson toJson)
{
    std::vector<const Entity *> matching;
    for (const Entity *entity : all) {
        bool keep = true;
        for (const auto &[field, value] : query.filter) {
            const auto text = fieldText(*entity, field);
            if (!text)
                return odataErrorReply(
                    badRequest("Property '" + field + "' cannot be used in $filter", field));
            keep = keep && *text == value;
        }
        if (keep)
            matching.push_back(entity);
    }
    nlohmann::ordered_json d = nlohmann::ordered_json::object();
    if (query.inlineCount)
        d["__count"] = std::to_string(matching.size()); // OData v2 sends the count as a string
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    const std::size_t end = query.top ? std::min(matching.size(), query.skip + *query.top) : matching.size();
    for (std::size_t i = query.skip; i < end; ++i)
        results.push_back(toJson(*matching[i]));
    d["results"] = std::move(results);
    return jsonReply(200, { { "d", std::move(d) } });
}

} // namespace planbridge::sandbox
