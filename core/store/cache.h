#pragma once

#include "domain/expected.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <memory>
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

// $XDG_DATA_HOME/planbridge/cache.sqlite, or ~/.local/share/planbridge/cache.sqlite; the folder is
// created with mode 0700 when missing.
Expected<std::string> defaultCachePath();

} // namespace planbridge::store
