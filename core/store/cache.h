#pragma once

#include "domain/expected.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <memory>
#include <optional>
#include <string>

namespace planbridge::store {

// The local cache: one SQLite file holding everything the console shows and the engine decides
// (versions, accounts, the audit log, and more with each schema version). Opening it creates or
// upgrades it; a foreign, corrupt or newer file is refused untouched.
class Cache
{
public:
    static constexpr std::int32_t ApplicationId = 0x50424331; // "PBC1"

    static Expected<std::unique_ptr<Cache>> open(const std::string &path);

    Database &db() { return *m_db; }
    AuditLog &audit() { return m_audit; }
    int schemaVersion() const { return m_db->schemaVersion(); }
    static int latestSchemaVersion();

private:
    explicit Cache(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
};

// Per-user folders, as the XDG base directory spec says: $XDG_DATA_HOME/planbridge (default
// ~/.local/share/planbridge) for the cache, $XDG_CONFIG_HOME/planbridge (default
// ~/.config/planbridge) for settings such as connections.json. A relative XDG_* value is ignored,
// as the spec asks. Each is created with mode 0700 when missing; an existing folder is left as
// it is.
Expected<std::string> userDataDir();
Expected<std::string> userConfigDir();

// What the first start of a program does: both folders above, created when missing. Fails only
// when neither the XDG variable nor HOME is set, or a folder cannot be made.
std::optional<EngineError> ensureUserDirectories();

// userDataDir()/cache.sqlite.
Expected<std::string> defaultCachePath();

} // namespace planbridge::store
