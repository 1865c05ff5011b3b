#include "net/redact.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace planbridge::net {

namespace {

// Parameter and field names whose values are credentials. Matched case-insensitively, whole name.
constexpr std::array SecretKeys = { std::string_view("client_secret"), std::string_view("password"),
    std::string_view("passwd"), std::string_view("pwd"), std::string_view("pw"),
    std::string_view("access_token"), std::string_view("refresh_token"), std::string_view("id_token"),
    std::string_view("token"), std::string_view("assertion"), std::string_view("client_assertion"),
    std::string_view("api_key"), std::string_view("apikey"), std::string_view("secret"),
    std::string_view("sig"), std::string_view("signature") };

constexpr std::array SecretHeaders = { std::string_view("authorization"),
    std::string_view("proxy-authorization"), std::string_view("cookie"), std::string_view("set-cookie"),
    std::string_view("apikey"), std::string_view("x-api-key"), std::string_view("x-csrf-token") };

// Descriptions stay one readable line; a 100k-item $batch body is not a log message.
constexpr std::size_t MaxBodyInDescription = 512;

bool isSecretKey(std::string_view key)
{
    return std::any_of(SecretKeys.begin(), SecretKeys.end(),
        [key](std::string_view secret) { return equalsIgnoreCase(key, secret); });
}

// key=value pairs separated by '&' (form bodies, query strings): masks the values of secret keys.
std::string maskPairs(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find('&', pos), text.size());
        const std::string_view pair = text.substr(pos, end - pos);
        const std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos && isSecretKey(pair.substr(0, eq))) {
            out.append(pair.substr(0, eq + 1));
            out.append(Masked);
        } else {
            out.append(pair);
        }
        if (end == text.size())
            break;
        out.push_back('&');
        pos = end + 1;
    }
    return out;
}

// "key": "value" in JSON: masks string values of secret keys (escapes inside the value honoured).
std::string maskJsonStrings(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '"') {
            out.push_back(text[i++]);
            continue;
        }
        const std::size_t keyEnd = text.find('"', i + 1);
        if (keyEnd == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        const std::string_view key = text.substr(i + 1, keyEnd - i - 1);
        out.append(text.substr(i, keyEnd - i + 1));
        i = keyEnd + 1;
        std::size_t j = i;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        if (!isSecretKey(key) || j >= text.size() || text[j] != ':')
            continue;
        ++j;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        if (j >= text.size() || text[j] != '"')
            continue;
        std::size_t k = j + 1;
        while (k < text.size() && text[k] != '"')
            k += text[k] == '\\' ? 2 : 1;
        out.append(text.substr(i, j + 1 - i));
        out.append(Masked);
        out.push_back('"');
        i = std::min(k + 1, text.size());
    }
    return out;
}

bool isToken68Char(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~'
        || c == '+' || c == '/' || c == '=';
}

// "Basic <base64>" / "Bearer <token>" in free text: servers sometimes echo the Authorization header
// into an error body, and base64 credentials are no more secret-free than the password itself.
std::string maskAuthSchemes(std::string text)
{
    for (const std::string_view scheme : { std::string_view("basic "), std::string_view("bearer ") }) {
        for (std::size_t pos = 0; pos + scheme.size() <= text.size(); ++pos) {
            if (!equalsIgnoreCase(std::string_view(text).substr(pos, scheme.size()), scheme))
                continue;
            if (pos > 0 && std::isalnum(static_cast<unsigned char>(text[pos - 1])))
                continue;
            const std::size_t start = pos + scheme.size();
            std::size_t end = start;
            while (end < text.size() && isToken68Char(text[end]))
                ++end;
            if (end == start || text.compare(start, end - start, Masked) == 0)
                continue;
            text.replace(start, end - start, Masked);
            pos = start + Masked.size() - 1;
        }
    }
    return text;
}

} // namespace

std::string redactHeaderValue(std::string_view name, std::string_view value)
{
    const bool secret = std::any_of(SecretHeaders.begin(), SecretHeaders.end(),
        [name](std::string_view header) { return equalsIgnoreCase(name, header); });
    if (!secret)
        return std::string(value);
    if (equalsIgnoreCase(name, "x-csrf-token")
        && (equalsIgnoreCase(value, "fetch") || equalsIgnoreCase(value, "required")))
        return std::string(value);
    if (equalsIgnoreCase(name, "authorization") || equalsIgnoreCase(name, "proxy-authorization")) {
        const std::size_t space = value.find(' ');
        if (space != std::string_view::npos && space > 0)
            return std::string(value.substr(0, space + 1)) + std::string(Masked);
    }
    return std::string(Masked);
}

std::string redactUrl(std::string_view url)
{
    std::string out;
    const std::size_t schemeEnd = url.find("://");
    std::size_t authorityStart = 0;
    if (schemeEnd != std::string_view::npos) {
        authorityStart = schemeEnd + 3;
        const std::size_t authorityEnd = std::min(url.find_first_of("/?#", authorityStart), url.size());
        const std::size_t at = url.substr(0, authorityEnd).rfind('@');
        out.append(url.substr(0, authorityStart));
        if (at != std::string_view::npos && at >= authorityStart) {
            out.append(Masked);
            authorityStart = at; // keep "@host..."
        }
    }
    const std::size_t query = url.find('?', authorityStart);
    if (query == std::string_view::npos) {
        out.append(url.substr(authorityStart));
        return out;
    }
    const std::size_t fragment = std::min(url.find('#', query), url.size());
    out.append(url.substr(authorityStart, query + 1 - authorityStart));
    out.append(maskPairs(url.substr(query + 1, fragment - query - 1)));
    out.append(url.substr(fragment));
    return out;
}

std::string redactBody(std::string_view body)
{
    const bool truncated = body.size() > MaxBodyInDescription;
    std::string out = maskAuthSchemes(maskJsonStrings(maskPairs(body.substr(0, MaxBodyInDescription))));
    if (truncated)
        out.append("…");
    return out;
}

std::string redact(const HttpRequest &request)
{
    std::string out(methodName(request.method));
    out.push_back(' ');
    out.append(redactUrl(request.url));
    if (!request.headers.empty()) {
        out.append(" [");
        bool first = true;
        for (const auto &[name, value] : request.headers.fields()) {
            if (!first)
                out.append(", ");
            first = false;
            out.append(name).append(": ").append(redactHeaderValue(name, value));
        }
        out.push_back(']');
    }
    if (!request.body.empty())
        out.append(" body: ").append(redactBody(request.body));
    return out;
}

std::string scrubSecrets(std::string text, const std::vector<std::string> &secrets)
{
    for (const std::string &secret : secrets) {
        if (secret.empty())
            continue;
        for (std::size_t pos = text.find(secret); pos != std::string::npos;
             pos = text.find(secret, pos + Masked.size()))
            text.replace(pos, secret.size(), Masked);
    }
    return text;
}

} // namespace planbridge::net
