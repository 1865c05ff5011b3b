#pragma once

// Internal to the connectors (includes nlohmann/json): reading OData v2 JSON envelopes defensively.
#include "domain/expected.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge::connectors {

// {"d":{"results":[...],"__count":"N"}} once checked: `results` points into the parsed document.
struct ODataCollection
{
    const nlohmann::json *results = nullptr;
    std::optional<std::size_t> count; // only with $inlinecount=allpages
};

// Parses a response body; `what` names the service in the error ("planning service").
Expected<nlohmann::json> parseJsonBody(std::string_view body, std::string_view what);
// Checks the collection envelope. __count may be a string (v2) or a number.
Expected<ODataCollection> collectionOf(const nlohmann::json &document, std::string_view what);
// A string property of an entity; nullopt when absent or not a string.
std::optional<std::string> stringField(const nlohmann::json &entity, const char *name);
// An OData string literal for $filter and key predicates: 'O''Neil' (quotes doubled).
std::string stringLiteral(const std::string &value);

} // namespace planbridge::connectors
