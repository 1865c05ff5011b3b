#pragma once

#include "sandbox/appjobservice.h"
#include "sandbox/csrfguard.h"
#include "sandbox/faultinjector.h"
#include "sandbox/mrpservice.h"
#include "sandbox/pirservice.h"
#include "sandbox/repeatjournal.h"
#include "sandbox/sandboxoptions.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace planbridge::sandbox {

inline constexpr const char *PirServiceRoot = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV";

// Every service root the gateway answers (the PIR service, the application-job API and the MRP
// read-backs); the server routes each of them, and nothing else, here.
std::array<std::string_view, 5> erpServiceRoots();

// Counters the admin endpoint reports, so tests can prove what reached the ERP and what did not.
struct GatewayCounters
{
    std::atomic<std::uint64_t> requests { 0 };
    std::atomic<std::uint64_t> writesReceived { 0 };
    std::atomic<std::uint64_t> writesApplied { 0 };
    std::atomic<std::uint64_t> duplicatesDetected { 0 };
    std::atomic<std::uint64_t> outageRejections { 0 };
    std::atomic<std::uint64_t> throttled { 0 };
    std::atomic<std::uint64_t> randomErrors { 0 };
    std::atomic<std::uint64_t> droppedResponses { 0 };
    std::atomic<std::uint64_t> businessRejections { 0 };
    std::atomic<std::uint64_t> csrfRejections { 0 };
    std::atomic<std::uint64_t> authRejections { 0 };

    void reset();
};

// The HTTP face of the sandbox ERP, in the order a real landscape applies it: availability and
// throttling, then authentication, CSRF, repeatability, and finally the OData service. The MRP
// trigger and read-back services sit behind the same gateway, so faults and CSRF apply to them too.
class ErpGateway
{
public:
    explicit ErpGateway(const SandboxOptions &options);

    void serve(const httplib::Request &request, httplib::Response &response);

    PirService &pir() { return m_pir; }
    MrpService &mrp() { return m_mrp; }
    CsrfGuard &csrf() { return m_csrf; }
    FaultInjector &faults() { return m_faults; }
    RepeatJournal &journal() { return m_journal; }
    GatewayCounters &counters() { return m_counters; }

private:
    bool authorised(const httplib::Request &request, std::string &user) const;
    HttpReply dispatch(std::string_view root, const HttpCall &call, const std::string &contentType);

    SandboxOptions m_options;
    FaultInjector m_faults;
    CsrfGuard m_csrf;
    RepeatJournal m_journal;
    GatewayCounters m_counters;
    PirService m_pir;
    MrpService m_mrp; // after m_pir: its worker reads the PIR state until it is joined
    AppJobService m_jobs;
};

} // namespace planbridge::sandbox
