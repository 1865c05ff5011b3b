#pragma once

#include "net/httpclientconfig.h"
#include "net/httpmessage.h"

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

    explicit CurlEasy(const HttpClientConfig &config);
    ~CurlEasy();
    CurlEasy(const CurlEasy &) = delete;
    CurlEasy &operator=(const CurlEasy &) = delete;

    // `url` is the absolute URL; `basic` adds HTTP Basic credentials when not null.
    Result perform(const HttpRequest &request, const std::string &url, const Credentials *basic);

private:
    void *m_handle = nullptr; // CURL*, kept opaque so callers need no curl headers
    std::string m_setupError; // why the handle is unusable, if it is
};

} // namespace planbridge::net
