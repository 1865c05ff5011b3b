// The SQLite layer of the cache: a new file is created and marked as ours, reopened as it is, and
// upgraded by migrations in one transaction each; a foreign, corrupt or newer file is refused and
// left byte for byte as it was. A cache of every older schema is upgraded without losing a row,
// and the per-user folders follow the XDG base directory spec.
#include <QtTest>

#include <QFile>
#include <QDir>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/schema.h"
#endif

#include <algorithm>
#include <map>

#include <sys/stat.h>

using namespace planbridge;
using namespace planbridge::store;

namespace {

constexpr std::int32_t TestId = 0x54455354; // "TEST"

const std::vector<Migration> TwoSteps { { 1, "CREATE TABLE a (x INTEGER);" },
    { 2, "ALTER TABLE a ADD COLUMN y TEXT; INSERT INTO a VALUES (1, 'kept');" } };

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Every table as sorted rows of quoted values: what "without loss" compares across an upgrade.
std::map<std::string, std::vector<std::string>> dump(Database &db)
{
    std::vector<std::string> tables;
    Statement *names = db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (names->step() == Statement::Step::Row)
        tables.push_back(names->text(0));
    names->reset();
    std::map<std::string, std::vector<std::string>> tablesRows;
    for (const auto &table : tables) {
        std::string row;
        Statement *columns = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
        columns->bind(1, table);
        while (columns->step() == Statement::Step::Row)
            row += (row.empty() ? "quote(\"" : " || ',' || quote(\"") + columns->text(0) + "\")";
        columns->reset();
        Statement *rows = db.prepare("SELECT " + row + " FROM \"" + table + "\"");
        auto &out = tablesRows[table];
        while (rows->step() == Statement::Step::Row)
            out.push_back(rows->text(0));
        rows->reset();
        std::sort(out.begin(), out.end());
    }
    return tablesRows;
}

// Sets an environment variable for one scope (QTest runs the functions one after another).
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        value.isNull() ? qunsetenv(name) : qputenv(name, value);
    }
    ~ScopedEnv() { m_had ? qputenv(m_name, m_old) : qunsetenv(m_name); }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

// "700" for a folder only its owner may enter.
QString mode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 0777, 8);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReopens()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("c.sqlite").toStdString();
        {
            auto db = Database::open(path, TestId, { TwoSteps[0] });
            QVERIFY2(db.ok(), db.ok() ? "" : db.error().message.c_str());
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY((*db)->prepare("INSERT INTO a VALUES (?1)")->bind(1, std::int64_t(7)).run());
        }
        // An upgrade keeps the rows and adds the column, in one step.
        auto db = Database::open(path, TestId, TwoSteps);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 2);
        Statement *rows = (*db)->prepare("SELECT count(*), max(y) FROM a");
        QVERIFY(rows->step() == Statement::Step::Row);
        QCOMPARE(rows->integer(0), std::int64_t(2));
        QCOMPARE(rows->text(1), std::string("kept"));
        rows->reset();
        Statement *mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(mode->step() == Statement::Step::Row);
        QCOMPARE(mode->text(0), std::string("wal"));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("c.sqlite").toStdString();
        QVERIFY(Database::open(path, TestId, { TwoSteps[0] }).ok());
        const std::vector<Migration> broken { TwoSteps[0],
            { 2, "ALTER TABLE a ADD COLUMN y TEXT; SELECT nonsense();" } };
        const auto failed = Database::open(path, TestId, broken);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.find("upgrading the cache to schema 2 failed, nothing was changed")
                != std::string::npos,
            failed.error().message.c_str());
        auto db = Database::open(path, TestId, { TwoSteps[0] });
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
        QVERIFY((*db)->prepare("SELECT y FROM a") == nullptr); // the column did not stay half-added
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("item,location\nA,B\n") << "not a PlanBridge cache";
        QByteArray random(8192, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919) % 251);
        QTest::addRow("random bytes") << random << "not a PlanBridge cache";
        QTest::addRow("truncated SQLite header")
            << QByteArray("SQLite format 3\0\x10\0\x01\x01", 21) << "not a PlanBridge cache";
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("c.sqlite");
        write(path, bytes);
        const auto db = Database::open(path.toStdString(), TestId, TwoSteps);
        QVERIFY(!db.ok());
        QVERIFY2(QString::fromStdString(db.error().message).contains(expected), db.error().message.c_str());
        QCOMPARE(contents(path), bytes);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("other.sqlite").toStdString();
        QVERIFY(Database::open(path, 0x0f0f0f0f, TwoSteps).ok()); // someone else's
        const QByteArray before = contents(QString::fromStdString(path));
        const auto db = Database::open(path, TestId, TwoSteps);
        QVERIFY(!db.ok());
        QVERIFY2(
            db.error().message.find("another application") != std::string::npos, db.error().message.c_str());
        QCOMPARE(contents(QString::fromStdString(path)), before);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("c.sqlite").toStdString();
        QVERIFY(Database::open(path, TestId, TwoSteps).ok());
        const auto db = Database::open(path, TestId, { TwoSteps[0] });
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.find("schema 2, newer than this build knows (1)") != std::string::npos,
            db.error().message.c_str());
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("c.sqlite").toStdString(), TestId, TwoSteps);
        QVERIFY(db.ok());
        const auto failed = (*db)->transaction([&]() -> std::optional<EngineError> {
            (*db)->prepare("INSERT INTO a VALUES (2, 'gone')")->run();
            return EngineError { "changed my mind" };
        });
        QVERIFY(failed);
        Statement *count = (*db)->prepare("SELECT count(*) FROM a");
        QVERIFY(count->step() == Statement::Step::Row);
        QCOMPARE(count->integer(0), std::int64_t(1));
    }

    void hostileTextRoundTrips()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("c.sqlite").toStdString(), TestId, TwoSteps);
        QVERIFY(db.ok());
        const std::string hostile = std::string("x'); DROP TABLE a; --\0nul\xff\xfe", 28);
        QVERIFY((*db)->prepare("INSERT INTO a VALUES (3, ?1)")->bind(1, std::string_view(hostile)).run());
        Statement *read = (*db)->prepare("SELECT y FROM a WHERE x = 3");
        QVERIFY(read->step() == Statement::Step::Row);
        QCOMPARE(read->text(0), hostile);
    }

    void cacheOpensAtTheLatestSchema()
    {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.filePath("cache.sqlite").toStdString());
        QVERIFY2(cache.ok(), cache.ok() ? "" : cache.error().message.c_str());
        QCOMPARE((*cache)->schemaVersion(), Cache::latestSchemaVersion());
        // Someone else's cache path given by mistake (a validation result file) is refused.
        write(dir.filePath("result.json"), "{\"accepted\": []}");
        QVERIFY(!Cache::open(dir.filePath("result.json").toStdString()).ok());
    }

    // An upgrade of the application: a cache written by an older build, with accounts, versions,
    // their history and an audit trail, opens at the latest schema with every row as it was and
    // the audit chain intact and still growing.
    void cacheUpgradesFromEveryOlderSchemaWithoutLoss_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < Cache::latestSchemaVersion(); ++version)
            QTest::addRow("schema %d", version) << version;
    }

    void cacheUpgradesFromEveryOlderSchemaWithoutLoss()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const std::string path = dir.filePath("cache.sqlite").toStdString();
        std::map<std::string, std::vector<std::string>> before;
        {
            const auto &all = cacheMigrations();
            const std::vector<Migration> older(all.begin(), all.begin() + from);
            auto db = Database::open(path, Cache::ApplicationId, older);
            QVERIFY2(db.ok(), db.ok() ? "" : db.error().message.c_str());
            QCOMPARE((*db)->schemaVersion(), from);
            QVERIFY(!(*db)->exec(R"sql(
                INSERT INTO users (name, roles, password_hash, created_at, created_by)
                    VALUES ('ann', 'approver', 'pbkdf2-sha256$600000$c2FsdA$a2V5', '2026-01-05T08:00:00Z', 'admin');
                INSERT INTO versions (id, plan, source, as_of, bucket, priority, state, submitted_by,
                                      created_at, updated_at)
                    VALUES ('DP-1', 'CONS', 'version.json', '2026-01-05', 'week', 'high', 'submitted', 'pia',
                            '2026-01-05T08:01:00Z', '2026-01-05T08:02:00Z');
                INSERT INTO version_states (version_id, seq, state, at, actor, note) VALUES
                    ('DP-1', 1, 'validated', '2026-01-05T08:01:00Z', 'pia', ''),
                    ('DP-1', 2, 'submitted', '2026-01-05T08:02:00Z', 'pia', 'Grüße, "quoted"');
            )sql"));
            AuditLog audit(**db);
            QVERIFY(audit.append("pia", "version.import", "DP-1", R"({"rows":24})").ok());
            QVERIFY(audit.append("pia", "version.submit", "DP-1").ok());
            before = dump(**db);
        }
        QVERIFY(before.count("users") && before.at("users").size() == 1);

        auto cache = Cache::open(path);
        QVERIFY2(cache.ok(), cache.ok() ? "" : cache.error().message.c_str());
        QCOMPARE((*cache)->schemaVersion(), Cache::latestSchemaVersion());
        const auto after = dump((*cache)->db());
        for (const auto &[table, rows] : before) {
            QVERIFY2(after.count(table), table.c_str());
            QCOMPARE(after.at(table), rows);
        }
        auto verified = (*cache)->audit().verify();
        QVERIFY2(verified.ok(), verified.problem.c_str());
        QCOMPARE(verified.entries, std::int64_t(2));
        QVERIFY((*cache)->audit().append("ann", "version.approve", "DP-1").ok());
        QVERIFY((*cache)->audit().verify().ok());
    }

    // First start: the cache and config folders under the XDG homes (or their defaults below
    // HOME), created owner-only; a relative XDG value is ignored, an existing folder kept as it is.
    void userFoldersFollowXdg()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath("home");
        ScopedEnv homeEnv("HOME", home.toUtf8());
        {
            ScopedEnv data("XDG_DATA_HOME", QByteArray());
            ScopedEnv config("XDG_CONFIG_HOME", "relative/config");
            QVERIFY(!ensureUserDirectories());
            QCOMPARE(QString::fromStdString(*defaultCachePath()), home + "/.local/share/planbridge/cache.sqlite");
            QCOMPARE(mode(home + "/.local/share/planbridge"), QStringLiteral("700"));
            QCOMPARE(QString::fromStdString(*userConfigDir()), home + "/.config/planbridge");
            QCOMPARE(mode(home + "/.config/planbridge"), QStringLiteral("700"));
        }
        {
            ScopedEnv data("XDG_DATA_HOME", dir.filePath("data").toUtf8());
            ScopedEnv config("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());
            QVERIFY(QDir().mkpath(dir.filePath("config/planbridge")));
            QFile::setPermissions(dir.filePath("config/planbridge"),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                    | QFileDevice::ExeGroup);
            QVERIFY(!ensureUserDirectories());
            QCOMPARE(QString::fromStdString(*userDataDir()), dir.filePath("data/planbridge"));
            QCOMPARE(mode(dir.filePath("data/planbridge")), QStringLiteral("700"));
            QCOMPARE(mode(dir.filePath("config/planbridge")), QStringLiteral("750")); // the admin's choice
        }
        {
            ScopedEnv noHome("HOME", QByteArray());
            ScopedEnv data("XDG_DATA_HOME", QByteArray());
            const auto missing = defaultCachePath();
            QVERIFY(!missing.ok());
            QVERIFY2(missing.error().message.find("--cache FILE") != std::string::npos, missing.error().message.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
