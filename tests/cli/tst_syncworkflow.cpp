// The whole flow headless through planbridge-sync against the in-process sandbox: accounts, import,
// submit, four-eyes, release, status, feedback with lineage, and the audit trail verified, exported
// and then tampered with.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "../connectors/sandboxpeer.h"
#include "sample/syntheticversion.h"

#include <sqlite3.h>
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSyncWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::string error = m_peer.start();
        QVERIFY2(error.empty(), error.c_str());
        planbridge::SyntheticSpec spec;
        spec.records = 1200;
        QVERIFY(planbridge::writeSyntheticVersion(spec, m_dir.path().toStdString()).ok());
        QFile config(m_dir.filePath("connections.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // Not a raw string: moc 6.4 reads the // inside one as a comment.
        config.write(
            QString("{\"erp\": {\"url\": \"%1\", \"auth\": {\"kind\": \"basic\", \"user\": \"integrator\", "
                    "\"password_env\": \"PB_TEST_ERP_PASSWORD\"}}}")
                .arg(QString::fromStdString(m_peer.server().baseUrl()))
                .toUtf8());
    }

    void cleanupTestCase() { m_peer.stop(); }

    void fullFlow()
    {
        QCOMPARE(run({ "user", "add", "--name", "admin", "--roles", "admin" }, {}, "admin-pass").exitCode, 0);
        const QByteArray notFirst
            = run({ "user", "add", "--name", "x", "--roles", "admin" }, {}, "x-password-1").err;
        QVERIFY2(notFirst.contains("--user"), notFirst.constData()); // the second account needs an admin
        for (const auto &[name, role] : { std::pair { "pia", "planner" }, { "both", "planner,approver" },
                 { "ann", "approver" }, { "sam", "scheduler" } })
            QCOMPARE(run({ "user", "add", "--user", "admin", "--name", name, "--roles", role }, "admin-pass",
                         QString(name) + "-password")
                         .exitCode,
                0);

        const Run imported
            = run({ "import", "--user", "both", "--master", m_dir.filePath("master.json"), "--input",
                      m_dir.filePath("version.json"), "--version-id", "V1", "--plan", "CONS" },
                "both-password");
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.err.contains("version V1 imported: 1200 rows"));
        // A resolution, then re-validation with it.
        const Run noReason
            = run({ "resolve", "--user", "pia", "--version", "V1", "--exclude", "0" }, "pia-password");
        QCOMPARE(noReason.exitCode, 2);
        QCOMPARE(run({ "resolve", "--user", "pia", "--version", "V1", "--exclude", "0,1", "--reason",
                         "test rows" },
                     "pia-password")
                     .exitCode,
            0);
        QCOMPARE(run({ "submit", "--user", "both", "--version", "V1" }, "both-password").exitCode,
            2); // re-validate first
        const Run revalidated = run({ "revalidate", "--user", "pia", "--version", "V1" }, "pia-password");
        QVERIFY2(revalidated.exitCode == 0, revalidated.err.constData());
        QVERIFY2(revalidated.err.contains("1200 rows") && revalidated.err.contains("2 excluded"),
            revalidated.err.constData());
        const Run listed = run({ "resolve", "--user", "pia", "--version", "V1", "--list" }, "pia-password");
        QVERIFY(
            listed.out.contains("exclude") && listed.out.contains("pia") && listed.out.contains("test rows"));
        QCOMPARE(run({ "submit", "--user", "both", "--version", "V1" }, "both-password").exitCode, 0);
        const Run own = run({ "approve", "--user", "both", "--version", "V1" }, "both-password");
        QCOMPARE(own.exitCode, 2);
        QVERIFY2(own.err.contains("four-eyes: both submitted version V1"), own.err.constData());
        QCOMPARE(run({ "approve", "--user", "ann", "--version", "V1" }, "wrong-password").exitCode, 2);
        QCOMPARE(run({ "approve", "--user", "ann", "--version", "V1" }, "ann-password").exitCode, 0);
        const Run scheduler
            = run({ "release", "--user", "sam", "--version", "V1", "--config", config() }, "sam-password");
        QCOMPARE(scheduler.exitCode, 2);
        QVERIFY(scheduler.err.contains("user sam (scheduler) may not release"));

        const Run released
            = run({ "release", "--user", "ann", "--version", "V1", "--config", config(), "--window", "50" },
                "ann-password");
        QVERIFY2(released.exitCode == 0, released.err.constData());
        QVERIFY2(released.err.contains("REL-V1-1: ") && released.err.contains("dead letters"),
            released.err.constData());
        const Run status = run({ "status", "--user", "ann", "--version", "V1" }, "ann-password");
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("posted") && status.out.contains("release REL-V1-1 (done)"),
            status.out.constData());

        const Run feedback = run({ "feedback", "--user", "sam", "--release", "REL-V1-1", "--config", config(),
                                     "--run-date", "2026-11-30", "--out", m_dir.filePath("feedback.json") },
            "sam-password");
        QVERIFY2(feedback.exitCode == 0, feedback.err.constData());
        QFile file(m_dir.filePath("feedback.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc["run"].toObject()["state"].toString(), QString("finished"));
        const QJsonArray orders = doc["planned_orders"].toArray();
        const QJsonArray requisitions = doc["purchase_requisitions"].toArray();
        QVERIFY(!orders.isEmpty() || !requisitions.isEmpty());
        const QJsonObject first = orders.isEmpty() ? requisitions[0].toObject() : orders[0].toObject();
        const Run lineage
            = run({ "feedback", "--user", "sam", "--release", "REL-V1-1", "--config", config(), "--lineage",
                      first["material"].toString() + "@" + first["plant"].toString() },
                "sam-password");
        QCOMPARE(lineage.exitCode, 0);
        const QJsonObject links = QJsonDocument::fromJson(lineage.out).object();
        QCOMPARE(links["writes"].toArray().size(), 1);
        QVERIFY(!links["forecast_rows"].toArray().isEmpty());
        QVERIFY(run({ "status", "--user", "ann", "--version", "V1" }, "ann-password")
                    .out.contains("feedback-complete"));

        const Run kpis = run({ "kpis", "--user", "sam", "--json" }, "sam-password");
        QCOMPARE(kpis.exitCode, 0);
        const QJsonObject measures = QJsonDocument::fromJson(kpis.out).object();
        QCOMPARE(measures["feedback_completion"].toDouble(), 1.0);
        QCOMPARE(measures["queue_depth"].toInt(), 0);
        QCOMPARE(measures["versions"].toArray()[0].toObject()["version"].toString(), QString("V1"));
        QVERIFY(run({ "kpis", "--user", "sam" }, "sam-password").out.contains("approval to posting: p50"));

        // The audit trail: intact, exported, then one row edited behind the triggers' back.
        const Run verified = run({ "audit", "verify", "--user", "admin" }, "admin-pass");
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.startsWith("audit trail intact"));
        const Run exported = run({ "audit", "export", "--user", "admin" }, "admin-pass");
        QCOMPARE(exported.exitCode, 0);
        const QList<QByteArray> lines = exported.out.trimmed().split('\n');
        QVERIFY(lines.size() > 10);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object()["action"].toString(), QString("user.add"));
        QVERIFY(!exported.out.contains("pass")); // no password anywhere in the trail
        QCOMPARE(run({ "audit", "verify", "--user", "pia" }, "pia-password").exitCode, 2); // planners may not

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(cache().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                     "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 7",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        const Run broken = run({ "audit", "verify", "--user", "admin" }, "admin-pass");
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("audit trail broken at entry 7"), broken.err.constData());
    }

private:
    QString cache() const { return m_dir.filePath("cache.sqlite"); }
    QString config() const { return m_dir.filePath("connections.json"); }

    Run run(QStringList args, const QString &password, const QString &newPassword = {})
    {
        args << "--cache" << cache();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PLANBRIDGE_PASSWORD", password);
        env.insert("PLANBRIDGE_NEW_PASSWORD", newPassword);
        env.insert("PB_TEST_ERP_PASSWORD", "secret");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), args);
        if (!p.waitForFinished(120'000))
            return {};
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QTemporaryDir m_dir;
    connectortest::SandboxPeer m_peer;
};

QTEST_GUILESS_MAIN(TestSyncWorkflow)
#include "tst_syncworkflow.moc"
