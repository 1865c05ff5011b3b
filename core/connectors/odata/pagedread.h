#pragma once

#include "connectors/odata/odatapage.h"
#include "domain/expected.h"
#include "net/retrypolicy.h"

#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::connectors {

// Reads a whole OData v2 collection page by page with $top/$skip/$inlinecount=allpages, and
// refuses a result that would be silently incomplete: a page without __count, a count that changes
// between pages (the data moved under the read), an empty page before the end, or more entities
// than counted. `get(query)` sends one GET (with its retries) for "$top=..&$skip=..&..";
// `what` names the read in errors ("PIR read-back").
template<typename Item>
Expected<std::vector<Item>> readAllPages(std::string_view what, std::size_t pageSize,
    const std::function<net::RetryResult(const std::string &query)> &get,
    const std::function<Expected<ODataPage<Item>>(std::string_view body)> &parse)
{
    const std::string name(what);
    std::vector<Item> items;
    std::optional<std::size_t> total;
    while (!total || items.size() < *total) {
        const net::RetryResult sent = get("$top=" + std::to_string(pageSize)
            + "&$skip=" + std::to_string(items.size()) + "&$inlinecount=allpages&$format=json");
        if (sent.outcome != net::Outcome::Success)
            return EngineError { name + ": " + sent.message };
        auto page = parse(sent.result->body);
        if (!page)
            return page.error();
        if (!page->totalCount)
            return EngineError { name
                + ": the page carries no __count although $inlinecount=allpages was asked for" };
        if (total && *total != *page->totalCount)
            return EngineError { name + ": the ERP's data changed during the read (" + std::to_string(*total)
                + " entries, then " + std::to_string(*page->totalCount) + ")" };
        total = page->totalCount;
        if (page->items.empty() && items.size() < *total)
            return EngineError { name + ": got " + std::to_string(items.size()) + " of "
                + std::to_string(*total) + " entries; the next page is empty" };
        if (items.size() + page->items.size() > *total)
            return EngineError { name + ": more entries than the reported " + std::to_string(*total) };
        std::move(page->items.begin(), page->items.end(), std::back_inserter(items));
    }
    return items;
}

} // namespace planbridge::connectors
