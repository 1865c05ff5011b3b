#include "odataquery.h"

#include <charconv>

namespace planbridge::sandbox {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

class FilterParser
{
public:
    explicit FilterParser(std::string_view text) : m_text(text) { }

    Expected<std::vector<FilterTerm>> parse()
    {
        std::vector<FilterTerm> terms;
        skipSpaces();
        if (m_pos == m_text.size())
            return terms;
        for (;;) {
            auto term = parseTerm();
            if (!term)
                return term.error();
            terms.push_back(std::move(*term));
            skipSpaces();
            if (m_pos == m_text.size())
                return terms;
            if (word() != "and")
                return fail("only comparisons joined by 'and' are supported");
        }
    }

private:
    EngineError fail(const std::string &what) const
    {
        return EngineError {"invalid $filter at position " + std::to_string(m_pos) + ": " + what};
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    std::string_view word()
    {
        skipSpaces();
        const std::size_t begin = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text[m_pos]) && m_text[m_pos] != '\'')
            ++m_pos;
        return m_text.substr(begin, m_pos - begin);
    }

    Expected<FilterTerm> parseTerm()
    {
        FilterTerm term;
        term.field = std::string(word());
        if (term.field.empty() || term.field.find_first_of("()") != std::string::npos)
            return fail("expected a field name");
        const std::string_view op = word();
        static constexpr std::pair<std::string_view, FilterTerm::Op> Ops[] = {
            {"eq", FilterTerm::Op::Eq}, {"ne", FilterTerm::Op::Ne}, {"gt", FilterTerm::Op::Gt},
            {"ge", FilterTerm::Op::Ge}, {"lt", FilterTerm::Op::Lt}, {"le", FilterTerm::Op::Le}};
        bool known = false;
        for (const auto &[name, value] : Ops) {
            if (op == name) {
                term.op = value;
                known = true;
            }
        }
        if (!known)
            return fail("unsupported operator '" + std::string(op) + "'");
        skipSpaces();
        if (m_text.substr(m_pos, 9) == "datetime'") {
            term.isDateTime = true;
            m_pos += 8;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '\'') {
            ++m_pos;
            for (;;) {
                if (m_pos >= m_text.size())
                    return fail("unterminated string literal");
                const char c = m_text[m_pos++];
                if (c == '\'') {
                    if (m_pos < m_text.size() && m_text[m_pos] == '\'') {
                        term.value += '\'';
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                term.value += c;
            }
            return term;
        }
        if (term.isDateTime)
            return fail("expected a quoted datetime literal");
        term.value = std::string(word());
        if (term.value.empty())
            return fail("expected a literal");
        return term;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

Expected<std::size_t> parseCount(std::string_view text, const char *option)
{
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return EngineError {std::string(option) + " must be a non-negative integer"};
    return value;
}

} // namespace

Expected<KeyFigureQuery> parseKeyFigureQuery(std::string_view select, std::string_view filter, std::string_view top,
                                     std::string_view skip, std::string_view inlineCount, std::string_view format)
{
    KeyFigureQuery query;
    if (!format.empty() && format != "json")
        return EngineError {"$format must be json"};
    for (std::size_t begin = 0; begin < select.size();) {
        std::size_t end = select.find(',', begin);
        if (end == std::string_view::npos)
            end = select.size();
        std::string_view field = select.substr(begin, end - begin);
        while (!field.empty() && isSpace(field.front()))
            field.remove_prefix(1);
        while (!field.empty() && isSpace(field.back()))
            field.remove_suffix(1);
        if (field.empty())
            return EngineError {"$select has an empty field name"};
        query.select.emplace_back(field);
        begin = end + 1;
    }
    auto terms = FilterParser(filter).parse();
    if (!terms)
        return terms.error();
    query.filter = std::move(*terms);
    if (!top.empty()) {
        auto n = parseCount(top, "$top");
        if (!n)
            return n.error();
        query.top = *n;
    }
    if (!skip.empty()) {
        auto n = parseCount(skip, "$skip");
        if (!n)
            return n.error();
        query.skip = *n;
    }
    if (!inlineCount.empty() && inlineCount != "allpages" && inlineCount != "none")
        return EngineError {"$inlinecount must be allpages or none"};
    query.inlineCount = inlineCount == "allpages";
    return query;
}

bool matches(const FilterTerm &term, std::string_view value)
{
    const int c = value.compare(term.value);
    switch (term.op) {
    case FilterTerm::Op::Eq:
        return c == 0;
    case FilterTerm::Op::Ne:
        return c != 0;
    case FilterTerm::Op::Gt:
        return c > 0;
    case FilterTerm::Op::Ge:
        return c >= 0;
    case FilterTerm::Op::Lt:
        return c < 0;
    case FilterTerm::Op::Le:
        return c <= 0;
    }
    return false;
}

} // namespace planbridge::sandbox
