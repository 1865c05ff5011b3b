// What accepted rows become: unit conversion by precedence, splits to plant periods, sums at the ERP
// key across channels and locations, lineage, and the order of the accepted records.
#include "enginefixture.h"

using namespace planbridge;
using namespace planbridge::test;

namespace {

// Item A has every kind of conversion, so each rule of the precedence can win once.
const QByteArray ConversionMaster = R"({
 "items": [{"item": "A", "base_uom": "PC"}, {"item": "B", "base_uom": "PC"}, {"item": "C", "base_uom": "KG"}],
 "locations": [{"location": "L", "erp_plant": "1000", "calendar": "STD", "period_type": "D", "horizon_days": 999}],
 "item_locations": [{"item": "A", "location": "L"}, {"item": "B", "location": "L"}, {"item": "C", "location": "L"}],
 "uom_conversions": [
  {"item": "A", "from": "CS", "to": "PC", "factor": "10"},
  {"item": "A", "from": "PC", "to": "CS", "factor": "0.2"},
  {"item": "*", "from": "CS", "to": "PC", "factor": "12"},
  {"item": "A", "from": "PC", "to": "BOX", "factor": 0.25},
  {"item": "*", "from": "BOX", "to": "PC", "factor": "6"},
  {"item": "*", "from": "PC", "to": "PAL", "factor": "0.01"},
  {"item": "*", "from": "PAL", "to": "KG", "factor": "500"},
  {"item": "*", "from": "PC", "to": "X", "factor": "12"},
  {"item": "*", "from": "CT", "to": "CS", "factor": "2"},
  {"item": "B", "from": "KG", "to": "PC", "factor": "3"},
  {"item": "A", "from": "PC", "to": "PC", "factor": "2"},
  {"item": "NOT-AN-ITEM", "from": "DZ", "to": "PC", "factor": "99"}],
 "code_maps": [{"kind": "item", "source": "ALIAS-A", "canonical": "A"}],
 "calendars": [{"calendar": "STD"}]
})";

// Four M/W locations of plant 1000: L1 and L2 share MRP area 1000 (L1 by default), L3 is another MRP
// area, L4 plans weekly. LD is a daily plant elsewhere. Calendar DE has two holidays; L5 plans weekly
// on a calendar without holidays.
const QByteArray PlantMaster = R"({
 "items": [{"item": "FG-1", "base_uom": "PC"}, {"item": "FG-2", "base_uom": "EA"}],
 "locations": [
  {"location": "L1", "erp_plant": "1000", "calendar": "DE", "period_type": "M", "horizon_days": 999},
  {"location": "L2", "erp_plant": "1000", "mrp_area": "1000", "calendar": "DE", "period_type": "M", "horizon_days": 999},
  {"location": "L3", "erp_plant": "1000", "mrp_area": "1000-B", "calendar": "DE", "period_type": "M", "horizon_days": 999},
  {"location": "L4", "erp_plant": "1000", "calendar": "DE", "period_type": "W", "horizon_days": 999},
  {"location": "LD", "erp_plant": "2000", "calendar": "DE", "period_type": "D", "horizon_days": 999},
  {"location": "L5", "erp_plant": "5000", "calendar": "PLAIN", "period_type": "W", "horizon_days": 999}],
 "item_locations": [
  {"item": "FG-1", "location": "L1"}, {"item": "FG-1", "location": "L2"}, {"item": "FG-1", "location": "L3"},
  {"item": "FG-1", "location": "L4"}, {"item": "FG-1", "location": "LD"},
  {"item": "FG-1", "location": "L5"}, {"item": "FG-2", "location": "L1"}, {"item": "FG-2", "location": "L4"}],
 "calendars": [{"calendar": "DE", "holidays": ["2026-12-25", "2027-01-01"]}, {"calendar": "PLAIN"}]
})";

QString spec(const QString &item, const QString &location, const QString &channel, const QString &start,
             const QString &quantity, const QString &uom = QStringLiteral("PC"))
{
    return QStringLiteral(R"(item="%1";location="%2";channel="%3";bucket_start="%4";quantity=%5;uom="%6")")
        .arg(item, location, channel, start, quantity, uom);
}

} // namespace

class TestTransformation : public QObject
{
    Q_OBJECT

private slots:
    void conversion_data();
    void conversion();
    void aggregation_data();
    void aggregation();
    void codePointOrder();
    void nonAsciiCodePointOrder();
    void erpKeyComparesWholeCodes();
};

void TestTransformation::conversion_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("uom");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("expected"); // the accepted quantity in the base unit, or the reject

    QTest::addRow("1. same unit beats an item-specific U->U") << "A" << "PC" << "\"7\"" << "7.000";
    QTest::addRow("2. item-specific U->B beats B->U and *") << "A" << "CS" << "\"1\"" << "10.000";
    QTest::addRow("2. through a mapped item code") << "ALIAS-A" << "CS" << "\"1\"" << "10.000";
    QTest::addRow("3. item-specific B->U divides") << "A" << "BOX" << "\"1\"" << "4.000";
    QTest::addRow("3. item-specific B->U beats * U->B") << "A" << "BOX" << "\"1.5\"" << "6.000";
    QTest::addRow("4. * U->B") << "B" << "CS" << "\"1\"" << "12.000";
    QTest::addRow("4. * U->B for another item") << "B" << "BOX" << "\"1\"" << "6.000";
    QTest::addRow("4. * U->B to a KG item") << "C" << "PAL" << "\"1\"" << "500.000";
    QTest::addRow("4. * U->B smallest quantity") << "B" << "CS" << "0.001" << "0.012";
    QTest::addRow("5. * B->U divides") << "A" << "PAL" << "\"1\"" << "100.000";
    QTest::addRow("5. 1 PC in twelfths") << "A" << "X" << "\"1\"" << "0.083";
    QTest::addRow("5. half a thousandth rounds up") << "A" << "X" << "\"0.006\"" << "0.001";
    QTest::addRow("5. under half rounds down") << "A" << "X" << "\"0.005\"" << "0.000";
    QTest::addRow("5. exact") << "A" << "X" << "12" << "1.000";
    QTest::addRow("5. maximum divided") << "A" << "X" << "\"9999999999.999\"" << "833333333.333";
    QTest::addRow("5. multiplied up to just under the maximum") << "A" << "PAL" << "\"99999999.999\"" << "9999999999.900";
    QTest::addRow("over the maximum once converted") << "A" << "PAL" << "100000000" << "UOM_UNCONVERTIBLE";
    QTest::addRow("zero converts to zero") << "A" << "PAL" << "0" << "0.000";
    QTest::addRow("no chaining") << "A" << "CT" << "\"1\"" << "UOM_UNCONVERTIBLE";
    QTest::addRow("another item's conversion does not apply") << "A" << "KG" << "\"1\"" << "UOM_UNCONVERTIBLE";
    QTest::addRow("item-specific U->B for B") << "B" << "KG" << "\"1\"" << "3.000";
    QTest::addRow("no route for a KG item") << "C" << "PC" << "\"1\"" << "UOM_UNCONVERTIBLE";
    QTest::addRow("conversion of an unknown item is ignored") << "B" << "DZ" << "\"1\"" << "UOM_UNCONVERTIBLE";
}

void TestTransformation::conversion()
{
    QFETCH(QString, item);
    QFETCH(QString, uom);
    QFETCH(QString, quantity);
    QFETCH(QString, expected);
    static const MasterData master = masterFrom(ConversionMaster);
    const auto result = runValidation(master, versionJson("day", {spec(item, "L", "R", "2026-12-01", quantity, uom)}));
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    if (expected == QLatin1String("UOM_UNCONVERTIBLE")) {
        QCOMPARE(rowOutcomes(*result), QStringList {"UOM_UNCONVERTIBLE|uom|" + uom});
        return;
    }
    const QString canonical = item == QLatin1String("ALIAS-A") ? QStringLiteral("A") : item;
    const QString base = item == QLatin1String("C") ? QStringLiteral("KG") : QStringLiteral("PC");
    const QStringList fields {canonical, "L", "1000", "1000", "D", "20261201", "2026-12-01", expected, base, "0"};
    QCOMPARE(acceptedLines(*result), QStringList {fields.join(QLatin1Char('|'))});
}

void TestTransformation::aggregation_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("expected");
    const QByteArray asOf = R"("as_of":"2026-11-26")";

    QTest::addRow("across channels and locations")
        << "day" << asOf
        << QStringList {spec("FG-1", "L2", "R", "2026-12-01", "5"), spec("FG-1", "L1", "O", "2026-12-02", "3"),
                        spec("FG-1", "L1", "R", "2026-12-03", "2"), spec("FG-1", "L3", "R", "2026-12-01", "1"),
                        spec("FG-1", "L1", "R", "2027-01-04", "1"), spec("FG-2", "L1", "R", "2026-12-01", "\"0\"", "EA"),
                        spec("NOPE", "L1", "R", "2026-12-01", "1"), spec("FG-1", "L2", "R", "2026-12-01", "7"),
                        spec("FG-1", "L4", "R", "2026-12-01", "4")}
        << QStringList {"FG-1|L1|1000|1000|M|202701|2027-01-01|1.000|PC|4",
                        "FG-1|L2|1000|1000|M|202612|2026-12-01|10.000|PC|0,1,2",
                        "FG-1|L3|1000|1000-B|M|202612|2026-12-01|1.000|PC|3",
                        "FG-1|L4|1000|1000|W|202649|2026-11-30|4.000|PC|8",
                        "FG-2|L1|1000|1000|M|202612|2026-12-01|0.000|EA|5"};
    QTest::addRow("reported location is the lowest source row's")
        << "day" << asOf
        << QStringList {spec("FG-1", "L2", "R", "2026-12-03", "1"), spec("FG-1", "L1", "R", "2026-12-02", "1")}
        << QStringList {"FG-1|L2|1000|1000|M|202612|2026-12-01|2.000|PC|0,1"};
    QTest::addRow("sums are not capped")
        << "day" << asOf
        << QStringList {spec("FG-1", "L1", "R", "2026-12-01", "9999999999.999"),
                        spec("FG-1", "L2", "O", "2026-12-01", "\"9999999999.999\"")}
        << QStringList {"FG-1|L1|1000|1000|M|202612|2026-12-01|19999999999.998|PC|0,1"};
    QTest::addRow("day to W at a holiday, previous year's monday")
        << "day" << asOf
        << QStringList {spec("FG-1", "L4", "R", "2027-01-01", "2"), spec("FG-1", "L4", "R", "2027-01-03", "1")}
        << QStringList {"FG-1|L4|1000|1000|W|202653|2026-12-28|3.000|PC|0,1"};
    QTest::addRow("day on a holiday at a D plant") << "day" << asOf
                                                   << QStringList {spec("FG-1", "LD", "R", "2026-12-25", "2")}
                                                   << QStringList {"FG-1|LD|2000|2000|D|20261225|2026-12-25|2.000|PC|0"};
    QTest::addRow("straddling week split and summed with the next week")
        << "week" << asOf
        << QStringList {spec("FG-1", "L1", "R", "2026-11-30", "10"), spec("FG-1", "L1", "O", "2026-12-07", "1")}
        << QStringList {"FG-1|L1|1000|1000|M|202611|2026-11-01|2.000|PC|0",
                        "FG-1|L1|1000|1000|M|202612|2026-12-01|9.000|PC|0,1"};
    QTest::addRow("straddling week, the holiday empties january")
        << "week" << asOf << QStringList {spec("FG-1", "L1", "R", "2026-12-28", "10")}
        << QStringList {"FG-1|L1|1000|1000|M|202612|2026-12-01|10.000|PC|0"};
    QTest::addRow("week to D") << "week" << asOf << QStringList {spec("FG-1", "LD", "R", "2026-12-21", "1")}
                               << QStringList {"FG-1|LD|2000|2000|D|20261221|2026-12-21|0.250|PC|0",
                                               "FG-1|LD|2000|2000|D|20261222|2026-12-22|0.250|PC|0",
                                               "FG-1|LD|2000|2000|D|20261223|2026-12-23|0.250|PC|0",
                                               "FG-1|LD|2000|2000|D|20261224|2026-12-24|0.250|PC|0"};
    QTest::addRow("month to W with a holiday")
        << "month" << asOf << QStringList {spec("FG-1", "L4", "R", "2026-12-01", "22"),
                                           spec("FG-2", "L4", "R", "2026-12-01", "0", "EA")}
        << QStringList {"FG-1|L4|1000|1000|W|202649|2026-11-30|4.000|PC|0",
                        "FG-1|L4|1000|1000|W|202650|2026-12-07|5.000|PC|0",
                        "FG-1|L4|1000|1000|W|202651|2026-12-14|5.000|PC|0",
                        "FG-1|L4|1000|1000|W|202652|2026-12-21|4.000|PC|0",
                        "FG-1|L4|1000|1000|W|202653|2026-12-28|4.000|PC|0",
                        "FG-2|L4|1000|1000|W|202649|2026-11-30|0.000|EA|1",
                        "FG-2|L4|1000|1000|W|202650|2026-12-07|0.000|EA|1",
                        "FG-2|L4|1000|1000|W|202651|2026-12-14|0.000|EA|1",
                        "FG-2|L4|1000|1000|W|202652|2026-12-21|0.000|EA|1",
                        "FG-2|L4|1000|1000|W|202653|2026-12-28|0.000|EA|1"};
    QTest::addRow("two months share the straddling W record")
        << "month" << asOf << QStringList {spec("FG-1", "L5", "R", "2026-12-01", "23"),
                                           spec("FG-1", "L5", "O", "2027-01-01", "21")}
        << QStringList {"FG-1|L5|5000|5000|W|202649|2026-11-30|4.000|PC|0",
                        "FG-1|L5|5000|5000|W|202650|2026-12-07|5.000|PC|0",
                        "FG-1|L5|5000|5000|W|202651|2026-12-14|5.000|PC|0",
                        "FG-1|L5|5000|5000|W|202652|2026-12-21|5.000|PC|0",
                        "FG-1|L5|5000|5000|W|202653|2026-12-28|5.000|PC|0,1",
                        "FG-1|L5|5000|5000|W|202701|2027-01-04|5.000|PC|1",
                        "FG-1|L5|5000|5000|W|202702|2027-01-11|5.000|PC|1",
                        "FG-1|L5|5000|5000|W|202703|2027-01-18|5.000|PC|1",
                        "FG-1|L5|5000|5000|W|202704|2027-01-25|5.000|PC|1"};
    QTest::addRow("ISO week-year label 202501")
        << "week" << QByteArray(R"("as_of":"2024-12-01")") << QStringList {spec("FG-1", "L4", "R", "2024-12-30", "1")}
        << QStringList {"FG-1|L4|1000|1000|W|202501|2024-12-30|1.000|PC|0"};
}

void TestTransformation::aggregation()
{
    QFETCH(QString, bucket);
    QFETCH(QByteArray, header);
    QFETCH(QStringList, records);
    QFETCH(QStringList, expected);
    static const MasterData master = masterFrom(PlantMaster);
    const auto result = runValidation(master, versionJson(bucket, records, header));
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    QCOMPARE(acceptedLines(*result), expected);
}

// Items, then locations, then periods, as plain code-point strings: "FG-10" < "FG-2" < "Z" < "fg-1".
void TestTransformation::codePointOrder()
{
    const MasterData master = masterFrom(R"({
     "items": [{"item": "fg-1", "base_uom": "PC"}, {"item": "FG-2", "base_uom": "PC"}, {"item": "Z", "base_uom": "PC"},
               {"item": "FG-10", "base_uom": "PC"}, {"item": "A", "base_uom": "PC"}, {"item": "FG-1", "base_uom": "PC"}],
     "locations": [
      {"location": "P2", "erp_plant": "2", "calendar": "C", "period_type": "D", "horizon_days": 99},
      {"location": "P10", "erp_plant": "10", "calendar": "C", "period_type": "D", "horizon_days": 99},
      {"location": "P1", "erp_plant": "1", "calendar": "C", "period_type": "D", "horizon_days": 99}],
     "item_locations": [)" + [] {
        QByteArray list;
        for (const char *item : {"fg-1", "FG-2", "Z", "FG-10", "A", "FG-1"})
            for (const char *location : {"P2", "P10", "P1"})
                list += QByteArray(list.isEmpty() ? "" : ",") + "{\"item\":\"" + item + "\",\"location\":\"" + location + "\"}";
        return list;
    }() + R"(], "calendars": [{"calendar": "C"}]})");

    const QStringList records {
        spec("Z", "P1", "R", "2026-12-02", "1"),   spec("FG-2", "P2", "R", "2026-12-01", "1"),
        spec("FG-10", "P10", "R", "2026-12-02", "1"), spec("FG-10", "P10", "R", "2026-12-01", "1"),
        spec("fg-1", "P1", "R", "2026-12-01", "1"), spec("FG-1", "P2", "R", "2026-12-01", "1"),
        spec("FG-1", "P10", "R", "2026-12-01", "1"), spec("FG-1", "P1", "R", "2026-12-02", "1"),
        spec("A", "P2", "R", "2026-12-01", "1"),    spec("FG-10", "P2", "R", "2026-12-01", "1"),
        spec("FG-1", "P1", "R", "2026-12-01", "1")};
    const auto result = runValidation(master, versionJson("day", records));
    QVERIFY(result);
    QStringList order;
    for (const QString &line : acceptedLines(*result)) {
        const QStringList f = line.split(QLatin1Char('|'));
        order << f[0] + ' ' + f[1] + ' ' + f[5] + ' ' + f[9];
    }
    QCOMPARE(order, (QStringList {"A P2 20261201 8", "FG-1 P1 20261201 10", "FG-1 P1 20261202 7",
                                  "FG-1 P10 20261201 6", "FG-1 P2 20261201 5", "FG-10 P10 20261201 3",
                                  "FG-10 P10 20261202 2", "FG-10 P2 20261201 9", "FG-2 P2 20261201 1",
                                  "Z P1 20261202 0", "fg-1 P1 20261201 4"}));
}

// Code points, not UTF-16 units: U+1D538 sorts after U+FFFD.
void TestTransformation::nonAsciiCodePointOrder()
{
    const QStringList items {QString::fromUtf8("\xf0\x9d\x94\xb8"), QString::fromUtf8("\xef\xbf\xbd"),
                             QString::fromUtf8("\xce\xa9"), QString::fromUtf8("\xc3\x89-1"), QStringLiteral("Z")};
    QByteArray itemList, itemLocations;
    QStringList records;
    for (const QString &item : items) {
        itemList += QByteArray(itemList.isEmpty() ? "" : ",") + "{\"item\":\"" + item.toUtf8() + "\",\"base_uom\":\"PC\"}";
        itemLocations += QByteArray(itemLocations.isEmpty() ? "" : ",") + "{\"item\":\"" + item.toUtf8()
            + "\",\"location\":\"P1\"}";
        records << spec(item, "P1", "R", "2026-12-01", "1");
    }
    const MasterData master = masterFrom("{\"items\":[" + itemList + "],\"item_locations\":[" + itemLocations
                                         + R"(],"locations":[{"location":"P1","erp_plant":"1","calendar":"C","period_type":"D","horizon_days":99}],)"
                                           R"("calendars":[{"calendar":"C"}]})");
    const auto result = runValidation(master, versionJson("day", records));
    QVERIFY(result);
    QStringList order;
    for (const QString &line : acceptedLines(*result))
        order << line.section(QLatin1Char('|'), 0, 0);
    QCOMPARE(order, (QStringList {items[4], items[3], items[2], items[1], items[0]}));
}

// Two locations whose plant and MRP area differ must not share an ERP key, whatever the codes contain.
void TestTransformation::erpKeyComparesWholeCodes()
{
    const MasterData master = masterFrom(
        R"({"items":[{"item":"FG-1","base_uom":"PC"}],"calendars":[{"calendar":"C"}],)"
        R"("locations":[{"location":"L1","erp_plant":"1\n2","mrp_area":"3","calendar":"C","period_type":"M","horizon_days":99},)"
        R"({"location":"L2","erp_plant":"1","mrp_area":"2\n3","calendar":"C","period_type":"M","horizon_days":99}],)"
        R"("item_locations":[{"item":"FG-1","location":"L1"},{"item":"FG-1","location":"L2"}]})");
    const auto result = runValidation(master, versionJson("day", {spec("FG-1", "L1", "R", "2026-12-01", "1"),
                                                                  spec("FG-1", "L2", "R", "2026-12-01", "2")}));
    QVERIFY(result);
    QCOMPARE(acceptedLines(*result), (QStringList {"FG-1|L1|1\n2|3|M|202612|2026-12-01|1.000|PC|0",
                                                   "FG-1|L2|1|2\n3|M|202612|2026-12-01|2.000|PC|1"}));
}

QTEST_GUILESS_MAIN(TestTransformation)
#include "tst_transformation.moc"
