#include "net/csrfsession.h"

#include "net/outcome.h"
#include "net/redact.h"

#include <algorithm>

namespace planbridge::net {

CsrfSession::CsrfSession(HttpSender &sender, std::string serviceRoot, HttpMethod fetchMethod)
    : m_sender(sender)
    , m_serviceRoot(std::move(serviceRoot))
    , m_fetchMethod(fetchMethod)
{
}

std::vector<std::string> CsrfSession::secrets() const
{
    std::vector<std::string> all = m_sender.secrets();
    all.push_back(m_token);
    return all;
}

Expected<HttpResponse> CsrfSession::forward(const HttpRequest &request)
{
    auto result = m_sender.send(request);
    m_lastFailure = m_sender.lastFailure();
    return result;
}

Expected<HttpResponse> CsrfSession::fetchToken()
{
    m_token.clear();
    ++m_fetches;
    HttpRequest fetch;
    fetch.method = m_fetchMethod;
    fetch.url = m_serviceRoot;
    fetch.headers.set("X-CSRF-Token", "Fetch");
    fetch.headers.set("Accept", "application/json");
    auto result = forward(fetch);
    if (!result || classify(*result) != Outcome::Success)
        return result;
    const auto token = result->headers.get("X-CSRF-Token");
    if (!token || token->empty() || equalsIgnoreCase(*token, "Required")) {
        m_lastFailure = SendFailure::Usage;
        return EngineError { "CSRF token fetch from " + redactUrl(m_serviceRoot)
            + " failed: the response carries no X-CSRF-Token header" };
    }
    m_token = *token;
    return result;
}

Expected<HttpResponse> CsrfSession::sendWithToken(const HttpRequest &request)
{
    HttpRequest withToken = request;
    withToken.headers.set("X-CSRF-Token", m_token);
    return forward(withToken);
}

Expected<HttpResponse> CsrfSession::send(const HttpRequest &request)
{
    if (!isModifying(request.method))
        return forward(request);
    if (m_token.empty()) {
        auto fetched = fetchToken();
        if (!hasToken())
            return fetched;
    }
    auto result = sendWithToken(request);
    if (!result || !isCsrfRequired(*result))
        return result;
    // Expired or unknown to the server (new session, server restart). A failed response never
    // carries a new token, so fetch one, and retry once: a second Required is returned as is.
    auto fetched = fetchToken();
    if (!hasToken())
        return fetched;
    return sendWithToken(request);
}

std::vector<SentExchange> CsrfSession::sendAll(const std::vector<HttpRequest> &requests, std::size_t parallel)
{
    const bool anyWrite = std::any_of(
        requests.begin(), requests.end(), [](const HttpRequest &r) { return isModifying(r.method); });
    if (anyWrite && m_token.empty()) {
        auto fetched = fetchToken();
        if (!hasToken()) {
            std::vector<SentExchange> failed;
            for (std::size_t i = 0; i < requests.size(); ++i)
                failed.push_back({ fetched, m_lastFailure });
            return failed;
        }
    }
    std::vector<HttpRequest> withTokens = requests;
    for (HttpRequest &request : withTokens) {
        if (isModifying(request.method))
            request.headers.set("X-CSRF-Token", m_token);
    }
    std::vector<SentExchange> results = m_sender.sendAll(withTokens, parallel);
    std::vector<std::size_t> refused;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (isModifying(requests[i].method) && results[i].result && isCsrfRequired(*results[i].result))
            refused.push_back(i);
    }
    if (refused.empty()) {
        m_lastFailure = SendFailure::None;
        return results;
    }
    // As send(): one new token for all of them, one more try each; a second Required stays.
    auto fetched = fetchToken();
    std::vector<HttpRequest> again;
    for (const std::size_t i : refused) {
        again.push_back(requests[i]);
        again.back().headers.set("X-CSRF-Token", m_token);
    }
    std::vector<SentExchange> resent
        = hasToken() ? m_sender.sendAll(again, parallel) : std::vector<SentExchange>();
    for (std::size_t k = 0; k < refused.size(); ++k)
        results[refused[k]] = hasToken() ? std::move(resent[k]) : SentExchange { fetched, m_lastFailure };
    m_lastFailure = SendFailure::None;
    return results;
}

} // namespace planbridge::net
