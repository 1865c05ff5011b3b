#include "sandbox/repeatjournal.h"

namespace planbridge::sandbox {

HttpReply RepeatJournal::run(
    const std::string &requestId, const std::function<HttpReply()> &apply, bool &duplicate)
{
    // One lock across look-up, apply and record: the service serialises writes anyway, and this
    // closes the window where two retries of the same id both miss the journal.
    std::lock_guard lock(m_mutex);
    if (const auto it = m_replies.find(requestId); it != m_replies.end()) {
        duplicate = true;
        HttpReply replay = it->second;
        replay.applied = false;
        return replay;
    }
    duplicate = false;
    HttpReply reply = apply();
    reply.headers.emplace_back("Repeatability-Result", "accepted");
    // Only a success is kept: a refused write changed nothing, so the same id may try again once
    // the cause is fixed (a replayed dead letter keeps its id).
    if (reply.status < 300)
        m_replies.emplace(requestId, reply);
    return reply;
}

std::size_t RepeatJournal::size() const
{
    std::lock_guard lock(m_mutex);
    return m_replies.size();
}

void RepeatJournal::clear()
{
    std::lock_guard lock(m_mutex);
    m_replies.clear();
}

} // namespace planbridge::sandbox
