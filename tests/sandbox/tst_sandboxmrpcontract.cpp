// Contract test: every property the sandbox ERP's MRP read-backs emit must exist in SAP's published
// OpenAPI description of its entity, with a value that fits the declaration (copies in
// tests/data/sap/, provenance in its README.md):
//   A_PlannedOrder            → OP_PLANNEDORDER_0001.json (V4 PlannedOrderHeaderType; see below)
//   A_PurchaseRequisitionItem → OP_API_PURCHASEREQ_PROCESS_SRV_0001.json
//   SupplyDemandItems, MaterialCoverages → OP_API_MRP_MATERIALS_SRV_01_0001.json
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "mrptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

#include <fstream>
#include <regex>
#include <set>

using namespace sandboxtest;
using nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

json loadSpec(const char *file)
{
    std::ifstream in(std::string(PLANBRIDGE_SOURCE_DIR "/tests/data/sap/") + file);
    return json::parse(in, nullptr, false);
}

// The V2 API_PLANNED_ORDERS property names of contracts.md §2.1 (from the API hub's $select list).
// The repository holds only the V4 OpenAPI file, so a planned order must fit both: named as in V2,
// and present under the same name in V4.
const std::set<std::string> PlannedOrderV2Names = { "PlannedOrder", "PlannedOrderType", "PlannedOrderProfile",
    "Material", "MaterialName", "ProductionPlant", "MRPPlant", "MRPArea", "ProductionVersion",
    "MaterialProcurementCategory", "MaterialProcurementType", "StorageLocation", "BaseUnit", "TotalQuantity",
    "PlndOrderPlannedScrapQty", "GoodsReceiptQty", "IssuedQuantity", "PlndOrderPlannedStartDate",
    "PlndOrderPlannedStartTime", "PlndOrderPlannedEndDate", "PlndOrderPlannedEndTime",
    "PlannedOrderOpeningDate", "LastChangeDateTime", "ProductionStartDate", "ProductionEndDate", "SalesOrder",
    "SalesOrderItem", "Customer", "WBSElementInternalID", "WBSElement", "WBSDescription",
    "AccountAssignmentCategory", "Reservation", "MRPController", "ProductionSupervisor", "PurchasingGroup",
    "PurchasingOrganization", "FixedSupplier", "PurchasingDocument", "PurchasingDocumentItem",
    "QuotaArrangement", "QuotaArrangementItem", "SupplierName", "PlannedOrderIsFirm",
    "PlannedOrderIsConvertible", "PlannedOrderBOMIsFixed", "PlannedOrderCapacityIsDsptchd",
    "CapacityRequirement", "CapacityRequirementOrigin", "BillOfOperationsType", "BillOfOperationsGroup",
    "BillOfOperations", "LastScheduledDate", "ScheduledBasicStartDate", "ScheduledBasicStartTime",
    "ScheduledBasicEndDate", "ScheduledBasicEndTime", "SchedulingType" };

int decimalsOf(const json &declared)
{
    const double step = declared.value("multipleOf", 0.001);
    int decimals = 0;
    for (double s = step; s < 0.999 && decimals < 6; s *= 10)
        ++decimals;
    return decimals;
}

// Every property of `entity` is declared by `schema`, and its value fits the declaration.
void checkEntity(const json &entity, const json &schema, const QString &what)
{
    const json &properties = schema["properties"];
    for (const auto &[name, value] : entity.items()) {
        if (name == "__metadata")
            continue;
        const QString where = what + "." + qs(name);
        QVERIFY2(properties.contains(name),
            qPrintable(what + " emits '" + qs(name) + "', which the schema lacks"));
        const json &declared = properties[name];
        if (value.is_null()) {
            QVERIFY2(declared.value("nullable", false), qPrintable(where + " is not nullable"));
            continue;
        }
        std::set<std::string> types;
        if (declared.contains("anyOf")) {
            for (const json &branch : declared["anyOf"])
                types.insert(branch.value("type", ""));
        } else {
            types.insert(declared.value("type", ""));
        }
        if (value.is_boolean()) {
            QVERIFY2(types.count("boolean"), qPrintable(where + " must not be a boolean"));
            continue;
        }
        if (value.is_number()) {
            QVERIFY2(types.count("integer") && value.is_number_integer(),
                qPrintable(where + " must not be a number"));
            continue;
        }
        QVERIFY2(value.is_string() && types.count("string"), qPrintable(where + " must be a JSON string"));
        const std::string text = value;
        if (declared.contains("maxLength"))
            QVERIFY2(
                text.size() <= declared["maxLength"].get<std::size_t>(), qPrintable(where + "=" + qs(text)));
        const std::string format = declared.value("format", "");
        if (format == "decimal") {
            const int decimals = decimalsOf(declared);
            const std::string pattern
                = decimals ? R"(-?\d+\.\d{)" + std::to_string(decimals) + "}" : R"(-?\d+)";
            QVERIFY2(std::regex_match(text, std::regex(pattern)), qPrintable(where + "=" + qs(text)));
            const double number = std::stod(text);
            QVERIFY2(!declared.contains("maximum") || number <= declared["maximum"].get<double>(),
                qPrintable(where));
            QVERIFY2(!declared.contains("minimum") || number >= declared["minimum"].get<double>(),
                qPrintable(where));
        }
        // V2 writes every date as /Date(ms)/; the V4 planned-order file declares format date or
        // date-time for the same properties, which a V2 service does not use.
        const bool v2Date = declared.contains("example") && declared["example"].is_string()
            && qs(declared["example"]).startsWith("/Date(");
        if (v2Date || format == "date" || format == "date-time")
            QVERIFY2(
                std::regex_match(text, std::regex(R"(/Date\(-?\d+\)/)")), qPrintable(where + "=" + qs(text)));
    }
}

} // namespace

class TestSandboxMrpContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plannedOrderFieldsExistInSchema();
    void purchaseRequisitionFieldsExistInSchema();
    void supplyDemandFieldsExistInSchema();
    void coverageFieldsExistInSchema();

private:
    void checkCollection(
        const std::string &path, const json &schema, const QString &what, std::size_t minimum);

    json m_plannedOrderSpec;
    json m_requisitionSpec;
    json m_mrpSpec;
    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
};

void TestSandboxMrpContract::initTestCase()
{
    m_plannedOrderSpec = loadSpec("OP_PLANNEDORDER_0001.json");
    m_requisitionSpec = loadSpec("OP_API_PURCHASEREQ_PROCESS_SRV_0001.json");
    m_mrpSpec = loadSpec("OP_API_MRP_MATERIALS_SRV_01_0001.json");
    QVERIFY2(m_plannedOrderSpec.is_object() && m_requisitionSpec.is_object() && m_mrpSpec.is_object(),
        "an OpenAPI file under tests/data/sap/ is missing or broken");
    const auto port = m_server.start({});
    QVERIFY(port.ok());
    m_client = std::make_unique<ErpClient>(*port);
    QVERIFY(m_client->fetchToken());

    // Something of every kind: a make and a buy material, one short by lead time, one by its supplier.
    json make = material("MAKE-C", "make", 10, "5");
    json buy = material("BUY-C", "buy", 7);
    buy["supplier"] = "S-1000";
    buy["weekly_limit"] = "10";
    QCOMPARE(m_client->http()
                 .Post("/sandbox/admin/materials", json::array({ make, buy }).dump(), "application/json")
                 ->status,
        200);
    QCOMPARE(
        m_client->postPir(pirBody("MAKE-C", { { "202609", "9999999.5" }, { "202610", "7" } }))->status, 201);
    QCOMPARE(m_client->postPir(pirBody("BUY-C", { { "20260915", "25", "D" } }))->status, 201);
    const auto scheduled = m_client->post(scheduleUrl({ { "RunDate", "2026-09-01" } }), json());
    QVERIFY(scheduled && scheduled->status == 200);
    const json job = json::parse(scheduled->body)["d"];
    QTRY_VERIFY_WITH_TIMEOUT(m_client->getJson(statusUrl(job))["d"]["JobStatus"] == "F", 10000);
}

void TestSandboxMrpContract::cleanupTestCase()
{
    m_client.reset();
    m_server.stop();
}

void TestSandboxMrpContract::checkCollection(
    const std::string &path, const json &schema, const QString &what, std::size_t minimum)
{
    QVERIFY2(schema.is_object(), qPrintable(what + ": no schema"));
    const json results = m_client->getJson(path)["d"]["results"];
    QVERIFY2(results.size() >= minimum, qPrintable(what + ": too few entities"));
    for (const json &entity : results) {
        checkEntity(entity, schema, what);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSandboxMrpContract::plannedOrderFieldsExistInSchema()
{
    const json &schema
        = m_plannedOrderSpec["components"]["schemas"]
                            ["com.sap.gateway.srvd_a2x.api_plannedorder.v0001.PlannedOrderHeaderType"];
    checkCollection(PlannedOrders, schema, "A_PlannedOrder", 2);
    const json order = m_client->getJson(PlannedOrders)["d"]["results"][0];
    for (const auto &[name, value] : order.items())
        QVERIFY2(name == "__metadata" || PlannedOrderV2Names.count(name),
            qPrintable("not a V2 name: " + qs(name)));
    for (const char *required : { "PlannedOrder", "PlannedOrderType", "Material", "MRPPlant", "MRPArea",
             "ProductionPlant", "BaseUnit", "TotalQuantity", "PlndOrderPlannedStartDate",
             "PlndOrderPlannedEndDate", "PlannedOrderIsFirm", "MaterialProcurementCategory" })
        QVERIFY2(order.contains(required), required);
    // The key predicate of the published path is the single PlannedOrder key.
    QVERIFY(m_plannedOrderSpec["paths"].contains("/PlannedOrderHeader('{PlannedOrder}')"));
}

void TestSandboxMrpContract::purchaseRequisitionFieldsExistInSchema()
{
    const json &schema = m_requisitionSpec["components"]["schemas"]
                                          ["API_PURCHASEREQ_PROCESS_SRV.A_PurchaseRequisitionItemType"];
    checkCollection(Requisitions, schema, "A_PurchaseRequisitionItem", 2);
    const std::string uri = m_client->getJson(Requisitions)["d"]["results"][0]["__metadata"]["uri"];
    QVERIFY(m_requisitionSpec["paths"].contains(
        "/A_PurchaseRequisitionItem(PurchaseRequisition='{PurchaseRequisition}',PurchaseRequisitionItem='{"
        "PurchaseRequisitionItem}')"));
    QVERIFY(std::regex_search(uri,
        std::regex(
            R"(/A_PurchaseRequisitionItem\(PurchaseRequisition='\d{10}',PurchaseRequisitionItem='\d{5}'\)$)")));
}

void TestSandboxMrpContract::supplyDemandFieldsExistInSchema()
{
    const json &schema = m_mrpSpec["components"]["schemas"]["API_MRP_MATERIALS_SRV_01.SupplyDemandItem"];
    checkCollection(
        filtered(MrpRoot + "/SupplyDemandItems", "MRPPlant eq '1710'"), schema, "SupplyDemandItems", 6);
    // The spec marks $filter as required on SupplyDemandItems, and so does the sandbox.
    bool filterRequired = false;
    for (const json &parameter : m_mrpSpec["paths"]["/SupplyDemandItems"]["get"]["parameters"])
        filterRequired = filterRequired
            || (parameter.value("name", "") == "$filter" && parameter.value("required", false));
    QVERIFY(filterRequired);
    QCOMPARE(m_client->get(MrpRoot + "/SupplyDemandItems")->status, 400);
}

void TestSandboxMrpContract::coverageFieldsExistInSchema()
{
    const json &schema = m_mrpSpec["components"]["schemas"]["API_MRP_MATERIALS_SRV_01.MaterialCoverage"];
    checkCollection(MrpRoot + "/MaterialCoverages", schema, "MaterialCoverages", 2);
    // __metadata uris carry the published key, in its order.
    std::string published;
    for (const auto &[path, operations] : m_mrpSpec["paths"].items())
        if (path.rfind("/MaterialCoverages(", 0) == 0)
            published = path;
    const std::string uri
        = m_client->getJson(MrpRoot + "/MaterialCoverages")["d"]["results"][0]["__metadata"]["uri"];
    const std::regex names(R"(([A-Za-z]+)=')");
    const auto keyNames = [&](const std::string &text) {
        QStringList list;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), names); it != std::sregex_iterator();
             ++it)
            list << qs((*it)[1]);
        return list;
    };
    QCOMPARE(keyNames(uri.substr(uri.find('('))), keyNames(published));
}

QTEST_GUILESS_MAIN(TestSandboxMrpContract)
#include "tst_sandboxmrpcontract.moc"
