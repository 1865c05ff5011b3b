#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace planbridge::net {

// The parts of an OData error body worth showing a user.
struct ODataError
{
    std::string code; // SAP message class/number or a GUID
    std::string message; // error.message.value (v2) or error.message (v4)
};

// Parses {"error":{"code":..,"message":{"value":..}}} (v2) and {"error":{"code":..,"message":".."}}
// (v4). Never throws: anything else (HTML error pages, truncated JSON, XML) gives nullopt.
std::optional<ODataError> parseODataError(std::string_view body);

} // namespace planbridge::net
