#include "net/outcome.h"

#include "net/odataerror.h"
#include "net/redact.h"

namespace planbridge::net {

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return "success";
    case Outcome::RetryableTechnical:
        return "retryable technical";
    case Outcome::Auth:
        return "auth";
    case Outcome::CsrfRequired:
        return "CSRF token required";
    case Outcome::Business:
        return "business";
    case Outcome::Technical:
        return "technical";
    }
    return "unknown";
}

bool isRetryable(Outcome outcome)
{
    return outcome == Outcome::RetryableTechnical;
}

bool isCsrfRequired(const HttpResponse &response)
{
    const auto token = response.headers.get("X-CSRF-Token");
    return response.status == 403 && token && equalsIgnoreCase(*token, "Required");
}

Outcome classify(const HttpResponse &response)
{
    const int status = response.status;
    if (status >= 200 && status <= 299)
        return Outcome::Success;
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return Outcome::RetryableTechnical;
    case 401:
        return Outcome::Auth;
    case 403:
        return isCsrfRequired(response) ? Outcome::CsrfRequired : Outcome::Auth;
    default:
        break;
    }
    if (status >= 400 && status <= 499)
        return Outcome::Business;
    return Outcome::Technical;
}

Outcome classify(const Expected<HttpResponse> &result, SendFailure failure)
{
    if (result)
        return classify(*result);
    switch (failure) {
    case SendFailure::Connect:
    case SendFailure::Timeout:
    case SendFailure::TokenUnavailable:
        return Outcome::RetryableTechnical;
    case SendFailure::TokenRejected:
        return Outcome::Auth;
    case SendFailure::None: // an error without a recorded kind: do not guess it is safe to repeat
    case SendFailure::Tls:
    case SendFailure::Usage:
        return Outcome::Technical;
    }
    return Outcome::Technical;
}

std::string describeResponse(const HttpResponse &response)
{
    std::string line = "HTTP " + std::to_string(response.status);
    if (const auto odata = parseODataError(response.body)) {
        if (!odata->message.empty())
            line += ": " + odata->message;
        if (!odata->code.empty())
            line += " [" + odata->code + "]";
        return line;
    }
    std::string body = redactBody(response.body.substr(0, 200));
    for (char &c : body) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' '; // one line for a status bar
    }
    if (!body.empty())
        line += ": " + body;
    return line;
}

} // namespace planbridge::net
