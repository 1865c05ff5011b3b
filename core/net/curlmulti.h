#pragma once

#include "net/curleasy.h"

#include <vector>

namespace planbridge::net {

// One request for CurlMulti::performAll.
struct CurlJob
{
    const HttpRequest *request = nullptr;
    std::string url; // absolute
    const CurlEasy::Credentials *basic = nullptr;
};

// A libcurl multi handle that runs several exchanges at once on the calling thread, each on its own
// easy handle and connection. It is kept between calls, so its connections are reused (keep-alive).
class CurlMulti
{
public:
    CurlMulti();
    ~CurlMulti();
    CurlMulti(const CurlMulti &) = delete;
    CurlMulti &operator=(const CurlMulti &) = delete;

    // Runs `jobs` over `handles`, at most one exchange per handle at a time; results in job order.
    std::vector<CurlEasy::Result> performAll(
        const std::vector<CurlEasy *> &handles, const std::vector<CurlJob> &jobs);

private:
    void *m_multi = nullptr; // CURLM*
};

} // namespace planbridge::net
