#pragma once

#include "domain/expected.h"
#include "net/httpclientconfig.h"
#include "net/httpmessage.h"

#include <chrono>
#include <string>

namespace planbridge::net {

// A bearer token from the client-credentials grant, and when to stop using it.
struct BearerToken
{
    std::string value;
    std::chrono::steady_clock::time_point refreshAt = std::chrono::steady_clock::time_point::max();

    bool usable(std::chrono::steady_clock::time_point now) const { return !value.empty() && now < refreshAt; }
};

// The token request (RFC 6749 §4.4.2). With Basic client authentication the caller adds
// clientId/clientSecret as credentials; they are sent unencoded, as most token services expect.
HttpRequest oauth2TokenRequest(const OAuth2ClientCredentials &oauth);

// Reads {"access_token", "token_type", "expires_in"}. A token is refreshed `expirySkew` (at most
// half its lifetime) before it expires; without expires_in it is kept until a 401.
// On failure: an error naming the endpoint and the OAuth "error" code, never the secret.
Expected<BearerToken> parseOAuth2TokenResponse(const HttpResponse &response,
    const OAuth2ClientCredentials &oauth, std::chrono::steady_clock::time_point now);

// application/x-www-form-urlencoded component encoding (RFC 3986 unreserved characters kept).
std::string formEncode(std::string_view text);

} // namespace planbridge::net
