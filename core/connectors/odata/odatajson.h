#pragma once

// Internal to the connectors (includes nlohmann/json): reading OData v2 JSON envelopes defensively.
#include "domain/date.h"
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
// An Edm.DateTime of OData v2 JSON, "/Date(ms)/" (an offset form "/Date(ms+0000)/" is refused),
// as the UTC day it falls on; nullopt outside years 1..9999 or when it is not that form.
std::optional<Date> odataDate(std::string_view text);
// A date-valued property: nullopt when absent, not a string, or not /Date(ms)/.
std::optional<Date> dateField(const nlohmann::json &entity, const char *name);
// A boolean property; OData v2 JSON has true/false, and some SAP services send "X"/"" instead.
std::optional<bool> boolField(const nlohmann::json &entity, const char *name);
// An OData string literal for $filter and key predicates: 'O''Neil' (quotes doubled).
std::string stringLiteral(const std::string &value);

} // namespace planbridge::connectors
