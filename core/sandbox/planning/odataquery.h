#pragma once

#include "domain/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::sandbox {

// One comparison of an OData v2 $filter: FIELD op literal.
struct FilterTerm
{
    enum class Op { Eq, Ne, Gt, Ge, Lt, Le };
    std::string field;
    Op op = Op::Eq;
    std::string value;      // the literal's text: unquoted string, datetime text or number
    bool isDateTime = false; // datetime'…' literal; compared as text (ISO timestamps sort as text)
};

// The system query options the sandbox's planning read understands. Anything else it rejects
// with a clear error rather than silently ignoring, as a strict gateway would.
struct KeyFigureQuery
{
    std::vector<std::string> select; // empty: every attribute
    std::vector<FilterTerm> filter;  // joined by `and`
    std::optional<std::size_t> top;
    std::size_t skip = 0;
    bool inlineCount = false;
};

// Parses the raw (already percent-decoded) option values; absent options are empty strings.
Expected<KeyFigureQuery> parseKeyFigureQuery(std::string_view select, std::string_view filter, std::string_view top,
                                     std::string_view skip, std::string_view inlineCount, std::string_view format);

bool matches(const FilterTerm &term, std::string_view value);

} // namespace planbridge::sandbox
