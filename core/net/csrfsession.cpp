#include "net/csrfsession.h"

#include "net/outcome.h"
#include "net/redact.h"

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

} // namespace planbridge::net
