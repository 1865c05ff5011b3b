// The sandbox ERP's PIR service over real HTTP: deep insert, read-back, add-or-update, PATCH,
// paging, $filter, key predicates, validation errors and the absent methods.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "erptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

using namespace sandboxtest;
using nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

json itemsOf(const json &collection)
{
    return collection["d"]["results"];
}

} // namespace

class TestSandboxPir : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deepInsertReadsBackEqual();
    void postingAgainAddsOrUpdates();
    void patchUpdatesQuantity();
    void pagingAndCount();
    void filterAndKeyPredicate();
    void validationErrors_data();
    void validationErrors();
    void putAndDeleteAreRefused();
    void batchWithChangesets();

private:
    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
};

void TestSandboxPir::init()
{
    const auto port = m_server.start({});
    QVERIFY2(port.ok(), port.ok() ? "" : port.error().message.c_str());
    m_client = std::make_unique<ErpClient>(*port);
    QVERIFY(m_client->fetchToken());
}

void TestSandboxPir::cleanup()
{
    m_client.reset();
    m_server.stop();
}

void TestSandboxPir::deepInsertReadsBackEqual()
{
    // The bare-array form of the navigation property, as one public client sends it.
    json body = pirBody("FG-1000", { { "202609", "100" }, { "202610", "250.5" } });
    body["to_PlndIndepRqmtItem"] = body["to_PlndIndepRqmtItem"]["results"];
    const auto created = m_client->postPir(body);
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QCOMPARE(json::parse(created->body)["d"]["to_PlndIndepRqmtItem"]["results"].size(), 2u);

    const json item = m_client->getJson(itemPath("FG-1000", "202609"))["d"];
    const json expected = { { "Product", "FG-1000" }, { "Plant", "1710" }, { "MRPArea", "1710" },
        { "PlndIndepRqmtType", "VSF" }, { "PlndIndepRqmtVersion", "00" }, { "RequirementPlan", "" },
        { "RequirementSegment", "" }, { "PlndIndepRqmtPeriod", "202609" }, { "PeriodType", "M" },
        { "PlndIndepRqmtPeriodStartDate", "/Date(1788220800000)/" },
        { "PlndIndepRqmtInternalID", "000000000001" }, { "WorkingDayDate", "/Date(1788220800000)/" },
        { "PlannedQuantity", "100.000" }, { "WithdrawalQuantity", "0.000" }, { "UnitOfMeasure", "PC" },
        { "LastChangedByUser", "SANDBOX" } };
    for (const auto &[name, value] : expected.items())
        QCOMPARE(qs(item[name].dump()), qs(value.dump()));
    QCOMPARE(
        qs(item["__metadata"]["type"]), QStringLiteral("API_PLND_INDEP_RQMT_SRV.PlannedIndepRqmtItemType"));
    QVERIFY(qs(item["__metadata"]["uri"]).endsWith(qs(itemPath("FG-1000", "202609").substr(Root.size()))));
    QVERIFY(item["to_PlndIndepRqmt"].contains("__deferred"));
    QVERIFY(qs(item["LastChangeDate"]).startsWith("/Date("));

    const json header = m_client->getJson(
        Root + "/PlannedIndepRqmt" + headerKey("FG-1000") + "?$expand=to_PlndIndepRqmtItem")["d"];
    QCOMPARE(qs(header["PlndIndepRqmtIsActive"]), QStringLiteral("X"));
    QCOMPARE(header["to_PlndIndepRqmtItem"]["results"].size(), 2u);
    QCOMPARE(qs(header["to_PlndIndepRqmtItem"]["results"][1]["PlannedQuantity"]), QStringLiteral("250.500"));
}

void TestSandboxPir::postingAgainAddsOrUpdates()
{
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202609", "100" }, { "202610", "200" } }))->status, 201);
    // Same header again: one bucket updated, one added, one left alone.
    QCOMPARE(m_client->postPir(pirBody("FG-1", { { "202610", "0" }, { "202611", "300.125" } }))->status, 201);
    // And through the header's item navigation.
    const json single
        = { { "PlndIndepRqmtPeriod", "202612" }, { "PeriodType", "M" }, { "PlannedQuantity", "7" } };
    const auto viaNav
        = m_client->post(Root + "/PlannedIndepRqmt" + headerKey("FG-1") + "/to_PlndIndepRqmtItem", single);
    QCOMPARE(viaNav->status, 201);

    const json state = m_client->getJson("/sandbox/admin/pir");
    QCOMPARE(state["headers"].size(), 1u);
    QStringList quantities;
    for (const json &item : state["items"])
        quantities << qs(item["PlndIndepRqmtPeriod"].get<std::string>() + "="
            + item["PlannedQuantity"].get<std::string>());
    QCOMPARE(quantities, QStringList({ "202609=100.000", "202610=0.000", "202611=300.125", "202612=7.000" }));

    const auto missingHeader
        = m_client->post(Root + "/PlannedIndepRqmt" + headerKey("NOPE") + "/to_PlndIndepRqmtItem", single);
    QCOMPARE(missingHeader->status, 404);
}

void TestSandboxPir::patchUpdatesQuantity()
{
    QCOMPARE(m_client->postPir(pirBody("FG-2", { { "202609", "100" } }))->status, 201);
    const auto wrapped
        = m_client->patch(itemPath("FG-2", "202609"), { { "d", { { "PlannedQuantity", "42.5" } } } });
    QCOMPARE(wrapped->status, 204);
    QVERIFY(wrapped->body.empty());
    QCOMPARE(
        qs(m_client->getJson(itemPath("FG-2", "202609"))["d"]["PlannedQuantity"]), QStringLiteral("42.500"));
    QCOMPARE(m_client->patch(itemPath("FG-2", "202609"), { { "PlannedQuantity", "43" } })->status, 204);
    QCOMPARE(
        qs(m_client->getJson(itemPath("FG-2", "202609"))["d"]["PlannedQuantity"]), QStringLiteral("43.000"));
    QCOMPARE(m_client->patch(itemPath("FG-2", "202701"), { { "PlannedQuantity", "1" } })->status, 404);
}

void TestSandboxPir::pagingAndCount()
{
    std::vector<Bucket> buckets;
    for (int week = 1; week <= 25; ++week)
        buckets.push_back(
            { "2026" + QStringLiteral("%1").arg(week, 2, 10, QChar('0')).toStdString(), "1", "W" });
    QCOMPARE(m_client->postPir(pirBody("FG-P", buckets))->status, 201);
    QStringList seen;
    for (int skip = 0; skip < 25; skip += 10) {
        const json page = m_client->getJson(
            Root + "/PlannedIndepRqmtItem?$top=10&$skip=" + std::to_string(skip) + "&$inlinecount=allpages");
        QCOMPARE(qs(page["d"]["__count"]), QStringLiteral("25")); // a string in OData v2
        QCOMPARE(itemsOf(page).size(), skip < 20 ? 10u : 5u);
        for (const json &item : itemsOf(page))
            seen << qs(item["PlndIndepRqmtPeriod"]);
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), QStringLiteral("202601"));
    QCOMPARE(seen.last(), QStringLiteral("202625"));
    QVERIFY(!m_client->getJson(Root + "/PlannedIndepRqmtItem?$top=1")["d"].contains("__count"));
    // ISO week 25 of 2026 starts on Monday 15 June.
    QCOMPARE(qs(m_client->getJson(itemPath("FG-P", "202625", "W"))["d"]["PlndIndepRqmtPeriodStartDate"]),
        QStringLiteral("/Date(1781481600000)/"));
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmtItem?$top=x")->status, 400);
}

void TestSandboxPir::filterAndKeyPredicate()
{
    QCOMPARE(m_client->postPir(pirBody("FG-A", { { "202609", "1" }, { "202610", "2" } }))->status, 201);
    QCOMPARE(m_client->postPir(pirBody("FG-A", { { "202609", "3" } }, "1720"))->status, 201);
    QCOMPARE(m_client->postPir(pirBody("FG/B 'X'", { { "202609", "4" } }))->status, 201);

    const json filtered = m_client->getJson(Root
        + "/PlannedIndepRqmtItem?$filter=Product%20eq%20'FG-A'%20and%20Plant%20eq%20'1710'&$inlinecount="
          "allpages");
    QCOMPARE(qs(filtered["d"]["__count"]), QStringLiteral("2"));
    const json headers = m_client->getJson(Root + "/PlannedIndepRqmt?$filter=Plant%20eq%20'1720'");
    QCOMPARE(itemsOf(headers).size(), 1u);
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmtItem?$filter=PlannedQuantity%20gt%20'1'")->status, 400);

    // Key values are percent-decoded, and a quote inside a value is doubled.
    const std::string path = Root
        + "/PlannedIndepRqmt(Product='FG%2FB%20''X''',Plant='1710',MRPArea='1710',"
          "PlndIndepRqmtType='VSF',PlndIndepRqmtVersion='00',RequirementPlan='',RequirementSegment='')";
    const json header = m_client->getJson(path);
    QCOMPARE(qs(header["d"]["Product"]), QStringLiteral("FG/B 'X'"));
    const json nav = m_client->getJson(path + "/to_PlndIndepRqmtItem");
    QCOMPARE(qs(itemsOf(nav)[0]["PlannedQuantity"]), QStringLiteral("4.000"));
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt(Product='FG-A')")->status, 400);
    QCOMPARE(m_client->get(Root + "/PlannedIndepRqmt" + headerKey("NONE"))->status, 404);
}

void TestSandboxPir::validationErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("target");
    QTest::addRow("product 41") << "Product" << QString(41, 'P') << "Product";
    QTest::addRow("plant 5") << "Plant"
                             << "17100"
                             << "Plant";
    QTest::addRow("mrp area 11") << "MRPArea"
                                 << "17100000000"
                                 << "MRPArea";
    QTest::addRow("type 5") << "PlndIndepRqmtType"
                            << "VSFXX"
                            << "PlndIndepRqmtType";
    QTest::addRow("version 3") << "PlndIndepRqmtVersion"
                               << "000"
                               << "PlndIndepRqmtVersion";
    QTest::addRow("4 decimals") << "PlannedQuantity"
                                << "1.2345"
                                << "PlannedQuantity";
    QTest::addRow("11 integer digits") << "PlannedQuantity"
                                       << "12345678901"
                                       << "PlannedQuantity";
    QTest::addRow("negative") << "PlannedQuantity"
                              << "-1"
                              << "PlannedQuantity";
    QTest::addRow("not a number") << "PlannedQuantity"
                                  << "ten"
                                  << "PlannedQuantity";
    QTest::addRow("number, not string") << "PlannedQuantity"
                                        << "#5"
                                        << "PlannedQuantity";
    QTest::addRow("unknown property") << "PlannedQty"
                                      << "1"
                                      << "PlannedQty";
    QTest::addRow("bad month") << "PlndIndepRqmtPeriod"
                               << "202613"
                               << "PlndIndepRqmtPeriod";
}

void TestSandboxPir::validationErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, target);
    json body = pirBody("FG-V", { { "202609", "1" } });
    const bool itemField = field.startsWith("Planned") || field == "PlndIndepRqmtPeriod";
    json &object = itemField ? body["to_PlndIndepRqmtItem"]["results"][0] : body;
    object[field.toStdString()]
        = value.startsWith('#') ? json(value.mid(1).toInt()) : json(value.toStdString());
    const auto result = m_client->postPir(body);
    QCOMPARE(result->status, 400);
    const json error = json::parse(result->body)["error"];
    QVERIFY(error["code"].is_string());
    QCOMPARE(qs(error["message"]["lang"]), QStringLiteral("en"));
    QVERIFY(!error["message"]["value"].get<std::string>().empty());
    QCOMPARE(qs(error["innererror"]["errordetails"][0]["propertyref"]), target);
    QVERIFY(error["innererror"].contains("transactionid"));
    QCOMPARE(m_client->getJson("/sandbox/admin/stats")["items_stored"].get<int>(), 0);
}

void TestSandboxPir::putAndDeleteAreRefused()
{
    QCOMPARE(m_client->postPir(pirBody("FG-D", { { "202609", "1" } }))->status, 201);
    const auto del = m_client->http().Delete(itemPath("FG-D", "202609"), m_client->writeHeaders());
    QCOMPARE(del->status, 405);
    const auto put = m_client->http().Put(
        itemPath("FG-D", "202609"), m_client->writeHeaders(), "{}", "application/json");
    QCOMPARE(put->status, 405);
    QCOMPARE(m_client->getJson("/sandbox/admin/stats")["items_stored"].get<int>(), 1);
}

void TestSandboxPir::batchWithChangesets()
{
    const auto part = [](const std::string &requestLine, const std::string &body) {
        return "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + requestLine
            + "\r\nContent-Type: application/json\r\n\r\n" + body + "\r\n";
    };
    const std::string good
        = part("POST PlannedIndepRqmt HTTP/1.1", pirBody("FG-B1", { { "202609", "5" } }).dump());
    const std::string bad
        = part("POST PlannedIndepRqmt HTTP/1.1", pirBody("FG-B2", { { "202609", "5.0001" } }).dump());
    const std::string alsoRolledBack
        = part("POST PlannedIndepRqmt HTTP/1.1", pirBody("FG-B3", { { "202609", "6" } }).dump());
    const std::string body = "--batch_1\r\nContent-Type: multipart/mixed; boundary=cs_1\r\n\r\n--cs_1\r\n"
        + good + "--cs_1--\r\n\r\n--batch_1\r\nContent-Type: multipart/mixed; boundary=cs_2\r\n\r\n--cs_2\r\n"
        + alsoRolledBack + "--cs_2\r\n" + bad + "--cs_2--\r\n\r\n--batch_1\r\n"
        + "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
          "GET PlannedIndepRqmtItem?$inlinecount=allpages HTTP/1.1\r\n\r\n\r\n--batch_1--\r\n";
    const auto result = m_client->http().Post(
        Root + "/$batch", m_client->writeHeaders(), body, "multipart/mixed; boundary=batch_1");
    QVERIFY(result);
    QCOMPARE(result->status, 202);
    QVERIFY(result->get_header_value("Content-Type").rfind("multipart/mixed; boundary=", 0) == 0);
    const QString text = qs(result->body);
    QVERIFY2(text.contains("HTTP/1.1 201 Created"), qPrintable(text));
    QVERIFY(text.contains("HTTP/1.1 400 Bad Request"));
    QVERIFY(text.contains("\"__count\":\"1\"")); // the GET after the changesets sees only FG-B1
    const json state = m_client->getJson("/sandbox/admin/pir");
    QCOMPARE(state["items"].size(), 1u);
    QCOMPARE(qs(state["items"][0]["Product"]), QStringLiteral("FG-B1"));

    const std::string lfOnly
        = "--b\nContent-Type: application/http\n\nGET PlannedIndepRqmt HTTP/1.1\n\n\n--b--\n";
    QCOMPARE(m_client->http()
                 .Post(Root + "/$batch", m_client->writeHeaders(), lfOnly, "multipart/mixed; boundary=b")
                 ->status,
        400);
}

QTEST_GUILESS_MAIN(TestSandboxPir)
#include "tst_sandboxpir.moc"
