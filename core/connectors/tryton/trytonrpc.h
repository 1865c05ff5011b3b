#pragma once

#include "connectors/tryton/trytonvalue.h"
#include "net/outcome.h"

#include <optional>
#include <string>
#include <string_view>

namespace planbridge::tryton {

// What a JSON-RPC call to Tryton ended in, when it did not return a result.
enum class FaultKind {
    None,
    UserError, // a business rule refused it: retrying repeats the refusal; the message is kept
    UserWarning, // the server wants a confirmation (acknowledged only when configured)
    Concurrency, // ConcurrencyException: someone changed the records meanwhile; retry
    Session, // HTTP 401: no, expired or wrong session (or a refused login)
    Forbidden, // HTTP 403: the method is not exposed over RPC, or access is denied
    Throttled, // HTTP 429
    Server, // HTTP 5xx
    Transport, // no response at all (connect, timeout)
    Protocol, // a response that is not Tryton's JSON-RPC envelope
    Exception, // any other server exception: ["<str(exception)>", ""] — a data or program error
};

std::string_view faultKindName(FaultKind kind);

struct RpcFault
{
    FaultKind kind = FaultKind::None;
    std::string message; // Tryton's message as sent (UserError/UserWarning/exception text)
    std::string description; // UserError's second element, UserWarning's message
    std::string warningName; // UserWarning: the key to acknowledge in res.user.warning
    int httpStatus = 0;

    // "UserError: <message>", or a short phrase for transport and HTTP faults.
    std::string text() const;
};

// How the rest of the engine sees a fault: UserError and other server exceptions are Business
// (retrying repeats them), Concurrency, 429, 5xx and transport are RetryableTechnical, 401/403 Auth.
net::Outcome outcomeOf(FaultKind kind);

// A result or a fault.
struct RpcResult
{
    Json value;
    RpcFault fault;
    bool ok() const { return fault.kind == FaultKind::None; }
};

// Parses one JSON-RPC answer of Tryton 6.0: HTTP 200 with {"id":N,"result":…} or
// {"id":N,"error":[kind, details]}; any other status is mapped by itself. Never throws: a body
// that is not the envelope (or answers another id) is a Protocol fault naming what is wrong.
RpcResult parseRpcResponse(int httpStatus, std::string_view body, std::int64_t expectedId);

} // namespace planbridge::tryton
