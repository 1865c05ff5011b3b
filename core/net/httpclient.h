#pragma once

#include "domain/expected.h"
#include "net/httpclientconfig.h"
#include "net/httpmessage.h"
#include "net/oauth2token.h"

#include <memory>
#include <string>
#include <vector>

namespace planbridge::net {

class CurlEasy;
class CurlMulti;

// One exchange of a sendAll(): the response or the error, and why no response arrived.
struct SentExchange
{
    Expected<HttpResponse> result;
    SendFailure failure = SendFailure::None;
};

// Anything that performs one HTTP exchange: the client itself, or a session layered on it (CSRF).
class HttpSender
{
public:
    virtual ~HttpSender() = default;
    // One attempt, no retries. Any HTTP status is a response; an error means no response arrived.
    virtual Expected<HttpResponse> send(const HttpRequest &request) = 0;
    // Why the last send() returned an error (SendFailure::None after a response).
    virtual SendFailure lastFailure() const = 0;
    // Sends every request, up to `parallel` at once where the sender can; results in request order.
    // This default sends them one after the other.
    virtual std::vector<SentExchange> sendAll(const std::vector<HttpRequest> &requests, std::size_t parallel);
    // Literal secrets this sender holds (passwords, tokens), so layers above can scrub the text of
    // responses they quote in messages. Never log this list.
    virtual std::vector<std::string> secrets() const { return {}; }
};

// The engine's HTTP client over one libcurl easy handle: keep-alive connection reuse, in-memory
// cookies, TLS verified by default, Basic or OAuth2 client-credentials auth with a cached bearer
// token (refreshed once on a 401). sendAll() runs requests concurrently through a curl multi
// handle on extra connections that share the cookies, DNS cache and TLS sessions.
// Thread-compatible: use one client per thread.
class HttpClient final : public HttpSender
{
public:
    explicit HttpClient(HttpClientConfig config);
    ~HttpClient() override;
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    Expected<HttpResponse> send(const HttpRequest &request) override;
    std::vector<SentExchange> sendAll(
        const std::vector<HttpRequest> &requests, std::size_t parallel) override;
    SendFailure lastFailure() const override { return m_lastFailure; }
    std::vector<std::string> secrets() const override;

    const HttpClientConfig &config() const { return m_config; }
    // Prefixes baseUrl unless `url` already has a scheme.
    std::string resolveUrl(const std::string &url) const;
    // Forgets the cached bearer token, e.g. after the credentials were rotated.
    void invalidateToken() { m_token = {}; }
    // How many token requests this client made (diagnostics; tests prove the cache).
    int tokenRequests() const { return m_tokenRequests; }

private:
    Expected<HttpResponse> exchange(const HttpRequest &request);
    Expected<std::string> bearerToken(bool forceRefresh);
    EngineError failure(const HttpRequest &request, SendFailure kind, const std::string &detail);

    HttpClientConfig m_config;
    std::shared_ptr<void> m_share; // CURLSH*: cookies, DNS and TLS sessions of every handle below
    std::unique_ptr<CurlEasy> m_curl;
    std::vector<std::unique_ptr<CurlEasy>> m_pool; // sendAll's handles, kept for their connections
    std::unique_ptr<CurlMulti> m_multi;
    BearerToken m_token;
    int m_tokenRequests = 0;
    SendFailure m_lastFailure = SendFailure::None;
};

// A short human phrase for a failure kind ("could not connect", "timed out", ...).
std::string_view describe(SendFailure failure);

} // namespace planbridge::net
