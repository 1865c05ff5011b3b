// The S/4 execution-side parsers without a server: the application job's status in both shapes SAP
// services use, and planned orders, requisitions and coverages with every field checked.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/s4/mrpfeedback.h"
#endif

using namespace planbridge;
using connectors::MrpRunState;

Q_DECLARE_METATYPE(std::string)

namespace {

const std::string Order = R"({"PlannedOrder":"0000000001","Material":"MAKE-1","MRPPlant":"1710",
    "MRPArea":"1710","TotalQuantity":"100.000","BaseUnit":"PC",
    "PlndOrderPlannedStartDate":"/Date(1788220800000)/","PlndOrderPlannedEndDate":"/Date(1789084800000)/",
    "PlannedOrderIsFirm":false})";

std::string page(const std::string &entity, const std::string &count = "\"1\"")
{
    return R"({"d":{"__count":)" + count + R"(,"results":[)" + entity + "]}}";
}

// `entity` with one "name":value pair replaced (value as JSON text; empty: removed).
std::string with(std::string entity, const std::string &name, const std::string &value)
{
    const std::size_t at = entity.find("\"" + name + "\":");
    const std::size_t end = entity.find_first_of(",}", entity.find(':', at));
    entity.replace(at, end - at, value.empty() ? "\"Ignored\":0" : "\"" + name + "\":" + value);
    return entity;
}

} // namespace

class TestMrpFeedback : public QObject
{
    Q_OBJECT

private slots:
    void jobStatus_data()
    {
        QTest::addColumn<std::string>("body");
        QTest::addColumn<int>("state");
        QTest::addColumn<std::string>("message");
        const std::string job = R"("JobName":"MRP0001","JobRunCount":"12345678","ReturnCode":0)";
        QTest::addRow("d, scheduled")
            << R"({"d":{)" + job + R"(,"JobStatus":"S"}})" << int(MrpRunState::Scheduled) << std::string();
        QTest::addRow("d, released Z")
            << R"({"d":{)" + job + R"(,"JobStatus":"Z"}})" << int(MrpRunState::Scheduled) << std::string();
        QTest::addRow("d, running") << R"({"d":{)" + job + R"(,"JobStatus":"R"}})"
                                    << int(MrpRunState::Running) << std::string();
        QTest::addRow("d.results[0], finished")
            << R"({"d":{"results":[{)" + job + R"(,"JobStatus":"F","StatusText":"3 planned orders"}]}})"
            << int(MrpRunState::Finished) << std::string("3 planned orders");
        QTest::addRow("aborted with text") << R"({"d":{)" + job + R"(,"JobStatus":"A","StatusText":"no"}})"
                                           << int(MrpRunState::Aborted) << std::string("no");
    }

    void jobStatus()
    {
        QFETCH(std::string, body);
        QFETCH(int, state);
        QFETCH(std::string, message);
        const auto run = s4::parseJobStatus(body);
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QCOMPARE(run->id, std::string("MRP0001"));
        QCOMPARE(run->runCount, std::string("12345678"));
        QCOMPARE(int(run->state), state);
        QCOMPARE(run->message, message);
    }

    void jobStatusErrors_data()
    {
        QTest::addColumn<std::string>("body");
        QTest::addColumn<std::string>("expected");
        QTest::addRow("not JSON") << std::string("<html>") << std::string("not JSON");
        QTest::addRow("no d") << std::string(R"({"JobName":"X"})") << std::string("expected {\"d\"");
        QTest::addRow("two results") << std::string(R"({"d":{"results":[{},{}]}})")
                                     << std::string("expected");
        QTest::addRow("unknown status")
            << std::string(R"({"d":{"JobName":"J","JobRunCount":"1","JobStatus":"Q"}})")
            << std::string("unknown JobStatus \"Q\"");
        QTest::addRow("numeric run count")
            << std::string(R"({"d":{"JobName":"J","JobRunCount":1,"JobStatus":"F"}})")
            << std::string("no JobRunCount as a string");
        QTest::addRow("empty name") << std::string(
            R"({"d":{"JobName":"","JobRunCount":"1","JobStatus":"F"}})")
                                    << std::string("empty JobName");
    }

    void jobStatusErrors()
    {
        QFETCH(std::string, body);
        QFETCH(std::string, expected);
        const auto run = s4::parseJobStatus(body);
        QVERIFY(!run.ok());
        QVERIFY2(run.error().message.find(expected) != std::string::npos, run.error().message.c_str());
    }

    void plannedOrderMapsEveryField()
    {
        const auto parsed = s4::parsePlannedOrderPage(page(Order));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->totalCount, std::optional<std::size_t>(1));
        QCOMPARE(parsed->items.size(), 1u);
        const auto &o = parsed->items.front();
        const connectors::PlannedOrderFeedback expected { "0000000001", "MAKE-1", "1710", "1710",
            Decimal::fromThousandths(100'000), "PC", *Date::parse("2026-09-01"), *Date::parse("2026-09-11"),
            false };
        QVERIFY(o == expected);
        // Some SAP services send indicators as "X" / "".
        QVERIFY(s4::parsePlannedOrderPage(page(with(Order, "PlannedOrderIsFirm", "\"X\"")))->items[0].firm);
    }

    void plannedOrderFieldErrors_data()
    {
        QTest::addColumn<std::string>("field");
        QTest::addColumn<std::string>("value");
        QTest::addColumn<std::string>("expected");
        QTest::addRow("missing material")
            << std::string("Material") << std::string() << std::string("entry 0 has no Material as a string");
        QTest::addRow("numeric quantity") << std::string("TotalQuantity") << std::string("100")
                                          << std::string("no TotalQuantity as a decimal string");
        QTest::addRow("negative quantity")
            << std::string("TotalQuantity") << std::string("\"-1\"") << std::string("TotalQuantity \"-1\"");
        QTest::addRow("four decimals") << std::string("TotalQuantity") << std::string("\"1.0001\"")
                                       << std::string("TotalQuantity \"1.0001\"");
        QTest::addRow("huge quantity")
            << std::string("TotalQuantity") << std::string("\"99999999999999999999\"")
            << std::string("TotalQuantity");
        QTest::addRow("ISO date") << std::string("PlndOrderPlannedEndDate") << std::string("\"2026-09-11\"")
                                  << std::string("not a /Date(ms)/ date");
        QTest::addRow("offset date") << std::string("PlndOrderPlannedEndDate")
                                     << std::string("\"/Date(1789084800000+0000)/\"")
                                     << std::string("not a /Date(ms)/ date");
        QTest::addRow("year 10000") << std::string("PlndOrderPlannedEndDate")
                                    << std::string("\"/Date(253402300800000)/\"")
                                    << std::string("not a /Date(ms)/ date");
        QTest::addRow("missing start") << std::string("PlndOrderPlannedStartDate") << std::string()
                                       << std::string("has no PlndOrderPlannedStartDate");
        QTest::addRow("firm as number")
            << std::string("PlannedOrderIsFirm") << std::string("1") << std::string("not a boolean");
    }

    void plannedOrderFieldErrors()
    {
        QFETCH(std::string, field);
        QFETCH(std::string, value);
        QFETCH(std::string, expected);
        const auto parsed = s4::parsePlannedOrderPage(page(with(Order, field, value)));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.find(expected) != std::string::npos, parsed.error().message.c_str());
        QVERIFY(parsed.error().message.starts_with("planned order service: entry 0"));
    }

    void requisitionMapsEveryField()
    {
        const std::string item = R"({"PurchaseRequisition":"0010000001","PurchaseRequisitionItem":"00010",
            "Material":"BUY-1","Plant":"1710","RequestedQuantity":"40.000","BaseUnit":"PC",
            "DeliveryDate":"/Date(1789257600000)/","PurchaseRequisitionReleaseDate":"/Date(1788652800000)/",
            "FixedSupplier":"S-17","PurchaseRequisitionIsFixed":true})";
        const auto parsed = s4::parseRequisitionPage(page(item));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        const connectors::RequisitionFeedback expected { "0010000001", "00010", "BUY-1", "1710",
            Decimal::fromThousandths(40'000), "PC", *Date::parse("2026-09-13"), *Date::parse("2026-09-06"),
            "S-17", true };
        QVERIFY(parsed->items.front() == expected);
    }

    void coverageOpenAndClosedEnds()
    {
        const std::string open = R"({"Material":"BUY-1","MRPPlant":"1710","MRPArea":"1710",
            "MaterialShortageQuantity":"20.000","MaterialBaseUnit":"PC",
            "MaterialShortageStartDate":"/Date(1789430400000)/","MaterialShortageEndDate":null})";
        const std::string closed = with(open, "MaterialShortageEndDate", "\"/Date(1789430400000)/\"");
        const auto parsed = s4::parseCoveragePage(page(open + "," + closed, "2"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->items.size(), 2u);
        QCOMPARE(parsed->items[0].end, std::optional<Date>());
        QCOMPARE(parsed->items[1].end, Date::parse("2026-09-15"));
        QCOMPARE(parsed->items[0].start, *Date::parse("2026-09-15"));
        QCOMPARE(parsed->items[0].quantity, Decimal::fromThousandths(20'000));
    }

    void pagesNeedTheEnvelope_data()
    {
        QTest::addColumn<std::string>("body");
        QTest::addColumn<std::string>("expected");
        QTest::addRow("empty") << std::string() << std::string("not JSON");
        QTest::addRow("array") << std::string("[]") << std::string("not a JSON object");
        QTest::addRow("results not array")
            << std::string(R"({"d":{"results":{}}})") << std::string("no \"results\" array");
        QTest::addRow("entry not object")
            << std::string(R"({"d":{"results":[1]}})") << std::string("entry 0 is not an object");
        QTest::addRow("bad count") << page(Order, "\"-1\"") << std::string("__count");
        QTest::addRow("invalid UTF-8")
            << std::string("{\"d\":{\"results\":[\"\xff\"]}}") << std::string("not JSON");
    }

    void pagesNeedTheEnvelope()
    {
        QFETCH(std::string, body);
        QFETCH(std::string, expected);
        for (const auto &error :
            { s4::parsePlannedOrderPage(body).error().message, s4::parseRequisitionPage(body).error().message,
                s4::parseCoveragePage(body).error().message })
            QVERIFY2(error.find(expected) != std::string::npos, error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMrpFeedback)
#include "tst_mrpfeedback.moc"
