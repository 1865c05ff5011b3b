#include "net/httpclient.h"

#include "net/curleasy.h"
#include "net/curlmulti.h"
#include "net/redact.h"

#include <curl/curl.h>

#include <algorithm>

namespace planbridge::net {

namespace {

HttpRequest withBearer(const HttpRequest &request, const std::string &token)
{
    HttpRequest authorized = request;
    authorized.headers.set("Authorization", "Bearer " + token);
    return authorized;
}

} // namespace

std::string_view describe(SendFailure failure)
{
    switch (failure) {
    case SendFailure::None:
        return "no failure";
    case SendFailure::Connect:
        return "could not connect or the connection dropped";
    case SendFailure::Timeout:
        return "timed out";
    case SendFailure::Tls:
        return "TLS handshake or certificate verification failed";
    case SendFailure::Usage:
        return "request could not be sent";
    case SendFailure::TokenRejected:
        return "the OAuth2 token endpoint refused the client credentials";
    case SendFailure::TokenUnavailable:
        return "the OAuth2 token endpoint is unavailable";
    }
    return "unknown failure";
}

std::vector<SentExchange> HttpSender::sendAll(const std::vector<HttpRequest> &requests, std::size_t)
{
    std::vector<SentExchange> results;
    results.reserve(requests.size());
    for (const HttpRequest &request : requests) {
        auto result = send(request);
        results.push_back({ std::move(result), lastFailure() });
    }
    return results;
}

namespace {

// Cookies, DNS answers and TLS sessions shared by every handle of one client (single-threaded use,
// so no lock callbacks are needed).
std::shared_ptr<void> makeShare()
{
    CURLSH *share = curl_share_init();
    if (!share)
        return {};
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE);
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    return std::shared_ptr<void>(share, [](void *s) { curl_share_cleanup(static_cast<CURLSH *>(s)); });
}

} // namespace

HttpClient::HttpClient(HttpClientConfig config)
    : m_config(std::move(config))
    , m_share(makeShare())
    , m_curl(std::make_unique<CurlEasy>(m_config, m_share.get()))
    , m_multi(std::make_unique<CurlMulti>())
{
}

HttpClient::~HttpClient() = default;

std::string HttpClient::resolveUrl(const std::string &url) const
{
    if (url.find("://") != std::string::npos || m_config.baseUrl.empty())
        return url;
    if (url.empty())
        return m_config.baseUrl;
    const bool baseSlash = m_config.baseUrl.back() == '/';
    const bool urlSlash = url.front() == '/';
    if (baseSlash && urlSlash)
        return m_config.baseUrl + url.substr(1);
    if (!baseSlash && !urlSlash && url.front() != '?')
        return m_config.baseUrl + "/" + url;
    return m_config.baseUrl + url;
}

Expected<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    m_lastFailure = SendFailure::None;
    if (m_config.authKind != AuthKind::OAuth2ClientCredentials)
        return exchange(request);

    auto token = bearerToken(/*forceRefresh=*/false);
    if (!token)
        return token.error();
    auto response = exchange(withBearer(request, *token));
    if (!response || response->status != 401)
        return response;
    // A 401 despite a cached token: it was revoked or expired early. One fresh token, one retry.
    token = bearerToken(/*forceRefresh=*/true);
    if (!token)
        return token.error();
    return exchange(withBearer(request, *token));
}

std::vector<SentExchange> HttpClient::sendAll(const std::vector<HttpRequest> &requests, std::size_t parallel)
{
    if (parallel <= 1 || requests.size() <= 1)
        return HttpSender::sendAll(requests, parallel);
    m_lastFailure = SendFailure::None;
    const bool oauth = m_config.authKind == AuthKind::OAuth2ClientCredentials;
    std::string token;
    if (oauth) {
        auto fetched = bearerToken(/*forceRefresh=*/false);
        if (!fetched) {
            std::vector<SentExchange> failed;
            for (std::size_t i = 0; i < requests.size(); ++i)
                failed.push_back({ fetched.error(), m_lastFailure });
            return failed;
        }
        token = *fetched;
    }
    std::vector<HttpRequest> prepared;
    prepared.reserve(requests.size());
    for (const HttpRequest &request : requests) {
        prepared.push_back(oauth ? withBearer(request, token) : request);
        prepared.back().url = resolveUrl(request.url);
    }
    const std::size_t width = std::min(parallel, requests.size());
    while (m_pool.size() < width)
        m_pool.push_back(std::make_unique<CurlEasy>(m_config, m_share.get()));
    std::vector<CurlEasy *> handles;
    for (std::size_t i = 0; i < width; ++i)
        handles.push_back(m_pool[i].get());
    const CurlEasy::Credentials basic { m_config.basic.user, m_config.basic.password };
    const bool useBasic = m_config.authKind == AuthKind::Basic;
    std::vector<CurlJob> jobs;
    jobs.reserve(prepared.size());
    for (const HttpRequest &request : prepared)
        jobs.push_back({ &request, request.url, useBasic ? &basic : nullptr });

    auto done = m_multi->performAll(handles, jobs);
    std::vector<SentExchange> results;
    results.reserve(done.size());
    bool refreshed = false;
    for (std::size_t i = 0; i < done.size(); ++i) {
        if (done[i].failure != SendFailure::None) {
            auto error = failure(prepared[i], done[i].failure, done[i].detail);
            results.push_back({ std::move(error), done[i].failure });
        } else if (oauth && done[i].response.status == 401) {
            // As send(): a token revoked early gets one fresh token and one more try, here in turn.
            if (!refreshed) {
                refreshed = true;
                invalidateToken();
            }
            auto again = send(requests[i]);
            results.push_back({ std::move(again), m_lastFailure });
        } else {
            results.push_back({ std::move(done[i].response), SendFailure::None });
        }
    }
    m_lastFailure = SendFailure::None;
    return results;
}

Expected<HttpResponse> HttpClient::exchange(const HttpRequest &request)
{
    CurlEasy::Credentials basic;
    const bool useBasic = m_config.authKind == AuthKind::Basic;
    if (useBasic)
        basic = { m_config.basic.user, m_config.basic.password };
    HttpRequest resolved = request;
    resolved.url = resolveUrl(request.url);
    auto result = m_curl->perform(resolved, resolved.url, useBasic ? &basic : nullptr);
    if (result.failure != SendFailure::None)
        return failure(resolved, result.failure, result.detail);
    return std::move(result.response);
}

Expected<std::string> HttpClient::bearerToken(bool forceRefresh)
{
    const auto now = std::chrono::steady_clock::now();
    if (!forceRefresh && m_token.usable(now))
        return m_token.value;
    m_token = {};
    const OAuth2ClientCredentials &oauth = m_config.oauth2;
    HttpRequest request = oauth2TokenRequest(oauth);
    CurlEasy::Credentials client { oauth.clientId, oauth.clientSecret };
    ++m_tokenRequests;
    auto result = m_curl->perform(request, request.url, oauth.credentialsInBody ? nullptr : &client);
    if (result.failure != SendFailure::None)
        return failure(request, result.failure, result.detail);
    auto token = parseOAuth2TokenResponse(result.response, oauth, std::chrono::steady_clock::now());
    if (!token) {
        const int status = result.response.status;
        const bool transient = status == 408 || status == 429 || status >= 500;
        m_lastFailure = transient ? SendFailure::TokenUnavailable : SendFailure::TokenRejected;
        return EngineError { scrubSecrets(token.error().message, secrets()) };
    }
    m_token = std::move(*token);
    return m_token.value;
}

EngineError HttpClient::failure(const HttpRequest &request, SendFailure kind, const std::string &detail)
{
    m_lastFailure = kind;
    // libcurl's text may quote the URL or the proxy with credentials: redact, then scrub literals.
    std::string message = std::string(methodName(request.method)) + " " + redactUrl(request.url)
        + " failed: " + std::string(describe(kind)) + " (" + redactUrl(detail) + ")";
    return EngineError { scrubSecrets(std::move(message), secrets()) };
}

std::vector<std::string> HttpClient::secrets() const
{
    std::vector<std::string> all { m_config.basic.password, m_config.oauth2.clientSecret,
        m_config.clientKeyPassword, m_token.value };
    // user:password@ in a proxy URL.
    const auto &proxy = m_config.proxyUrl;
    if (const auto at = proxy.rfind('@'); at != std::string::npos) {
        const auto scheme = proxy.find("://");
        const auto start = scheme == std::string::npos ? 0 : scheme + 3;
        if (const auto colon = proxy.find(':', start); colon != std::string::npos && colon < at)
            all.push_back(proxy.substr(colon + 1, at - colon - 1));
    }
    return all;
}

} // namespace planbridge::net
