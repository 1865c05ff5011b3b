#include "engine/kpis.h"

#include "domain/reasoncode.h"
#include "store/accounts.h"
#include "store/outboxstore.h"
#include "store/versionstore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace planbridge {
namespace {

using store::Statement;

std::optional<double> secondsBetween(const std::string &from, const std::string &to)
{
    const auto a = parseUtcIso(from);
    const auto b = parseUtcIso(to);
    if (!a || !b)
        return std::nullopt;
    return std::chrono::duration<double>(*b - *a).count();
}

std::optional<double> percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(values.size(), rank) - 1];
}

// When the version first reached any of `states`, from its history.
std::optional<std::string> firstTime(
    const std::vector<store::StateChange> &history, std::initializer_list<VersionState> states)
{
    for (const auto &change : history) {
        if (std::find(states.begin(), states.end(), change.state) != states.end())
            return change.at;
    }
    return std::nullopt;
}

} // namespace

Expected<KpiReport> computeKpis(
    const auth::Session &session, store::Cache &cache, const WorkflowSettings &settings)
{
    if (auto refused = store::authorize(cache.audit(), session, auth::Action::ViewVersions, "kpis"))
        return *refused;
    store::VersionStore versions(cache);
    store::OutboxStore outbox(cache);
    auto all = versions.list();
    if (!all)
        return all.error();
    Statement *results = cache.db().prepare(
        "SELECT rows_in, rows_accepted, rejects_by_reason FROM version_results WHERE version_id = ?1");
    if (!results)
        return cache.db().error("cannot read results");

    KpiReport report;
    std::vector<double> latencies;
    std::vector<double> mrpLatencies;
    std::uint64_t rowsIn = 0;
    std::uint64_t rowsAccepted = 0;
    std::size_t posted = 0;
    std::size_t withFeedback = 0;
    const auto now = std::chrono::system_clock::now();
    for (const store::StoredVersion &v : *all) {
        VersionKpis k;
        k.versionId = v.id;
        k.priority = v.priority;
        k.state = std::string(versionStateName(v.state));
        k.approvedAt = v.approvedAt;
        results->reset();
        if (results->bind(1, v.id).step() == Statement::Step::Row) {
            k.rowsIn = std::uint64_t(results->integer(0));
            k.rowsAccepted = std::uint64_t(results->integer(1));
            std::stringstream counts(results->text(2));
            int reason = 0;
            for (std::string count; std::getline(counts, count, ',') && reason < ReasonCodeCount; ++reason) {
                const std::uint64_t n = std::strtoull(count.c_str(), nullptr, 10);
                if (n == 0)
                    continue;
                const std::string name(reasonCodeName(static_cast<ReasonCode>(reason)));
                k.rejectsByReason[name] = n;
                k.rowsRejected += n;
                report.rejectsByReason[name] += n;
            }
            rowsIn += k.rowsIn;
            rowsAccepted += k.rowsAccepted;
        }
        results->reset();

        auto releases = outbox.releasesOf(v.id);
        if (!releases)
            return releases.error();
        for (const store::ReleaseInfo &release : *releases) {
            auto counts = outbox.counts(release.id);
            if (!counts)
                return counts.error();
            k.writes += counts->total();
            k.acknowledged += counts->acked;
            k.queued += counts->queued;
            k.deadLetters += counts->dead;
            const std::size_t settled = counts->acked + counts->dead;
            k.retries += counts->attempts > settled ? counts->attempts - settled : 0;
        }
        auto history = versions.history(v.id);
        if (!history)
            return history.error();
        const auto postedAt = firstTime(*history, { VersionState::Posted, VersionState::PartiallyPosted });
        if (v.approvedAt && postedAt)
            k.approvalToPostingSeconds = secondsBetween(*v.approvedAt, *postedAt);
        if (const auto deadline = VersionWorkflow(cache, settings).slaDeadline(v)) {
            k.slaSeconds = std::chrono::duration<double>(settings.highPrioritySla).count();
            if (k.approvalToPostingSeconds)
                k.slaMet = *k.approvalToPostingSeconds <= *k.slaSeconds;
            else if (now > *deadline)
                k.slaMet = false; // ran out before the ERP had it
        }
        if (const auto triggered = firstTime(*history, { VersionState::MrpTriggered }); triggered && postedAt)
            k.mrpTriggerSeconds = secondsBetween(*postedAt, *triggered);
        k.feedbackComplete = v.state == VersionState::FeedbackComplete;

        if (k.approvalToPostingSeconds)
            latencies.push_back(*k.approvalToPostingSeconds);
        if (k.mrpTriggerSeconds)
            mrpLatencies.push_back(*k.mrpTriggerSeconds);
        if (k.slaMet == false)
            ++report.slaBreaches;
        if (postedAt) {
            ++posted;
            withFeedback += k.feedbackComplete ? 1 : 0;
        }
        report.retryVolume += k.retries;
        report.queueDepth += k.queued;
        report.deadLetters += k.deadLetters;
        report.versions.push_back(std::move(k));
    }
    // Oldest approval first: the series the dashboards draw over time.
    std::stable_sort(
        report.versions.begin(), report.versions.end(), [](const VersionKpis &a, const VersionKpis &b) {
            return a.approvedAt.value_or("~") < b.approvedAt.value_or("~");
        });
    report.latencyP50 = percentile(latencies, 0.50);
    report.latencyP95 = percentile(latencies, 0.95);
    report.mrpTriggerP50 = percentile(mrpLatencies, 0.50);
    report.acceptanceRate = rowsIn ? double(rowsAccepted) / double(rowsIn) : 0;
    report.feedbackCompletion = posted ? double(withFeedback) / double(posted) : 0;
    return report;
}

std::string kpisJson(const KpiReport &r)
{
    using nlohmann::ordered_json;
    const auto optional = [](const auto &value) { return value ? ordered_json(*value) : ordered_json(); };
    ordered_json versions = ordered_json::array();
    for (const VersionKpis &k : r.versions) {
        versions.push_back({ { "version", k.versionId }, { "priority", k.priority }, { "state", k.state },
            { "approved_at", optional(k.approvedAt) }, { "rows_in", k.rowsIn },
            { "rows_accepted", k.rowsAccepted }, { "rows_rejected", k.rowsRejected },
            { "rejects_by_reason", k.rejectsByReason },
            { "approval_to_posting_s", optional(k.approvalToPostingSeconds) },
            { "sla_s", optional(k.slaSeconds) }, { "sla_met", optional(k.slaMet) }, { "writes", k.writes },
            { "acknowledged", k.acknowledged }, { "queued", k.queued }, { "dead_letters", k.deadLetters },
            { "retries", k.retries }, { "mrp_trigger_s", optional(k.mrpTriggerSeconds) },
            { "feedback_complete", k.feedbackComplete } });
    }
    return ordered_json {
        { "approval_to_posting_p50_s", optional(r.latencyP50) },
        { "approval_to_posting_p95_s", optional(r.latencyP95) }, { "sla_breaches", r.slaBreaches },
        { "acceptance_rate", r.acceptanceRate }, { "rejects_by_reason", r.rejectsByReason },
        { "retry_volume", r.retryVolume }, { "queue_depth", r.queueDepth }, { "dead_letters", r.deadLetters },
        { "feedback_completion", r.feedbackCompletion }, { "mrp_trigger_p50_s", optional(r.mrpTriggerP50) },
        { "versions", std::move(versions) }
    }.dump(2);
}

} // namespace planbridge
