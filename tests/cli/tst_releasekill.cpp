// `planbridge-sync release` killed with SIGKILL at seeded points of a release, then `resume`:
// every run ends with the ERP holding exactly the released state, nothing applied twice (the
// sandbox saw each re-sent write's idempotency key and did not apply it again), an empty outbox
// and an intact audit trail.
#include <QtTest>

#include <QProcess>

#ifndef Q_MOC_RUN
#include "../engine/releasefixture.h"

#include <random>
#endif

using namespace planbridge;
using namespace releasetest;

namespace {

constexpr int Runs = 20;
constexpr std::uint32_t Seed = 20261126;

QProcessEnvironment withPassword(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PLANBRIDGE_PASSWORD", password);
    env.insert("PB_TEST_ERP_PASSWORD", "secret");
    return env;
}

} // namespace

class TestReleaseKill : public QObject
{
    Q_OBJECT

private slots:
    void killedReleasesResumeToTheExactState()
    {
        std::mt19937 random(Seed);
        int midway = 0;
        for (int run = 0; run < Runs; ++run) {
            ReleaseFixture fixture;
            const std::string error = fixture.setUp(1000);
            QVERIFY2(error.empty(), error.c_str());
            const QString cache = QString::fromStdString(fixture.cache().db().path());
            const QString config = writeConfig(fixture);

            // Kill after the k-th progress line: 0 is just after the release was queued.
            const int killAfter = std::uniform_int_distribution<int>(0, 10)(random);
            QProcess release;
            release.setProcessEnvironment(withPassword("ann-password"));
            release.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY),
                { "release", "--cache", cache, "--user", "ann", "--version", "V1", "--config", config,
                    "--window", "8" });
            QVERIFY(release.waitForStarted());
            int lines = -1;
            QByteArray seen;
            while (release.state() != QProcess::NotRunning && lines < killAfter) {
                release.waitForReadyRead(50);
                seen += release.readAllStandardError();
                lines = int(seen.count('\n')) - 1; // the first line says the release was queued
            }
            release.kill(); // SIGKILL: no handler runs, no transaction finishes
            release.waitForFinished();

            const auto counts = fixture.service().outbox().counts("REL-V1-1");
            QVERIFY(counts.ok());
            if (counts->acked > 0 && counts->queued > 0)
                ++midway;

            // If it died before the release was queued, release again; else resume.
            QProcess next;
            next.setProcessEnvironment(withPassword(counts->total() == 0 ? "ann-password" : "sue-password"));
            const QStringList args = counts->total() == 0
                ? QStringList { "release", "--cache", cache, "--user", "ann", "--version", "V1", "--config",
                      config }
                : QStringList { "resume", "--cache", cache, "--user", "sue", "--release", "REL-V1-1",
                      "--config", config, "--wait", "30" };
            next.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), args);
            QVERIFY(next.waitForFinished(120'000));
            QVERIFY2(next.exitCode() == 0,
                qPrintable(QString("run %1, killed after line %2: %3")
                               .arg(run)
                               .arg(killAfter)
                               .arg(next.readAllStandardError())));

            const auto done = fixture.service().outbox().counts("REL-V1-1");
            QCOMPARE(done->queued, 0u);
            QCOMPARE(done->dead, 0u);
            QCOMPARE(done->acked, fixture.headers("V1").size());
            QVERIFY2(fixture.erpState() == fixture.intended("V1"), qPrintable(QString("run %1").arg(run)));
            QCOMPARE(fixture.state("V1"), VersionState::Posted);
            QVERIFY(fixture.cache().audit().verify().ok());
        }
        qInfo("%d of %d kills landed with writes both acknowledged and queued", midway, Runs);
        QVERIFY(midway >= Runs / 4);
    }

    // release/resume/replay exit 3 while writes wait, 1 when done with dead letters, 0 when all are in.
    void exitCodesTellWhatIsLeft()
    {
        ReleaseFixture fixture;
        const std::string error = fixture.setUp(500);
        QVERIFY2(error.empty(), error.c_str());
        const QString cache = QString::fromStdString(fixture.cache().db().path());
        const QString config = writeConfig(fixture);
        const auto run = [&](const QStringList &args, const QString &password) {
            QProcess p;
            p.setProcessEnvironment(withPassword(password));
            p.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY),
                QStringList(args) << "--cache" << cache << "--config" << config);
            p.waitForFinished(120'000);
            return std::make_pair(p.exitCode(), p.readAllStandardError());
        };
        fixture.peer().admin("/sandbox/admin/faults", { { "outage", true } });
        const auto queued = run({ "release", "--user", "ann", "--version", "V1" }, "ann-password");
        QCOMPARE(queued.first, 3);
        QVERIFY2(
            queued.second.contains("still queued") && queued.second.contains("resume --release REL-V1-1"),
            queued.second.constData());

        const std::string blocked = fixture.headers("V1").front().product;
        fixture.peer().admin(
            "/sandbox/admin/faults", { { "outage", false }, { "blocked_products", { blocked } } });
        const auto partial
            = run({ "resume", "--user", "sue", "--release", "REL-V1-1", "--wait", "30" }, "sue-password");
        QCOMPARE(partial.first, 1);
        QVERIFY2(partial.second.contains("dead letters"), partial.second.constData());
        QCOMPARE(fixture.state("V1"), VersionState::PartiallyPosted);

        fixture.peer().admin("/sandbox/admin/faults", { { "blocked_products", nlohmann::json::array() } });
        const auto replayed = run({ "replay", "--user", "sue", "--release", "REL-V1-1" }, "sue-password");
        QCOMPARE(replayed.first, 0);
        QVERIFY(fixture.erpState() == fixture.intended("V1"));
    }

private:
    static QString writeConfig(ReleaseFixture &fixture)
    {
        const QString path = QString::fromStdString(fixture.cache().db().path()) + ".connections.json";
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        // Not a raw string: moc 6.4 reads the // inside one as a comment.
        file.write(
            QString("{\"erp\": {\"url\": \"%1\", \"auth\": {\"kind\": \"basic\", \"user\": \"integrator\", "
                    "\"password_env\": \"PB_TEST_ERP_PASSWORD\"}}}")
                .arg(QString::fromStdString(fixture.peer().server().baseUrl()))
                .toUtf8());
        return path;
    }
};

QTEST_GUILESS_MAIN(TestReleaseKill)
#include "tst_releasekill.moc"
