// The sandbox ERP's MRP over real loopback HTTP: the material master set through the admin
// endpoint, PIRs written by deep insert, the run scheduled as an application job and polled until
// it finishes, then planned orders, purchase requisitions, SupplyDemandItems and MaterialCoverages
// read back and compared exactly with a hand-computed plan.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "mrptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

using namespace sandboxtest;
using nlohmann::json;

namespace {

// The run date of every scenario: Tuesday 2026-09-01.
const json RunParameters = { { "Plants", { "1710" } }, { "RunDate", "2026-09-01" } };

// One "a|b|c" line per entity, so a whole result set compares in one QCOMPARE.
QStringList lines(const json &results, const std::vector<std::string> &fields)
{
    QStringList out;
    for (const json &entity : results) {
        QStringList values;
        for (const std::string &field : fields)
            values << QString::fromStdString(
                entity[field].is_string() ? entity[field].get<std::string>() : entity[field].dump());
        out << values.join('|');
    }
    return out;
}

} // namespace

class TestSandboxMrp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plannedOrdersAndRequisitionsExactly();
    void supplyDemandAndCoverageExactly();
    void rerunReplacesProposals();
    void supplyDemandNeedsFilter();
    void scheduleNeedsCsrfAndValidParameters();
    void abortedRunReportsWhy();

private:
    void setUpScenario();
    json runMrp(const json &parameters = RunParameters);

    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
};

void TestSandboxMrp::init()
{
    const auto port = m_server.start({});
    QVERIFY2(port.ok(), port.ok() ? "" : port.error().message.c_str());
    m_client = std::make_unique<ErpClient>(*port);
    QVERIFY(m_client->fetchToken());
}

void TestSandboxMrp::cleanup()
{
    m_client.reset();
    m_server.stop();
}

// MAKE-1: make, 10 days, fixed lot 100, 30 in stock. BUY-1: buy from S-17, 7 days, lot-for-lot,
// supplier limit 40 a week. An inactive PIR version of MAKE-1 must not count.
void TestSandboxMrp::setUpScenario()
{
    json make = material("MAKE-1", "make", 10, "30");
    make["lot_sizing"] = "FX";
    make["fixed_lot_size"] = "100";
    json buy = material("BUY-1", "buy", 7);
    buy["supplier"] = "S-17";
    buy["weekly_limit"] = "40";
    const auto set = m_client->http().Post(
        "/sandbox/admin/materials", json::array({ make, buy }).dump(), "application/json");
    QVERIFY(set);
    QCOMPARE(set->status, 200);

    QCOMPARE(
        m_client->postPir(pirBody("MAKE-1", { { "202609", "120" }, { "202610", "50" }, { "202611", "90" } }))
            ->status,
        201);
    QCOMPARE(
        m_client->postPir(pirBody("BUY-1", { { "20260915", "100", "D" }, { "202610", "30" } }))->status, 201);
    json inactive = pirBody("MAKE-1", { { "202609", "999" } });
    inactive["PlndIndepRqmtVersion"] = "01";
    inactive["PlndIndepRqmtIsActive"] = "";
    QCOMPARE(m_client->postPir(inactive)->status, 201);
}

json TestSandboxMrp::runMrp(const json &parameters)
{
    const auto scheduled = m_client->post(scheduleUrl(parameters), json());
    if (!scheduled || scheduled->status != 200)
        return json();
    const json job = json::parse(scheduled->body)["d"];
    if (job["JobStatus"] != "S")
        return json();
    json status;
    // Poll until the job leaves S/R; QTRY waits on the condition with a deadline, no fixed sleep.
    const auto done = [&] {
        status = m_client->getJson(statusUrl(job))["d"];
        return status["JobStatus"] == "F" || status["JobStatus"] == "A";
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done(), 10000); }();
    return status;
}

void TestSandboxMrp::plannedOrdersAndRequisitionsExactly()
{
    setUpScenario();
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));

    const json orders = m_client->getJson(PlannedOrders + "?$inlinecount=allpages")["d"];
    QCOMPARE(orders["__count"].get<std::string>(), std::string("3"));
    // 09-01: 30 − 120 → 100 (fixed lot), too late for today: start now, ready after the lead time.
    // 10-01 and 11-01: one lot each, started 10 days before the requirement.
    QCOMPARE(lines(orders["results"],
                 { "PlannedOrder", "PlannedOrderType", "Material", "MRPPlant", "MRPArea", "ProductionPlant",
                     "BaseUnit", "TotalQuantity", "PlndOrderPlannedStartDate", "PlndOrderPlannedEndDate",
                     "PlannedOrderIsFirm", "MaterialProcurementCategory" }),
        QStringList({ QString::fromStdString("0000000001|LA|MAKE-1|1710|1710|1710|PC|100.000|"
                          + day(2026, 9, 1) + "|" + day(2026, 9, 11) + "|false|E"),
            QString::fromStdString("0000000002|LA|MAKE-1|1710|1710|1710|PC|100.000|" + day(2026, 9, 21) + "|"
                + day(2026, 10, 1) + "|false|E"),
            QString::fromStdString("0000000003|LA|MAKE-1|1710|1710|1710|PC|100.000|" + day(2026, 10, 22) + "|"
                + day(2026, 11, 1) + "|false|E") }));

    // 100 on Tue 09-15 against 40 a week: 40 that day, 40 on Sunday 09-13, the week before is
    // earlier than today + 7 days. 20 stay short. 30 on 10-01 fit that week.
    const json requisitions = m_client->getJson(Requisitions)["d"]["results"];
    QCOMPARE(lines(requisitions,
                 { "PurchaseRequisition", "PurchaseRequisitionItem", "Material", "Plant", "RequestedQuantity",
                     "BaseUnit", "DeliveryDate", "PurchaseRequisitionReleaseDate", "FixedSupplier",
                     "PurReqnOrigin", "MaterialPlannedDeliveryDurn" }),
        QStringList({ QString::fromStdString("0010000001|00010|BUY-1|1710|40.000|PC|" + day(2026, 9, 13) + "|"
                          + day(2026, 9, 6) + "|S-17|B|7"),
            QString::fromStdString("0010000002|00010|BUY-1|1710|40.000|PC|" + day(2026, 9, 15) + "|"
                + day(2026, 9, 8) + "|S-17|B|7"),
            QString::fromStdString("0010000003|00010|BUY-1|1710|30.000|PC|" + day(2026, 10, 1) + "|"
                + day(2026, 9, 24) + "|S-17|B|7") }));

    // Paging, filters and a key read.
    const json page = m_client->getJson(PlannedOrders + "?$top=1&$skip=1")["d"]["results"];
    QCOMPARE(page.size(), 1u);
    QCOMPARE(page[0]["PlannedOrder"].get<std::string>(), std::string("0000000002"));
    QCOMPARE(
        m_client
            ->getJson(filtered(PlannedOrders, "Material eq 'MAKE-1' and MRPPlant eq '1710'"))["d"]["results"]
            .size(),
        3u);
    QCOMPARE(m_client->getJson(filtered(PlannedOrders, "Material eq 'BUY-1'"))["d"]["results"].size(), 0u);
    QCOMPARE(m_client->getJson(PlannedOrders + "('0000000003')")["d"]["TotalQuantity"].get<std::string>(),
        std::string("100.000"));
    QCOMPARE(m_client->get(PlannedOrders + "('0000000099')")->status, 404);
    QCOMPARE(
        m_client
            ->getJson(Requisitions
                + "(PurchaseRequisition='0010000002',PurchaseRequisitionItem='00010')")["d"]["DeliveryDate"]
            .get<std::string>(),
        day(2026, 9, 15));

    const json summary = m_client->getJson("/sandbox/admin/mrp");
    QCOMPARE(summary["last_run"]["planned_orders"].get<int>(), 3);
    QCOMPARE(summary["last_run"]["purchase_requisitions"].get<int>(), 3);
    QCOMPARE(summary["last_run"]["shortages"].get<int>(), 2);
    QCOMPARE(summary["last_run"]["demand_elements"].get<int>(), 5); // the inactive version is not demand
}

void TestSandboxMrp::supplyDemandAndCoverageExactly()
{
    setUpScenario();
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));

    const json buy = m_client->getJson(filtered(
        MrpRoot + "/SupplyDemandItems", "Material eq 'BUY-1' and MRPPlant eq '1710'"))["d"]["results"];
    const std::vector<std::string> fields
        = { "MRPElementCategory", "MRPElement", "MRPElementAvailyOrRqmtDate", "MRPElementOpenQuantity",
              "MRPAvailableQuantity", "MRPElementBusinessPartner" };
    QCOMPARE(lines(buy, fields),
        QStringList({ QString::fromStdString("WB||" + day(2026, 9, 1) + "|0.000|0.000|"),
            QString::fromStdString("BA|0010000001|" + day(2026, 9, 13) + "|40.000|40.000|S-17"),
            QString::fromStdString("BA|0010000002|" + day(2026, 9, 15) + "|40.000|80.000|S-17"),
            QString::fromStdString("PP|000000000002|" + day(2026, 9, 15) + "|-100.000|-20.000|"),
            QString::fromStdString("BA|0010000003|" + day(2026, 10, 1) + "|30.000|10.000|S-17"),
            QString::fromStdString("PP|000000000002|" + day(2026, 10, 1) + "|-30.000|-20.000|") }));
    const json make = m_client->getJson(
        filtered(MrpRoot + "/SupplyDemandItems", "Material eq 'MAKE-1'") + "&$inlinecount=allpages")["d"];
    QCOMPARE(make["__count"].get<std::string>(), std::string("7"));
    QCOMPARE(lines(make["results"], { "MRPElementCategory", "MRPAvailableQuantity" }),
        QStringList({ "WB|30.000", "PP|-90.000", "PA|10.000", "PA|110.000", "PP|60.000", "PA|160.000",
            "PP|70.000" }));

    // One shortage each: BUY-1 by the supplier limit, never made good; MAKE-1 by the lead time,
    // until the first order arrives on 09-11.
    const json coverages = m_client->getJson(MrpRoot + "/MaterialCoverages")["d"]["results"];
    QCOMPARE(lines(coverages,
                 { "Material", "MRPPlant", "MaterialShortageProfileCount", "MaterialShortageQuantity",
                     "MaterialShortageStartDate", "MaterialShortageEndDate", "MaterialShortageDuration",
                     "MaterialReplnmtLeadDurnEndDate", "MaterialShortageDefinitionName" }),
        QStringList({ QString::fromStdString("BUY-1|1710|001|20.000|" + day(2026, 9, 15) + "|null|0|"
                          + day(2026, 9, 8) + "|Stock below zero (supplier-limit)"),
            QString::fromStdString("MAKE-1|1710|001|90.000|" + day(2026, 9, 1) + "|" + day(2026, 9, 10)
                + "|10|" + day(2026, 9, 11) + "|Stock below zero (lead-time)") }));
    QCOMPARE(
        m_client->getJson(filtered(MrpRoot + "/MaterialCoverages", "Material eq 'MAKE-1'"))["d"]["results"]
            .size(),
        1u);
}

void TestSandboxMrp::rerunReplacesProposals()
{
    setUpScenario();
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));
    // The same input again: the same documents, nothing added.
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));
    QCOMPARE(m_client->getJson(PlannedOrders)["d"]["results"].size(), 3u);
    QCOMPARE(m_client->getJson("/sandbox/admin/mrp")["last_run"]["new_numbers"].get<int>(), 0);

    // November's demand goes away: its order goes with it, the others keep their numbers.
    QCOMPARE(m_client->patch(itemPath("MAKE-1", "202611"), { { "PlannedQuantity", "0" } })->status, 204);
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));
    const json orders = m_client->getJson(PlannedOrders + "?$inlinecount=allpages")["d"];
    QCOMPARE(orders["__count"].get<std::string>(), std::string("2"));
    QCOMPARE(lines(orders["results"], { "PlannedOrder", "PlndOrderPlannedEndDate" }),
        QStringList({ QString::fromStdString("0000000001|" + day(2026, 9, 11)),
            QString::fromStdString("0000000002|" + day(2026, 10, 1)) }));
    QCOMPARE(m_client->getJson(Requisitions + "?$inlinecount=allpages")["d"]["__count"].get<std::string>(),
        std::string("3"));
    const json last = m_client->getJson("/sandbox/admin/mrp")["last_run"];
    QCOMPARE(last["replaced"].get<int>(), 6); // every unfirmed proposal of the run before
    QCOMPARE(last["planned_orders"].get<int>(), 2);
    QCOMPARE(
        m_client->getJson(filtered(MrpRoot + "/SupplyDemandItems", "Material eq 'MAKE-1'"))["d"]["results"]
            .size(),
        5u);
}

void TestSandboxMrp::supplyDemandNeedsFilter()
{
    setUpScenario();
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));
    const auto unfiltered = m_client->get(MrpRoot + "/SupplyDemandItems");
    QCOMPARE(unfiltered->status, 400);
    QVERIFY(json::parse(unfiltered->body)["error"]["message"]["value"].get<std::string>().find("$filter")
        != std::string::npos);
    QCOMPARE(
        m_client->get(filtered(MrpRoot + "/SupplyDemandItems", "MRPAvailableQuantity eq '0'"))->status, 400);
    QCOMPARE(m_client
                 ->getJson(filtered(MrpRoot + "/SupplyDemandItems",
                     "MRPPlant eq '1710' and MRPElementCategory eq 'PP'"))["d"]["results"]
                 .size(),
        5u);
    QCOMPARE(
        m_client->get(PlannedOrders.substr(0, PlannedOrders.rfind('/')) + "/A_PlannedOrderComponent")->status,
        404);
    QCOMPARE(m_client->post(PlannedOrders, json::object())->status, 405); // read-only in the sandbox
}

void TestSandboxMrp::scheduleNeedsCsrfAndValidParameters()
{
    const auto withoutToken = m_client->http().Post(scheduleUrl(RunParameters), "", "application/json");
    QCOMPARE(withoutToken->status, 403);
    QCOMPARE(withoutToken->get_header_value("X-CSRF-Token"), std::string("Required"));
    QCOMPARE(m_client->post(scheduleUrl(RunParameters, "SAP_OTHER_JOB"), json())->status, 400);
    QCOMPARE(m_client->post(scheduleUrl({ { "RunDate", "2026-13-01" } }), json())->status, 400);
    QCOMPARE(m_client->post(scheduleUrl({ { "Plant", "1710" } }), json())->status, 400);
    QCOMPARE(m_client->post(JobRoot + "/JobSchedule?JobTemplateName='SAP_PP_MRP_RUN'", json())->status, 400);
    QCOMPARE(m_client->get(JobRoot + "/JobStatusGet?JobName='NOPE'&JobRunCount='00000001'")->status, 404);
    QCOMPARE(m_client->get(scheduleUrl(RunParameters))->status, 405);
    // A run without any demand or material still finishes.
    QCOMPARE(QString::fromStdString(runMrp()["JobStatus"].get<std::string>()), QStringLiteral("F"));
}

void TestSandboxMrp::abortedRunReportsWhy()
{
    setUpScenario();
    json kilograms = material("BUY-1", "buy", 7);
    kilograms["base_unit"] = "KG";
    QCOMPARE(m_client->http()
                 .Post("/sandbox/admin/materials", json::array({ kilograms }).dump(), "application/json")
                 ->status,
        200);
    const json status = runMrp();
    QCOMPARE(QString::fromStdString(status["JobStatus"].get<std::string>()), QStringLiteral("A"));
    QCOMPARE(status["ReturnCode"].get<int>(), 1);
    QVERIFY2(status["StatusText"].get<std::string>().find("base unit KG") != std::string::npos,
        status.dump().c_str());
    QCOMPARE(m_client->getJson(PlannedOrders)["d"]["results"].size(), 0u); // nothing half-planned

    const auto bad
        = m_client->http().Post("/sandbox/admin/materials", R"([{"plant":"1710"}])", "application/json");
    QCOMPARE(bad->status, 400);
    QVERIFY(json::parse(bad->body)["error"].get<std::string>().find("product") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSandboxMrp)
#include "tst_sandboxmrp.moc"
