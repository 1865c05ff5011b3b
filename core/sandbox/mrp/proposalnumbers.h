#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace planbridge::sandbox {

// Hands out 10-digit document numbers so that re-running MRP on the same input reproduces the same
// numbers, while a number once given to some content is never given to different content.
// It remembers every content it has numbered: identical content (and the same occurrence of it
// within a run) gets its old number back; new content gets the next unused number. The memory grows
// with the distinct proposals a state ever created, which is fine for a sandbox.
class ProposalNumbers
{
public:
    explicit ProposalNumbers(std::uint64_t first)
        : m_next(first)
    {
    }

    // Starts a run; `held` are the numbers of proposals that stay (firmed), never handed out again.
    void beginRun(std::set<std::string> held);
    // The number for `content`; `isNew` tells whether the content had never been numbered.
    std::string numberFor(const std::string &content, bool &isNew);
    // Whether `count` more new numbers still fit in 10 digits.
    bool canIssue(std::uint64_t count) const { return m_next + count <= MaxNumber + 1; }

private:
    static constexpr std::uint64_t MaxNumber = 9'999'999'999;

    std::uint64_t m_next;
    std::map<std::string, std::string> m_byContent; // content + occurrence → number
    std::map<std::string, std::uint64_t> m_occurrence; // this run: content → occurrences so far
    std::set<std::string> m_held;
};

} // namespace planbridge::sandbox
