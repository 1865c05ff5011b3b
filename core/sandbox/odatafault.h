#pragma once

#include "sandbox/httpexchange.h"

#include <string>
#include <variant>

namespace planbridge::sandbox {

// Why the simulated ERP refuses a call, rendered as an OData v2 error payload.
struct ODataFault
{
    int status = 400;
    std::string code; // SAP message class/number style, e.g. "/IWBEP/CM_MGW_RT/020"
    std::string message; // error.message.value
    std::string target; // the offending property, "" when none
};

// A value or the fault that prevented it.
template<typename T>
using ODataResult = std::variant<T, ODataFault>;

ODataFault badRequest(std::string message, std::string target = {});
ODataFault notFound(std::string message);

// {"error":{"code","message":{"lang","value"},"innererror":{...}}}, shaped like SAP Gateway's.
HttpReply odataErrorReply(const ODataFault &fault);

} // namespace planbridge::sandbox
