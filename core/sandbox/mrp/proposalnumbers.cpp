#include "proposalnumbers.h"

#include <cstdio>
#include <utility>

namespace planbridge::sandbox {

void ProposalNumbers::beginRun(std::set<std::string> held)
{
    m_occurrence.clear();
    m_held = std::move(held);
}

std::string ProposalNumbers::numberFor(const std::string &content, bool &isNew)
{
    for (;;) {
        const std::string key = content + '#' + std::to_string(m_occurrence[content]++);
        const auto found = m_byContent.find(key);
        if (found == m_byContent.end()) {
            char text[16];
            std::snprintf(text, sizeof text, "%010llu", static_cast<unsigned long long>(m_next++));
            isNew = true;
            return m_byContent.emplace(key, text).first->second;
        }
        // A firmed proposal with the same content keeps its number; this one takes the next occurrence.
        if (!m_held.count(found->second)) {
            isNew = false;
            return found->second;
        }
    }
}

} // namespace planbridge::sandbox
