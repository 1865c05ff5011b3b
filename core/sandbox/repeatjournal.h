#pragma once

#include "sandbox/httpexchange.h"

#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace planbridge::sandbox {

// OASIS Repeatable Requests on the server side: the first successful outcome of each
// Repeatability-Request-ID is kept, and a repeated id gets that outcome again without the write
// being applied twice. A refused write is not kept: it applied nothing, so its id may try again.
class RepeatJournal
{
public:
    // Runs `apply` for a new id and records its reply; replays the recorded reply for a known id.
    // Calls with the same id are serialised, so two concurrent retries cannot both apply.
    HttpReply run(const std::string &requestId, const std::function<HttpReply()> &apply, bool &duplicate);

    std::size_t size() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::map<std::string, HttpReply> m_replies;
};

} // namespace planbridge::sandbox
