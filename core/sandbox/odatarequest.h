#pragma once

#include "sandbox/odatafault.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planbridge::sandbox {

using NamedValues = std::vector<std::pair<std::string, std::string>>;

// A resource path below the service root: "/EntitySet(Key='v',...)/navigation".
struct ODataResource
{
    std::string entitySet; // "" for the service document; "$batch" and "$metadata" pass through
    bool hasKey = false;
    NamedValues key; // key predicate, quotes removed and '' unescaped
    // (a bare single key, as in ('value'), has the empty name)
    std::string navigation;
};

// The system query options the sandbox honours.
struct ODataQuery
{
    std::optional<std::size_t> top;
    std::size_t skip = 0;
    bool inlineCount = false;
    bool expandItems = false; // $expand=to_PlndIndepRqmtItem on headers
    NamedValues filter; // Field eq 'value' [and ...]
};

// `path` is already percent-decoded, as a server decodes the URL before it parses OData syntax.
ODataResult<ODataResource> parseResourcePath(std::string_view path);
ODataResult<ODataQuery> parseQuery(const std::multimap<std::string, std::string> &params);

} // namespace planbridge::sandbox
