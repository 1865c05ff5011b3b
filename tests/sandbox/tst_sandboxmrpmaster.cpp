// The sandbox ERP's MRP material master derived from a seed folder's master.json (canonical master
// data, as `planbridge-sync generate` writes it): the documented mapping, the hashed choices staying
// within the documented rule, and an MRP run over the seeded master.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "mrptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

using namespace sandboxtest;
using nlohmann::json;

namespace {

// Two locations share plant 1710 (the first item_location wins), one item_location is inactive,
// one names an unknown item.
const char *Master = R"({
  "items": [{"item": "FG-1", "base_uom": "PC"}, {"item": "RM-1", "base_uom": "KG"}],
  "locations": [
    {"location": "P100", "erp_plant": "1710", "mrp_area": "1710"},
    {"location": "P700", "erp_plant": "1710"},
    {"location": "P200", "erp_plant": "1720", "mrp_area": "1720-A"}],
  "item_locations": [
    {"item": "FG-1", "location": "P100", "lead_time_days": 3, "sourcing": "make"},
    {"item": "FG-1", "location": "P700", "lead_time_days": 9, "sourcing": "buy", "supplier": "S-9"},
    {"item": "FG-1", "location": "P200", "status": "inactive"},
    {"item": "RM-1", "location": "P200", "lead_time_days": 12, "sourcing": "buy", "supplier": " S-17 "},
    {"item": "XX-9", "location": "P100"}]
})";

} // namespace

class TestSandboxMrpMaster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void derivesOneMaterialPerPlantAndItem();
    void hashedChoicesFollowTheRule();
    void runsOverTheSeededMaster();

private:
    QTemporaryDir m_dir;
    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
    json m_materials;
};

void TestSandboxMrpMaster::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath("master.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Master);
    file.close();
    planbridge::sandbox::SandboxOptions options;
    options.seedDir = m_dir.path().toStdString();
    const auto port = m_server.start(options);
    QVERIFY2(port.ok(), port.ok() ? "" : port.error().message.c_str());
    m_client = std::make_unique<ErpClient>(*port);
    QVERIFY(m_client->fetchToken());
    m_materials = m_client->getJson("/sandbox/admin/materials")["materials"];
}

void TestSandboxMrpMaster::cleanupTestCase()
{
    m_client.reset();
    m_server.stop();
}

void TestSandboxMrpMaster::derivesOneMaterialPerPlantAndItem()
{
    QCOMPARE(m_materials.size(), 2u);
    QStringList mapped;
    for (const json &m : m_materials)
        mapped << QString::fromStdString(m["plant"].get<std::string>() + "|" + m["product"].get<std::string>()
            + "|" + m["mrp_area"].get<std::string>() + "|" + m["base_unit"].get<std::string>() + "|"
            + m["procurement"].get<std::string>() + "|" + m["supplier"].get<std::string>() + "|"
            + std::to_string(m["lead_time_days"].get<int>()) + "|" + m["safety_stock"].get<std::string>());
    QCOMPARE(
        mapped, QStringList({ "1710|FG-1|1710|PC|make||3|0.000", "1720|RM-1|1720-A|KG|buy|S-17|12|0.000" }));
}

void TestSandboxMrpMaster::hashedChoicesFollowTheRule()
{
    for (const json &m : m_materials) {
        const QString stock = QString::fromStdString(m["opening_stock"].get<std::string>());
        QVERIFY2(QStringList({ "0.000", "50.000", "100.000", "150.000", "200.000" }).contains(stock),
            qPrintable(stock));
        const std::string lot = m["lot_sizing"].get<std::string>() + "/"
            + m["fixed_lot_size"].get<std::string>() + "/" + m["rounding_value"].get<std::string>();
        QVERIFY2(
            lot == "EX/0.000/0.000" || lot == "EX/0.000/10.000" || lot == "FX/100.000/0.000", lot.c_str());
        QVERIFY(m["weekly_limit"].is_null() || m["weekly_limit"] == "200.000");
    }
    // The same master gives the same ERP: a second sandbox derives the same list.
    planbridge::sandbox::SandboxServer again;
    planbridge::sandbox::SandboxOptions options;
    options.seedDir = m_dir.path().toStdString();
    const auto port = again.start(options);
    QVERIFY(port.ok());
    QCOMPARE(QString::fromStdString(ErpClient(*port).getJson("/sandbox/admin/materials")["materials"].dump()),
        QString::fromStdString(m_materials.dump()));
}

void TestSandboxMrpMaster::runsOverTheSeededMaster()
{
    // A product without master in a planned plant gets the default: lot-for-lot make, no lead time.
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202610", "500" } }))->status, 201);
    QCOMPARE(m_client->postPir(pirBody("NEW-1", { { "202610", "7" } }))->status, 201);
    const auto scheduled
        = m_client->post(scheduleUrl({ { "Plants", { "1710" } }, { "RunDate", "2026-09-01" } }), json());
    QVERIFY(scheduled && scheduled->status == 200);
    const json job = json::parse(scheduled->body)["d"];
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->getJson(statusUrl(job))["d"]["JobStatus"].get<std::string>(), std::string("F"), 10000);

    const json summary = m_client->getJson("/sandbox/admin/mrp")["last_run"];
    QCOMPARE(summary["defaulted_materials"].get<int>(), 1);
    QCOMPARE(summary["plants"], json::array({ "1710" }));
    const json fresh = m_client->getJson(filtered(PlannedOrders, "Material eq 'NEW-1'"))["d"]["results"];
    QCOMPARE(fresh.size(), 1u);
    QCOMPARE(fresh[0]["TotalQuantity"].get<std::string>(), std::string("7.000"));
    QCOMPARE(fresh[0]["PlndOrderPlannedStartDate"].get<std::string>(), day(2026, 10, 1));
    QVERIFY(!m_client->getJson(filtered(PlannedOrders, "Material eq 'FG-1'"))["d"]["results"].empty());
}

QTEST_GUILESS_MAIN(TestSandboxMrpMaster)
#include "tst_sandboxmrpmaster.moc"
