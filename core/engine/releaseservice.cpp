#include "engine/releaseservice.h"

#include "connectors/s4/pirheaderjson.h"
#include "connectors/s4/pirrequestid.h"
#include "engine/versionworkflow.h"
#include "store/accounts.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <nlohmann/json.hpp>

#include <thread>

namespace planbridge {
namespace {

using auth::Action;
using store::DeliveryOutcome;

std::string isoAfter(std::chrono::milliseconds delay)
{
    return store::utcIso(std::chrono::system_clock::now() + delay);
}

std::string recordsText(const s4::PirHeader &header)
{
    std::string text;
    for (const s4::PirItem &item : header.items)
        text.append(text.empty() ? "" : ",").append(std::to_string(item.record));
    return text;
}

} // namespace

std::string idempotencyKey(const std::string &versionId, const s4::PirHeader &header)
{
    return s4::stableRequestId(versionId + '\x1f' + s4::headerKeyPredicate(header));
}

Expected<StoredRelease> findRelease(store::Cache &cache, const std::string &releaseId)
{
    auto release = store::OutboxStore(cache).release(releaseId);
    if (!release)
        return release.error();
    if (!*release)
        return EngineError { "release " + releaseId + " is not in the cache" };
    auto version = store::VersionStore(cache).find((*release)->versionId);
    if (!version || !*version)
        return EngineError { "version " + (*release)->versionId + " of release " + releaseId
            + " is missing" };
    return StoredRelease { std::move(**release), std::move(**version) };
}

ReleaseService::ReleaseService(store::Cache &cache, connectors::ErpTarget &erp, s4::PirSettings pir)
    : m_cache(cache)
    , m_erp(erp)
    , m_pir(std::move(pir))
    , m_outbox(cache)
{
}

Expected<std::string> ReleaseService::release(const auth::Session &session, const std::string &versionId)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Release, versionId))
        return *refused;
    store::VersionStore versions(m_cache);
    auto version = versions.find(versionId);
    if (!version)
        return version.error();
    if (!*version)
        return EngineError { "version " + versionId + " is not in the cache" };
    if ((*version)->state != VersionState::Approved)
        return EngineError { "version " + versionId + " is "
            + std::string(versionStateName((*version)->state))
            + ": only an approved version can be released" };
    auto all = versions.list();
    if (!all)
        return all.error();
    for (const store::StoredVersion &other : *all) {
        if (other.plan == (*version)->plan && other.id != versionId && isReleaseInFlight(other.state))
            return EngineError { "version " + other.id + " of the same plan is still being released ("
                + std::string(versionStateName(other.state)) + "): finish, resume or cancel it first" };
    }
    auto result = store::ResultStore(m_cache).load(versionId);
    if (!result)
        return result.error();
    if (!*result)
        return EngineError { "version " + versionId + " has no validation result in the cache" };
    auto mapping = s4::mapToPir(**result, m_pir);
    if (!mapping)
        return mapping.error();
    if (!mapping->issues.empty()) {
        const s4::PirMappingIssue &first = mapping->issues.front();
        return EngineError { "version " + versionId + " has " + std::to_string(mapping->issues.size())
            + " ERP records the ERP cannot take, e.g. record " + std::to_string(first.record) + ": "
            + first.message };
    }
    std::vector<store::NewWrite> writes;
    writes.reserve(mapping->headers.size());
    for (const s4::PirHeader &header : mapping->headers)
        writes.push_back({ idempotencyKey(versionId, header), header.plant, header.product,
            recordsText(header), s4::pirHeaderJson(header) });
    auto earlier = m_outbox.releasesOf(versionId);
    if (!earlier)
        return earlier.error();
    const std::string releaseId = "REL-" + versionId + "-" + std::to_string(earlier->size() + 1);
    auto failed = m_cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto error = m_outbox.enqueue(releaseId, versionId, session.user(), writes))
            return error;
        return versions.transition(versionId, VersionState::Released, session.user(), "release " + releaseId);
    });
    if (failed)
        return *failed;
    return releaseId;
}

std::optional<EngineError> ReleaseService::finishIfDone(const std::string &versionId,
    const std::string &releaseId, const store::OutboxCounts &counts, const std::string &actor)
{
    if (counts.queued > 0)
        return std::nullopt;
    store::VersionStore versions(m_cache);
    auto version = versions.find(versionId);
    if (!version)
        return version.error();
    if (!*version || (*version)->state != VersionState::Posting)
        return std::nullopt; // finished by an earlier run
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto error = m_outbox.finishRelease(releaseId, "done"))
            return error;
        const VersionState to = counts.dead > 0 ? VersionState::PartiallyPosted : VersionState::Posted;
        const std::string note = std::to_string(counts.acked) + " writes acknowledged, "
            + std::to_string(counts.dead) + " dead letters";
        return versions.transition(versionId, to, actor, note);
    });
}

Expected<DispatchReport> ReleaseService::dispatch(
    const auth::Session &session, const std::string &releaseId, const DispatchOptions &options)
{
    // Whoever released it sends it; integration support resumes it.
    const Action action = session.allows(Action::Release) ? Action::Release : Action::Resume;
    if (auto refused = store::authorize(m_cache.audit(), session, action, releaseId))
        return *refused;
    auto found = findRelease(m_cache, releaseId);
    if (!found)
        return found.error();
    const std::string versionId = found->version.id;
    store::VersionStore versions(m_cache);
    if (found->release.state == "cancelled")
        return EngineError { "release " + releaseId + " was cancelled" };
    const VersionState state = found->version.state;
    if (state == VersionState::Released || state == VersionState::PartiallyPosted) {
        if (auto error
            = versions.transition(versionId, VersionState::Posting, session.user(), "sending " + releaseId))
            return *error;
    }

    if (options.retryNow) {
        if (auto made = m_outbox.makeDueNow(releaseId); !made)
            return made.error();
    }
    DispatchReport report;
    std::chrono::milliseconds waited { 0 };
    const auto sleep = [&](std::chrono::milliseconds d) {
        if (options.sleep)
            options.sleep(d);
        else
            std::this_thread::sleep_for(d);
        waited += d;
    };
    for (;;) {
        auto due = m_outbox.due(releaseId, store::utcNowIso(), std::max<std::size_t>(1, options.window));
        if (!due)
            return due.error();
        if (due->empty()) {
            auto counts = m_outbox.counts(releaseId);
            if (!counts)
                return counts.error();
            report.counts = *counts;
            if (counts->queued == 0 || waited >= options.waitBudget)
                break;
            // Writes wait for a later attempt (the ERP is down or throttling): wait for the first.
            const auto next = parseUtcIso(counts->nextDue.value_or(""));
            auto pause = next ? std::chrono::duration_cast<std::chrono::milliseconds>(
                             *next - std::chrono::system_clock::now())
                              : std::chrono::milliseconds(1000);
            pause = std::clamp(pause, std::chrono::milliseconds(1), options.waitBudget - waited);
            sleep(pause);
            continue;
        }
        std::vector<s4::PirHeader> headers;
        connectors::PirWriteOptions write = options.write;
        write.requestIds.clear();
        write.correlationId = releaseId;
        std::vector<DeliveryOutcome> outcomes;
        for (const store::OutboxItem &item : *due) {
            auto header = s4::parsePirHeaderJson(item.payload);
            if (!header) {
                // A payload the cache cannot read back will never go: a dead letter, not a crash.
                outcomes.push_back({ item.id, DeliveryOutcome::Kind::Dead, std::nullopt, {}, "technical", {},
                    header.error().message });
                continue;
            }
            headers.push_back(std::move(*header));
            write.requestIds.push_back(item.key);
        }
        std::vector<const store::OutboxItem *> sent;
        for (const store::OutboxItem &item : *due) {
            if (std::none_of(outcomes.begin(), outcomes.end(),
                    [&](const DeliveryOutcome &o) { return o.id == item.id; }))
                sent.push_back(&item);
        }
        auto results = m_erp.writePirs(headers, write);
        if (!results)
            return results.error();
        for (std::size_t i = 0; i < sent.size(); ++i) {
            const connectors::PirWriteResult &r = (*results)[i];
            const store::OutboxItem &item = *sent[i];
            DeliveryOutcome o;
            o.id = item.id;
            if (r.httpStatus)
                o.status = r.httpStatus;
            o.errorCode = r.errorCode;
            o.message = r.message;
            switch (r.status) {
            case connectors::PirWriteStatus::Written:
                o.kind = DeliveryOutcome::Kind::Acked;
                break;
            case connectors::PirWriteStatus::Rejected:
                o.kind = DeliveryOutcome::Kind::Dead;
                o.outcome = "business";
                break;
            case connectors::PirWriteStatus::Failed:
                if (item.attempts + 1 >= options.maxDeliveryAttempts) {
                    o.kind = DeliveryOutcome::Kind::Dead;
                    o.outcome = "technical";
                } else {
                    o.kind = DeliveryOutcome::Kind::Retry;
                    const double random = options.random ? options.random() : 0.5;
                    o.nextAttemptAt = isoAfter(net::backoffDelay(options.backoff, item.attempts + 1, random));
                }
                break;
            case connectors::PirWriteStatus::NotSent:
                continue;
            }
            outcomes.push_back(std::move(o));
        }
        if (auto error = m_outbox.record(outcomes, session.user()))
            return *error;
        ++report.rounds;
        auto counts = m_outbox.counts(releaseId);
        if (!counts)
            return counts.error();
        report.counts = *counts;
        if (options.progress && !options.progress(*counts)) {
            report.stopped = true;
            return report;
        }
    }
    report.finished = report.counts.queued == 0;
    if (auto error = finishIfDone(versionId, releaseId, report.counts, session.user()))
        return *error;
    return report;
}

Expected<DispatchReport> ReleaseService::replay(const auth::Session &session, const std::string &releaseId,
    const std::vector<std::int64_t> &ids, const DispatchOptions &options)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Replay, releaseId))
        return *refused;
    auto replayed = m_outbox.replay(releaseId, ids, session.user());
    if (!replayed)
        return replayed.error();
    return dispatch(session, releaseId, options);
}

std::optional<EngineError> ReleaseService::cancel(
    const auth::Session &session, const std::string &releaseId, const std::string &reason)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::CancelRelease, releaseId))
        return refused;
    if (reason.empty())
        return EngineError { "say why the release is cancelled" };
    auto release = m_outbox.release(releaseId);
    if (!release)
        return release.error();
    if (!*release)
        return EngineError { "release " + releaseId + " is not in the cache" };
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto error = m_outbox.cancel(releaseId, session.user()))
            return error;
        return store::VersionStore(m_cache).transition((*release)->versionId, VersionState::Cancelled,
            session.user(), "release " + releaseId + " cancelled: " + reason);
    });
}

} // namespace planbridge
