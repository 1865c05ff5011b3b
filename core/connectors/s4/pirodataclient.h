#pragma once

#include "connectors/erptarget.h"
#include "net/csrfsession.h"
#include "net/retrypolicy.h"

#include <cstddef>
#include <string>
#include <vector>

namespace planbridge::s4 {

struct PirClientConfig
{
    // Relative to the sender's base URL, or absolute.
    std::string serviceRoot = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV";
    std::size_t readPageSize = 5000;
    net::RetryPolicy retry;
    net::RetryHooks hooks = net::RetryHooks::system();
};

// The S/4HANA PIR target over OData v2 (API_PLND_INDEP_RQMT_SRV): writes headers with their
// buckets by deep insert or $batch changesets, always absolute quantities (so a retry cannot double
// anything), inside a CSRF session, with Repeatability-Request-ID per write; reads items back.
// Technical failures are retried by the policy; business rejections are not, and keep the ERP's
// message per header.
class PirODataClient final : public connectors::ErpTarget
{
public:
    // `sender` (usually an HttpClient: it keeps the session cookies) must outlive the client.
    explicit PirODataClient(net::HttpSender &sender, PirClientConfig config = {});

    Expected<std::vector<connectors::PirWriteResult>> writePirs(const std::vector<PirHeader> &headers,
        const connectors::PirWriteOptions &options, const connectors::WriteProgress &progress = {}) override;
    Expected<std::vector<PirStateItem>> readPirState(const connectors::PirStateFilter &filter) override;

    int tokenFetches() const { return m_session.tokenFetches(); }
    std::size_t requestsSent() const { return m_requests; }

private:
    struct WriteRun;
    // headers[indices] as one $batch request, in changesets of `perChangeset` headers.
    struct PreparedBatch
    {
        std::vector<std::size_t> indices;
        std::size_t perChangeset = 1;
        std::vector<std::size_t> changesetSizes;
        net::HttpRequest request;
    };

    connectors::PirWriteResult deepInsert(const WriteRun &run, std::size_t index);
    PreparedBatch prepareBatch(
        const WriteRun &run, std::vector<std::size_t> indices, std::size_t perChangeset) const;
    // Sends the batches concurrently (options.parallelRequests at once) and records each header's
    // result; headers of rejected multi-header changesets are resent alone.
    void sendBatches(const WriteRun &run, const std::vector<PreparedBatch> &batches,
        std::vector<connectors::PirWriteResult> &results);
    void applyBatchResult(const PreparedBatch &batch, const net::RetryResult &sent,
        std::vector<connectors::PirWriteResult> &results, std::vector<std::size_t> &isolate) const;
    net::RetryResult send(const net::HttpRequest &request);

    PirClientConfig m_config;
    net::CsrfSession m_session;
    std::size_t m_requests = 0;
};

} // namespace planbridge::s4
