#pragma once

#include "domain/expected.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace planbridge::store {

// One prepared statement. Binding and stepping remember the first failure, which step() reports
// as Step::Error and error() describes, so call sites read as a straight line.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *statement);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters count from 1, as in SQL's ?1.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, std::string_view text);
    Statement &bindOptional(int index, const std::optional<std::string> &text); // nullopt binds NULL
    Statement &bindNull(int index);
    Statement &bindBlob(int index, std::string_view bytes);

    Step step();
    // Steps to the end (for INSERT/UPDATE/DELETE): false on error.
    bool run();
    // Back to the start with every parameter unbound, for the next use of a cached statement.
    void reset();

    // Columns count from 0.
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

    const std::string &error() const { return m_error; }

private:
    void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::string m_error;
};

// Steps `rows` to the end, mapping each row with `map(const Statement &)`, and resets it for its
// next use; an error is "<what>: <SQLite's message>".
template<typename T, typename Map>
Expected<std::vector<T>> collectRows(Statement &rows, const std::string &what, Map map)
{
    std::vector<T> items;
    while (rows.step() == Statement::Step::Row)
        items.push_back(map(rows));
    if (!rows.error().empty())
        return EngineError { what + ": " + rows.error() };
    rows.reset();
    return items;
}

// Changes one database schema version to the next; its statements run inside the migration's
// transaction.
struct Migration
{
    int version; // PRAGMA user_version after it ran
    std::string sql;
};

// A SQLite database in WAL mode with foreign keys on, owned by one writer. A file is only ever
// opened as a PlanBridge database when its application_id says so (or it is new and empty):
// a foreign or corrupt file is an error and is never written to.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // `applicationId` marks the file as ours; `migrations` (ascending) bring an older schema up to
    // date, each in one transaction. A schema newer than the last migration is refused, so an old
    // build never writes a newer cache.
    static Expected<std::unique_ptr<Database>> open(const std::string &path, std::int32_t applicationId,
        const std::vector<Migration> &migrations, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A cached prepared statement, reset and ready to bind; nullptr with error() set when the SQL
    // does not compile (a programming error in the store, reported rather than crashed on).
    Statement *prepare(const std::string &sql);
    // Runs SQL without results (several statements allowed).
    std::optional<EngineError> exec(const std::string &sql);
    // Runs `work` in one transaction (BEGIN IMMEDIATE: the write lock is taken at once). Commits
    // when it returns nothing, rolls back when it returns an error. Called inside another
    // transaction it becomes a savepoint of that one.
    std::optional<EngineError> transaction(const std::function<std::optional<EngineError>()> &work);

    std::int64_t lastInsertId() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Stops the statement running on this connection (from any thread): it fails with an
    // "interrupted" error. A no-op when nothing runs.
    void interrupt();
    const std::string &path() const { return m_path; }
    // The message of the last failure of this connection, prefixed with the file name.
    EngineError error(std::string_view what) const;

private:
    Database(sqlite3 *db, std::string path);
    std::optional<EngineError> migrate(std::int32_t applicationId, const std::vector<Migration> &migrations);

    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_schemaVersion = 0;
    int m_savepoints = 0;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_statements;
};

} // namespace planbridge::store
