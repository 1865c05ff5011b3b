#pragma once

#include "domain/expected.h"
#include "net/httpmessage.h"

#include <string>
#include <string_view>

namespace planbridge::net {

// What one attempt means for the caller: retry it, fix credentials, fetch a CSRF token, or report
// a business rejection to a person.
enum class Outcome {
    Success, // 2xx
    RetryableTechnical, // connect/timeout, token endpoint down, 408, 429, 500, 502, 503, 504
    Auth, // 401/403 (except a CSRF 403), token endpoint refusing the client
    CsrfRequired, // 403 with X-CSRF-Token: Required
    Business, // any other 4xx: the request itself is wrong; retrying repeats the rejection
    Technical, // not retryable: TLS, configuration, redirects, other 5xx (501, 505)
};

std::string_view outcomeName(Outcome outcome);
bool isRetryable(Outcome outcome);

bool isCsrfRequired(const HttpResponse &response);
Outcome classify(const HttpResponse &response);
// An error result is classified by how the send failed.
Outcome classify(const Expected<HttpResponse> &result, SendFailure failure);

// One line for a failed response: "HTTP 400: <OData message> [<code>]", or the start of the body
// when it is not an OData error. Secrets in the body are masked.
std::string describeResponse(const HttpResponse &response);

} // namespace planbridge::net
