#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::auth {

enum class Role { Planner, Approver, Scheduler, Procurement, IntegrationSupport, Admin };

// Everything a person can ask the engine to do. The engine checks one of these on every call.
enum class Action {
    ViewVersions, // versions, records, rejects, diffs, KPIs
    Pull, // bring a version in from the planning source
    Validate, // (re-)validate a version
    Resolve, // record a resolution of rejects
    Submit, // ask for release
    Approve, // approve a submitted version (never one's own submission)
    Release, // start posting an approved version
    CancelRelease, // cancel a release still queued
    ViewFeedback, // planned orders, requisitions, shortages
    TriggerMrp, // run MRP and collect feedback
    ViewExceptions, // outbox, dead letters, payloads (secrets masked)
    Replay, // resend dead letters
    Resume, // continue an interrupted release
    ViewAudit,
    Configure, // endpoints, SLAs
    ManageUsers,
};

std::string_view roleName(Role role); // planner, approver, scheduler, procurement, integration-support, admin
std::optional<Role> parseRole(std::string_view name);
std::string_view actionName(Action action); // e.g. "release"
std::vector<Role> allRoles();

// Which roles may do what. Segregation of duties: the admin manages users and settings but takes
// no part in the release flow, and the planner who submits cannot approve (four-eyes is checked
// per version on top of this).
bool roleAllows(Role role, Action action);
bool anyRoleAllows(const std::set<Role> &roles, Action action);

} // namespace planbridge::auth
