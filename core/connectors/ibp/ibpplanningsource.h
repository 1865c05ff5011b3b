#pragma once

#include "connectors/planningsource.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"

#include <cstddef>
#include <string>

namespace planbridge::ibp {

struct IbpSourceConfig
{
    // Relative to the sender's base URL, or absolute.
    std::string serviceRoot = "/sap/opu/odata/IBP/PLANNING_DATA_API_SRV";
    std::string planningArea = "PBDEMAND"; // the key-figure entity set
    std::string catalogue = "PlanningVersions";
    std::size_t pageSize = 5000; // $top; third-party IBP clients use 5,000
    // Pages fetched at once after the first (curl multi, one connection each): a pull over a WAN
    // link is bound by round trips, not bandwidth.
    std::size_t parallelPages = 4;
    net::RetryPolicy retry;
    net::RetryHooks hooks = net::RetryHooks::system();
};

// Reads forecast versions from an IBP-shaped planning-data OData v2 service (PLANNING_DATA_API_SRV):
// the version catalogue, then one version's consensus demand paged with $top/$skip, its total
// checked through $inlinecount=allpages so a short or shifting read is an error, not a silent gap.
class IbpPlanningSource final : public connectors::PlanningSource
{
public:
    // `sender` (usually an HttpClient with Basic auth) must outlive the source.
    explicit IbpPlanningSource(net::HttpSender &sender, IbpSourceConfig config = {});

    Expected<std::vector<connectors::PlanningVersionInfo>> listVersions() override;
    Expected<connectors::PulledVersion> pullVersion(const std::string &versionId, RecordSink &sink) override;

    // Requests made by the last pull (diagnostics; tests count the pages).
    std::size_t requestsSent() const { return m_pages; }

private:
    Expected<std::string> get(const std::string &url); // the catalogue
    std::string pageUrl(const connectors::PlanningVersionInfo &version, std::size_t skip) const;

    net::HttpSender &m_sender;
    IbpSourceConfig m_config;
    std::size_t m_pages = 0;
};

} // namespace planbridge::ibp
