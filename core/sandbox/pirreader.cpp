#include "sandbox/pirreader.h"

#include "sandbox/odatapage.h"
#include "sandbox/pirjson.h"

namespace planbridge::sandbox {

using nlohmann::ordered_json;

template<std::size_t N>
ODataResult<std::array<std::string, N>> keyFromPredicate(const NamedValues &predicate)
{
    std::array<std::string, N> key;
    std::array<bool, N> seen {};
    for (const auto &[name, value] : predicate) {
        std::size_t i = 0;
        while (i < N && PirKeyFields[i].name != name)
            ++i;
        if (i == N || seen[i])
            return badRequest("Invalid key predicate: unexpected key property '" + name + "'", name);
        key[i] = value;
        seen[i] = true;
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (!seen[i])
            return badRequest(
                "Invalid key predicate: key property '" + std::string(PirKeyFields[i].name) + "' is missing",
                std::string(PirKeyFields[i].name));
    }
    return key;
}

template ODataResult<PirHeaderKey> keyFromPredicate<HeaderKeyCount>(const NamedValues &);
template ODataResult<PirItemKey> keyFromPredicate<ItemKeyCount>(const NamedValues &);

PirReader::PirReader(const PirStore &store, const std::string &serviceUrl)
    : m_store(store)
    , m_serviceUrl(serviceUrl)
{
}

HttpReply PirReader::read(const ODataResource &resource, const ODataQuery &query) const
{
    if (resource.entitySet.empty()) {
        return jsonReply(200, { { "d", { { "EntitySets", ordered_json::array({ HeaderSet, ItemSet }) } } } });
    }
    if (resource.entitySet == HeaderSet) {
        if (!resource.hasKey)
            return resource.navigation.empty() ? headers(query)
                                               : odataErrorReply(notFound("Navigation requires a key"));
        auto key = keyFromPredicate<HeaderKeyCount>(resource.key);
        if (auto *fault = std::get_if<ODataFault>(&key))
            return odataErrorReply(*fault);
        const PirHeader *header = m_store.header(std::get<PirHeaderKey>(key));
        if (!header)
            return odataErrorReply(notFound("Resource not found for segment 'PlannedIndepRqmtType'"));
        if (resource.navigation == ItemsNavigation)
            return items(query, &header->key);
        if (!resource.navigation.empty())
            return odataErrorReply(notFound("Navigation property '" + resource.navigation + "' not found"));
        ordered_json entity = headerEntity(*header, m_serviceUrl);
        if (query.expandItems) {
            ordered_json results = ordered_json::array();
            for (const PirItem *item : m_store.itemsOf(header->key))
                results.push_back(itemEntity(*item, header->internalId, m_serviceUrl));
            entity[std::string(ItemsNavigation)] = { { "results", std::move(results) } };
        }
        return jsonReply(200, { { "d", std::move(entity) } });
    }
    if (resource.entitySet == ItemSet) {
        if (!resource.hasKey)
            return resource.navigation.empty() ? items(query, nullptr)
                                               : odataErrorReply(notFound("Navigation requires a key"));
        auto key = keyFromPredicate<ItemKeyCount>(resource.key);
        if (auto *fault = std::get_if<ODataFault>(&key))
            return odataErrorReply(*fault);
        const PirItem *item = m_store.item(std::get<PirItemKey>(key));
        if (!item)
            return odataErrorReply(notFound("Resource not found for segment 'PlannedIndepRqmtItemType'"));
        const PirHeader *header = m_store.header(headerKeyOf(item->key));
        if (resource.navigation == HeaderNavigation)
            return jsonReply(200, { { "d", headerEntity(*header, m_serviceUrl) } });
        if (!resource.navigation.empty())
            return odataErrorReply(notFound("Navigation property '" + resource.navigation + "' not found"));
        return jsonReply(200, { { "d", itemEntity(*item, header->internalId, m_serviceUrl) } });
    }
    return odataErrorReply(notFound("Resource not found for segment '" + resource.entitySet + "'"));
}

HttpReply PirReader::headers(const ODataQuery &query) const
{
    std::vector<const PirHeader *> all;
    for (const auto &entry : m_store.headers())
        all.push_back(&entry.second);
    return odataPage(all, query, headerFieldText, [&](const PirHeader &header) {
        ordered_json entity = headerEntity(header, m_serviceUrl);
        if (query.expandItems) {
            ordered_json results = ordered_json::array();
            for (const PirItem *item : m_store.itemsOf(header.key))
                results.push_back(itemEntity(*item, header.internalId, m_serviceUrl));
            entity[std::string(ItemsNavigation)] = { { "results", std::move(results) } };
        }
        return entity;
    });
}

HttpReply PirReader::items(const ODataQuery &query, const PirHeaderKey *parent) const
{
    std::vector<const PirItem *> all;
    if (parent) {
        all = m_store.itemsOf(*parent);
    } else {
        all.reserve(m_store.items().size());
        for (const auto &entry : m_store.items())
            all.push_back(&entry.second);
    }
    return odataPage(all, query, itemFieldText, [&](const PirItem &item) {
        const PirHeader *header = m_store.header(headerKeyOf(item.key));
        return itemEntity(item, header ? header->internalId : std::string(), m_serviceUrl);
    });
}

} // namespace planbridge::sandbox
