// `planbridge-sync versions` and `pull` against the sandbox's planning service over real HTTP,
// configured through a connections file whose secret comes from the environment.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "syncprocess.h"

#ifndef Q_MOC_RUN
#include "sandbox/sandboxserver.h"
#endif

using namespace planbridge::sandbox;

namespace {

using synctest::Run;

Run sync(const QStringList &args, const QString &password = "s3cret")
{
    return synctest::sync(args, "PB_TEST_PLANNING_PASSWORD", password);
}

} // namespace

class TestSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PlanningVersion version { "DP-7", "Consensus", "2026-11-26", "week", "high", {} };
        for (int i = 0; i < 1234; ++i) {
            version.rows.push_back(
                { "FG-" + std::to_string(i), i % 2 ? "P100" : "PLT-7", i % 3 ? "RETAIL" : "ONLINE",
                    i % 5 < 3 ? "2026-12-07T00:00:00" : "2026-12-14T00:00:00", "PC", 1000 + i });
        }
        m_server.planning().addVersion(std::move(version));
        SandboxOptions options;
        options.requireAuth = true;
        options.user = "planner";
        options.password = "s3cret";
        const auto port = m_server.start(options);
        QVERIFY(port.ok());
        QFile f(m_dir.filePath("connections.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString(R"({"planning": {"url": "%1/sap/opu/odata/IBP/PLANNING_DATA_API_SRV",
            "auth": {"kind": "basic", "user": "planner", "password_env": "PB_TEST_PLANNING_PASSWORD"},
            "options": {"page_size": 100}}})")
                    .arg(QString::fromStdString(m_server.baseUrl()))
                    .toUtf8());
    }

    void listsVersions()
    {
        const Run r = sync({ "versions", "--config", m_dir.filePath("connections.json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("DP-7") && r.out.contains("week") && r.out.contains("high"), r.out.constData());
    }

    void pullsAVersionTheValidatorReads()
    {
        const QString out = m_dir.filePath("pulled.json");
        const Run r = sync(
            { "pull", "--config", m_dir.filePath("connections.json"), "--version", "DP-7", "--out", out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("1234 records"), r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value("version_id").toString(), QString("DP-7"));
        QCOMPARE(doc.value("priority").toString(), QString("high"));
        QCOMPARE(doc.value("records").toArray().size(), 1234);
        const QJsonObject first = doc.value("records").toArray().first().toObject();
        QCOMPARE(first.value("quantity").toString(), QString("1.000"));
        QCOMPARE(first.value("bucket_start").toString(), QString("2026-12-07"));

        const Run v = sync({ "validate", "--master",
            QStringLiteral(PLANBRIDGE_SOURCE_DIR "/resources/sample/master.json"), "--input", out });
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(v.out).object().value("summary").toObject().value("rows_in").toInt(),
            1234);
    }

    void failuresAreOneLineAndKeepNoFile()
    {
        const QString out = m_dir.filePath("never.json");
        const Run wrong = sync(
            { "pull", "--config", m_dir.filePath("connections.json"), "--version", "DP-7", "--out", out },
            "not-the-password");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("401"));
        QVERIFY(!wrong.err.contains("not-the-password"));
        QVERIFY(!QFile::exists(out));
        const Run unknown = sync(
            { "pull", "--config", m_dir.filePath("connections.json"), "--version", "DP-404", "--out", out });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({ "never.json*" }), QStringList()); // no temporary left
        const Run noConfig = sync({ "versions", "--config", m_dir.filePath("missing.json") });
        QCOMPARE(noConfig.exitCode, 2);
        QVERIFY(noConfig.err.contains("missing.json"));
    }

    void pullsFromAFolderEndpoint()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("exchange"));
        const QString folder = m_dir.filePath("exchange");
        QFile version(folder + "/week48.json");
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write(R"({"version_id":"FILE-1","bucket":"week","as_of":"2026-11-23","records":[)"
                      R"({"item":"FG-1","location":"P100","channel":"RETAIL","bucket_start":"2026-11-30",)"
                      R"("quantity":"5","uom":"PC"}]})");
        version.close();
        QFile config(m_dir.filePath("files.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // Not a raw string: moc 6.4 reads the // inside one as a comment.
        config.write(
            QString("{\"planning\": {\"url\": \"file://%1\"}, \"bad\": {\"url\": \"file://relative\"}}")
                .arg(folder)
                .toUtf8());
        config.close();

        const Run list = sync({ "versions", "--config", m_dir.filePath("files.json") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("FILE-1") && list.out.contains("week48.json"), list.out.constData());
        const QString out = m_dir.filePath("from-folder.json");
        const Run pull
            = sync({ "pull", "--config", m_dir.filePath("files.json"), "--version", "FILE-1", "--out", out });
        QCOMPARE(pull.exitCode, 0);
        QVERIFY2(pull.err.contains("1 records"), pull.err.constData());
        const Run bad = sync({ "versions", "--config", m_dir.filePath("files.json"), "--endpoint", "bad" });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("file:///absolute/folder"), bad.err.constData());
    }

    void importPullsIntoTheCache()
    {
        const QString cache = m_dir.filePath("cache.sqlite");
        const auto withPasswords = [](const QString &password, const QString &newPassword) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PLANBRIDGE_PASSWORD", password);
            env.insert("PLANBRIDGE_NEW_PASSWORD", newPassword);
            env.insert("PB_TEST_PLANNING_PASSWORD", "s3cret");
            return env;
        };
        const auto run
            = [&](const QStringList &args, const QString &password, const QString &newPassword = {}) {
                  QProcess p;
                  p.setProcessEnvironment(withPasswords(password, newPassword));
                  p.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), QStringList(args) << "--cache" << cache);
                  p.waitForFinished(60000);
                  return std::make_pair(p.exitCode(), p.readAllStandardError());
              };
        QCOMPARE(run({ "user", "add", "--name", "admin", "--roles", "admin" }, {}, "admin-pass").first, 0);
        QCOMPARE(run({ "user", "add", "--user", "admin", "--name", "pia", "--roles", "planner" },
                     "admin-pass", "pia-password")
                     .first,
            0);
        const auto imported = run(
            { "import", "--user", "pia", "--pull", "DP-7", "--config", m_dir.filePath("connections.json"),
                "--master", QStringLiteral(PLANBRIDGE_SOURCE_DIR "/resources/sample/master.json") },
            "pia-password");
        QVERIFY2(imported.first == 0, imported.second.constData());
        QVERIFY2(imported.second.contains("version DP-7 imported: 1234 rows"), imported.second.constData());
        const auto refused = run(
            { "import", "--user", "admin", "--pull", "DP-7", "--config", m_dir.filePath("connections.json"),
                "--master", QStringLiteral(PLANBRIDGE_SOURCE_DIR "/resources/sample/master.json") },
            "admin-pass");
        QCOMPARE(refused.first, 2);
        QVERIFY2(refused.second.contains("may not pull"), refused.second.constData());
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
