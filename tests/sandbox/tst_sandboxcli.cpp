// planbridge-sandbox as a process: --help, bad options, a free port printed on the first line,
// Basic auth by default, and a clean stop on SIGTERM.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "erptestclient.h"
#endif

#include <QProcess>
#include <QRegularExpression>

using namespace sandboxtest;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void badOption();
    void servesUntilTerminated_data();
    void servesUntilTerminated();
};

void TestSandboxCli::help()
{
    QProcess process;
    process.start(PLANBRIDGE_SANDBOX_BINARY, { "--help" });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(text.contains("--port N"));
    QVERIFY(text.contains("--no-auth"));
    QVERIFY(text.contains("master.json"));
    QVERIFY(text.contains("JobSchedule"));
}

void TestSandboxCli::badOption()
{
    QProcess process;
    process.start(PLANBRIDGE_SANDBOX_BINARY, { "--port", "http" });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("invalid port"));
}

void TestSandboxCli::servesUntilTerminated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("anonymousStatus");
    QTest::addRow("default auth") << QStringList { "--port", "0" } << 401;
    QTest::addRow("no auth") << QStringList { "--port", "0", "--no-auth" } << 200;
    QTest::addRow("own credentials") << QStringList { "--port", "0", "--user", "u1", "--password", "p1" }
                                     << 401;
}

void TestSandboxCli::servesUntilTerminated()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, anonymousStatus);
    QProcess process;
    process.start(PLANBRIDGE_SANDBOX_BINARY, arguments);
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 10000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const auto match = QRegularExpression(R"(^listening on 127\.0\.0\.1:(\d+)$)").match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);

    ErpClient client(port);
    QCOMPARE(client.get(Root + "/")->status, anonymousStatus);
    if (arguments.contains("u1")) {
        client.setAuth("u1", "p1");
        QCOMPARE(client.get(Root + "/")->status, 200);
    }

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
