// The Tryton connector without a Tryton: typed values, the JSON-RPC envelope and its error shapes,
// record parsers against malformed rows, PIR periods to forecast date ranges, the regrouping of
// PIR headers into forecasts, the endpoint options, feedback mapping, and the RPC client's session
// handling, retries and warning acknowledgement against a stub server speaking Tryton's protocol.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "../net/testserver.h"

#include "connectors/tryton/trytonconfig.h"
#include "connectors/tryton/trytonexecution.h"
#include "connectors/tryton/trytonforecastplan.h"
#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpcclient.h"

#include <atomic>
#include <functional>
#include <mutex>
#endif

using namespace planbridge;
using namespace planbridge::tryton;

Q_DECLARE_METATYPE(planbridge::tryton::FaultKind)

namespace {

Json parse(const char *text) { return Json::parse(text); }

// A stub Tryton: answers POST /<db>/ with `handler(method, params, authorization)`; the handler
// returns (HTTP status, body).
class StubTryton
{
public:
    using Handler = std::function<std::pair<int, std::string>(const std::string &, const Json &, const std::string &)>;

    explicit StubTryton(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.server().Post("/[a-z]*/?", [this](const httplib::Request &req, httplib::Response &res) {
            const Json body = Json::parse(req.body, nullptr, false);
            std::lock_guard lock(m_mutex);
            m_methods.push_back(body.value("method", ""));
            auto [status, text] = m_handler(body.value("method", ""), body.value("params", Json::array()),
                req.get_header_value("Authorization"));
            if (text.find("\"id\":ID") != std::string::npos)
                text.replace(text.find("\"id\":ID"), 7, "\"id\":" + std::to_string(body.value("id", 0)));
            res.status = status;
            res.set_content(text, "application/json");
        });
        m_server.start();
    }

    std::string url() const { return m_server.url(""); }
    std::vector<std::string> methods()
    {
        std::lock_guard lock(m_mutex);
        return m_methods;
    }

private:
    Handler m_handler;
    planbridge::test::TestServer m_server;
    std::mutex m_mutex;
    std::vector<std::string> m_methods;
};

std::pair<int, std::string> result(const std::string &json) { return { 200, "{\"id\":ID,\"result\":" + json + "}" }; }
std::pair<int, std::string> error(const std::string &json) { return { 200, "{\"id\":ID,\"error\":" + json + "}" }; }

TrytonRpcConfig stubConfig()
{
    TrytonRpcConfig config;
    config.database = "db";
    config.user = "admin";
    config.password = "s3cret";
    config.hooks.sleep = [](std::chrono::milliseconds) {};
    config.hooks.random = [] { return 0.0; };
    return config;
}

} // namespace

class TestTrytonConnector : public QObject
{
    Q_OBJECT

private slots:
    void typedValues();
    void responses_data();
    void responses();
    void outcomes();
    void records();
    void periods_data();
    void periods();
    void forecastPlan();
    void options();
    void feedbackMapping();
    void signsInAgainAfterA401();
    void retriesWhatMayPass();
    void supplyRunWarning();
};

void TestTrytonConnector::typedValues()
{
    QCOMPARE(decimalValue(Decimal::fromThousandths(2500)).dump(),
        std::string(R"({"__class__":"Decimal","decimal":"2.500"})"));
    QCOMPARE(dateValue(*Date::parse("2026-12-01")).dump(),
        std::string(R"({"__class__":"date","day":1,"month":12,"year":2026})"));
    QCOMPARE(timedeltaValue(std::chrono::seconds(259200)).dump(),
        std::string(R"({"__class__":"timedelta","seconds":259200})"));
    QCOMPARE(floatValue(Decimal::fromThousandths(1234567)).dump(), std::string("1234.567"));

    QCOMPARE(boolOf(Json(1)), std::optional<bool>(true));
    QCOMPARE(boolOf(Json(0)), std::optional<bool>(false));
    QCOMPARE(boolOf(Json(true)), std::optional<bool>(true));
    QVERIFY(!boolOf(Json(2)));
    QVERIFY(!boolOf(Json("1")));

    QCOMPARE(quantityOf(parse("100.0"))->thousandths(), std::int64_t(100000));
    QCOMPARE(quantityOf(parse("1234.567"))->thousandths(), std::int64_t(1234567));
    QCOMPARE(quantityOf(parse(R"({"__class__":"Decimal","decimal":"2.50"})"))->thousandths(), std::int64_t(2500));
    QCOMPARE(quantityOf(parse("-5.0"))->thousandths(), std::int64_t(-5000));
    QVERIFY(!quantityOf(parse("0.0001"))); // not exact in thousandths
    QVERIFY(!quantityOf(parse("1e300")));
    QVERIFY(!quantityOf(parse(R"({"__class__":"Decimal","decimal":"abc"})")));
    QVERIFY(!quantityOf(parse("\"5\"")));

    QCOMPARE(dateOf(parse(R"({"__class__":"date","year":2026,"month":12,"day":1})"))->toString(),
        std::string("2026-12-01"));
    QVERIFY(!dateOf(parse(R"({"__class__":"date","year":2026,"month":2,"day":30})")));
    QVERIFY(!dateOf(parse(R"({"__class__":"date","year":2026,"month":12})")));
    QVERIFY(!dateOf(parse(R"({"__class__":"datetime","year":2026,"month":12,"day":1})")));
    QCOMPARE(timedeltaOf(parse("259200.0"))->count(), 259200);
    QCOMPARE(timedeltaOf(parse(R"({"__class__":"timedelta","seconds":60})"))->count(), 60);
    QVERIFY(!idOf(parse("0")));
    QCOMPARE(*idOf(parse("5.0")), std::int64_t(5));
}

void TestTrytonConnector::responses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("result") << 200 << R"({"id":7,"result":[1,2]})" << FaultKind::None << "";
    QTest::addRow("user error") << 200
                                << R"({"id":7,"error":["UserError",["The value for field \"UOM\" is not valid.","",[[],{}]]]})"
                                << FaultKind::UserError << "The value for field \"UOM\" is not valid.";
    QTest::addRow("user warning") << 200
                                  << R"({"id":7,"error":["UserWarning",["stock.supply..customer@2026-11-26","There are some customer moves that are late.",""]]})"
                                  << FaultKind::UserWarning << "There are some customer moves that are late.";
    QTest::addRow("concurrency") << 200 << R"({"id":7,"error":["ConcurrencyException","Records were modified in the meanwhile"]})"
                                 << FaultKind::Concurrency << "Records were modified in the meanwhile";
    QTest::addRow("other exception") << 200 << R"({"id":7,"error":["float floor division by zero",""]})"
                                     << FaultKind::Exception << "float floor division by zero";
    QTest::addRow("401") << 401 << "" << FaultKind::Session << "";
    QTest::addRow("403") << 403 << "<html>Forbidden</html>" << FaultKind::Forbidden << "";
    QTest::addRow("429") << 429 << "" << FaultKind::Throttled << "";
    QTest::addRow("500 html") << 500 << "<html>Internal Server Error</html>" << FaultKind::Server << "";
    QTest::addRow("503") << 503 << "" << FaultKind::Server << "";
    QTest::addRow("other id") << 200 << R"({"id":8,"result":1})" << FaultKind::Protocol << "another request";
    QTest::addRow("no envelope") << 200 << "[2,1]" << FaultKind::Protocol << "not a JSON-RPC object";
    QTest::addRow("truncated") << 200 << R"({"id":7,"res)" << FaultKind::Protocol << "not a JSON-RPC object";
    QTest::addRow("neither") << 200 << R"({"id":7})" << FaultKind::Protocol << "without result or error";
    QTest::addRow("error not a list") << 200 << R"({"id":7,"error":{"a":1}})" << FaultKind::Protocol << "unknown shape";
    QTest::addRow("warning without name") << 200 << R"({"id":7,"error":["UserWarning",[]]})" << FaultKind::Protocol
                                          << "without a name";
    QTest::addRow("400") << 400 << "<html>" << FaultKind::Protocol << "HTTP 400";
}

void TestTrytonConnector::responses()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(FaultKind, kind);
    QFETCH(QString, message);
    const RpcResult r = parseRpcResponse(status, body.toStdString(), 7);
    QCOMPARE(int(r.fault.kind), int(kind));
    QVERIFY2(r.fault.message.find(message.toStdString()) != std::string::npos, r.fault.message.c_str());
    if (kind == FaultKind::UserWarning)
        QCOMPARE(r.fault.warningName, std::string("stock.supply..customer@2026-11-26"));
}

void TestTrytonConnector::outcomes()
{
    QCOMPARE(int(outcomeOf(FaultKind::UserError)), int(net::Outcome::Business));
    QCOMPARE(int(outcomeOf(FaultKind::Exception)), int(net::Outcome::Business));
    QCOMPARE(int(outcomeOf(FaultKind::Concurrency)), int(net::Outcome::RetryableTechnical));
    QCOMPARE(int(outcomeOf(FaultKind::Server)), int(net::Outcome::RetryableTechnical));
    QCOMPARE(int(outcomeOf(FaultKind::Session)), int(net::Outcome::Auth));
    QCOMPARE(int(outcomeOf(FaultKind::Forbidden)), int(net::Outcome::Auth));
    QCOMPARE(int(outcomeOf(FaultKind::Protocol)), int(net::Outcome::Technical));
}

void TestTrytonConnector::records()
{
    const auto products = parseProducts(parse(
        R"([{"id":1,"code":"C100","default_uom":1,"type":"goods","purchasable":1,"producible":0}])"));
    QVERIFY(products.ok());
    QVERIFY(products->front().purchasable && !products->front().producible);
    const auto bad = parseProducts(parse(R"([{"id":1,"code":"C100","default_uom":1,"type":"goods","purchasable":"yes","producible":0}])"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, std::string("product.product row 0: purchasable is not a boolean (true/false or 1/0)"));
    QCOMPARE(parseUoms(parse(R"({"a":1})")).error().message,
        std::string("product.uom: the answer is not a list of records"));
    QCOMPARE(parseForecasts(parse(R"([{"id":1,"warehouse":5,"destination":7,"from_date":null,"to_date":null,"state":"done"}])"))
                 .error()
                 .message,
        std::string("stock.forecast row 0: from_date is not a date"));
    QCOMPARE(parseForecastLines(parse(R"([3])")).error().message, std::string("stock.forecast.line row 0 is not an object"));
    const auto lines = parseForecastLines(parse(
        R"([{"id":4,"forecast":2,"product":1,"quantity":12.0,"minimal_quantity":1.0,"uom":1,"product.":{"code":"C1","id":1},"uom.":{"symbol":"u","id":1}}])"));
    QVERIFY(lines.ok());
    QCOMPARE(lines->front().productCode, std::string("C1"));
    QCOMPARE(lines->front().quantity.thousandths(), std::int64_t(12000));
    QVERIFY(!parseForecastLines(parse(R"([{"id":4,"forecast":2,"product":1,"quantity":-1.0,"minimal_quantity":1.0,"uom":1}])")).ok());
    const auto notes = parseNotes(parse(R"([{"id":1,"resource":"stock.forecast,12","message":"PlanBridge release R"},{"id":2,"resource":"junk","message":""}])"));
    QVERIFY(notes.ok());
    QCOMPARE((*notes)[0].resource, std::int64_t(12));
    QCOMPARE((*notes)[1].resource, std::int64_t(0));
    const auto requests = parsePurchaseRequests(parse(
        R"([{"id":2,"product.":{"code":"C100","id":1},"quantity":200.0,"uom.":{"symbol":"u","id":1},"party.":{"name":"S","id":2},"purchase_date":null,"supply_date":{"__class__":"date","year":2026,"month":12,"day":3},"warehouse":5}])"));
    QVERIFY2(requests.ok(), requests.ok() ? "" : requests.error().message.c_str());
    QCOMPARE(requests->front().purchaseDate.toString(), std::string("2026-12-03"));
    QVERIFY(!parsePurchaseRequests(parse(R"([{"id":2,"product.":null,"quantity":1.0}])")).ok());
    QVERIFY(!parseProductionRequests(parse(R"([{"id":2}])")).ok());
}

void TestTrytonConnector::periods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addRow("iso week") << "202649" << "W" << "2026-11-30" << "2026-12-06";
    QTest::addRow("week 1 starts in december") << "202601" << "W" << "2025-12-29" << "2026-01-04";
    QTest::addRow("week 53 of a long year") << "202653" << "W" << "2026-12-28" << "2027-01-03";
    QTest::addRow("no week 53 in 2025") << "202553" << "W" << "" << "";
    QTest::addRow("week 0") << "202600" << "W" << "" << "";
    QTest::addRow("february") << "202602" << "M" << "2026-02-01" << "2026-02-28";
    QTest::addRow("leap february") << "202802" << "M" << "2028-02-01" << "2028-02-29";
    QTest::addRow("day") << "20261224" << "D" << "2026-12-24" << "2026-12-24";
    QTest::addRow("bad day") << "20261301" << "D" << "" << "";
    QTest::addRow("bad type") << "202612" << "Q" << "" << "";
    QTest::addRow("letters") << "2026a2" << "M" << "" << "";
    QTest::addRow("short") << "2026" << "M" << "" << "";
}

void TestTrytonConnector::periods()
{
    QFETCH(QString, period);
    QFETCH(QString, type);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const auto range = periodRange(period.toStdString(), type.toStdString());
    QCOMPARE(range.has_value(), !from.isEmpty());
    if (!range)
        return;
    QCOMPARE(QString::fromStdString(range->from.toString()), from);
    QCOMPARE(QString::fromStdString(range->to.toString()), to);
    const auto back = periodOfRange(*range);
    QVERIFY(back);
    QCOMPARE(QString::fromStdString(back->first), period);
    QCOMPARE(QString::fromStdString(back->second), type);
}

void TestTrytonConnector::forecastPlan()
{
    const auto header = [](std::string product, std::string plant, std::vector<s4::PirItem> items) {
        s4::PirHeader h;
        h.product = std::move(product);
        h.plant = std::move(plant);
        h.items = std::move(items);
        return h;
    };
    const std::vector<s4::PirHeader> headers {
        header("A", "P1", { { "202649", "W", "10.000", "PC", 0 }, { "202650", "W", "20.000", "PC", 1 } }),
        header("B", "P1", { { "202649", "W", "5.500", "PC", 2 } }),
        header("A", "P2", { { "202649", "W", "7.000", "PC", 3 } }),
        header("C", "P1", { { "202649", "W", "-1", "PC", 4 } }),
        header("D", "P1", { { "2026", "W", "1", "PC", 5 } }),
        header("A", "P1", { { "202651", "W", "1.000", "PC", 6 }, { "202649", "W", "3.000", "PC", 7 } }),
    };
    const ForecastPlan plan = planForecasts(headers);
    QCOMPARE(plan.forecasts.size(), std::size_t(3)); // P1 wk49, P1 wk50, P2 wk49
    QCOMPARE(plan.forecasts[0].plant, std::string("P1"));
    QCOMPARE(plan.forecasts[0].range.from.toString(), std::string("2026-11-30"));
    QCOMPARE(plan.forecasts[0].lines.size(), std::size_t(2));
    QCOMPARE(plan.forecasts[0].lines[1].quantity.thousandths(), std::int64_t(5500));
    QCOMPARE(plan.forecasts[1].range.from.toString(), std::string("2026-12-07"));
    QCOMPARE(plan.forecasts[2].plant, std::string("P2"));
    QVERIFY(plan.headerIssues[0].empty() && plan.headerIssues[1].empty() && plan.headerIssues[2].empty());
    QVERIFY2(plan.headerIssues[3].find("negative") != std::string::npos, plan.headerIssues[3].c_str());
    QVERIFY(plan.headerIssues[4].find("not a day, ISO week or month") != std::string::npos);
    // The same product, plant and week twice: the second header is refused whole (its week 51
    // item included), since a forecast has one line per product.
    QVERIFY(plan.headerIssues[5].find("appears twice") != std::string::npos);
}

void TestTrytonConnector::options()
{
    const std::string where = "c.json: erp.options";
    auto parsed = parseTrytonOptions({ { "database", "prod" }, { "warehouses", "1710=WH, 1720 = WH2" },
                                         { "units", "PC=u,KG=kg" }, { "minimal_quantity", "5" },
                                         { "acknowledge_warnings", "true" }, { "destination", "CUS2" } },
        where);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->database, std::string("prod"));
    QCOMPARE(parsed->mapping.warehouseFor("1720"), std::string("WH2"));
    QCOMPARE(parsed->mapping.warehouseFor("9999"), std::string("9999"));
    QCOMPARE(parsed->mapping.plantFor("WH2"), std::string("1720"));
    QCOMPARE(parsed->mapping.symbolFor("KG"), std::string("kg"));
    QCOMPARE(parsed->mapping.unitFor("u"), std::string("PC"));
    QCOMPARE(parsed->mapping.minimalQuantity.thousandths(), std::int64_t(5000));
    QVERIFY(parsed->mapping.acknowledgeWarnings);
    QCOMPARE(parsed->mapping.destination, std::string("CUS2"));

    const auto refused = [&](std::map<std::string, std::string> o) {
        auto r = parseTrytonOptions(o, where);
        return r.ok() ? std::string() : r.error().message;
    };
    QCOMPARE(refused({}), where + ".database must name the Tryton database");
    QVERIFY(refused({ { "database", "a/b" } }).find("must not contain") != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "minimal_quantity", "0" } }).find("minimal_quantity must be greater than 0")
        != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "minimal_quantity", "-2" } }).find("minimal_quantity") != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "warehouses", "1710" } }).find("is not KEY=VALUE") != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "warehouses", "1710=A,1710=B" } }).find("mapped twice") != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "units", "=u" } }).find("empty side") != std::string::npos);
    QVERIFY(refused({ { "database", "d" }, { "acknowledge_warnings", "yes" } }).find("true or false") != std::string::npos);
}

void TestTrytonConnector::feedbackMapping()
{
    TrytonMapping mapping;
    mapping.units = { { "PC", "u" } };
    const Date d1 = *Date::parse("2026-12-03"), d0 = *Date::parse("2026-11-30");
    const std::vector<TrytonPurchaseRequest> purchases { { 9, "C2", Decimal::fromThousandths(5000), "u", "S", d0, d1, 5 },
        { 8, "C1", Decimal::fromThousandths(200000), "u", "S", d0, d1, 13 },
        { 7, "C1", Decimal::fromThousandths(1000), "u", "", d0, d1, 99 } };
    const std::vector<TrytonProductionRequest> productions { { 1, "MO1", "F1", Decimal::fromThousandths(25000), "u", d0, d1, 5 } };
    const auto feedback = feedbackFrom(purchases, productions, { { 5, "P1" }, { 13, "P2" } }, mapping);
    QCOMPARE(feedback.requisitions.size(), std::size_t(2)); // warehouse 99 is not asked for
    QCOMPARE(feedback.requisitions[0].id, std::string("C1@2026-12-03"));
    QCOMPARE(feedback.requisitions[0].plant, std::string("P2"));
    QCOMPARE(feedback.requisitions[0].unit, std::string("PC"));
    QCOMPARE(feedback.requisitions[0].release.toString(), std::string("2026-11-30"));
    QCOMPARE(feedback.plannedOrders.size(), std::size_t(1));
    QCOMPARE(feedback.plannedOrders[0].id, std::string("F1@2026-12-03"));
    QVERIFY(!feedback.plannedOrders[0].firm);
}

// A 401 on a call signs in again once and resends; the password never shows in a message.
void TestTrytonConnector::signsInAgainAfterA401()
{
    std::atomic<int> logins = 0;
    StubTryton stub([&](const std::string &method, const Json &params, const std::string &auth) {
        if (method == "common.db.login") {
            if (params.at(1).value("password", "") != "s3cret")
                return std::pair<int, std::string>(401, "<html>");
            return result("[1,\"key" + std::to_string(++logins) + "\"]");
        }
        if (method == "model.res.user.get_preferences")
            return result(R"({"company":1,"language":"en"})");
        // Only the second session is valid: the first "expired".
        if (auth != "Session " + std::string("YWRtaW46MTprZXky")) // base64("admin:1:key2")
            return std::pair<int, std::string>(401, "");
        if (params.back() != parse(R"({"company":1,"language":"en"})"))
            return error(R"(["Missing context argument",""])");
        return result("[1,2,3]");
    });
    TrytonRpcConfig config = stubConfig();
    config.database = "db";
    net::HttpClientConfig http;
    http.baseUrl = stub.url();
    net::HttpClient client(http);
    TrytonRpcClient rpc(client, config);
    const RpcResult r = rpc.model("stock.location", "search", Json::array({ Json::array(), 0, nullptr, nullptr }));
    QVERIFY2(r.ok(), r.fault.text().c_str());
    QCOMPARE(r.value, parse("[1,2,3]"));
    QCOMPARE(rpc.logins(), 2);

    config.password = "wrong";
    TrytonRpcClient refused(client, config);
    const RpcResult no = refused.model("stock.location", "search", Json::array());
    QCOMPARE(int(no.fault.kind), int(FaultKind::Session));
    QVERIFY2(no.fault.text().find("refused the sign-in of user admin") != std::string::npos, no.fault.text().c_str());
    QVERIFY(no.fault.text().find("wrong") == std::string::npos);
}

// ConcurrencyException and 503 are retried with backoff; a UserError is not.
void TestTrytonConnector::retriesWhatMayPass()
{
    std::atomic<int> writes = 0;
    StubTryton stub([&](const std::string &method, const Json &, const std::string &) {
        if (method == "common.db.login")
            return result(R"([1,"k"])");
        if (method == "model.res.user.get_preferences")
            return result(R"({"company":1})");
        if (method == "model.stock.forecast.write") {
            const int n = ++writes;
            if (n == 1)
                return error(R"(["ConcurrencyException","Records were modified in the meanwhile"])");
            if (n == 2)
                return std::pair<int, std::string>(503, "busy");
            return result("null");
        }
        return error(R"(["UserError",["Product must be unique by forecast.","",null]])");
    });
    net::HttpClientConfig http;
    http.baseUrl = stub.url();
    net::HttpClient client(http);
    TrytonRpcConfig config = stubConfig();
    int retries = 0;
    config.hooks.onRetry = [&](int, net::Outcome, std::chrono::milliseconds, const std::string &) { ++retries; };
    TrytonRpcClient rpc(client, config);
    QVERIFY(rpc.model("stock.forecast", "write", Json::array({ Json::array({ 1 }), Json::object() })).ok());
    QCOMPARE(writes.load(), 3);
    QCOMPARE(retries, 2);
    const RpcResult refused = rpc.model("stock.forecast.line", "create", Json::array());
    QCOMPARE(int(refused.fault.kind), int(FaultKind::UserError));
    QCOMPARE(refused.fault.text(), std::string("UserError: Product must be unique by forecast."));
    QCOMPARE(retries, 2);
}

// The supply wizard's late-moves warning: confirmed and repeated only when configured.
void TestTrytonConnector::supplyRunWarning()
{
    std::atomic<bool> acknowledged = false;
    StubTryton stub([&](const std::string &method, const Json &params, const std::string &) {
        if (method == "common.db.login")
            return result(R"([4,"k"])");
        if (method == "model.res.user.get_preferences")
            return result(R"({"company":1})");
        if (method == "wizard.stock.supply.create")
            return result(R"([11,"start","end"])");
        if (method == "wizard.stock.supply.execute") {
            if (!acknowledged)
                return error(R"(["UserWarning",["stock.supply..customer@2026-11-26","There are some customer moves that are late.",""]])");
            return result(R"({"actions":[]})");
        }
        if (method == "model.res.user.warning.create") {
            const Json &values = params.at(0).at(0);
            acknowledged = values.value("name", "") == "stock.supply..customer@2026-11-26"
                && values.value("user", 0) == 4 && values.value("always", true) == false;
            return result("[1]");
        }
        return result("null");
    });
    net::HttpClientConfig http;
    http.baseUrl = stub.url();
    net::HttpClient client(http);
    TrytonRpcClient rpc(client, stubConfig());
    TrytonMapping mapping;
    TrytonExecution strict(rpc, mapping);
    const auto refused = strict.startMrp({});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("There are some customer moves that are late.") != std::string::npos,
        refused.error().message.c_str());
    QVERIFY(!acknowledged);

    mapping.acknowledgeWarnings = true;
    TrytonExecution confirming(rpc, mapping);
    const auto run = confirming.startMrp({});
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(int(run->state), int(connectors::MrpRunState::Finished));
    QVERIFY(acknowledged);
    const auto methods = stub.methods();
    QCOMPARE(std::count(methods.begin(), methods.end(), "wizard.stock.supply.delete"), 2);
}

QTEST_GUILESS_MAIN(TestTrytonConnector)
#include "tst_trytonconnector.moc"
