#include "connectors/tryton/trytonrpc.h"

namespace planbridge::tryton {
namespace {

RpcResult fault(FaultKind kind, std::string message, int status = 200)
{
    RpcResult result;
    result.fault.kind = kind;
    result.fault.message = std::move(message);
    result.fault.httpStatus = status;
    return result;
}

std::string clip(std::string_view text, std::size_t max = 200)
{
    std::string out(text.substr(0, max));
    for (char &c : out) {
        if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
    }
    return text.size() > max ? out + "…" : out;
}

std::string stringAt(const Json &array, std::size_t index)
{
    if (!array.is_array() || index >= array.size() || !array[index].is_string())
        return {};
    return array[index].get<std::string>();
}

RpcResult fromError(const Json &error, int status)
{
    if (!error.is_array() || error.empty() || !error[0].is_string())
        return fault(FaultKind::Protocol, "Tryton error of unknown shape: " + clip(error.dump()), status);
    const std::string kind = error[0].get<std::string>();
    const Json details = error.size() > 1 ? error[1] : Json();
    if (kind == "UserError") {
        // ["UserError", [message, description, domain or null]]
        RpcResult result = fault(FaultKind::UserError, stringAt(details, 0), status);
        result.fault.description = stringAt(details, 1);
        if (result.fault.message.empty())
            result.fault.message = clip(details.dump());
        return result;
    }
    if (kind == "UserWarning") {
        // ["UserWarning", [name, message, description]]
        RpcResult result = fault(FaultKind::UserWarning, stringAt(details, 1), status);
        result.fault.warningName = stringAt(details, 0);
        result.fault.description = stringAt(details, 2);
        if (result.fault.warningName.empty())
            return fault(FaultKind::Protocol, "UserWarning without a name: " + clip(details.dump()), status);
        return result;
    }
    if (kind == "ConcurrencyException") // the details are a string here, not a list
        return fault(FaultKind::Concurrency, details.is_string() ? details.get<std::string>() : clip(details.dump()),
            status);
    // ["<str(exception)>", "<traceback or empty>"]
    return fault(FaultKind::Exception, kind, status);
}

} // namespace

std::string_view faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None: return "none";
    case FaultKind::UserError: return "UserError";
    case FaultKind::UserWarning: return "UserWarning";
    case FaultKind::Concurrency: return "ConcurrencyException";
    case FaultKind::Session: return "session";
    case FaultKind::Forbidden: return "forbidden";
    case FaultKind::Throttled: return "throttled";
    case FaultKind::Server: return "server error";
    case FaultKind::Transport: return "transport";
    case FaultKind::Protocol: return "protocol";
    case FaultKind::Exception: return "exception";
    }
    return "unknown";
}

std::string RpcFault::text() const
{
    switch (kind) {
    case FaultKind::None: return {};
    case FaultKind::UserError:
    case FaultKind::UserWarning:
    case FaultKind::Concurrency:
        return std::string(faultKindName(kind)) + ": " + message;
    case FaultKind::Exception: return "Tryton exception: " + message;
    case FaultKind::Session:
    case FaultKind::Forbidden:
    case FaultKind::Throttled:
    case FaultKind::Server:
        return "HTTP " + std::to_string(httpStatus) + (message.empty() ? "" : ": " + message);
    case FaultKind::Transport:
    case FaultKind::Protocol: return message;
    }
    return message;
}

net::Outcome outcomeOf(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None: return net::Outcome::Success;
    case FaultKind::UserError:
    case FaultKind::UserWarning:
    case FaultKind::Exception: return net::Outcome::Business;
    case FaultKind::Concurrency:
    case FaultKind::Throttled:
    case FaultKind::Server:
    case FaultKind::Transport: return net::Outcome::RetryableTechnical;
    case FaultKind::Session:
    case FaultKind::Forbidden: return net::Outcome::Auth;
    case FaultKind::Protocol: return net::Outcome::Technical;
    }
    return net::Outcome::Technical;
}

RpcResult parseRpcResponse(int httpStatus, std::string_view body, std::int64_t expectedId)
{
    if (httpStatus == 401)
        return fault(FaultKind::Session, "not signed in (session missing, expired or refused)", 401);
    if (httpStatus == 403)
        return fault(FaultKind::Forbidden, "method not allowed over RPC or access denied", 403);
    if (httpStatus == 429)
        return fault(FaultKind::Throttled, "too many requests", 429);
    if (httpStatus >= 500 && httpStatus <= 599) {
        // 501 and 505 will not get better; the rest (500, 502-504) may.
        RpcResult result = fault(FaultKind::Server, clip(body, 120), httpStatus);
        if (httpStatus == 501 || httpStatus == 505)
            result.fault.kind = FaultKind::Protocol;
        return result;
    }
    if (httpStatus != 200)
        return fault(FaultKind::Protocol, "HTTP " + std::to_string(httpStatus) + ": " + clip(body, 120), httpStatus);
    Json document = Json::parse(body.begin(), body.end(), nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return fault(FaultKind::Protocol, "not a JSON-RPC object: " + clip(body, 120));
    const auto id = document.find("id");
    if (id == document.end() || !id->is_number_integer() || id->get<std::int64_t>() != expectedId)
        return fault(FaultKind::Protocol, "JSON-RPC answer to another request (id " + std::to_string(expectedId)
                + " expected): " + clip(body, 120));
    if (const auto error = document.find("error"); error != document.end() && !error->is_null())
        return fromError(*error, httpStatus);
    const auto result = document.find("result");
    if (result == document.end())
        return fault(FaultKind::Protocol, "JSON-RPC answer without result or error");
    RpcResult ok;
    ok.value = std::move(*result);
    return ok;
}

} // namespace planbridge::tryton
