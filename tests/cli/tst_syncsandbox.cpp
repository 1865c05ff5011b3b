// `planbridge-sync sandbox`: generates a scenario, serves it until SIGTERM, and cleans up.
#include <QtTest>

#include <QDir>
#include <QProcess>

#ifndef Q_MOC_RUN
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#endif

class TestSyncSandbox : public QObject
{
    Q_OBJECT

private slots:
    void servesAGeneratedScenarioUntilStopped()
    {
        const QStringList before = QDir::temp().entryList({"planbridge-sandbox-*"});
        QProcess sandbox;
        sandbox.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), {"sandbox", "--records", "500", "--user", "u",
                                                              "--password", "p"});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
        const QByteArray first = sandbox.readLine().trimmed();
        QVERIFY2(first.startsWith("sandbox listening on http://127.0.0.1:"), first.constData());
        const int port = first.mid(first.lastIndexOf(':') + 1).toInt();
        QVERIFY(port > 0);

        httplib::Client client("127.0.0.1", port);
        client.set_basic_auth("u", "p");
        const auto versions = client.Get("/sap/opu/odata/IBP/PLANNING_DATA_API_SRV/PlanningVersions");
        QVERIFY(versions);
        QCOMPARE(versions->status, 200);
        const auto list = nlohmann::json::parse(versions->body)["d"]["results"];
        QCOMPARE(list.size(), std::size_t(1));
        const std::string id = list[0]["VERSIONID"].get<std::string>();

        httplib::Params params {{"$filter", "VERSIONID eq '" + id + "'"}, {"$select", "PRDID"}, {"$top", "0"},
                                {"$inlinecount", "allpages"}};
        const auto count = client.Get("/sap/opu/odata/IBP/PLANNING_DATA_API_SRV/PBDEMAND", params, {});
        QVERIFY(count);
        QCOMPARE(count->status, 200);
        QVERIFY(std::stoi(nlohmann::json::parse(count->body)["d"]["__count"].get<std::string>()) > 0);
        httplib::Client anonymous("127.0.0.1", port);
        QCOMPARE(anonymous.Get("/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV/")->status, 401);

        ::kill(static_cast<pid_t>(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(20000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        QCOMPARE(QDir::temp().entryList({"planbridge-sandbox-*"}), before); // the scenario is gone
    }

    void badOptionsFail()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), {"sandbox", "--port", "70000"});
        QVERIFY(sandbox.waitForFinished(20000));
        QCOMPARE(sandbox.exitCode(), 2);
        sandbox.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), {"sandbox", "--data", "/nonexistent/seed"});
        QVERIFY(sandbox.waitForFinished(20000));
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(sandbox.readAllStandardError().contains("/nonexistent/seed"));
    }
};

QTEST_GUILESS_MAIN(TestSyncSandbox)
#include "tst_syncsandbox.moc"
