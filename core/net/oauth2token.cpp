#include "net/oauth2token.h"

#include "net/redact.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace planbridge::net {

std::string formEncode(std::string_view text)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(Hex[byte >> 4]);
            out.push_back(Hex[byte & 0x0F]);
        }
    }
    return out;
}

HttpRequest oauth2TokenRequest(const OAuth2ClientCredentials &oauth)
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = oauth.tokenUrl;
    request.headers.set("Content-Type", "application/x-www-form-urlencoded");
    request.headers.set("Accept", "application/json");
    request.body = "grant_type=client_credentials";
    if (!oauth.scope.empty())
        request.body += "&scope=" + formEncode(oauth.scope);
    if (oauth.credentialsInBody)
        request.body += "&client_id=" + formEncode(oauth.clientId)
            + "&client_secret=" + formEncode(oauth.clientSecret);
    return request;
}

Expected<BearerToken> parseOAuth2TokenResponse(const HttpResponse &response,
    const OAuth2ClientCredentials &oauth, std::chrono::steady_clock::time_point now)
{
    const std::string where = "OAuth2 token request to " + redactUrl(oauth.tokenUrl);
    try {
        const auto json = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
        if (response.status < 200 || response.status > 299) {
            std::string reason = "HTTP " + std::to_string(response.status);
            // RFC 6749 §5.2: {"error": "invalid_client", ...}; the code says what to fix.
            if (json.is_object() && json.contains("error") && json["error"].is_string())
                reason += " (" + json["error"].get<std::string>() + ")";
            return EngineError { scrubSecrets(where + " failed: " + reason, { oauth.clientSecret }) };
        }
        if (!json.is_object() || !json.contains("access_token") || !json["access_token"].is_string()
            || json["access_token"].get<std::string>().empty())
            return EngineError { where + " returned no access_token" };
        if (json.contains("token_type") && json["token_type"].is_string()
            && !equalsIgnoreCase(json["token_type"].get<std::string>(), "bearer"))
            return EngineError { where + " returned a token of type \""
                + json["token_type"].get<std::string>() + "\", not Bearer" };
        BearerToken token;
        token.value = json["access_token"].get<std::string>();
        long long lifetime = 0;
        if (json.contains("expires_in")) {
            const auto &expires = json["expires_in"];
            if (expires.is_number())
                lifetime = expires.get<long long>();
            else if (expires.is_string()) // some servers send "3600"
                lifetime = std::atoll(expires.get<std::string>().c_str());
        }
        if (lifetime > 0) {
            const long long skew = std::min<long long>(oauth.expirySkew.count(), lifetime / 2);
            token.refreshAt = now + std::chrono::seconds(lifetime - skew);
        }
        return token;
    } catch (const std::exception &) {
        return EngineError { where + " returned an unreadable response" };
    }
}

} // namespace planbridge::net
