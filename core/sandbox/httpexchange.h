#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace planbridge::sandbox {

// One request to a simulated service, free of the HTTP library so $batch parts and real requests
// take the same path through the service.
struct HttpCall
{
    std::string method;
    std::string resourcePath; // percent-decoded, relative to the service root ("" or "/Set(...)")
    std::multimap<std::string, std::string> params; // decoded query options
    std::string body;
    std::string serviceUrl; // absolute service root, for __metadata uris
    std::string user; // authenticated user, or "" without auth
};

// The simulated service's answer; `applied` says the call changed state (drop-after-apply uses it).
struct HttpReply
{
    int status = 200;
    std::string contentType;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool applied = false;
};

} // namespace planbridge::sandbox
