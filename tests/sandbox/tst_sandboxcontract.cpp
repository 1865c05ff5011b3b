// Contract test: what the sandbox ERP emits must fit SAP's published OpenAPI description of
// API_PLND_INDEP_RQMT_SRV (a copy in tests/data/sap/, provenance in its README.md). Schema validators ignore
// most of what matters here, so the test checks names, lengths and quantity limits itself.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "erptestclient.h"
#include "sandbox/sandboxserver.h"
#endif

#include <fstream>
#include <regex>

using namespace sandboxtest;
using nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr const char *Prefix = "API_PLND_INDEP_RQMT_SRV.";

json loadSpec()
{
    std::ifstream file(PLANBRIDGE_SOURCE_DIR "/tests/data/sap/OP_API_PLND_INDEP_RQMT_SRV_0001.json");
    return json::parse(file, nullptr, false);
}

// Every property of `entity` is declared by `schema`, and its value fits the declaration.
void checkEntity(const json &entity, const json &schema, const QString &what)
{
    const json &properties = schema["properties"];
    for (const auto &[name, value] : entity.items()) {
        if (name == "__metadata")
            continue;
        QVERIFY2(properties.contains(name),
            qPrintable(what + " emits '" + qs(name) + "', which the schema lacks"));
        const json &declared = properties[name];
        if (declared.contains("$ref") || declared.value("type", "") == "object") {
            QVERIFY2(value.is_object(), qPrintable(what + "." + qs(name) + " must be an object"));
            continue;
        }
        if (value.is_null()) {
            QVERIFY2(
                declared.value("nullable", false), qPrintable(what + "." + qs(name) + " is not nullable"));
            continue;
        }
        const std::string type = declared["type"];
        if (type == "boolean") {
            QVERIFY2(value.is_boolean(), qPrintable(what + "." + qs(name)));
            continue;
        }
        QVERIFY2(value.is_string(), qPrintable(what + "." + qs(name) + " must be a JSON string"));
        const std::string text = value;
        if (declared.contains("maxLength"))
            QVERIFY2(
                text.size() <= declared["maxLength"].get<std::size_t>(), qPrintable(what + "." + qs(name)));
        if (declared.value("format", "") == "decimal") {
            // multipleOf 0.001 within +-9,999,999,999.999, written with exactly 3 decimals.
            QVERIFY2(std::regex_match(text, std::regex(R"(-?\d{1,10}\.\d{3})")),
                qPrintable(what + "." + qs(name) + "=" + qs(text)));
        }
        if (declared.contains("example") && qs(declared["example"]).startsWith("/Date("))
            QVERIFY2(
                std::regex_match(text, std::regex(R"(/Date\(-?\d+\)/)")), qPrintable(what + "." + qs(name)));
    }
}

} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void itemFieldsExistInSchema();
    void headerFieldsExistInSchema();
    void keyPredicatesMatchPublishedPaths();
    void countAndErrorShapes();

private:
    json m_spec;
    json m_schemas;
    planbridge::sandbox::SandboxServer m_server;
    std::unique_ptr<ErpClient> m_client;
};

void TestSandboxContract::initTestCase()
{
    m_spec = loadSpec();
    QVERIFY2(
        m_spec.is_object(), "tests/data/sap/OP_API_PLND_INDEP_RQMT_SRV_0001.json is missing or broken");
    m_schemas = m_spec["components"]["schemas"];
    const auto port = m_server.start({});
    QVERIFY(port.ok());
    m_client = std::make_unique<ErpClient>(*port);
    QVERIFY(m_client->fetchToken());
    // One PIR per period type the sandbox accepts, posted exactly as the create schema describes.
    QCOMPARE(m_client->postPir(pirBody("FG-CONTRACT", { { "202609", "1200.5" }, { "202610", "0" } }))->status,
        201);
    QCOMPARE(
        m_client
            ->postPir(pirBody("FG-WEEK", { { "202637", "9999999999.999", "W" }, { "20260914", "3", "D" } }))
            ->status,
        201);
}

void TestSandboxContract::cleanupTestCase()
{
    m_client.reset();
    m_server.stop();
}

void TestSandboxContract::itemFieldsExistInSchema()
{
    const json &schema = m_schemas[std::string(Prefix) + "PlannedIndepRqmtItemType"];
    QVERIFY(schema.is_object());
    const json collection = m_client->getJson(Root + "/PlannedIndepRqmtItem");
    QCOMPARE(collection["d"]["results"].size(), 4u);
    for (const json &item : collection["d"]["results"]) {
        checkEntity(item, schema, "PlannedIndepRqmtItem");
        QCOMPARE(qs(item["__metadata"]["type"]), QString(Prefix) + "PlannedIndepRqmtItemType");
    }
    checkEntity(m_client->getJson(itemPath("FG-CONTRACT", "202609"))["d"], schema, "item by key");
    const json created = json::parse(m_client->postPir(pirBody("FG-NEW", { { "202611", "5" } }))->body)["d"];
    checkEntity(created["to_PlndIndepRqmtItem"]["results"][0], schema, "deep-insert response item");
    // Every property the schema declares for items is emitted, so readers can rely on them.
    const json item = collection["d"]["results"][0];
    for (const auto &[name, declared] : schema["properties"].items())
        QVERIFY2(item.contains(name), qPrintable("the sandbox never emits '" + qs(name) + "'"));
}

void TestSandboxContract::headerFieldsExistInSchema()
{
    const json &schema = m_schemas[std::string(Prefix) + "PlannedIndepRqmtType"];
    const json headers = m_client->getJson(Root + "/PlannedIndepRqmt?$expand=to_PlndIndepRqmtItem");
    QVERIFY(!headers["d"]["results"].empty());
    for (const json &header : headers["d"]["results"]) {
        checkEntity(header, schema, "PlannedIndepRqmt");
        for (const json &item : header["to_PlndIndepRqmtItem"]["results"])
            checkEntity(item, m_schemas[std::string(Prefix) + "PlannedIndepRqmtItemType"], "expanded item");
    }
    // The create schema's required keys are exactly the keys the sandbox demands on create.
    const json required = m_schemas[std::string(Prefix) + "PlannedIndepRqmtType-create"]["required"];
    for (const json &key : required) {
        json body = pirBody("FG-REQ", { { "202609", "1" } });
        body.erase(key.get<std::string>());
        QCOMPARE(m_client->postPir(body)->status, 400);
    }
}

void TestSandboxContract::keyPredicatesMatchPublishedPaths()
{
    // The sandbox's __metadata uris name the keys in the order of the published item path.
    std::string published;
    for (const auto &[path, operations] : m_spec["paths"].items()) {
        if (path.rfind("/PlannedIndepRqmtItem(", 0) == 0 && path.back() == ')')
            published = path;
    }
    QVERIFY(!published.empty());
    const std::string uri = m_client->getJson(itemPath("FG-CONTRACT", "202609"))["d"]["__metadata"]["uri"];
    const std::regex names(R"(([A-Za-z]+)=')");
    const auto keyNames = [&](const std::string &text) {
        QStringList list;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), names); it != std::sregex_iterator();
             ++it)
            list << qs((*it)[1]);
        return list;
    };
    QCOMPARE(keyNames(uri.substr(uri.find('('))), keyNames(published));
    QVERIFY(m_spec["paths"].contains("/$batch"));
}

void TestSandboxContract::countAndErrorShapes()
{
    const json counted = m_client->getJson(Root + "/PlannedIndepRqmtItem?$inlinecount=allpages&$top=1");
    QCOMPARE(qs(m_schemas["count"]["type"]), QStringLiteral("string"));
    QVERIFY(counted["d"]["__count"].is_string());

    json tooLong = pirBody("FG-ERR", { { "202609", "1" } });
    tooLong["Plant"] = "17100";
    const json error = json::parse(m_client->postPir(tooLong)->body);
    const json &errorSchema = m_schemas["error"];
    for (const json &name : errorSchema["required"])
        QVERIFY(error.contains(name.get<std::string>()));
    for (const json &name : errorSchema["properties"]["error"]["required"])
        QVERIFY(error["error"].contains(name.get<std::string>()));
    for (const json &name : errorSchema["properties"]["error"]["properties"]["message"]["required"])
        QVERIFY(error["error"]["message"][name.get<std::string>()].is_string());
    QVERIFY(error["error"]["innererror"].is_object());
}

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
