#pragma once

#include "net/httpclientconfig.h"
#include "net/httpmessage.h"

#include <chrono>
#include <memory>
#include <string>

namespace planbridge::net {

// One libcurl easy handle configured for one endpoint. Reusing it keeps its connection cache
// (keep-alive), TLS sessions, DNS cache and in-memory cookie store across exchanges.
class CurlEasy
{
public:
    struct Credentials
    {
        std::string user;
        std::string password;
    };

    // One exchange's result: a response (failure == None) or why none arrived.
    struct Result
    {
        SendFailure failure = SendFailure::None;
        std::string detail; // libcurl's error text; may quote the URL, so callers redact it
        HttpResponse response;
    };

    // `share` (a CURLSH*, may be null) lets several handles of one client share cookies, DNS
    // and TLS sessions.
    explicit CurlEasy(const HttpClientConfig &config, void *share = nullptr);
    ~CurlEasy();
    CurlEasy(const CurlEasy &) = delete;
    CurlEasy &operator=(const CurlEasy &) = delete;

    // `url` is the absolute URL; `basic` adds HTTP Basic credentials when not null.
    Result perform(const HttpRequest &request, const std::string &url, const Credentials *basic);

    // The halves of perform() for a multi handle that drives several at once. begin() prepares
    // the exchange (false: it cannot start, and finish() tells why); the request must outlive
    // it. finish() takes libcurl's result code and returns the exchange's result.
    bool begin(const HttpRequest &request, const std::string &url, const Credentials *basic);
    Result finish(int curlCode);
    void *handle() const { return m_handle; } // CURL*

private:
    struct Exchange;

    void *m_handle = nullptr; // CURL*, kept opaque so callers need no curl headers
    std::string m_setupError; // why the handle is unusable, if it is
    std::unique_ptr<Exchange> m_exchange; // the one in flight, between begin() and finish()
};

} // namespace planbridge::net
