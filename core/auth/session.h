#pragma once

#include "auth/permissions.h"

#include <set>
#include <string>

namespace planbridge::store {
class Accounts;
}

namespace planbridge::auth {

// A signed-in user. Only Accounts makes one, after checking a credential, so an engine call that
// takes a Session cannot be made on behalf of someone who did not sign in.
class Session
{
public:
    const std::string &user() const { return m_user; }
    const std::set<Role> &roles() const { return m_roles; }
    bool allows(Action action) const { return anyRoleAllows(m_roles, action); }
    std::string rolesText() const; // "approver, scheduler"

private:
    friend class planbridge::store::Accounts;
    Session(std::string user, std::set<Role> roles)
        : m_user(std::move(user))
        , m_roles(std::move(roles))
    {
    }

    std::string m_user;
    std::set<Role> m_roles;
};

} // namespace planbridge::auth
