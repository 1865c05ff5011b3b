#pragma once

#include "auth/session.h"
#include "connectors/erptarget.h"
#include "connectors/s4/pirpayload.h"
#include "domain/expected.h"
#include "net/retrypolicy.h"
#include "store/cache.h"
#include "store/outboxstore.h"
#include "store/versionstore.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace planbridge {

// How the dispatcher sends a release.
struct DispatchOptions
{
    connectors::PirWriteOptions write; // shape of the requests; request ids come from the outbox
    std::size_t window = 1000; // writes taken from the outbox per round
    int maxDeliveryAttempts = 8; // rounds a write may fail technically before it is a dead letter
    net::RetryPolicy backoff { 8, std::chrono::milliseconds(2000), std::chrono::milliseconds(300'000) };
    // How long run() keeps waiting for writes that are due later (an ERP outage); they stay queued
    // for resume after that. Zero: return as soon as nothing is due.
    std::chrono::milliseconds waitBudget { 0 };
    std::function<bool(const store::OutboxCounts &)> progress; // after each round; false stops
    std::function<void(std::chrono::milliseconds)> sleep; // empty: this thread sleeps
    std::function<double()> random; // jitter in [0, 1); empty: 0.5
    // Send writes waiting out a backoff now instead of at their time: the ERP answers again, or
    // a person resumed. Their attempt counts are kept.
    bool retryNow = false;
};

struct DispatchReport
{
    store::OutboxCounts counts;
    int rounds = 0;
    bool finished = false; // nothing left queued
    bool stopped = false; // progress asked to stop
};

// Release and delivery: an approved version's ERP writes go into the outbox in one transaction
// with its move to released; the dispatcher sends them, records every outcome before the next
// round, retries technical failures with backoff, sends business rejections to the dead letters
// at once, and finishes the version as posted or partially posted. Every call checks the session.
class ReleaseService
{
public:
    ReleaseService(store::Cache &cache, connectors::ErpTarget &erp, s4::PirSettings pir = {});

    // Queues the writes of an approved version; returns the release id (its correlation id).
    Expected<std::string> release(const auth::Session &session, const std::string &versionId);
    // Sends what is due until the release is done, the wait budget is spent, or progress stops it.
    // Resuming after a crash is calling it again: the outbox says what is left.
    Expected<DispatchReport> dispatch(
        const auth::Session &session, const std::string &releaseId, const DispatchOptions &options);
    // Dead letters back into the queue (all of the release's when `ids` is empty), then dispatch.
    Expected<DispatchReport> replay(const auth::Session &session, const std::string &releaseId,
        const std::vector<std::int64_t> &ids, const DispatchOptions &options);
    // A release that has sent nothing yet; the version becomes cancelled.
    std::optional<EngineError> cancel(
        const auth::Session &session, const std::string &releaseId, const std::string &reason);

    store::OutboxStore &outbox() { return m_outbox; }

private:
    std::optional<EngineError> finishIfDone(const std::string &versionId, const std::string &releaseId,
        const store::OutboxCounts &counts, const std::string &actor);

    store::Cache &m_cache;
    connectors::ErpTarget &m_erp;
    s4::PirSettings m_pir;
    store::OutboxStore m_outbox;
};

// A release in the cache with its version, or an error saying which of them is missing.
struct StoredRelease
{
    store::ReleaseInfo release;
    store::StoredVersion version;
};
Expected<StoredRelease> findRelease(store::Cache &cache, const std::string &releaseId);

// Version + ERP key: the same write of the same version gets the same key on every resend.
std::string idempotencyKey(const std::string &versionId, const s4::PirHeader &header);

} // namespace planbridge
