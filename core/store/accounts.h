#pragma once

#include "auth/passwordhash.h"
#include "auth/session.h"
#include "domain/expected.h"
#include "store/cache.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace planbridge::store {

struct UserInfo
{
    std::string name;
    std::set<auth::Role> roles;
    std::string createdAt;
    std::string createdBy;
    bool disabled = false;
};

// Local accounts in the cache: salted PBKDF2 hashes, roles, and sign-in. Every change and every
// failed sign-in is audited. An enterprise identity provider would be another way to make a
// Session; the engine only ever sees Sessions.
class Accounts
{
public:
    explicit Accounts(Cache &cache);

    bool hasUsers();
    // The first account of a new cache; refused once any account exists. It must be an admin, who
    // then adds everyone else.
    std::optional<EngineError> bootstrap(const std::string &name, const std::set<auth::Role> &roles,
        const std::string &password, int iterations = auth::DefaultIterations);
    std::optional<EngineError> addUser(const auth::Session &by, const std::string &name,
        const std::set<auth::Role> &roles, const std::string &password,
        int iterations = auth::DefaultIterations);
    Expected<std::vector<UserInfo>> list(const auth::Session &by);

    // The same answer for an unknown user and a wrong password, so names cannot be probed.
    Expected<auth::Session> signIn(const std::string &name, const std::string &password);

private:
    std::optional<EngineError> insert(const std::string &by, const std::string &name,
        const std::set<auth::Role> &roles, const std::string &password, int iterations);

    Cache &m_cache;
};

// The engine's check before every action: allowed, or an error naming the user, their roles and
// the action, with the refusal written to the audit log.
std::optional<EngineError> authorize(
    AuditLog &audit, const auth::Session &session, auth::Action action, const std::string &subject);

std::string rolesText(const std::set<auth::Role> &roles); // "approver,planner"
std::optional<std::set<auth::Role>> parseRoles(const std::string &text); // the reverse; nullopt if unknown

} // namespace planbridge::store
