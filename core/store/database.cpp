#include "store/database.h"

#include <sqlite3.h>

#include <filesystem>

namespace planbridge::store {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(other.m_statement)
    , m_error(std::move(other.m_error))
{
    other.m_statement = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        m_error = std::move(other.m_error);
        other.m_statement = nullptr;
    }
    return *this;
}

void Statement::fail(int code)
{
    if (m_error.empty())
        m_error = std::string(sqlite3_errstr(code)) + ": " + sqlite3_errmsg(m_db);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        fail(code);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to bind.
    if (const int code
        = sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        code != SQLITE_OK)
        fail(code);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        fail(code);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    if (const int code
        = sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
        code != SQLITE_OK)
        fail(code);
    return *this;
}

Statement::Step Statement::step()
{
    if (!m_error.empty())
        return Step::Error;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return Step::Row;
    if (code == SQLITE_DONE)
        return Step::Done;
    fail(code);
    return Step::Error;
}

bool Statement::run()
{
    Step result;
    while ((result = step()) == Step::Row) { }
    return result == Step::Done;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.clear();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string Statement::text(int column) const
{
    const auto *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string(static_cast<const char *>(data), std::size_t(size)) : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Database::~Database()
{
    m_statements.clear(); // finalized before the connection closes
    sqlite3_close(m_db);
}

EngineError Database::error(std::string_view what) const
{
    return EngineError { m_path + ": " + std::string(what) + ": " + sqlite3_errmsg(m_db) };
}

Expected<std::unique_ptr<Database>> Database::open(
    const std::string &path, std::int32_t applicationId, const std::vector<Migration> &migrations, Mode mode)
{
    std::error_code ignored;
    const bool existed = std::filesystem::exists(path, ignored);
    if (!existed && mode == Mode::ReadOnly)
        return EngineError { path + ": no such cache" };
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3 *handle = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (code != SQLITE_OK)
        return EngineError { path
            + ": cannot open: " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code)) };
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    if (auto error = db->migrate(applicationId, migrations))
        return *error;
    return db;
}

std::optional<EngineError> Database::migrate(
    std::int32_t applicationId, const std::vector<Migration> &migrations)
{
    // Read before anything is written: a file that is not ours must come out of this unchanged.
    Statement *probe = prepare("SELECT (SELECT application_id FROM pragma_application_id), "
                               "(SELECT user_version FROM pragma_user_version), "
                               "(SELECT count(*) FROM sqlite_schema)");
    if (!probe || probe->step() != Statement::Step::Row) {
        return EngineError { m_path + ": not a PlanBridge cache ("
            + (probe ? probe->error() : std::string(sqlite3_errmsg(m_db)))
            + "); the file was left as it is" };
    }
    const auto foundId = static_cast<std::int32_t>(probe->integer(0));
    m_schemaVersion = static_cast<int>(probe->integer(1));
    const bool empty = foundId == 0 && probe->integer(2) == 0;
    probe->reset();
    if (!empty && foundId != applicationId)
        return EngineError { m_path
            + ": not a PlanBridge cache (a SQLite database of another application); "
              "the file was left as it is" };
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (m_schemaVersion > latest)
        return EngineError { m_path + ": the cache has schema " + std::to_string(m_schemaVersion)
            + ", newer than this build knows (" + std::to_string(latest) + "); use a newer PlanBridge" };

    if (auto error = exec("PRAGMA foreign_keys = ON"))
        return error;
    if (sqlite3_db_readonly(m_db, "main") == 1) {
        if (m_schemaVersion < latest)
            return EngineError { m_path + ": the cache needs an upgrade, which a read-only open cannot do" };
        return std::nullopt;
    }
    // WAL: readers never block the writer, and a killed process loses no committed transaction.
    // synchronous=NORMAL keeps that across process crashes; only a power cut may lose the last
    // commits, and every write the engine makes is safe to repeat.
    if (auto error = exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"))
        return error;
    if (empty) {
        if (auto error = exec("PRAGMA application_id = " + std::to_string(applicationId)))
            return error;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        auto failed = transaction([&]() -> std::optional<EngineError> {
            if (auto error = exec(migration.sql))
                return error;
            return exec("PRAGMA user_version = " + std::to_string(migration.version));
        });
        if (failed)
            return EngineError { m_path + ": upgrading the cache to schema "
                + std::to_string(migration.version) + " failed, nothing was changed: " + failed->message };
        m_schemaVersion = migration.version;
    }
    return std::nullopt;
}

Statement *Database::prepare(const std::string &sql)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr)
        != SQLITE_OK)
        return nullptr;
    auto statement = std::make_unique<Statement>(m_db, raw);
    Statement *result = statement.get();
    m_statements.emplace(sql, std::move(statement));
    return result;
}

std::optional<EngineError> Database::exec(const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return std::nullopt;
    EngineError error { m_path + ": "
        + (message ? std::string(message) : std::string(sqlite3_errmsg(m_db))) };
    sqlite3_free(message);
    return error;
}

std::optional<EngineError> Database::transaction(const std::function<std::optional<EngineError>()> &work)
{
    // Inside a transaction already: a savepoint, so the work rolls back alone or commits with it.
    if (sqlite3_get_autocommit(m_db) == 0) {
        const std::string name = "nested_" + std::to_string(++m_savepoints);
        if (auto error = exec("SAVEPOINT " + name))
            return error;
        if (auto failed = work()) {
            exec("ROLLBACK TO " + name);
            exec("RELEASE " + name);
            return failed;
        }
        return exec("RELEASE " + name);
    }
    if (auto error = exec("BEGIN IMMEDIATE"))
        return error;
    if (auto failed = work()) {
        exec("ROLLBACK");
        return failed;
    }
    if (auto error = exec("COMMIT")) {
        exec("ROLLBACK");
        return error;
    }
    return std::nullopt;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace planbridge::store
