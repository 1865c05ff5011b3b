#pragma once

#include "net/httpclient.h"

#include <string>
#include <vector>

namespace planbridge::net {

// OData v2 CSRF protection (SAP Gateway): fetches a token with "X-CSRF-Token: Fetch" from the
// service root, sends it on every modifying request, and when the server answers 403
// "X-CSRF-Token: Required" (expired or missing) re-fetches once and retries the request once.
// The token is bound to the session cookies, which the underlying HttpClient keeps.
class CsrfSession final : public HttpSender
{
public:
    // `sender` must outlive the session; usually an HttpClient.
    CsrfSession(HttpSender &sender, std::string serviceRoot, HttpMethod fetchMethod = HttpMethod::Get);

    // Reads pass straight through. For writes, a failed token fetch is returned as is: its HTTP
    // response (401, 503, ...) classifies like any other, a transport error stays an error.
    Expected<HttpResponse> send(const HttpRequest &request) override;
    // Concurrently through the underlying sender, all with the current token (fetched first when
    // there is none); those that come back 403 Required share one new token and one more try.
    std::vector<SentExchange> sendAll(
        const std::vector<HttpRequest> &requests, std::size_t parallel) override;
    SendFailure lastFailure() const override { return m_lastFailure; }
    std::vector<std::string> secrets() const override;

    // Fetches a fresh token now (e.g. before a batch run). The result is the fetch response.
    Expected<HttpResponse> fetchToken();
    bool hasToken() const { return !m_token.empty(); }
    void invalidate() { m_token.clear(); }
    int tokenFetches() const { return m_fetches; }

private:
    Expected<HttpResponse> forward(const HttpRequest &request);
    Expected<HttpResponse> sendWithToken(const HttpRequest &request);

    HttpSender &m_sender;
    std::string m_serviceRoot;
    HttpMethod m_fetchMethod;
    std::string m_token;
    int m_fetches = 0;
    SendFailure m_lastFailure = SendFailure::None;
};

} // namespace planbridge::net
