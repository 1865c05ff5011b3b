#pragma once

#include "net/httpmessage.h"

#include <string>
#include <string_view>
#include <vector>

namespace planbridge::net {

// Secret masking for everything that describes a request in an error or a log line. Credentials,
// tokens, session cookies and CSRF tokens are replaced by "***"; the rest stays readable.

inline constexpr std::string_view Masked = "***";

// Authorization (keeping the scheme), Proxy-Authorization, Cookie, Set-Cookie, API keys, CSRF tokens
// (but not the protocol words "Fetch" and "Required").
std::string redactHeaderValue(std::string_view name, std::string_view value);
// user:password@ in the authority, and secret-looking query parameters.
std::string redactUrl(std::string_view url);
// client_secret, password, tokens and assertions in form-encoded and JSON bodies, and
// "Basic <credentials>" / "Bearer <token>" anywhere in the text.
std::string redactBody(std::string_view body);
// A one-line description: method, URL, headers and the start of the body, all masked.
std::string redact(const HttpRequest &request);
// Defence in depth: replaces every literal occurrence of a known secret (e.g. a password the server
// echoed into an error body, or libcurl quoting a proxy URL).
std::string scrubSecrets(std::string text, const std::vector<std::string> &secrets);

} // namespace planbridge::net
