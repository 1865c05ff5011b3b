#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planbridge::net {

enum class HttpMethod { Get, Head, Post, Put, Patch, Merge, Delete };

std::string_view methodName(HttpMethod method);
// Methods that change server state: OData v2 wants a CSRF token on these.
bool isModifying(HttpMethod method);

// Header fields in arrival order; names compare case-insensitively (RFC 9110 §5.1).
class HttpHeaders
{
public:
    using Field = std::pair<std::string, std::string>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields)
        : m_fields(fields)
    {
    }

    // The first value of `name`, if present.
    std::optional<std::string> get(std::string_view name) const;
    bool contains(std::string_view name) const { return get(name).has_value(); }
    // Replaces every field called `name` with one field.
    void set(std::string_view name, std::string value);
    // Appends a field (Set-Cookie may legitimately repeat).
    void add(std::string name, std::string value)
    {
        m_fields.emplace_back(std::move(name), std::move(value));
    }
    void remove(std::string_view name);
    void clear() { m_fields.clear(); }

    const std::vector<Field> &fields() const { return m_fields; }
    bool empty() const { return m_fields.empty(); }

private:
    std::vector<Field> m_fields;
};

bool equalsIgnoreCase(std::string_view a, std::string_view b);

struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    std::string url; // absolute, or relative to HttpClientConfig::baseUrl
    HttpHeaders headers;
    std::string body;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers; // of the final response only (not of 100 Continue or proxy CONNECT)
    std::string body;
    std::chrono::milliseconds elapsed { 0 };
};

// Why send() produced no response; the retry policy needs more than the error message to decide.
enum class SendFailure {
    None,
    Connect, // refused, unreachable, DNS, connection reset or dropped mid-exchange
    Timeout,
    Tls, // handshake or certificate verification: retrying will not fix it
    Usage, // malformed URL, unsupported option: a configuration mistake
    TokenRejected, // the OAuth2 token endpoint refused the client credentials (4xx)
    TokenUnavailable, // the OAuth2 token endpoint is down or throttling (408, 429, 5xx)
};

} // namespace planbridge::net
