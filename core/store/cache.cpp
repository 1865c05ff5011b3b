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

namespace {

// $<variable>/planbridge when it is absolute, else $HOME/<fallback>/planbridge; made 0700 if missing.
Expected<std::string> userDir(const char *variable, const char *fallback)
{
    std::filesystem::path base;
    if (const char *value = std::getenv(variable); value && *value == '/')
        base = value;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / fallback;
    else
        return EngineError { std::string("neither ") + variable + " nor HOME is set" };
    const std::filesystem::path folder = base / "planbridge";
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        std::filesystem::create_directories(base, error);
        // Only its owner may read it: the cache holds forecasts and account hashes, the config
        // names systems and where their secrets are.
        if (::mkdir(folder.c_str(), 0700) != 0 && !std::filesystem::is_directory(folder, error))
            return EngineError { "cannot create " + folder.string() };
    }
    return folder.string();
}

} // namespace

Expected<std::string> userDataDir()
{
    return userDir("XDG_DATA_HOME", ".local/share");
}

Expected<std::string> userConfigDir()
{
    return userDir("XDG_CONFIG_HOME", ".config");
}

std::optional<EngineError> ensureUserDirectories()
{
    if (auto data = userDataDir(); !data)
        return data.error();
    if (auto config = userConfigDir(); !config)
        return config.error();
    return std::nullopt;
}

Expected<std::string> defaultCachePath()
{
    auto folder = userDataDir();
    if (!folder)
        return EngineError { folder.error().message + ": give the cache with --cache FILE" };
    return (std::filesystem::path(*folder) / "cache.sqlite").string();
}

} // namespace planbridge::store
