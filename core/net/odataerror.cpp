#include "net/odataerror.h"

#include <nlohmann/json.hpp>

namespace planbridge::net {

std::optional<ODataError> parseODataError(std::string_view body)
{
    try {
        const auto json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
        if (!json.is_object())
            return std::nullopt;
        const auto error = json.find("error");
        if (error == json.end() || !error->is_object())
            return std::nullopt;
        ODataError result;
        if (const auto code = error->find("code"); code != error->end() && code->is_string())
            result.code = code->get<std::string>();
        if (const auto message = error->find("message"); message != error->end()) {
            if (message->is_string()) {
                result.message = message->get<std::string>();
            } else if (message->is_object()) {
                const auto value = message->find("value");
                if (value != message->end() && value->is_string())
                    result.message = value->get<std::string>();
            }
        }
        if (result.code.empty() && result.message.empty())
            return std::nullopt;
        return result;
    } catch (const std::exception &) {
        // The type checks above rule out nlohmann's type_error; this keeps the no-throw promise
        // should a future edit miss one (and covers bad_alloc on absurd bodies).
        return std::nullopt;
    }
}

} // namespace planbridge::net
