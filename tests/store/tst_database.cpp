// The SQLite layer of the cache: a new file is created and marked as ours, reopened as it is, and
// upgraded by migrations in one transaction each; a foreign, corrupt or newer file is refused and
// left byte for byte as it was.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "store/cache.h"
#include "store/database.h"
#endif

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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
