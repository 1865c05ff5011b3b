#include "sandbox/pirservice.h"

#include "sandbox/odatarequest.h"
#include "sandbox/pirreader.h"
#include "sandbox/pirvalues.h"
#include "sandbox/pirwriter.h"

namespace planbridge::sandbox {

PirService::PirService(ProductCheck productCheck)
    : m_productCheck(std::move(productCheck))
{
}

HttpReply PirService::handle(const HttpCall &call)
{
    std::lock_guard lock(m_mutex);
    return dispatch(call);
}

std::vector<HttpReply> PirService::handleChangeset(const std::vector<HttpCall> &calls)
{
    std::lock_guard lock(m_mutex);
    std::vector<HttpReply> replies;
    m_store.begin();
    for (const HttpCall &call : calls) {
        HttpReply reply = dispatch(call);
        if (reply.status >= 400) {
            m_store.rollback();
            return { reply };
        }
        replies.push_back(std::move(reply));
    }
    m_store.commit();
    return replies;
}

HttpReply PirService::dispatch(const HttpCall &call)
{
    auto resource = parseResourcePath(call.resourcePath);
    if (auto *fault = std::get_if<ODataFault>(&resource))
        return odataErrorReply(*fault);
    const ODataResource &target = std::get<ODataResource>(resource);
    if (target.entitySet == "$metadata")
        return odataErrorReply({ 501, "/IWBEP/CM_MGW_RT/000", "The sandbox does not serve $metadata", {} });

    if (call.method == "GET" || call.method == "HEAD") {
        auto query = parseQuery(call.params);
        if (auto *fault = std::get_if<ODataFault>(&query))
            return odataErrorReply(*fault);
        return PirReader(m_store, call.serviceUrl).read(target, std::get<ODataQuery>(query));
    }
    if (call.method == "POST")
        return PirWriter(m_store, call, m_productCheck).post(target);
    // MERGE is how OData v2 clients without PATCH spell a partial update.
    if (call.method == "PATCH" || call.method == "MERGE")
        return PirWriter(m_store, call, m_productCheck).patch(target);
    // The published API has no PUT and no DELETE: a bucket is cleared by writing quantity 0.
    HttpReply reply = odataErrorReply(
        { 405, "/IWBEP/CM_MGW_RT/021", "Method " + call.method + " is not supported by this resource", {} });
    reply.headers.emplace_back("Allow", "GET, HEAD, POST, PATCH");
    return reply;
}

nlohmann::ordered_json PirService::stateJson() const
{
    using nlohmann::ordered_json;
    std::lock_guard lock(m_mutex);
    ordered_json headers = ordered_json::array();
    for (const auto &[key, header] : m_store.headers()) {
        ordered_json entry;
        for (std::size_t i = 0; i < HeaderKeyCount; ++i)
            entry[std::string(PirKeyFields[i].name)] = key[i];
        entry["PlndIndepRqmtInternalID"] = header.internalId;
        entry["PlndIndepRqmtIsActive"] = header.isActive;
        headers.push_back(std::move(entry));
    }
    ordered_json items = ordered_json::array();
    for (const auto &[key, item] : m_store.items()) {
        ordered_json entry;
        for (std::size_t i = 0; i < ItemKeyCount; ++i)
            entry[std::string(PirKeyFields[i].name)] = key[i];
        entry["PlannedQuantity"] = formatQuantity(item.plannedThousandths);
        entry["UnitOfMeasure"] = item.unit;
        items.push_back(std::move(entry));
    }
    return { { "headers", std::move(headers) }, { "items", std::move(items) } };
}

std::vector<PirDemandBucket> PirService::activeDemand() const
{
    std::lock_guard lock(m_mutex);
    std::vector<PirDemandBucket> buckets;
    for (const auto &[key, item] : m_store.items()) {
        const PirHeader *header = m_store.header(headerKeyOf(key));
        const std::int64_t open = item.plannedThousandths - item.withdrawalThousandths;
        if (header && header->isActive == "X" && open > 0)
            buckets.push_back({ key, header->internalId, open, item.unit });
    }
    return buckets;
}

std::size_t PirService::itemCount() const
{
    std::lock_guard lock(m_mutex);
    return m_store.items().size();
}

std::size_t PirService::headerCount() const
{
    std::lock_guard lock(m_mutex);
    return m_store.headers().size();
}

void PirService::reset()
{
    std::lock_guard lock(m_mutex);
    m_store.clear();
}

} // namespace planbridge::sandbox
