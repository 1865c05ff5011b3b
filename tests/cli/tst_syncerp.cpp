// `planbridge-sync erp-state` and `mrp` against the sandbox ERP over real HTTP, configured through
// a connections file whose url is the ERP's base and whose secret comes from the environment.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "syncprocess.h"

#ifndef Q_MOC_RUN
#include "connectors/s4/pirodataclient.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"

#include <httplib.h>
#endif

using namespace planbridge;

namespace {

using synctest::Run;

Run sync(const QStringList &args, const QString &password = "s3cret")
{
    return synctest::sync(args, "PB_TEST_ERP_PASSWORD", password);
}

s4::PirHeader header(const std::string &product, std::vector<s4::PirItem> items)
{
    return { product, "1710", "1710", "VSF", "00", "", "", true, std::move(items) };
}

} // namespace

class TestSyncErp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.requireAuth = true;
        options.user = "erpuser";
        options.password = "s3cret";
        const auto port = m_server.start(options);
        QVERIFY(port.ok());
        m_admin = std::make_unique<httplib::Client>("127.0.0.1", *port);
        QFile f(m_dir.filePath("connections.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString(R"({"erp": {"url": "%1",
            "auth": {"kind": "basic", "user": "erpuser", "password_env": "PB_TEST_ERP_PASSWORD"},
            "options": {"page_size": 2}}})")
                    .arg(QString::fromStdString(m_server.baseUrl()))
                    .toUtf8());
    }

    void init()
    {
        QCOMPARE(m_admin->Post("/sandbox/admin/reset", "{}", "application/json")->status, 200);
        // MAKE-1: make, 10 days, fixed lot 100, 30 in stock; BUY-1: buy, 7 days, lot for lot.
        const char *materials = R"([
            {"plant":"1710","product":"MAKE-1","base_unit":"PC","procurement":"make","lead_time_days":10,
             "opening_stock":"30","lot_sizing":"FX","fixed_lot_size":"100"},
            {"plant":"1710","product":"BUY-1","base_unit":"PC","procurement":"buy","lead_time_days":7,
             "supplier":"S-17"}])";
        QCOMPARE(m_admin->Post("/sandbox/admin/materials", materials, "application/json")->status, 200);
        net::HttpClientConfig config;
        config.baseUrl = m_server.baseUrl();
        config.authKind = net::AuthKind::Basic;
        config.basic = { "erpuser", "s3cret" };
        net::HttpClient http(config);
        s4::PirODataClient pirs(http);
        const auto written = pirs.writePirs({ header("MAKE-1", { { "202609", "M", "120.000", "PC" } }),
                                                header("BUY-1", { { "20260915", "D", "25.500", "PC" } }) },
            { connectors::PirWriteMode::Batch, 1, 10, {} });
        QVERIFY(written.ok());
        for (const auto &result : *written)
            QCOMPARE(int(result.status), int(connectors::PirWriteStatus::Written));
    }

    void erpStateIsCsvOfWhatTheErpHolds()
    {
        const QString out = m_dir.filePath("state.csv");
        const Run r = sync({ "erp-state", "--config", m_dir.filePath("connections.json"), "--out", out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("2 PIR items"), r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("product,plant,mrp_area,requirement_type,version,requirement_plan,requirement_segment,"
                       "period,period_type,quantity,unit\n"
                       "BUY-1,1710,1710,VSF,00,,,20260915,D,25.500,PC\n"
                       "MAKE-1,1710,1710,VSF,00,,,202609,M,120.000,PC\n"));
        const Run filtered
            = sync({ "erp-state", "--config", m_dir.filePath("connections.json"), "--product", "BUY-1" });
        QCOMPARE(filtered.exitCode, 0);
        QVERIFY(filtered.out.endsWith("\nBUY-1,1710,1710,VSF,00,,,20260915,D,25.500,PC\n"));
        QCOMPARE(filtered.out.count('\n'), 2);
    }

    void mrpRunsAndWritesTheFeedback()
    {
        const QString out = m_dir.filePath("feedback.json");
        const Run r = sync({ "mrp", "--config", m_dir.filePath("connections.json"), "--plants", "1710",
            "--run-date", "2026-09-01", "--out", out });
        QVERIFY2(r.exitCode == 0, (QByteArray::number(r.exitCode) + " " + r.err).constData());
        QVERIFY2(r.err.contains("1 / 100.000") && r.err.contains("1 / 25.500"), r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc["run"].toObject()["state"].toString(), QString("finished"));
        const QJsonArray orders = doc["planned_orders"].toArray();
        QCOMPARE(orders.size(), 1);
        // 30 in stock against 120 on 09-01: one lot of 100, ready 10 days after today.
        QCOMPARE(QJsonDocument(orders[0].toObject()).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"end":"2026-09-11","firm":false,"material":"MAKE-1","mrp_area":"1710",)"
                R"("planned_order":"0000000001","plant":"1710","quantity":"100.000","start":"2026-09-01",)"
                R"("unit":"PC"})"));
        const QJsonArray requisitions = doc["purchase_requisitions"].toArray();
        QCOMPARE(requisitions.size(), 1);
        QCOMPARE(requisitions[0]["delivery"].toString(), QString("2026-09-15"));
        QCOMPARE(requisitions[0]["release"].toString(), QString("2026-09-08"));
        QCOMPARE(requisitions[0]["supplier"].toString(), QString("S-17"));
        const QJsonArray shortages = doc["shortages"].toArray();
        QCOMPARE(shortages.size(), 1);
        QCOMPARE(shortages[0]["quantity"].toString(), QString("90.000"));
        QCOMPARE(shortages[0]["end"].toString(), QString("2026-09-10"));

        const Run again
            = sync({ "mrp", "--config", m_dir.filePath("connections.json"), "--plants", "1710", "--no-run" });
        QCOMPARE(again.exitCode, 0);
        const QJsonObject read = QJsonDocument::fromJson(again.out).object();
        QVERIFY(!read.contains("run"));
        QCOMPARE(read["planned_orders"], doc["planned_orders"]);
        QCOMPARE(read["purchase_requisitions"], doc["purchase_requisitions"]);
    }

    void failuresAreOneLineAndKeepNoFile()
    {
        const QString config = m_dir.filePath("connections.json");
        const QString out = m_dir.filePath("never.json");
        const auto check = [&](const Run &r, const char *expected) {
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(!QFile::exists(out));
        };
        check(sync({ "mrp", "--config", config, "--out", out }), "needs --plants");
        check(
            sync({ "mrp", "--config", config, "--plants", "1710", "--run-date", "2026-02-30", "--out", out }),
            "--run-date must be a date");
        check(sync({ "mrp", "--config", config, "--plants", "1710", "--timeout", "0", "--out", out }),
            "--timeout");
        QFile badOptions(m_dir.filePath("bad-options.json"));
        QVERIFY(badOptions.open(QIODevice::WriteOnly));
        // Not a raw string: moc 6.4 reads the // inside one as a comment.
        badOptions.write("{\"erp\": {\"url\": \"http://127.0.0.1:9\", \"options\": {\"parallel_requests\": 0}}}");
        badOptions.close();
        check(sync({ "erp-state", "--config", m_dir.filePath("bad-options.json"), "--out", out }),
            "options.parallel_requests must be a whole number from 1");
        const Run wrong = sync({ "erp-state", "--config", config, "--out", out }, "not-the-password");
        check(wrong, "401");
        QVERIFY(!wrong.err.contains("not-the-password"));

        // The PIRs are in PC; a master in KG makes the run abort, and the ERP's reason is shown.
        const char *kilograms = R"([{"plant":"1710","product":"BUY-1","base_unit":"KG","procurement":"buy",
            "lead_time_days":7}])";
        QCOMPARE(m_admin->Post("/sandbox/admin/materials", kilograms, "application/json")->status, 200);
        const Run aborted = sync({ "mrp", "--config", config, "--plants", "1710", "--out", out });
        QCOMPARE(aborted.exitCode, 2);
        QVERIFY2(
            aborted.err.contains("aborted") && aborted.err.contains("base unit KG"), aborted.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({ "never.json*" }), QStringList());
    }

    void folderErpHoldsItsStateFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("erp-files"));
        const QString folder = m_dir.filePath("erp-files");
        QFile state(folder + "/pir-state.json");
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(
            R"({"pir_items": [{"product":"FG-1","plant":"1710","mrp_area":"1710","requirement_type":"VSF",)"
            R"("version":"00","requirement_plan":"","requirement_segment":"","period":"202611",)"
            R"("period_type":"M","quantity":"4.000","unit":"PC"}]})");
        state.close();
        QFile config(m_dir.filePath("files.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // Not a raw string: moc 6.4 reads the // inside one as a comment.
        config.write(QString("{\"erp\": {\"url\": \"file://%1\"}}").arg(folder).toUtf8());
        config.close();
        const Run r = sync({ "erp-state", "--config", m_dir.filePath("files.json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.endsWith("\nFG-1,1710,1710,VSF,00,,,202611,M,4.000,PC\n"), r.out.constData());
        const Run mrp = sync({ "mrp", "--config", m_dir.filePath("files.json"), "--plants", "1710" });
        QCOMPARE(mrp.exitCode, 2);
        QVERIFY2(mrp.err.contains("runs no MRP"), mrp.err.constData());
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    std::unique_ptr<httplib::Client> m_admin;
};

QTEST_GUILESS_MAIN(TestSyncErp)
#include "tst_syncerp.moc"
