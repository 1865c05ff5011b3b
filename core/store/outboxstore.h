#pragma once

#include "domain/expected.h"
#include "store/cache.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::store {

enum class OutboxState { Queued, Acked, Dead, Cancelled };

std::string_view outboxStateName(OutboxState state); // queued, acked, dead, cancelled

// One ERP write waiting in, or done with, the outbox.
struct OutboxItem
{
    std::int64_t id = 0;
    std::string releaseId;
    int seq = 0;
    std::string key; // idempotency key
    std::string plant;
    std::string product;
    std::string records; // lineage, "4,5,9"
    std::string payload;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    std::string nextAttemptAt;
    std::optional<int> lastStatus;
    std::string outcome; // business | technical, for dead letters
    std::string errorCode;
    std::string lastError;
    std::string updatedAt;
};

// A write to put in the outbox.
struct NewWrite
{
    std::string key;
    std::string plant;
    std::string product;
    std::string records;
    std::string payload;
};

struct ReleaseInfo
{
    std::string id;
    std::string versionId;
    std::string state; // queued, done, cancelled
    std::string createdAt;
    std::string createdBy;
    std::optional<std::string> finishedAt;
};

struct OutboxCounts
{
    std::size_t queued = 0;
    std::size_t acked = 0;
    std::size_t dead = 0;
    std::size_t cancelled = 0;
    std::size_t attempts = 0; // every send of every write, first tries included
    std::optional<std::string> nextDue; // earliest next_attempt_at among the queued

    std::size_t total() const { return queued + acked + dead + cancelled; }
};

// What one delivery attempt of one write came to.
struct DeliveryOutcome
{
    std::int64_t id = 0;
    enum class Kind { Acked, Retry, Dead } kind = Kind::Acked;
    std::optional<int> status;
    std::string nextAttemptAt; // Retry
    std::string outcome; // Dead: business | technical
    std::string errorCode;
    std::string message;
};

// The durable outbox in the cache: a release's writes are queued in one transaction, and every
// delivery outcome is recorded (and audited) before the next write goes, so a killed process
// resumes exactly where the outbox stands. Acknowledged writes are never handed out again.
class OutboxStore
{
public:
    explicit OutboxStore(Cache &cache);

    // The release and all its writes, in the caller's transaction when there is one.
    std::optional<EngineError> enqueue(const std::string &releaseId, const std::string &versionId,
        const std::string &actor, const std::vector<NewWrite> &writes);

    // Queued writes of the release due at `now`, in sending order, at most `limit`.
    Expected<std::vector<OutboxItem>> due(
        const std::string &releaseId, const std::string &now, std::size_t limit);
    // Records the outcomes of one round of sending, each with its audit entry, in one transaction.
    std::optional<EngineError> record(const std::vector<DeliveryOutcome> &outcomes, const std::string &actor);

    Expected<OutboxCounts> counts(const std::string &releaseId);
    // The same over every release in the cache (the console's status bar).
    Expected<OutboxCounts> totals();
    Expected<std::vector<OutboxItem>> items(const std::string &releaseId, std::optional<OutboxState> state);
    Expected<std::optional<ReleaseInfo>> release(const std::string &releaseId);
    // The releases of a version, newest first.
    Expected<std::vector<ReleaseInfo>> releasesOf(const std::string &versionId);
    std::optional<EngineError> finishRelease(const std::string &releaseId, const std::string &state);

    // Queued writes of a release that has sent nothing yet become cancelled; an error otherwise.
    std::optional<EngineError> cancel(const std::string &releaseId, const std::string &actor);
    // Queued writes of a release waiting out a backoff become due now (the ERP answers again, or a
    // person resumed): returns how many. Their attempts and keys stay as they are.
    Expected<std::size_t> makeDueNow(const std::string &releaseId);
    // Dead letters back to queued, due now, keeping their idempotency keys; `ids` empty: all of
    // the release's. Returns how many.
    Expected<std::size_t> replay(
        const std::string &releaseId, const std::vector<std::int64_t> &ids, const std::string &actor);

private:
    Expected<OutboxCounts> countsOf(const std::optional<std::string> &releaseId);

    Cache &m_cache;
};

} // namespace planbridge::store
