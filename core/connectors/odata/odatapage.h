#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace planbridge::connectors {

// One page of an OData v2 collection read, its entities already mapped.
template<typename Item>
struct ODataPage
{
    std::vector<Item> items;
    std::optional<std::size_t> totalCount; // __count, present when $inlinecount=allpages was asked
};

} // namespace planbridge::connectors
