#include "auth/permissions.h"

#include "auth/session.h"

namespace planbridge::auth {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Planner:
        return "planner";
    case Role::Approver:
        return "approver";
    case Role::Scheduler:
        return "scheduler";
    case Role::Procurement:
        return "procurement";
    case Role::IntegrationSupport:
        return "integration-support";
    case Role::Admin:
        return "admin";
    }
    return "unknown";
}

std::vector<Role> allRoles()
{
    return { Role::Planner, Role::Approver, Role::Scheduler, Role::Procurement, Role::IntegrationSupport,
        Role::Admin };
}

std::optional<Role> parseRole(std::string_view name)
{
    for (const Role role : allRoles()) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

std::string_view actionName(Action action)
{
    switch (action) {
    case Action::ViewVersions:
        return "view versions";
    case Action::Pull:
        return "pull";
    case Action::Validate:
        return "validate";
    case Action::Resolve:
        return "resolve";
    case Action::Submit:
        return "submit";
    case Action::Approve:
        return "approve";
    case Action::Release:
        return "release";
    case Action::CancelRelease:
        return "cancel a release";
    case Action::ViewFeedback:
        return "view feedback";
    case Action::TriggerMrp:
        return "trigger MRP";
    case Action::ViewExceptions:
        return "view exceptions";
    case Action::Replay:
        return "replay";
    case Action::Resume:
        return "resume";
    case Action::ViewAudit:
        return "view the audit trail";
    case Action::Configure:
        return "configure";
    case Action::ManageUsers:
        return "manage users";
    }
    return "unknown";
}

bool roleAllows(Role role, Action action)
{
    switch (action) {
    case Action::ViewVersions:
    case Action::ViewFeedback:
        return true; // every role reads; the console shows each its own view
    case Action::Pull:
    case Action::Validate:
    case Action::Resolve:
    case Action::Submit:
        return role == Role::Planner;
    case Action::Approve:
    case Action::Release:
    case Action::CancelRelease:
        return role == Role::Approver;
    case Action::TriggerMrp:
        return role == Role::Approver || role == Role::Scheduler;
    case Action::ViewExceptions:
    case Action::Resume:
        return role == Role::IntegrationSupport || role == Role::Approver;
    case Action::Replay:
        return role == Role::IntegrationSupport;
    case Action::ViewAudit:
        return role == Role::IntegrationSupport || role == Role::Admin || role == Role::Approver;
    case Action::Configure:
    case Action::ManageUsers:
        return role == Role::Admin;
    }
    return false;
}

bool anyRoleAllows(const std::set<Role> &roles, Action action)
{
    for (const Role role : roles) {
        if (roleAllows(role, action))
            return true;
    }
    return false;
}

std::string Session::rolesText() const
{
    std::string text;
    for (const Role role : m_roles)
        text.append(text.empty() ? "" : ", ").append(roleName(role));
    return text.empty() ? std::string("no role") : text;
}

} // namespace planbridge::auth
