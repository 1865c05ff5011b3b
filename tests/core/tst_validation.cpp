// Row validation: every reason code, its field and value, the order of precedence, code maps and
// duplicates, one data row per case.
#include "enginefixture.h"

using namespace planbridge;
using namespace planbridge::test;

namespace {

// as_of is 2026-11-26 (a Thursday) in every version here. Items named for their item-location at P1:
// LT-14 has a 14-day lead time, B-* are bought (supplier absent, null, empty, blank, present).
const QByteArray Master = R"({
 "items": [{"item": "FG-1", "base_uom": "PC"}, {"item": "FG-2", "base_uom": "PC"}, {"item": "FG-3", "base_uom": "PC"},
           {"item": "FG-OLD", "base_uom": "PC", "status": "inactive"}, {"item": "FG-KG", "base_uom": "KG"},
           {"item": "LT-14", "base_uom": "PC"}, {"item": "B-NONE", "base_uom": "PC"}, {"item": "B-NULL", "base_uom": "PC"},
           {"item": "B-EMPTY", "base_uom": "PC"}, {"item": "B-BLANK", "base_uom": "PC"}, {"item": "B-OK", "base_uom": "PC"},
           {"item": "M-NOSUP", "base_uom": "PC"}],
 "locations": [
  {"location": "P1", "erp_plant": "1000", "calendar": "STD", "period_type": "D", "horizon_days": 365},
  {"location": "P2", "erp_plant": "2000", "calendar": "STD", "period_type": "D", "horizon_days": 365},
  {"location": "PX", "erp_plant": "3000", "status": "blocked", "calendar": "STD", "period_type": "D", "horizon_days": 365},
  {"location": "PALIAS", "erp_plant": "1000", "calendar": "STD", "period_type": "D", "horizon_days": 365},
  {"location": "PSHORT", "erp_plant": "4000", "calendar": "STD", "period_type": "D", "horizon_days": 5},
  {"location": "PNW", "erp_plant": "5000", "calendar": "NONE", "period_type": "D", "horizon_days": 365}],
 "item_locations": [
  {"item": "FG-1", "location": "P1"}, {"item": "FG-1", "location": "PX"}, {"item": "FG-1", "location": "PALIAS"},
  {"item": "FG-1", "location": "PSHORT", "lead_time_days": 14}, {"item": "FG-1", "location": "PNW"},
  {"item": "FG-2", "location": "P2", "status": "inactive"}, {"item": "FG-3", "location": "P1"},
  {"item": "FG-OLD", "location": "P1"}, {"item": "FG-KG", "location": "P1"},
  {"item": "LT-14", "location": "P1", "lead_time_days": 14},
  {"item": "B-NONE", "location": "P1", "sourcing": "buy"},
  {"item": "B-NULL", "location": "P1", "sourcing": "buy", "supplier": null},
  {"item": "B-EMPTY", "location": "P1", "sourcing": "buy", "supplier": ""},
  {"item": "B-BLANK", "location": "P1", "sourcing": "buy", "supplier": " \t "},
  {"item": "B-OK", "location": "P1", "sourcing": "buy", "supplier": "S-1"},
  {"item": "M-NOSUP", "location": "P1", "sourcing": "make"}],
 "uom_conversions": [{"item": "*", "from": "CS", "to": "PC", "factor": "12"}],
 "code_maps": [{"kind": "item", "source": "OLD-1", "canonical": "FG-1"},
               {"kind": "item", "source": "FG-3", "canonical": "FG-1"},
               {"kind": "item", "source": "A", "canonical": "B"}, {"kind": "item", "source": "B", "canonical": "FG-1"},
               {"kind": "item", "source": "GONE-1", "canonical": "NOPE"},
               {"kind": "item", "source": "OLD-X", "canonical": "FG-OLD"},
               {"kind": "location", "source": "PLT-7", "canonical": "P1"},
               {"kind": "location", "source": "PALIAS", "canonical": "P1"},
               {"kind": "location", "source": "PLT-X", "canonical": "PX"}],
 "calendars": [{"calendar": "STD"}, {"calendar": "NONE", "workdays": []}],
 "channels": ["RETAIL", "ONLINE"]
})";

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void messages();
    void channelsNotListed();
    void csvRows();
    void cancel_data();
    void cancel();

private:
    MasterData m_master;
};

void TestValidation::initTestCase() { m_master = masterFrom(Master); }

void TestValidation::outcomes_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("expected");
    auto one = [](const char *name, const char *bucket, const char *spec, const char *outcome) {
        QTest::addRow("%s", name) << QString::fromUtf8(bucket) << QStringList {QString::fromUtf8(spec)}
                                  << QStringList {QString::fromUtf8(outcome)};
    };

    one("valid", "day", "", "ok");
    // MALFORMED, field by field in contract order; each field is checked completely first.
    one("item missing", "day", "-item", "MALFORMED|item|~");
    one("item null", "day", "item=null", "MALFORMED|item|~");
    one("item number", "day", "item=12", "MALFORMED|item|12");
    one("item empty", "day", "item=\"\"", "MALFORMED|item|");
    one("item blank", "day", "item=\" \\t \"", "MALFORMED|item|");
    one("item array", "day", "item=[ \"FG-1\" ]", "MALFORMED|item|[\"FG-1\"]");
    one("item object", "day", "item={\"a\": 1}", "MALFORMED|item|{\"a\":1}");
    one("item boolean", "day", "item=true", "MALFORMED|item|true");
    one("location missing", "day", "-location", "MALFORMED|location|~");
    one("location number", "day", "location=1.50", "MALFORMED|location|1.50");
    one("channel missing", "day", "-channel", "MALFORMED|channel|~");
    one("channel empty", "day", "channel=\"  \"", "MALFORMED|channel|");
    one("bucket_start missing", "day", "-bucket_start", "MALFORMED|bucket_start|~");
    one("bucket_start not a day", "day", "bucket_start=\"2026-02-30\"", "MALFORMED|bucket_start|2026-02-30");
    one("bucket_start one-digit day", "day", "bucket_start=\"2026-12-1\"", "MALFORMED|bucket_start|2026-12-1");
    one("bucket_start a number", "day", "bucket_start=20261201", "MALFORMED|bucket_start|20261201");
    one("bucket_start trimmed in value", "day", "bucket_start=\" 2026-13-01 \"", "MALFORMED|bucket_start|2026-13-01");
    one("quantity missing", "day", "-quantity", "MALFORMED|quantity|~");
    one("quantity null", "day", "quantity=null", "MALFORMED|quantity|~");
    one("quantity boolean", "day", "quantity=false", "MALFORMED|quantity|false");
    one("quantity array", "day", "quantity=[5]", "MALFORMED|quantity|[5]");
    one("quantity object", "day", "quantity={\"v\": 5}", "MALFORMED|quantity|{\"v\":5}");
    one("quantity empty", "day", "quantity=\"\"", "MALFORMED|quantity|");
    one("quantity blank", "day", "quantity=\"  \"", "MALFORMED|quantity|");
    one("uom missing", "day", "-uom", "MALFORMED|uom|~");
    one("uom number", "day", "uom=5", "MALFORMED|uom|5");
    one("item before location", "day", "-item;-location", "MALFORMED|item|~");
    one("location before quantity", "day", "location=1;quantity=null", "MALFORMED|location|1");
    one("bad date before bad quantity", "day", "bucket_start=\"x\";quantity=\"abc\"", "MALFORMED|bucket_start|x");
    one("missing uom before invalid quantity", "day", "quantity=\"abc\";-uom", "MALFORMED|uom|~");
    one("bad date before missing uom", "day", "bucket_start=\"2026-12-32\";uom=null", "MALFORMED|bucket_start|2026-12-32");
    one("week ending after 9999-12-31", "week", "bucket_start=\"9999-12-27\"", "MALFORMED|bucket_start|9999-12-27");
    one("month ending on 9999-12-31", "month", "bucket_start=\"9999-12-01\"", "OUTSIDE_HORIZON|bucket_start|9999-12-01");
    one("last day", "day", "bucket_start=\"9999-12-31\"", "OUTSIDE_HORIZON|bucket_start|9999-12-31");
    one("record a number", "day", "raw:42", "MALFORMED|~|~");
    one("record an array", "day", "raw:[\"FG-1\"]", "MALFORMED|~|~");
    one("record a string", "day", "raw:\"FG-1\"", "MALFORMED|~|~");
    one("repeated key in the record", "day",
        "raw:{\"item\":\"FG-1\",\"location\":\"P1\",\"channel\":\"RETAIL\",\"bucket_start\":\"2026-12-01\","
        "\"quantity\":\"5\",\"uom\":\"PC\",\"uom\":\"PC\"}",
        "MALFORMED|uom|*");
    one("repeated unknown key", "day", "raw:{\"x\":1,\"item\":\"FG-1\",\"x\":2}", "MALFORMED|x|*");
    one("repeated key in a nested object", "day", "note={\"a\": 1, \"a\": 2}", "MALFORMED|*|*");

    one("quantity letters", "day", "quantity=\"abc\"", "QUANTITY_INVALID|quantity|abc");
    one("quantity negative string", "day", "quantity=\" -1 \"", "QUANTITY_INVALID|quantity|-1");
    one("quantity negative number", "day", "quantity=-1", "QUANTITY_INVALID|quantity|-1");
    one("quantity exponent string", "day", "quantity=\"1e3\"", "QUANTITY_INVALID|quantity|1e3");
    one("quantity too precise string", "day", "quantity=\"0.0001\"", "QUANTITY_INVALID|quantity|0.0001");
    one("quantity too precise number", "day", "quantity=1e-4", "QUANTITY_INVALID|quantity|1e-4");
    one("quantity too large", "day", "quantity=10000000000", "QUANTITY_INVALID|quantity|10000000000");
    one("quantity just over the maximum", "day", "quantity=\"9999999999.9991\"",
        "QUANTITY_INVALID|quantity|9999999999.9991");
    one("quantity huge exponent", "day", "quantity=1E400", "QUANTITY_INVALID|quantity|1E400");
    one("quantity comma", "day", "quantity=\"1,5\"", "QUANTITY_INVALID|quantity|1,5");
    one("quantity double sign", "day", "quantity=\" +-1\"", "QUANTITY_INVALID|quantity|+-1");
    one("quantity before misalignment", "week", "quantity=\"abc\"", "QUANTITY_INVALID|quantity|abc");
    one("quantity -0 string", "day", "quantity=\"-0\"", "ok");
    one("quantity -0 number", "day", "quantity=-0", "ok");
    one("quantity trailing zeros", "day", "quantity=\"1.5000\"", "ok");
    one("quantity exponent number", "day", "quantity=1.2345e3", "ok");
    one("quantity padded", "day", "quantity=\" +007 \"", "ok");
    one("quantity maximum", "day", "quantity=9999999999.999", "ok");

    one("week on a tuesday", "week", "", "BUCKET_MISALIGNED|bucket_start|2026-12-01");
    one("week on a sunday", "week", "bucket_start=\" 2026-12-06 \"", "BUCKET_MISALIGNED|bucket_start|2026-12-06");
    one("month on the 2nd", "month", "bucket_start=\"2026-12-02\"", "BUCKET_MISALIGNED|bucket_start|2026-12-02");
    one("misalignment before unknown item", "week", "item=\"NOPE\"", "BUCKET_MISALIGNED|bucket_start|2026-12-01");

    one("unknown item", "day", "item=\"NOPE\"", "UNKNOWN_ITEM|item|NOPE");
    one("unknown item trimmed", "day", "item=\" NOPE \"", "UNKNOWN_ITEM|item|NOPE");
    one("item codes are case-sensitive", "day", "item=\"fg-1\"", "UNKNOWN_ITEM|item|fg-1");
    one("code maps do not chain", "day", "item=\"A\"", "UNKNOWN_ITEM|item|A");
    one("mapped to an unknown item", "day", "item=\"GONE-1\"", "UNKNOWN_ITEM|item|GONE-1");
    one("code maps are case-sensitive", "day", "item=\"old-1\"", "UNKNOWN_ITEM|item|old-1");
    one("unknown item before unknown location", "day", "item=\"NOPE\";location=\"NOWHERE\";uom=\"XX\"",
        "UNKNOWN_ITEM|item|NOPE");
    one("ASCII whitespace trimmed", "day", "item=\"\\r\\n\\tFG-1 \\n\"", "ok");
    one("no-break space is not trimmed", "day", "item=\"\\u00a0FG-1\"", "UNKNOWN_ITEM|item|\xc2\xa0""FG-1");
    one("unknown location", "day", "location=\"P9\"", "UNKNOWN_LOCATION|location|P9");
    one("location codes are case-sensitive", "day", "location=\" p1 \"", "UNKNOWN_LOCATION|location|p1");
    one("unknown location before unknown channel", "day", "location=\"P9\";channel=\"WHOLESALE\"",
        "UNKNOWN_LOCATION|location|P9");
    one("unknown channel", "day", "channel=\"WHOLESALE\"", "UNKNOWN_CHANNEL|channel|WHOLESALE");
    one("channels are case-sensitive", "day", "channel=\"retail\"", "UNKNOWN_CHANNEL|channel|retail");
    one("channel trimmed", "day", "channel=\" ONLINE\\t\"", "ok");
    one("unknown channel before inactive item", "day", "item=\"FG-OLD\";channel=\"WHOLESALE\"",
        "UNKNOWN_CHANNEL|channel|WHOLESALE");
    one("inactive item", "day", "item=\"FG-OLD\"", "ITEM_INACTIVE|item|FG-OLD");
    one("inactive item before blocked location", "day", "item=\"FG-OLD\";location=\"PX\"", "ITEM_INACTIVE|item|FG-OLD");
    one("inactive item through a map", "day", "item=\"OLD-X\"", "ITEM_INACTIVE|item|OLD-X");
    one("blocked location", "day", "location=\"PX\"", "LOCATION_BLOCKED|location|PX");
    one("blocked before missing item-location", "day", "item=\"FG-2\";location=\"PX\"", "LOCATION_BLOCKED|location|PX");
    one("blocked location through a map", "day", "location=\"PLT-X\"", "LOCATION_BLOCKED|location|PLT-X");
    one("no item-location", "day", "item=\"FG-2\"", "ITEM_LOCATION_MISSING|location|P1");
    one("inactive item-location", "day", "item=\"FG-2\";location=\"P2\"", "ITEM_LOCATION_MISSING|location|P2");
    one("missing item-location before the unit", "day", "item=\"FG-2\";uom=\"XX\"", "ITEM_LOCATION_MISSING|location|P1");
    one("unknown unit", "day", "uom=\"XX\"", "UOM_UNCONVERTIBLE|uom|XX");
    one("units are case-sensitive", "day", "uom=\"pc\"", "UOM_UNCONVERTIBLE|uom|pc");
    one("unit trimmed", "day", "uom=\" CS \"", "ok");
    one("no conversion to the base unit", "day", "item=\"FG-KG\"", "UOM_UNCONVERTIBLE|uom|PC");
    one("converted over the maximum", "day", "quantity=\"833333333.334\";uom=\"CS\"", "UOM_UNCONVERTIBLE|uom|CS");
    one("converted at the edge", "day", "quantity=\"833333333.333\";uom=\"CS\"", "ok");
    one("unit before the horizon", "day", "uom=\"XX\";bucket_start=\"2028-01-03\"", "UOM_UNCONVERTIBLE|uom|XX");

    one("day after the horizon", "day", "bucket_start=\"2027-11-27\"", "OUTSIDE_HORIZON|bucket_start|2027-11-27");
    one("day on the horizon", "day", "bucket_start=\"2027-11-26\"", "ok");
    one("week after the horizon", "week", "bucket_start=\"2027-11-29\"", "OUTSIDE_HORIZON|bucket_start|2027-11-29");
    one("week starting before the horizon", "week", "bucket_start=\"2027-11-22\"", "ok");
    one("month after the horizon", "month", "bucket_start=\"2027-12-01\"", "OUTSIDE_HORIZON|bucket_start|2027-12-01");
    one("month starting before the horizon", "month", "bucket_start=\"2027-11-01\"", "ok");
    one("horizon before lead time", "day", "location=\"PSHORT\";bucket_start=\"2026-12-02\"",
        "OUTSIDE_HORIZON|bucket_start|2026-12-02");
    one("inside lead time, within the horizon", "day", "location=\"PSHORT\";bucket_start=\"2026-12-01\"",
        "INSIDE_LEAD_TIME|bucket_start|2026-12-01");
    one("day inside lead time", "day", "item=\"LT-14\";bucket_start=\"2026-12-09\"",
        "INSIDE_LEAD_TIME|bucket_start|2026-12-09");
    one("day on the lead-time boundary", "day", "item=\"LT-14\";bucket_start=\"2026-12-10\"", "ok");
    one("week ending inside lead time", "week", "item=\"LT-14\";bucket_start=\"2026-11-30\"",
        "INSIDE_LEAD_TIME|bucket_start|2026-11-30");
    one("week ending after lead time", "week", "item=\"LT-14\";bucket_start=\"2026-12-07\"", "ok");
    one("month ending inside lead time", "month", "item=\"LT-14\";bucket_start=\"2026-11-01\"",
        "INSIDE_LEAD_TIME|bucket_start|2026-11-01");
    one("past day without lead time", "day", "bucket_start=\"2026-11-25\"", "INSIDE_LEAD_TIME|bucket_start|2026-11-25");
    one("as_of itself", "day", "bucket_start=\"2026-11-26\"", "ok");
    one("current week", "week", "bucket_start=\"2026-11-23\"", "ok");
    one("last week", "week", "bucket_start=\"2026-11-16\"", "INSIDE_LEAD_TIME|bucket_start|2026-11-16");
    one("current month", "month", "bucket_start=\"2026-11-01\"", "ok");
    one("lead time before sourcing", "day", "item=\"B-NONE\";bucket_start=\"2026-11-25\"",
        "INSIDE_LEAD_TIME|bucket_start|2026-11-25");
    one("bought without supplier", "day", "item=\"B-NONE\"", "SOURCING_MISSING|location|P1");
    one("bought, supplier null", "day", "item=\"B-NULL\"", "SOURCING_MISSING|location|P1");
    one("bought, supplier empty", "day", "item=\"B-EMPTY\"", "SOURCING_MISSING|location|P1");
    one("bought, supplier blank", "day", "item=\"B-BLANK\"", "SOURCING_MISSING|location|P1");
    one("sourcing through a location map", "day", "item=\"B-NONE\";location=\"PLT-7\"", "SOURCING_MISSING|location|PLT-7");
    one("bought with supplier", "day", "item=\"B-OK\"", "ok");
    one("made without supplier", "day", "item=\"M-NOSUP\"", "ok");
    one("week without working day", "week", "location=\"PNW\";bucket_start=\"2026-11-30\"",
        "NO_WORKING_DAYS|bucket_start|2026-11-30");
    one("month without working day", "month", "location=\"PNW\";bucket_start=\"2027-01-01\"",
        "NO_WORKING_DAYS|bucket_start|2027-01-01");
    one("day on a D plant without working days", "day", "location=\"PNW\";bucket_start=\"2026-12-05\"", "ok");
    one("mapped item", "day", "item=\" OLD-1 \"", "ok");
    one("map applies to a valid source", "day", "item=\"FG-3\";location=\"PALIAS\"", "ok");
    one("mapped location", "day", "location=\"PLT-7\"", "ok");

    auto many = [](const char *name, const char *bucket, const QStringList &specs, const QStringList &outcomes) {
        QTest::addRow("%s", name) << QString::fromUtf8(bucket) << specs << outcomes;
    };
    const QString dup = QStringLiteral("DUPLICATE_KEY|bucket_start|2026-12-01");
    many("same key twice", "day", {"", ""}, {"ok", dup});
    many("same key three times", "day", {"", "", ""}, {"ok", dup, dup});
    many("duplicate after item mapping", "day", {"item=\"OLD-1\"", "item=\"FG-1\""}, {"ok", dup});
    many("duplicate after mapping a valid item", "day", {"", "item=\"FG-3\""}, {"ok", dup});
    many("duplicate after location mapping", "day", {"location=\"PLT-7\"", "location=\"PALIAS\""}, {"ok", dup});
    many("duplicate with trimmed fields", "day", {"channel=\" RETAIL\"", "bucket_start=\"2026-12-01 \""},
         {"ok", "DUPLICATE_KEY|bucket_start|2026-12-01"});
    many("unit and quantity are not in the key", "day", {"quantity=\"0\"", "uom=\"CS\";quantity=1"}, {"ok", dup});
    many("another channel is another key", "day", {"", "channel=\"ONLINE\""}, {"ok", "ok"});
    many("another day is another key", "day", {"", "bucket_start=\"2026-12-02\""}, {"ok", "ok"});
    many("only accepted rows count", "day", {"quantity=\"abc\"", "uom=\"XX\"", "quantity=\"9999999999\";uom=\"CS\"", ""},
         {"QUANTITY_INVALID|quantity|abc", "UOM_UNCONVERTIBLE|uom|XX", "UOM_UNCONVERTIBLE|uom|CS", "ok"});
    many("an earlier reason beats the duplicate", "day", {"", "uom=\"XX\"", "quantity=\"-1\"", "-uom", ""},
         {"ok", "UOM_UNCONVERTIBLE|uom|XX", "QUANTITY_INVALID|quantity|-1", "MALFORMED|uom|~", dup});
    many("rows without working days are not accepted", "week",
         {"location=\"PNW\";bucket_start=\"2026-11-30\"", "location=\"PNW\";bucket_start=\"2026-11-30\""},
         {"NO_WORKING_DAYS|bucket_start|2026-11-30", "NO_WORKING_DAYS|bucket_start|2026-11-30"});
    many("rejects keep row numbers", "day", {"raw:1", "", "item=\"NOPE\"", ""},
         {"MALFORMED|~|~", "ok", "UNKNOWN_ITEM|item|NOPE", dup});
}

void TestValidation::outcomes()
{
    QFETCH(QString, bucket);
    QFETCH(QStringList, records);
    QFETCH(QStringList, expected);
    const auto result = runValidation(m_master, versionJson(bucket, records));
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    const QStringList actual = rowOutcomes(*result);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QVERIFY2(outcomeMatches(actual[i], expected[i]),
                 qPrintable(QStringLiteral("row %1: got %2, expected %3").arg(i).arg(actual[i], expected[i])));
    QCOMPARE(result->rowsIn, std::uint64_t(records.size()));
    QCOMPARE(result->rowsAccepted + result->rejects.size(), result->rowsIn);
    for (const Reject &r : result->rejects)
        QVERIFY2(!r.message.empty() && r.message.find('\n') == std::string::npos, r.message.c_str());
    for (std::size_t i = 1; i < result->rejects.size(); ++i)
        QVERIFY(result->rejects[i - 1].row < result->rejects[i].row); // input row order
    std::array<std::uint64_t, ReasonCodeCount> counts {};
    for (const Reject &r : result->rejects)
        ++counts[std::size_t(r.reason)];
    QVERIFY(counts == result->rejectsByReason);
}

// The message names the cause: the duplicate's key, the calendar.
void TestValidation::messages()
{
    auto result = runValidation(m_master, versionJson("day", {"item=\"OLD-1\"", ""}));
    QVERIFY(result);
    QCOMPARE(result->rejects.size(), std::size_t(1));
    const QString duplicate = QString::fromStdString(result->rejects[0].message);
    for (const char *part : {"FG-1", "P1", "RETAIL", "2026-12-01"})
        QVERIFY2(duplicate.contains(QLatin1String(part)), qPrintable(duplicate));

    result = runValidation(m_master, versionJson("week", {"location=\"PNW\";bucket_start=\"2026-11-30\""}));
    QVERIFY(result);
    QCOMPARE(result->rejects.size(), std::size_t(1));
    const QString noWorkingDays = QString::fromStdString(result->rejects[0].message);
    QVERIFY2(noWorkingDays.contains(QLatin1String("NONE")), qPrintable(noWorkingDays));

    result = runValidation(m_master, versionJson("day", {"item=\"NOPE\""}));
    QVERIFY(result);
    QVERIFY(QString::fromStdString(result->rejects[0].message).contains(QLatin1String("NOPE")));
}

// Without a channel list (absent, null or empty) any channel passes.
void TestValidation::channelsNotListed()
{
    for (const QByteArray &channels : {QByteArray(), QByteArray(R"("channels": null,)"), QByteArray(R"("channels": [],)")}) {
        const MasterData md = masterFrom("{" + channels + R"(
            "items": [{"item": "FG-1", "base_uom": "PC"}],
            "locations": [{"location": "P1", "erp_plant": "1", "calendar": "C", "period_type": "D", "horizon_days": 99}],
            "item_locations": [{"item": "FG-1", "location": "P1"}], "calendars": [{"calendar": "C"}]})");
        const auto result = runValidation(md, versionJson("day", {"channel=\"ANYTHING\"", "channel=\"retail\""}));
        QVERIFY(result);
        QCOMPARE(rowOutcomes(*result), (QStringList {"ok", "ok"}));
    }
}

// The same rules over a CSV file: every field arrives as a string, shape problems come from the reader.
void TestValidation::csvRows()
{
    const QByteArray csv = "uom, quantity ,item,location,channel,bucket_start,note\r\n"
                           "PC,5,FG-1,P1,RETAIL,2026-12-01,a\r\n"
                           "PC,5,FG-1\r\n"
                           "PC,5,FG-1,P1,RETAIL,2026-12-01,a,b\r\n"
                           "\r\n"
                           "PC,1e3,FG-1,P1,RETAIL,2026-12-02,\r\n"
                           "PC,\" 5 \",\" FG-1 \",P1,RETAIL,2026-12-02,\r\n"
                           "CS,0,OLD-1,PLT-7,RETAIL,2026-12-02,\r\n"
                           "PC,5,,P1,RETAIL,2026-12-03,\r\n"
                           "PC,\"1,5\",FG-1,P1,RETAIL,2026-12-03,\r\n";
    VersionOverrides flags;
    flags.bucket = "day";
    flags.asOf = "2026-11-26";
    const auto result = runValidation(m_master, csv, "forecast.CSV", flags);
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    QCOMPARE(rowOutcomes(*result), (QStringList {"ok", "MALFORMED|location|~", "MALFORMED|~|~",
                                                 "QUANTITY_INVALID|quantity|1e3", "ok",
                                                 "DUPLICATE_KEY|bucket_start|2026-12-02", "MALFORMED|item|",
                                                 "QUANTITY_INVALID|quantity|1,5"}));
    QCOMPARE(acceptedLines(*result), (QStringList {"FG-1|P1|1000|1000|D|20261201|2026-12-01|5.000|PC|0",
                                                   "FG-1|P1|1000|1000|D|20261202|2026-12-02|5.000|PC|4"}));
}

// Cancelling through the progress callback ends the run with a cancelled error, for either format.
void TestValidation::cancel_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("input");
    QByteArray json = R"({"as_of":"2026-11-26","bucket":"day","records":[)";
    QByteArray csv = "item,location,channel,bucket_start,quantity,uom\n";
    for (int i = 0; i < 20000; ++i) {
        json += QByteArray(i ? "," : "") + recordJson(QString());
        csv += "FG-1,P1,RETAIL,2026-12-01,5,PC\n";
    }
    json += "]}";
    QTest::addRow("json") << "v.json" << json;
    QTest::addRow("csv") << "v.csv" << csv;
}

void TestValidation::cancel()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, input);
    VersionOverrides flags;
    flags.bucket = "day";
    flags.asOf = "2026-11-26";
    int calls = 0;
    const std::string inputName = name.toStdString();
    const auto result = validateForecast(m_master, std::string_view(input.constData(), input.size()), inputName, flags,
                                         [&calls](int) {
                                             ++calls;
                                             return false; // cancel at the first report
                                         });
    QVERIFY(calls > 0);
    QVERIFY2(!result, "the run should have been cancelled");
    QVERIFY2(result.error().cancelled, result.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
