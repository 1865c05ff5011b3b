#include "store/settings.h"

#include "store/accounts.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace planbridge::store {
namespace {

// nullopt when `value` is acceptable for `name`, else why not.
std::optional<std::string> refusal(const std::string &name, const std::string &value)
{
    if (name == Settings::HighPrioritySlaMinutes) {
        int minutes = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), minutes);
        if (error != std::errc() || end != value.data() + value.size() || minutes < 1 || minutes > 1440)
            return name + " takes whole minutes from 1 to 1440";
        return std::nullopt;
    }
    return "unknown setting " + name.substr(0, 64) + " (known: " + Settings::HighPrioritySlaMinutes + ")";
}

} // namespace

Settings::Settings(Cache &cache)
    : m_cache(cache)
{
}

std::optional<std::string> Settings::get(const std::string &name)
{
    Statement *row = m_cache.db().prepare("SELECT value FROM settings WHERE name = ?1");
    if (!row)
        return std::nullopt;
    std::optional<std::string> value;
    if (row->bind(1, name).step() == Statement::Step::Row)
        value = row->text(0);
    row->reset();
    return value;
}

std::optional<EngineError> Settings::set(
    const auth::Session &session, const std::string &name, const std::string &value)
{
    if (auto refused = authorize(m_cache.audit(), session, auth::Action::Configure, name))
        return refused;
    if (auto wrong = refusal(name, value))
        return EngineError { *wrong };
    return m_cache.db().transaction([&]() -> std::optional<EngineError> {
        const auto before = get(name);
        Statement *upsert
            = m_cache.db().prepare("INSERT INTO settings VALUES (?1, ?2, ?3, ?4) ON CONFLICT(name) DO "
                                   "UPDATE SET value = ?2, changed_by = ?3, changed_at = ?4");
        if (!upsert
            || !upsert->bind(1, name).bind(2, value).bind(3, session.user()).bind(4, utcNowIso()).run())
            return m_cache.db().error("cannot change setting " + name);
        const nlohmann::json detail
            = { { "from", before ? nlohmann::json(*before) : nlohmann::json() }, { "to", value } };
        auto entry = m_cache.audit().append(session.user(), "settings.change", name, detail.dump());
        return entry ? std::nullopt : std::optional<EngineError>(entry.error());
    });
}

} // namespace planbridge::store
