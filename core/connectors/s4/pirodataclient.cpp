#include "connectors/s4/pirodataclient.h"

#include "connectors/odata/batchrequest.h"
#include "connectors/odata/odatajson.h"
#include "connectors/odata/pagedread.h"
#include "connectors/s4/pirrequestid.h"
#include "connectors/s4/pirwriteresult.h"
#include "net/oauth2token.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace planbridge::s4 {

using connectors::PirWriteOptions;
using connectors::PirWriteResult;
using connectors::PirWriteStatus;

// What every request of one writePirs() call shares.
struct PirODataClient::WriteRun
{
    const std::vector<PirHeader> &headers;
    const PirWriteOptions &options;
    std::string firstSent; // Repeatability-First-Sent, an IMF-fixdate
};

namespace {

std::string imfFixdate(std::time_t when)
{
    std::tm utc {};
    gmtime_r(&when, &utc);
    static constexpr const char *Days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static constexpr const char *Months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char text[40];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", Days[utc.tm_wday % 7],
        utc.tm_mday, Months[utc.tm_mon % 12], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return text;
}

} // namespace

PirODataClient::PirODataClient(net::HttpSender &sender, PirClientConfig config)
    : m_config(std::move(config))
    , m_session(sender, m_config.serviceRoot + "/")
{
    m_config.readPageSize = std::max<std::size_t>(1, m_config.readPageSize);
}

net::RetryResult PirODataClient::send(const net::HttpRequest &request)
{
    ++m_requests;
    return net::sendWithRetry(m_session, request, m_config.retry, m_config.hooks);
}

Expected<std::vector<PirWriteResult>> PirODataClient::writePirs(const std::vector<PirHeader> &headers,
    const PirWriteOptions &options, const connectors::WriteProgress &progress)
{
    if (!options.requestIds.empty() && options.requestIds.size() != headers.size())
        return EngineError { "PIR write: " + std::to_string(options.requestIds.size()) + " request ids for "
            + std::to_string(headers.size()) + " headers" };
    if (options.headersPerChangeset == 0 || options.changesetsPerBatch == 0 || options.parallelRequests == 0)
        return EngineError { "PIR write: changeset, batch and parallel sizes must be at least 1" };
    const WriteRun run { headers, options, imfFixdate(std::time(nullptr)) };
    std::vector<PirWriteResult> results(headers.size());
    if (options.mode == connectors::PirWriteMode::DeepInsert) {
        for (std::size_t index = 0; index < headers.size(); ++index) {
            results[index] = deepInsert(run, index);
            if (progress && !progress(index + 1, headers.size()) && index + 1 < headers.size())
                break; // the rest stay NotSent
        }
        return results;
    }
    // A window is `parallelRequests` $batch requests in flight at once.
    const std::size_t perBatch = options.headersPerChangeset * options.changesetsPerBatch;
    const std::size_t window = perBatch * options.parallelRequests;
    for (std::size_t begin = 0; begin < headers.size(); begin += window) {
        const std::size_t end = std::min(headers.size(), begin + window);
        std::vector<PreparedBatch> batches;
        for (std::size_t first = begin; first < end; first += perBatch) {
            std::vector<std::size_t> indices;
            for (std::size_t i = first; i < std::min(end, first + perBatch); ++i)
                indices.push_back(i);
            batches.push_back(prepareBatch(run, std::move(indices), options.headersPerChangeset));
        }
        sendBatches(run, batches, results);
        if (progress && !progress(end, headers.size()) && end < headers.size())
            break; // the rest stay NotSent
    }
    return results;
}

PirWriteResult PirODataClient::deepInsert(const WriteRun &run, std::size_t index)
{
    net::HttpRequest request;
    request.method = net::HttpMethod::Post;
    request.url = m_config.serviceRoot + "/PlannedIndepRqmt";
    request.headers.set("Content-Type", "application/json");
    request.headers.set("Accept", "application/json");
    if (!run.options.requestIds.empty()) {
        request.headers.set("Repeatability-Request-ID", run.options.requestIds[index]);
        request.headers.set("Repeatability-First-Sent", run.firstSent);
    }
    request.body = deepInsertBody(run.headers[index]);
    return writeResultOf(send(request));
}

PirODataClient::PreparedBatch PirODataClient::prepareBatch(
    const WriteRun &run, std::vector<std::size_t> indices, std::size_t perChangeset) const
{
    const bool withIds = !run.options.requestIds.empty();
    PreparedBatch prepared;
    prepared.perChangeset = perChangeset;
    std::vector<std::vector<connectors::BatchOperation>> changesets;
    std::string seed = "$batch/" + std::to_string(perChangeset);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (i % perChangeset == 0)
            changesets.emplace_back();
        connectors::BatchOperation operation { "POST", "PlannedIndepRqmt", {},
            deepInsertBody(run.headers[indices[i]]) };
        operation.headers = { { "Content-Type", "application/json" }, { "Accept", "application/json" } };
        if (withIds) {
            operation.headers.emplace_back("Repeatability-Request-ID", run.options.requestIds[indices[i]]);
            seed.append("/").append(run.options.requestIds[indices[i]]);
        } else {
            seed.append("/").append(std::to_string(m_requests)).append("/").append(std::to_string(indices[i]));
        }
        changesets.back().push_back(std::move(operation));
    }
    for (const auto &changeset : changesets)
        prepared.changesetSizes.push_back(changeset.size());
    // The batch's id follows from its headers' ids and grouping, so resending the same batch after a
    // lost response is recognised as a repeat, while a regrouped resend is a new request.
    const std::string batchId = stableRequestId(seed);
    const connectors::BatchRequest body = connectors::buildChangesetBatch(changesets, batchId);

    net::HttpRequest &request = prepared.request;
    request.method = net::HttpMethod::Post;
    request.url = m_config.serviceRoot + "/$batch";
    request.headers.set("Content-Type", body.contentType);
    request.headers.set("Accept", "multipart/mixed");
    if (withIds) {
        request.headers.set("Repeatability-Request-ID", batchId);
        request.headers.set("Repeatability-First-Sent", run.firstSent);
    }
    request.body = body.body;
    prepared.indices = std::move(indices);
    return prepared;
}

void PirODataClient::sendBatches(
    const WriteRun &run, const std::vector<PreparedBatch> &batches, std::vector<PirWriteResult> &results)
{
    std::vector<net::HttpRequest> requests;
    for (const PreparedBatch &batch : batches)
        requests.push_back(batch.request);
    m_requests += requests.size();
    std::vector<net::RetryResult> sent = net::sendAllWithRetry(
        m_session, requests, run.options.parallelRequests, m_config.retry, m_config.hooks);
    std::vector<std::size_t> isolate;
    for (std::size_t b = 0; b < batches.size(); ++b)
        applyBatchResult(batches[b], sent[b], results, isolate);
    // A changeset is atomic: one rejected header rolled back the others. Resend those alone so
    // the rejection lands on the header that caused it and the rest are written.
    if (!isolate.empty())
        sendBatches(run, { prepareBatch(run, std::move(isolate), 1) }, results);
}

void PirODataClient::applyBatchResult(const PreparedBatch &batch, const net::RetryResult &sent,
    std::vector<PirWriteResult> &results, std::vector<std::size_t> &isolate) const
{
    const auto failAll = [&](const PirWriteResult &result) {
        for (const std::size_t index : batch.indices)
            results[index] = result;
    };
    if (sent.outcome != net::Outcome::Success)
        return failAll(writeResultOf(sent));

    auto parts = connectors::parseBatchResponse(
        sent.result->headers.get("Content-Type").value_or(""), sent.result->body);
    PirWriteResult unreadable;
    unreadable.status = PirWriteStatus::Failed;
    unreadable.attempts = sent.attempts;
    unreadable.httpStatus = sent.result->status;
    if (!parts) {
        unreadable.message = parts.error().message;
        return failAll(unreadable);
    }
    const std::size_t changesets = batch.changesetSizes.size();
    if (parts->size() != changesets) {
        unreadable.message = "the $batch response has " + std::to_string(parts->size()) + " parts for "
            + std::to_string(changesets) + " changesets";
        return failAll(unreadable);
    }
    for (std::size_t c = 0; c < changesets; ++c) {
        const connectors::BatchPartResponse &part = (*parts)[c];
        const std::size_t first = c * batch.perChangeset;
        const std::size_t count = batch.changesetSizes[c];
        const bool whole = !part.changeset && part.responses.size() == 1;
        if (!whole && part.responses.size() != count) {
            unreadable.message = "changeset " + std::to_string(c) + " of the $batch response has "
                + std::to_string(part.responses.size()) + " responses for " + std::to_string(count)
                + " requests";
            for (std::size_t i = first; i < first + count; ++i)
                results[batch.indices[i]] = unreadable;
            continue;
        }
        for (std::size_t i = 0; i < count; ++i)
            results[batch.indices[first + i]] = writeResultOf(part.responses[whole ? 0 : i], sent.attempts);
        if (whole && count > 1 && results[batch.indices[first]].status == PirWriteStatus::Rejected) {
            for (std::size_t i = first; i < first + count; ++i)
                isolate.push_back(batch.indices[i]);
        }
    }
}

Expected<std::vector<PirStateItem>> PirODataClient::readPirState(const connectors::PirStateFilter &filter)
{
    std::string condition;
    const std::pair<const char *, const std::optional<std::string> *> terms[] = {
        { "Product", &filter.product },
        { "Plant", &filter.plant },
        { "MRPArea", &filter.mrpArea },
        { "PlndIndepRqmtType", &filter.requirementType },
        { "PlndIndepRqmtVersion", &filter.version },
    };
    for (const auto &[field, value] : terms) {
        if (*value)
            condition += (condition.empty() ? "" : " and ") + std::string(field) + " eq "
                + connectors::stringLiteral(**value);
    }
    const std::string prefix = m_config.serviceRoot + "/PlannedIndepRqmtItem?"
        + (condition.empty() ? std::string() : "$filter=" + net::formEncode(condition) + "&");
    return connectors::readAllPages<PirStateItem>(
        "PIR read-back", m_config.readPageSize,
        [&](const std::string &query) {
            net::HttpRequest request;
            request.url = prefix + query;
            request.headers.set("Accept", "application/json");
            return send(request);
        },
        parsePirStatePage);
}

} // namespace planbridge::s4
