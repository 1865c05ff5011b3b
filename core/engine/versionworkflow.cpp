#include "engine/versionworkflow.h"

#include "store/accounts.h"
#include "store/settings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace planbridge {

using auth::Action;

VersionWorkflow::VersionWorkflow(store::Cache &cache, std::optional<WorkflowSettings> settings)
    : m_cache(cache)
    , m_versions(cache)
    , m_settings(settings ? *settings : loadWorkflowSettings(cache))
{
}

WorkflowSettings loadWorkflowSettings(store::Cache &cache)
{
    WorkflowSettings settings;
    if (const auto minutes = store::Settings(cache).get(store::Settings::HighPrioritySlaMinutes))
        settings.highPrioritySla = std::chrono::minutes(std::max(1, std::atoi(minutes->c_str())));
    return settings;
}

Expected<store::StoredVersion> VersionWorkflow::load(const std::string &id)
{
    auto found = m_versions.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return EngineError { "version " + id + " is not in the cache" };
    return std::move(**found);
}

std::optional<EngineError> VersionWorkflow::refuse(
    const auth::Session &session, const std::string &id, const std::string &why)
{
    m_cache.audit().append(session.user(), "access.denied", id, nlohmann::json { { "reason", why } }.dump());
    return EngineError { why };
}

std::optional<EngineError> VersionWorkflow::registerVersion(
    const auth::Session &session, store::StoredVersion version)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Pull, version.id))
        return refused;
    if (version.plan.empty())
        version.plan = version.id;
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        auto all = m_versions.list();
        if (!all)
            return all.error();
        if (auto error = m_versions.add(version, session.user()))
            return error;
        for (const store::StoredVersion &older : *all) {
            if (older.plan != version.plan || !isBeforeRelease(older.state))
                continue;
            if (auto error = m_versions.transition(
                    older.id, VersionState::Superseded, session.user(), "superseded by " + version.id))
                return error;
        }
        return std::nullopt;
    });
}

std::optional<EngineError> VersionWorkflow::markValidated(
    const auth::Session &session, const std::string &id, const std::string &note)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Validate, id))
        return refused;
    return m_versions.transition(id, VersionState::Validated, session.user(), note);
}

std::optional<EngineError> VersionWorkflow::submit(const auth::Session &session, const std::string &id)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Submit, id))
        return refused;
    auto version = load(id);
    if (!version)
        return version.error();
    if (version->state == VersionState::Resolving)
        return EngineError { "version " + id
            + " has resolutions that were not validated yet: re-validate it first" };
    return m_versions.transition(id, VersionState::Submitted, session.user());
}

std::optional<EngineError> VersionWorkflow::approve(const auth::Session &session, const std::string &id)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Approve, id))
        return refused;
    auto version = load(id);
    if (!version)
        return version.error();
    if (version->state == VersionState::Submitted && version->submittedBy == session.user())
        return refuse(session, id,
            "four-eyes: " + session.user() + " submitted version " + id
                + " and cannot also approve it; "
                  "another approver must");
    return m_versions.transition(id, VersionState::Approved, session.user());
}

std::optional<EngineError> VersionWorkflow::sendBack(
    const auth::Session &session, const std::string &id, const std::string &reason)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::Approve, id))
        return refused;
    if (reason.empty())
        return EngineError { "say why the version goes back to the planners" };
    auto version = load(id);
    if (!version)
        return version.error();
    if (version->state != VersionState::Submitted)
        return EngineError { "version " + id + " is " + std::string(versionStateName(version->state))
            + ": only a submitted version can be sent back" };
    return m_versions.transition(id, VersionState::Validated, session.user(), "sent back: " + reason);
}

std::optional<EngineError> VersionWorkflow::cancel(
    const auth::Session &session, const std::string &id, const std::string &reason)
{
    auto version = load(id);
    if (!version)
        return version.error();
    // Before release planners and approvers may withdraw it; once queued for the ERP, approvers.
    const bool asPlanner = isBeforeRelease(version->state) && session.allows(Action::Submit);
    const Action action = asPlanner ? Action::Submit : Action::CancelRelease;
    if (auto refused = store::authorize(m_cache.audit(), session, action, id))
        return refused;
    if (reason.empty())
        return EngineError { "say why the version is cancelled" };
    return m_versions.transition(id, VersionState::Cancelled, session.user(), reason);
}

std::optional<std::chrono::system_clock::time_point> VersionWorkflow::slaDeadline(
    const store::StoredVersion &version) const
{
    if (version.priority != "high" || !version.approvedAt)
        return std::nullopt;
    const auto approved = parseUtcIso(*version.approvedAt);
    if (!approved)
        return std::nullopt;
    return *approved + m_settings.highPrioritySla;
}

std::optional<std::chrono::system_clock::time_point> parseUtcIso(const std::string &text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    char zulu = 0;
    if (text.size() != 24
        || std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &year, &month, &day, &hour, &minute,
               &second, &millis, &zulu)
            != 8
        || zulu != 'Z')
        return std::nullopt;
    std::tm utc {};
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    const std::time_t seconds = timegm(&utc);
    return std::chrono::system_clock::from_time_t(seconds) + std::chrono::milliseconds(millis);
}

} // namespace planbridge
