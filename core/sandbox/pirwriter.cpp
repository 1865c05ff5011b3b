#include "sandbox/pirwriter.h"

#include "sandbox/pirjson.h"
#include "sandbox/pirreader.h"
#include "sandbox/pirvalues.h"

#include <algorithm>
#include <cctype>

namespace planbridge::sandbox {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// The sandbox has no material master yet: without a unit in the request a bucket gets pieces.
constexpr const char *DefaultUnit = "PC";

HttpReply created(const ordered_json &entity)
{
    HttpReply reply;
    reply.status = 201;
    reply.contentType = "application/json;charset=utf-8";
    reply.headers.emplace_back("Location", entity["__metadata"]["uri"].get<std::string>());
    reply.body = ordered_json { { "d", entity } }.dump();
    reply.applied = true;
    return reply;
}

HttpReply noContent()
{
    HttpReply reply;
    reply.status = 204;
    reply.applied = true;
    return reply;
}

std::string sapUser(const std::string &user)
{
    std::string name = user.empty() ? std::string("SANDBOX") : user.substr(0, 12);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
    return name;
}

template<typename T>
const ODataFault *faultOf(const ODataResult<T> &result)
{
    return std::get_if<ODataFault>(&result);
}

} // namespace

PirWriter::PirWriter(PirStore &store, const HttpCall &call, const PirService::ProductCheck &productCheck)
    : m_store(store)
    , m_call(call)
    , m_productCheck(productCheck)
{
}

HttpReply PirWriter::post(const ODataResource &resource) const
{
    auto body = PirPayload::parseBody(m_call.body);
    if (const auto *fault = faultOf(body))
        return odataErrorReply(*fault);
    const json &object = std::get<json>(body);
    if (resource.entitySet == HeaderSet && !resource.hasKey && resource.navigation.empty())
        return postHeader(object);
    if (resource.entitySet == ItemSet && !resource.hasKey && resource.navigation.empty())
        return postItem(object, nullptr);
    if (resource.entitySet == HeaderSet && resource.hasKey && resource.navigation == ItemsNavigation) {
        auto key = keyFromPredicate<HeaderKeyCount>(resource.key);
        if (const auto *fault = faultOf(key))
            return odataErrorReply(*fault);
        if (!m_store.header(std::get<PirHeaderKey>(key)))
            return odataErrorReply(notFound("Resource not found for segment 'PlannedIndepRqmtType'"));
        return postItem(object, &std::get<PirHeaderKey>(key));
    }
    return odataErrorReply({ 405, "/IWBEP/CM_MGW_RT/021", "The resource does not support POST", {} });
}

HttpReply PirWriter::patch(const ODataResource &resource) const
{
    if (!resource.hasKey || !resource.navigation.empty())
        return odataErrorReply({ 405, "/IWBEP/CM_MGW_RT/021", "PATCH needs a single entity", {} });
    auto body = PirPayload::parseBody(m_call.body);
    if (const auto *fault = faultOf(body))
        return odataErrorReply(*fault);
    const json &object = std::get<json>(body);
    if (resource.entitySet == ItemSet) {
        auto key = keyFromPredicate<ItemKeyCount>(resource.key);
        if (const auto *fault = faultOf(key))
            return odataErrorReply(*fault);
        const PirItemKey &itemKey = std::get<PirItemKey>(key);
        if (!m_store.item(itemKey))
            return odataErrorReply(notFound("Resource not found for segment 'PlannedIndepRqmtItemType'"));
        auto input = PirPayload::itemUpdate(object, itemKey);
        if (const auto *fault = faultOf(input))
            return odataErrorReply(*fault);
        if (auto fault = checkProduct(itemKey[0]))
            return odataErrorReply(*fault);
        apply(headerKeyOf(itemKey), std::get<ItemInput>(input));
        return noContent();
    }
    if (resource.entitySet == HeaderSet) {
        auto key = keyFromPredicate<HeaderKeyCount>(resource.key);
        if (const auto *fault = faultOf(key))
            return odataErrorReply(*fault);
        const PirHeaderKey &headerKey = std::get<PirHeaderKey>(key);
        if (!m_store.header(headerKey))
            return odataErrorReply(notFound("Resource not found for segment 'PlannedIndepRqmtType'"));
        auto isActive = PirPayload::headerUpdate(object, headerKey);
        if (const auto *fault = faultOf(isActive))
            return odataErrorReply(*fault);
        if (auto fault = checkProduct(headerKey[0]))
            return odataErrorReply(*fault);
        PirHeader &header = m_store.ensureHeader(headerKey);
        if (const auto &value = std::get<std::optional<std::string>>(isActive))
            header.isActive = *value;
        header.changedAtMs = nowMs();
        return noContent();
    }
    return odataErrorReply(notFound("Resource not found for segment '" + resource.entitySet + "'"));
}

HttpReply PirWriter::postHeader(const json &body) const
{
    auto parsed = PirPayload::headerCreate(body);
    if (const auto *fault = faultOf(parsed))
        return odataErrorReply(*fault);
    const HeaderInput &input = std::get<HeaderInput>(parsed);
    if (auto fault = checkProduct(input.key[0]))
        return odataErrorReply(*fault);
    // Posting an existing header is "add or update" of its buckets, as the replace pattern needs.
    PirHeader &header = m_store.ensureHeader(input.key);
    if (input.isActive)
        header.isActive = *input.isActive;
    header.changedAtMs = nowMs();
    ordered_json results = ordered_json::array();
    for (const ItemInput &item : input.items)
        results.push_back(itemEntity(apply(input.key, item), header.internalId, m_call.serviceUrl));
    ordered_json entity = headerEntity(header, m_call.serviceUrl);
    if (!input.items.empty())
        entity[std::string(ItemsNavigation)] = { { "results", std::move(results) } };
    return created(entity);
}

HttpReply PirWriter::postItem(const json &body, const PirHeaderKey *parent) const
{
    PirHeaderKey key = parent ? *parent : PirHeaderKey {};
    auto parsed = PirPayload::itemCreate(body, parent, parent ? nullptr : &key);
    if (const auto *fault = faultOf(parsed))
        return odataErrorReply(*fault);
    if (auto fault = checkProduct(key[0]))
        return odataErrorReply(*fault);
    // A single item posted to the item set creates its header when needed, like a deep insert would.
    PirHeader &header = m_store.ensureHeader(key);
    header.changedAtMs = nowMs();
    const PirItem &item = apply(key, std::get<ItemInput>(parsed));
    return created(itemEntity(item, header.internalId, m_call.serviceUrl));
}

std::optional<ODataFault> PirWriter::checkProduct(const std::string &product) const
{
    return m_productCheck ? m_productCheck(product) : std::nullopt;
}

PirItem &PirWriter::apply(const PirHeaderKey &header, const ItemInput &input) const
{
    PirItemKey key;
    for (std::size_t i = 0; i < HeaderKeyCount; ++i)
        key[i] = header[i];
    key[7] = input.period;
    key[8] = input.periodType;
    const bool isNew = m_store.item(key) == nullptr;
    PirItem &item = m_store.ensureItem(key);
    if (input.planned)
        item.plannedThousandths = *input.planned;
    if (input.withdrawal)
        item.withdrawalThousandths = *input.withdrawal;
    if (input.unit && !input.unit->empty())
        item.unit = *input.unit;
    else if (isNew)
        item.unit = DefaultUnit;
    item.periodStartMs = periodStartMs(input.period, input.periodType).value_or(0);
    item.changedBy = sapUser(m_call.user);
    item.changedAtMs = nowMs();
    return item;
}

} // namespace planbridge::sandbox
