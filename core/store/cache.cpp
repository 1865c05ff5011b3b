#include "store/cache.h"

#include "store/schema.h"

#include <cstdlib>
#include <filesystem>

#include <sys/stat.h>

namespace planbridge::store {

Cache::Cache(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_audit(*m_db)
{
}

int Cache::latestSchemaVersion()
{
    return cacheMigrations().back().version;
}

Expected<std::unique_ptr<Cache>> Cache::open(const std::string &path)
{
    auto db = Database::open(path, ApplicationId, cacheMigrations());
    if (!db)
        return db.error();
    return std::unique_ptr<Cache>(new Cache(std::move(*db)));
}

Expected<std::string> defaultCachePath()
{
    std::filesystem::path base;
    if (const char *data = std::getenv("XDG_DATA_HOME"); data && *data == '/')
        base = data;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        return EngineError { "neither XDG_DATA_HOME nor HOME is set: give the cache with --cache FILE" };
    const std::filesystem::path folder = base / "planbridge";
    std::error_code error;
    if (!std::filesystem::exists(folder, error)) {
        std::filesystem::create_directories(base, error);
        // Only its owner may read the cache: it holds forecasts and account hashes.
        if (::mkdir(folder.c_str(), 0700) != 0 && !std::filesystem::is_directory(folder, error))
            return EngineError { "cannot create " + folder.string() };
    }
    return (folder / "cache.sqlite").string();
}

} // namespace planbridge::store
