#pragma once

#include "connectors/s4/pirpayload.h"
#include "connectors/s4/pirstate.h"
#include "domain/expected.h"
#include "net/outcome.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::connectors {

enum class PirWriteMode {
    DeepInsert, // one POST /PlannedIndepRqmt per header
    Batch, // $batch requests of changesets
};

struct PirWriteOptions
{
    PirWriteMode mode = PirWriteMode::Batch;
    // A changeset is atomic: one rejected header fails all of it, and its headers are then resent
    // alone. 10 × 10 was the fastest shape on loopback (see the README's benchmark).
    std::size_t headersPerChangeset = 10;
    std::size_t changesetsPerBatch = 10;
    // One Repeatability-Request-ID per header (see s4/pirrequestid.h), parallel to the headers.
    // Empty: none are sent, and a retry after a lost response relies on absolute quantities alone.
    std::vector<std::string> requestIds;
    // $batch requests in flight at once, each on its own connection (curl multi).
    std::size_t parallelRequests = 1;
    // The release the writes belong to. An ERP that keeps documents per period (Tryton's forecasts)
    // uses it to tell a resend of the same release from a replacement by a newer one.
    std::string correlationId {};
};

enum class PirWriteStatus {
    Written,
    Rejected, // the ERP refused it (business): retrying repeats the rejection; a person must act
    Failed, // technical: the outbox may try again later (see `outcome`)
    NotSent, // cancelled before it was sent
};

// What happened to one header.
struct PirWriteResult
{
    PirWriteStatus status = PirWriteStatus::NotSent;
    net::Outcome outcome = net::Outcome::Technical;
    int httpStatus = 0; // of the header's own response (inside a $batch: its part's)
    int attempts = 0; // HTTP requests that carried it
    std::string errorCode; // the ERP's message code, e.g. "PPH_PIR/012"
    std::string message; // the ERP's message text, or a redacted technical description
};

// Called after each header or $batch request; returning false stops before the next one.
using WriteProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Which PIR items to read back; unset fields are not filtered on.
struct PirStateFilter
{
    std::optional<std::string> product;
    std::optional<std::string> plant;
    std::optional<std::string> mrpArea;
    std::optional<std::string> requirementType;
    std::optional<std::string> version;
};

// The other direction: the ERP that takes planned independent requirements.
class ErpTarget
{
public:
    virtual ~ErpTarget() = default;

    // One result per header, in order. An error only for unusable options (nothing was sent).
    virtual Expected<std::vector<PirWriteResult>> writePirs(const std::vector<s4::PirHeader> &headers,
        const PirWriteOptions &options, const WriteProgress &progress = {})
        = 0;
    // The ERP's current items, for a diff against what a version would write.
    virtual Expected<std::vector<s4::PirStateItem>> readPirState(const PirStateFilter &filter) = 0;
};

} // namespace planbridge::connectors
