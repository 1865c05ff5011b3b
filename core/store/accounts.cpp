#include "store/accounts.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace planbridge::store {
namespace {

bool validName(const std::string &name)
{
    if (name.empty() || name.size() > 64)
        return false;
    for (const unsigned char c : name) {
        if (!std::isalnum(c) && c != '.' && c != '_' && c != '-' && c != '@')
            return false;
    }
    return true;
}

std::string detail(const nlohmann::json &fields)
{
    return fields.dump();
}

} // namespace

std::string rolesText(const std::set<auth::Role> &roles)
{
    std::string text;
    for (const auth::Role role : roles)
        text.append(text.empty() ? "" : ",").append(auth::roleName(role));
    return text;
}

std::optional<std::set<auth::Role>> parseRoles(const std::string &text)
{
    std::set<auth::Role> roles;
    std::stringstream stream(text);
    for (std::string name; std::getline(stream, name, ',');) {
        const auto role = auth::parseRole(name);
        if (!role)
            return std::nullopt;
        roles.insert(*role);
    }
    return roles;
}

Accounts::Accounts(Cache &cache)
    : m_cache(cache)
{
}

bool Accounts::hasUsers()
{
    Statement *count = m_cache.db().prepare("SELECT count(*) FROM users");
    const bool any = count && count->step() == Statement::Step::Row && count->integer(0) > 0;
    if (count)
        count->reset();
    return any;
}

std::optional<EngineError> Accounts::insert(const std::string &by, const std::string &name,
    const std::set<auth::Role> &roles, const std::string &password, int iterations)
{
    if (!validName(name))
        return EngineError { "a user name is 1 to 64 letters, digits or . _ - @, not \"" + name.substr(0, 64)
            + "\"" };
    if (roles.empty())
        return EngineError { "user " + name + " needs at least one role" };
    if (password.size() < 8)
        return EngineError { "the password of " + name + " must have at least 8 characters" };
    const auto hash = auth::hashPassword(password, iterations);
    if (!hash)
        return EngineError { "the system's random source failed; no account was created" };
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        Statement *exists = m_cache.db().prepare("SELECT 1 FROM users WHERE name = ?1");
        if (!exists)
            return m_cache.db().error("cannot read the accounts");
        exists->bind(1, name);
        const bool taken = exists->step() == Statement::Step::Row;
        exists->reset();
        if (taken)
            return EngineError { "user " + name + " already exists" };
        Statement *add = m_cache.db().prepare("INSERT INTO users (name, roles, password_hash, created_at, "
                                              "created_by) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!add)
            return m_cache.db().error("cannot write the accounts");
        add->bind(1, name).bind(2, rolesText(roles)).bind(3, *hash).bind(4, utcNowIso()).bind(5, by);
        if (!add->run())
            return EngineError { "cannot add user " + name + ": " + add->error() };
        auto entry = m_cache.audit().append(by, "user.add", name, detail({ { "roles", rolesText(roles) } }));
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

std::optional<EngineError> Accounts::bootstrap(
    const std::string &name, const std::set<auth::Role> &roles, const std::string &password, int iterations)
{
    if (hasUsers())
        return EngineError { "the cache already has accounts: an admin adds users" };
    if (!roles.count(auth::Role::Admin))
        return EngineError { "the first account must be an admin, who then adds the others" };
    return insert(name, name, roles, password, iterations);
}

std::optional<EngineError> Accounts::addUser(const auth::Session &by, const std::string &name,
    const std::set<auth::Role> &roles, const std::string &password, int iterations)
{
    if (auto refused = authorize(m_cache.audit(), by, auth::Action::ManageUsers, name))
        return refused;
    return insert(by.user(), name, roles, password, iterations);
}

Expected<std::vector<UserInfo>> Accounts::list(const auth::Session &by)
{
    if (auto refused = authorize(m_cache.audit(), by, auth::Action::ManageUsers, "users"))
        return *refused;
    Statement *rows = m_cache.db().prepare(
        "SELECT name, roles, created_at, created_by, disabled FROM users ORDER BY name");
    if (!rows)
        return m_cache.db().error("cannot read the accounts");
    return collectRows<UserInfo>(*rows, "cannot read the accounts", [](const Statement &row) {
        return UserInfo { row.text(0), parseRoles(row.text(1)).value_or(std::set<auth::Role>()), row.text(2),
            row.text(3), row.integer(4) != 0 };
    });
}

Expected<auth::Session> Accounts::signIn(const std::string &name, const std::string &password)
{
    Statement *row = m_cache.db().prepare("SELECT roles, password_hash, disabled FROM users WHERE name = ?1");
    if (!row)
        return m_cache.db().error("cannot read the accounts");
    row->bind(1, name);
    std::optional<std::set<auth::Role>> roles;
    std::string hash;
    bool disabled = false;
    if (row->step() == Statement::Step::Row) {
        roles = parseRoles(row->text(0));
        hash = row->text(1);
        disabled = row->integer(2) != 0;
    }
    row->reset();
    // An unknown user still pays for one hash, so timing does not tell names apart either.
    static const std::string Decoy = "pbkdf2-sha256$" + std::to_string(auth::DefaultIterations) + "$"
        + std::string(32, '0') + "$" + std::string(64, '0');
    const bool matches = auth::verifyPassword(password, hash.empty() ? Decoy : hash);
    if (!roles || !matches || disabled) {
        const std::string who = validName(name) ? name : std::string("(invalid name)");
        m_cache.audit().append(who, "auth.sign-in-refused", who, "{}");
        return EngineError { "unknown user or wrong password" };
    }
    m_cache.audit().append(name, "auth.sign-in", name, "{}");
    return auth::Session(name, *roles);
}

std::optional<EngineError> authorize(
    AuditLog &audit, const auth::Session &session, auth::Action action, const std::string &subject)
{
    if (session.allows(action))
        return std::nullopt;
    audit.append(session.user(), "access.denied", subject,
        detail({ { "action", std::string(auth::actionName(action)) }, { "roles", session.rolesText() } }));
    return EngineError { "user " + session.user() + " (" + session.rolesText() + ") may not "
        + std::string(auth::actionName(action)) };
}

} // namespace planbridge::store
