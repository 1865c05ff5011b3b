#include "connectors/ibp/ibpplanningsource.h"

#include "connectors/ibp/ibpresponse.h"
#include "connectors/odata/odatajson.h"
#include "net/oauth2token.h"

#include <algorithm>

namespace planbridge::ibp {
namespace {

RawField stringOrMissing(const std::string &text)
{
    RawField field;
    if (!text.empty()) {
        field.kind = RawField::Kind::String;
        field.text = text;
    }
    return field;
}

} // namespace

using connectors::PlanningVersionInfo;
using connectors::PulledVersion;

IbpPlanningSource::IbpPlanningSource(net::HttpSender &sender, IbpSourceConfig config)
    : m_sender(sender)
    , m_config(std::move(config))
{
    m_config.pageSize = std::max<std::size_t>(1, m_config.pageSize);
    m_config.parallelPages = std::max<std::size_t>(1, m_config.parallelPages);
}

Expected<std::string> IbpPlanningSource::get(const std::string &url)
{
    net::HttpRequest request;
    request.url = url;
    request.headers.set("Accept", "application/json");
    ++m_pages;
    net::RetryResult sent = net::sendWithRetry(m_sender, request, m_config.retry, m_config.hooks);
    if (sent.outcome != net::Outcome::Success)
        return EngineError { "planning service: " + sent.message };
    return std::move(sent.result->body);
}

std::string IbpPlanningSource::pageUrl(const PlanningVersionInfo &version, std::size_t skip) const
{
    const std::string select = std::string(ProductAttribute) + "," + LocationAttribute + ","
        + CustomerAttribute + "," + version.periodField + "," + UnitAttribute + "," + DemandKeyFigure;
    return m_config.serviceRoot + "/" + m_config.planningArea + "?$select=" + net::formEncode(select)
        + "&$filter=" + net::formEncode("VERSIONID eq " + connectors::stringLiteral(version.id))
        + "&$top=" + std::to_string(m_config.pageSize) + "&$skip=" + std::to_string(skip)
        + "&$inlinecount=allpages&$format=json";
}

Expected<std::vector<PlanningVersionInfo>> IbpPlanningSource::listVersions()
{
    auto body = get(m_config.serviceRoot + "/" + m_config.catalogue + "?$format=json");
    if (!body)
        return body.error();
    return parseVersionCatalogue(*body);
}

Expected<PulledVersion> IbpPlanningSource::pullVersion(const std::string &versionId, RecordSink &sink)
{
    m_pages = 0;
    auto versions = listVersions();
    if (!versions)
        return versions.error();
    const auto found = std::find_if(
        versions->begin(), versions->end(), [&](const PlanningVersionInfo &v) { return v.id == versionId; });
    if (found == versions->end())
        return EngineError { "planning service: version \"" + versionId + "\" is not in the catalogue" };
    const PlanningVersionInfo version = *found;

    PulledVersion pulled;
    pulled.fields.versionId = stringOrMissing(version.id);
    pulled.fields.asOf = stringOrMissing(version.asOf);
    pulled.fields.bucket = stringOrMissing(version.bucket);
    pulled.fields.priority = stringOrMissing(version.priority);
    sink.beginRecords(pulled.fields);

    // The first page alone: it tells the total, and how many rows the server really gives per page
    // (a server may cap $top below what was asked). Then `parallelPages` pages at a time.
    std::size_t pageRows = m_config.pageSize;
    std::optional<std::size_t> total;
    bool first = true;
    while (!total || pulled.records < *total) {
        std::vector<net::HttpRequest> requests;
        const std::size_t remainingPages = total ? (*total - pulled.records + pageRows - 1) / pageRows : 1;
        const std::size_t width = first ? 1 : std::min(m_config.parallelPages, remainingPages);
        for (std::size_t k = 0; k < width; ++k) {
            requests.emplace_back();
            requests.back().url = pageUrl(version, pulled.records + k * pageRows);
            requests.back().headers.set("Accept", "application/json");
        }
        m_pages += requests.size();
        const std::vector<net::RetryResult> sent = net::sendAllWithRetry(
            m_sender, requests, m_config.parallelPages, m_config.retry, m_config.hooks);
        for (std::size_t k = 0; k < sent.size(); ++k) {
            if (sent[k].outcome != net::Outcome::Success)
                return EngineError { "planning service: " + sent[k].message };
            auto page = parseKeyFigurePage(sent[k].result->body, version.periodField);
            if (!page)
                return page.error();
            // Without a count a server that ignores $skip would be paged forever; with a count that
            // moves, rows would be skipped or repeated. Both are refused rather than guessed around.
            if (!page->totalCount)
                return EngineError {
                    "planning service: the page carries no __count although $inlinecount=allpages "
                    "was asked for"
                };
            if (total && *page->totalCount != *total)
                return EngineError { "planning service: version \"" + versionId
                    + "\" changed during the pull (" + std::to_string(*total) + " rows, then "
                    + std::to_string(*page->totalCount) + ")" };
            total = page->totalCount;
            if (page->records.empty() && pulled.records < *total)
                return EngineError { "planning service: got " + std::to_string(pulled.records) + " of "
                    + std::to_string(*total) + " rows of version \"" + versionId
                    + "\"; the next page is empty" };
            if (pulled.records + page->records.size() > *total)
                return EngineError { "planning service: more rows than the reported " + std::to_string(*total)
                    + " for version \"" + versionId + "\"" };
            for (const RawRecord &record : page->records)
                sink.record(record);
            pulled.records += page->records.size();
            if (!sink.progress(pulled.records, *total))
                return EngineError { "pull of version \"" + versionId + "\" cancelled", true };
            if (first) {
                first = false;
                pageRows = std::max<std::size_t>(1, std::min(pageRows, page->records.size()));
            } else if (page->records.size() < pageRows && pulled.records < *total) {
                // A short page before the end: the offsets of the pages after it no longer hold.
                // Drop them and go on from where the rows really end.
                break;
            }
        }
    }
    return pulled;
}

} // namespace planbridge::ibp
