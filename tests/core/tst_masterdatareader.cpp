// The master-data reader: defaults, first-wins duplicates, and structural errors that make the whole
// document unreadable.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "io/masterdatareader.h"
#include "recordingsink.h" // errorPosition()

using namespace planbridge;

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

Date day(const char *text) { return *Date::parse(text); }

std::optional<MasterData> read(const QByteArray &text, std::string &error)
{
    return readMasterData(std::string_view(text.constData(), text.size()), error);
}

// A minimal valid document with one entry per list; `extra` is spliced in as further top-level keys.
QByteArray minimal(const QByteArray &extra = {})
{
    return R"({"items": [{"item": "FG-1", "base_uom": "PC"}],
 "locations": [{"location": "P1", "erp_plant": "1000", "calendar": "STD", "period_type": "M", "horizon_days": 365}],
 "item_locations": [{"item": "FG-1", "location": "P1"}],
 "calendars": [{"calendar": "STD"}])"
        + (extra.isEmpty() ? QByteArray() : ",\n " + extra) + "}";
}

} // namespace

class TestMasterDataReader : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void explicitValues();
    void emptyDocument();
    void firstWins();
    void orderOfListsDoesNotMatter();
    void hugeDayCounts();
    void unreadable_data();
    void unreadable();
};

void TestMasterDataReader::defaults()
{
    std::string error;
    const auto md = read(minimal(), error);
    QVERIFY2(md, error.c_str());
    QCOMPARE(md->items.size(), std::size_t(1));
    QVERIFY(md->items[0].active);
    QCOMPARE(qs(md->items[0].baseUom), QStringLiteral("PC"));

    const Location &l = md->locations[0];
    QVERIFY(l.open);
    QCOMPARE(qs(l.erpPlant), QStringLiteral("1000"));
    QCOMPARE(qs(l.mrpArea), QStringLiteral("1000")); // mrp_area defaults to erp_plant
    QCOMPARE(l.periodType, PeriodType::Month);
    QCOMPARE(l.horizonDays, std::int64_t(365));

    const ItemLocation &il = md->itemLocations[0];
    QVERIFY(il.active);
    QCOMPARE(il.leadTimeDays, std::int64_t(0));
    QCOMPARE(il.sourcing, Sourcing::Make);
    QVERIFY(!il.supplier || il.supplier->empty());

    const PlantCalendar &c = md->calendars[0];
    QCOMPARE(qs(c.name()), QStringLiteral("STD"));
    // Mon-Fri, no holidays: 2026-12-21 (Mon) .. 2026-12-27 (Sun), Christmas included.
    for (int i = 0; i < 7; ++i)
        QCOMPARE(c.isWorkingDay(day("2026-12-21").addDays(i)), i < 5);

    QVERIFY(md->uomConversions.empty());
    QVERIFY(md->codeMaps.empty());
    QVERIFY(md->channels.empty());
}

void TestMasterDataReader::explicitValues()
{
    const QByteArray text = R"({
 "items": [{"item": " FG-1 ", "base_uom": "PC", "status": "inactive"}],
 "locations": [{"location": "P1", "erp_plant": "1000", "mrp_area": "1000-B", "status": "blocked",
                "calendar": "WE", "period_type": "W", "horizon_days": 0},
               {"location": "P2", "erp_plant": "2000", "mrp_area": null, "calendar": "WE", "period_type": "D",
                "horizon_days": 36500}],
 "item_locations": [{"item": "FG-1", "location": "P1", "status": "inactive", "lead_time_days": 14,
                     "sourcing": "buy", "supplier": "S-17"},
                    {"item": "FG-1", "location": "P2", "sourcing": "buy", "supplier": null}],
 "uom_conversions": [{"item": "*", "from": "CS", "to": "PC", "factor": "12"},
                     {"item": "FG-1", "from": "PC", "to": "KG", "factor": 0.25},
                     {"item": "FG-1", "from": "PAL", "to": "PC", "factor": 1.2e3}],
 "code_maps": [{"kind": "location", "source": "PLT-7", "canonical": "P1"},
               {"kind": "item", "source": "PLT-7", "canonical": "FG-1"}],
 "calendars": [{"calendar": "WE", "workdays": ["Sat", "Sun"], "holidays": ["2026-12-26", "2027-01-02"]}],
 "channels": ["RETAIL", "ONLINE"]
})";
    std::string error;
    const auto md = read(text, error);
    QVERIFY2(md, error.c_str());
    QCOMPARE(qs(md->items[0].item), QStringLiteral("FG-1")); // codes are trimmed
    QVERIFY(!md->items[0].active);

    QCOMPARE(md->locations.size(), std::size_t(2));
    QCOMPARE(qs(md->locations[0].mrpArea), QStringLiteral("1000-B"));
    QVERIFY(!md->locations[0].open);
    QCOMPARE(md->locations[0].periodType, PeriodType::Week);
    QCOMPARE(md->locations[0].horizonDays, std::int64_t(0));
    QCOMPARE(qs(md->locations[1].mrpArea), QStringLiteral("2000"));
    QCOMPARE(md->locations[1].periodType, PeriodType::Day);

    QVERIFY(!md->itemLocations[0].active);
    QCOMPARE(md->itemLocations[0].leadTimeDays, std::int64_t(14));
    QCOMPARE(md->itemLocations[0].sourcing, Sourcing::Buy);
    QCOMPARE(md->itemLocations[0].supplier, std::optional<std::string>("S-17"));
    QVERIFY(!md->itemLocations[1].supplier || md->itemLocations[1].supplier->empty());

    QCOMPARE(md->uomConversions.size(), std::size_t(3));
    QCOMPARE(qs(md->uomConversions[0].factor.toString()), QStringLiteral("12"));
    QCOMPARE(qs(md->uomConversions[1].factor.toString()), QStringLiteral("0.25"));
    QCOMPARE(qs(md->uomConversions[2].factor.toString()), QStringLiteral("1200"));
    QCOMPARE(qs(md->uomConversions[0].item), QStringLiteral("*"));

    QCOMPARE(md->codeMaps.size(), std::size_t(2)); // one source, two kinds
    QCOMPARE(md->codeMaps[0].kind, CodeKind::Location);
    QCOMPARE(md->codeMaps[1].kind, CodeKind::Item);

    const PlantCalendar &c = md->calendars[0];
    QVERIFY(c.isWorkingDay(day("2026-12-19")));
    QVERIFY(!c.isWorkingDay(day("2026-12-26")));  // a holiday on a Saturday
    QVERIFY(!c.isWorkingDay(day("2026-12-21")));  // Monday
    QCOMPARE(md->channels, (std::vector<std::string> {"RETAIL", "ONLINE"}));
}

void TestMasterDataReader::emptyDocument()
{
    for (const char *text : {"{}", R"({"channels": null})", R"({"channels": []})", "\xEF\xBB\xBF{}"}) {
        std::string error;
        const auto md = read(text, error);
        QVERIFY2(md, (std::string(text) + ": " + error).c_str());
        QVERIFY(md->items.empty() && md->locations.empty() && md->itemLocations.empty());
        QVERIFY(md->uomConversions.empty() && md->codeMaps.empty() && md->calendars.empty());
        QVERIFY(md->channels.empty());
    }
}

void TestMasterDataReader::firstWins()
{
    const QByteArray text = R"({
 "items": [{"item": "FG-1", "base_uom": "PC"}, {"item": "FG-1", "base_uom": "KG", "status": "inactive"}],
 "locations": [{"location": "P1", "erp_plant": "1000", "calendar": "A", "period_type": "M", "horizon_days": 1},
               {"location": "P1", "erp_plant": "2000", "calendar": "B", "period_type": "D", "horizon_days": 2}],
 "item_locations": [{"item": "FG-1", "location": "P1", "status": "inactive"},
                    {"item": "FG-1", "location": "P1", "lead_time_days": 9}],
 "uom_conversions": [{"item": "*", "from": "CS", "to": "PC", "factor": "12"},
                     {"item": "*", "from": "CS", "to": "PC", "factor": "10"},
                     {"item": "FG-1", "from": "CS", "to": "PC", "factor": "6"}],
 "code_maps": [{"kind": "item", "source": "X", "canonical": "FG-1"},
               {"kind": "item", "source": "X", "canonical": "FG-2"}],
 "calendars": [{"calendar": "A"}, {"calendar": "A", "workdays": ["Sun"]}, {"calendar": "B"}],
 "channels": ["R", "O", "R"]
})";
    std::string error;
    const auto md = read(text, error);
    QVERIFY2(md, error.c_str());
    QCOMPARE(md->items.size(), std::size_t(1));
    QCOMPARE(qs(md->items[0].baseUom), QStringLiteral("PC"));
    QVERIFY(md->items[0].active);
    QCOMPARE(md->locations.size(), std::size_t(1));
    QCOMPARE(qs(md->locations[0].erpPlant), QStringLiteral("1000"));
    QCOMPARE(md->itemLocations.size(), std::size_t(1));
    QVERIFY(!md->itemLocations[0].active);
    QCOMPARE(md->uomConversions.size(), std::size_t(2));
    QCOMPARE(qs(md->uomConversions[0].factor.toString()), QStringLiteral("12"));
    QCOMPARE(qs(md->uomConversions[1].item), QStringLiteral("FG-1"));
    QCOMPARE(md->codeMaps.size(), std::size_t(1));
    QCOMPARE(qs(md->codeMaps[0].canonical), QStringLiteral("FG-1"));
    QCOMPARE(md->calendars.size(), std::size_t(2));
    QVERIFY(md->calendars[0].isWorkingDay(day("2026-11-30")));
    QVERIFY(!md->calendars[0].isWorkingDay(day("2026-12-06")));
    QCOMPARE(md->channels, (std::vector<std::string> {"R", "O"}));
}

void TestMasterDataReader::orderOfListsDoesNotMatter()
{
    // Locations name a calendar that the document defines only further down.
    const QByteArray text = R"({"locations": [{"location": "P1", "erp_plant": "1", "calendar": "LATE", "period_type": "D",
                                "horizon_days": 5}],
                 "calendars": [{"calendar": "LATE"}]})";
    std::string error;
    const auto md = read(text, error);
    QVERIFY2(md, error.c_str());
    QCOMPARE(qs(md->locations[0].calendar), QStringLiteral("LATE"));
}

// "Integers >= 0" with no upper bound: a horizon or lead time past 9999-12-31 is valid and covers every
// date (careful reading; any value of at least the calendar's span behaves the same).
void TestMasterDataReader::hugeDayCounts()
{
    const std::int64_t span = Date::max().dayNumber() - Date::min().dayNumber();
    for (const char *days : {"9999999999999999", "99999999999999999999", "100000000000000000000000000000"}) {
        const QByteArray text = minimal().replace("365", days).replace(R"("location": "P1"})",
                                                                        QByteArray(R"("location": "P1", "lead_time_days": )") + days + "}");
        std::string error;
        const auto md = read(text, error);
        QVERIFY2(md, (std::string(days) + ": " + error).c_str());
        QVERIFY(md->locations[0].horizonDays >= span);
        QVERIFY(md->itemLocations[0].leadTimeDays >= span);
    }
}

void TestMasterDataReader::unreadable_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); // 0 when the line is not pinned down

    // The minimal document with one of its lists edited.
    auto entry = [](const char *name, const QByteArray &list, const QByteArray &from, const QByteArray &to) {
        QVERIFY2(list.contains(from), name);
        QByteArray changed = list;
        changed.replace(from, to);
        QTest::addRow("%s", name) << minimal().replace(list, changed) << 0;
    };
    const QByteArray item = R"([{"item": "FG-1", "base_uom": "PC"}])";
    const QByteArray location
        = R"([{"location": "P1", "erp_plant": "1000", "calendar": "STD", "period_type": "M", "horizon_days": 365}])";
    const QByteArray itemLocation = R"([{"item": "FG-1", "location": "P1"}])";
    const QByteArray calendar = R"([{"calendar": "STD"}])";

    QTest::addRow("top-level array") << QByteArray("[]") << 1;
    QTest::addRow("empty input") << QByteArray("") << 1;
    QTest::addRow("items not an array") << QByteArray(R"({"items": {}})") << 1;
    QTest::addRow("item not an object") << QByteArray(R"({"items": [1]})") << 1;
    entry("item code a number", item, R"("FG-1")", "1");
    entry("item code missing", item, R"("item": "FG-1", )", "");
    entry("item code empty", item, R"("FG-1")", R"("  ")");
    entry("base_uom missing", item, R"(, "base_uom": "PC")", "");
    entry("base_uom null", item, R"("PC")", "null");
    entry("item status outside the enum", item, R"("PC")", R"("PC", "status": "retired")");
    entry("item status a boolean", item, R"("PC")", R"("PC", "status": true)");
    entry("erp_plant missing", location, R"("erp_plant": "1000", )", "");
    entry("location status outside the enum", location, R"("P1",)", R"("P1", "status": "closed",)");
    entry("period_type outside the enum", location, R"("M")", R"("Q")");
    entry("period_type lower case", location, R"("M")", R"("m")");
    entry("period_type missing", location, R"(, "period_type": "M")", "");
    entry("calendar missing", location, R"("calendar": "STD", )", "");
    entry("unknown calendar", location, R"("STD")", R"("XX")");
    entry("horizon_days missing", location, R"(, "horizon_days": 365)", "");
    entry("horizon_days negative", location, "365", "-1");
    entry("horizon_days a string", location, "365", R"("365")");
    entry("horizon_days a fraction", location, "365", "1.5");
    entry("mrp_area a number", location, R"("1000",)", R"("1000", "mrp_area": 7,)");
    entry("lead_time_days negative", itemLocation, R"("P1")", R"("P1", "lead_time_days": -3)");
    entry("lead_time_days a string", itemLocation, R"("P1")", R"("P1", "lead_time_days": "3")");
    entry("sourcing outside the enum", itemLocation, R"("P1")", R"("P1", "sourcing": "lease")");
    entry("supplier a number", itemLocation, R"("P1")", R"("P1", "sourcing": "buy", "supplier": 17)");
    entry("item_location status outside the enum", itemLocation, R"("P1")", R"("P1", "status": "on")");
    entry("item_location without location", itemLocation, R"(, "location": "P1")", "");
    entry("workdays a string", calendar, R"("STD")", R"("STD", "workdays": "Mon")");
    entry("workdays a long name", calendar, R"("STD")", R"("STD", "workdays": ["Monday"])");
    entry("workdays a number", calendar, R"("STD")", R"("STD", "workdays": [1])");
    entry("holiday not a date", calendar, R"("STD")", R"("STD", "holidays": ["2026-02-30"])");
    entry("holiday short form", calendar, R"("STD")", R"("STD", "holidays": ["2026-1-1"])");
    entry("holiday a number", calendar, R"("STD")", R"("STD", "holidays": [20260101])");
    entry("holidays an object", calendar, R"("STD")", R"("STD", "holidays": {})");
    entry("calendar name missing", calendar, R"("calendar": "STD")", R"("workdays": ["Mon"])");

    auto extra = [](const char *name, const QByteArray &keys) { QTest::addRow("%s", name) << minimal(keys) << 0; };
    const QByteArray conversion = R"("uom_conversions": [{"item": "*", "from": "CS", "to": "PC", "factor": )";
    extra("factor zero", conversion + "0}]");
    extra("factor zero string", conversion + R"("0.000"}])");
    extra("factor negative", conversion + "-1}]");
    extra("factor negative string", conversion + R"("-2"}])");
    extra("factor minus zero", conversion + "-0.0}]");
    extra("factor not a number", conversion + R"("abc"}])");
    extra("factor exponent in a string", conversion + R"("1e3"}])");
    extra("factor a boolean", conversion + "true}]");
    extra("factor null", conversion + "null}]");
    extra("factor 25 significant digits", conversion + R"("1234567890123456789012345"}])");
    extra("factor missing", R"("uom_conversions": [{"item": "*", "from": "CS", "to": "PC"}])");
    extra("conversion without to", R"("uom_conversions": [{"item": "*", "from": "CS", "factor": 2}])");
    extra("code map kind outside the enum", R"("code_maps": [{"kind": "plant", "source": "A", "canonical": "B"}])");
    extra("code map without canonical", R"("code_maps": [{"kind": "item", "source": "A"}])");
    extra("channels a string", R"("channels": "RETAIL")");
    extra("channel a number", R"("channels": ["RETAIL", 1])");
    extra("a second, invalid duplicate", R"("code_maps": [{"kind": "item", "source": "A", "canonical": "B"},
                                                         {"kind": "item", "source": "A", "canonical": 5}])");

    QTest::addRow("repeated top-level key") << QByteArray("{\"items\": [],\n \"items\": []}") << 2;
    QTest::addRow("repeated key in an entry")
        << QByteArray("{\"items\": [\n{\"item\": \"A\", \"base_uom\": \"PC\",\n \"item\": \"B\"}]}") << 3;
    QTest::addRow("repeated key in an unknown object") << QByteArray("{\"meta\": {\"a\": 1,\n\n \"a\": 2}}") << 3;
    QTest::addRow("trailing comma") << QByteArray("{\"items\": [],\n}") << 2;
    QTest::addRow("comment") << QByteArray("{\n// master\n\"items\": []}") << 2;
    QTest::addRow("NaN factor") << minimal(conversion + "NaN}]") << 0;
    QTest::addRow("single quotes") << QByteArray("{'items': []}") << 1;
    QTest::addRow("invalid UTF-8") << QByteArray("{\"items\": [{\"item\": \"A\xff\", \"base_uom\": \"PC\"}]}") << 1;
    QTest::addRow("lone surrogate") << QByteArray(R"({"items": [{"item": "\ud800", "base_uom": "PC"}]})") << 1;
    QTest::addRow("text after the document") << QByteArray("{}\n{}") << 2;
}

void TestMasterDataReader::unreadable()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    std::string error;
    const auto md = read(text, error);
    QVERIFY2(!md, "the master data should be unreadable");
    QVERIFY2(error.find('\n') == std::string::npos, error.c_str());
    const auto [l, c] = test::errorPosition(error);
    QVERIFY2(l > 0 && c > 0, ("no \"line L, column C: what\" in: " + error).c_str());
    if (line != 0)
        QVERIFY2(l == line, error.c_str());
}

QTEST_GUILESS_MAIN(TestMasterDataReader)
#include "tst_masterdatareader.moc"
