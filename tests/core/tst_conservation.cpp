// A property test over thousands of random small versions: quantity is conserved from accepted input
// rows to accepted output records, every accepted row is in some record's lineage, and each row's
// outcome matches an independent model (conversions by precedence, duplicates, working days).
#include "enginefixture.h"

#include <QDate>

#include <map>
#include <random>
#include <set>

using namespace planbridge;
using namespace planbridge::test;

namespace {

const QStringList Units {"PC", "KG", "CS", "BOX"};
const char *const Factors[] = {"12", "0.5", "3", "0.0833333333", "7", "1.25", "0.001", "1000", "0.3", "2.5e1"};

struct Conversion
{
    QString item, from, to, factor;
};

struct Calendar
{
    std::array<bool, 7> workdays {}; // Monday first
    std::set<QDate> holidays;
    bool isWorkingDay(QDate d) const { return workdays[std::size_t(d.dayOfWeek() - 1)] && !holidays.count(d); }
};

struct PlantSpec
{
    QString code, plant, mrpArea;
    char type = 'M';
    int calendar = 0;
};

struct Row
{
    int item = 0, location = 0;
    QString channel, uom;
    QDate start;
    qint64 thousandths = 0;
};

// Everything about one random version, and the JSON the engine reads.
struct Scenario
{
    QStringList items, baseUnits;
    std::vector<Conversion> conversions;
    std::vector<Calendar> calendars;
    std::vector<PlantSpec> locations;
    char bucket = 'D';
    std::vector<Row> rows;
};

QDate periodStart(QDate d, char type)
{
    if (type == 'W')
        return d.addDays(1 - d.dayOfWeek());
    if (type == 'M')
        return QDate(d.year(), d.month(), 1);
    return d;
}

QDate bucketEnd(QDate start, char bucket)
{
    if (bucket == 'W')
        return start.addDays(6);
    if (bucket == 'M')
        return QDate(start.year(), start.month(), start.daysInMonth());
    return start;
}

QString formatThousandthsText(qint64 t) { return QStringLiteral("%1.%2").arg(t / 1000).arg(t % 1000, 3, 10, QLatin1Char('0')); }

class Generator
{
public:
    explicit Generator(std::uint32_t seed) : m_rng(seed) { }

    Scenario next()
    {
        Scenario s;
        const int items = pick(1, 3);
        for (int i = 0; i < items; ++i) {
            s.items << QStringLiteral("I%1").arg(i);
            s.baseUnits << Units[pick(0, 1)];
        }
        std::set<std::tuple<QString, QString, QString>> seen;
        QStringList owners = s.items;
        owners << QStringLiteral("*");
        for (const QString &owner : owners)
            for (const QString &from : Units)
                for (const QString &to : Units)
                    if (from != to && chance(0.15) && seen.insert({owner, from, to}).second)
                        s.conversions.push_back({owner, from, to, QString::fromLatin1(Factors[pick(0, 9)])});
        for (int c = 0; c < 2; ++c) {
            Calendar cal;
            const bool none = chance(0.08);
            for (auto &w : cal.workdays)
                w = !none && chance(0.6);
            for (int h = pick(0, 8); h > 0; --h)
                cal.holidays.insert(QDate(2026, 11, 1).addDays(pick(0, 150)));
            s.calendars.push_back(cal);
        }
        const int locations = pick(1, 3);
        for (int l = 0; l < locations; ++l) {
            const char *areas[] = {"", "A", "1000"};
            s.locations.push_back({QStringLiteral("L%1").arg(l), pick(0, 1) ? QStringLiteral("1000") : QStringLiteral("2000"),
                                   QString::fromLatin1(areas[pick(0, 2)]), "DWM"[pick(0, 2)], pick(0, 1)});
        }
        s.bucket = "DWM"[pick(0, 2)];
        for (int r = pick(1, 12); r > 0; --r) {
            Row row;
            row.item = pick(0, items - 1);
            row.location = pick(0, locations - 1);
            row.channel = pick(0, 1) ? QStringLiteral("R") : QStringLiteral("O");
            row.uom = Units[pick(0, 3)];
            if (s.bucket == 'D')
                row.start = QDate(2026, 11, 2).addDays(pick(0, 120));
            else if (s.bucket == 'W')
                row.start = QDate(2026, 11, 2).addDays(7 * pick(0, 16));
            else
                row.start = QDate(2026, 11, 1).addMonths(pick(0, 3));
            const int digits = pick(0, 13);
            row.thousandths = digits == 0 ? 0 : std::uniform_int_distribution<qint64>(0, pow10(digits) - 1)(m_rng);
            s.rows.push_back(row);
        }
        // Repeat some rows, so that duplicates occur.
        for (int r = pick(0, 2); r > 0; --r)
            s.rows.push_back(s.rows[std::size_t(pick(0, int(s.rows.size()) - 1))]);
        return s;
    }

    // A quantity as a JSON value: a string or a number, sometimes with an exponent or extra zeros.
    QString quantityJson(qint64 t)
    {
        switch (pick(0, 3)) {
        case 0:
            return QLatin1Char('"') + formatThousandthsText(t) + QLatin1Char('"');
        case 1:
            return QStringLiteral("\" +") + formatThousandthsText(t) + QStringLiteral("0 \"");
        case 2:
            return formatThousandthsText(t);
        default:
            return QStringLiteral("%1e-3").arg(t);
        }
    }

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

private:
    static qint64 pow10(int n)
    {
        qint64 p = 1;
        while (n-- > 0)
            p *= 10;
        return p;
    }
    std::mt19937 m_rng;
};

QByteArray masterJson(const Scenario &s, Generator &g)
{
    QStringList items, locations, itemLocations, conversions, calendars;
    for (qsizetype i = 0; i < s.items.size(); ++i)
        items << QStringLiteral(R"({"item":"%1","base_uom":"%2"})").arg(s.items[i], s.baseUnits[i]);
    for (const PlantSpec &l : s.locations) {
        const QString area = l.mrpArea.isEmpty() ? QString() : QStringLiteral(R"("mrp_area":"%1",)").arg(l.mrpArea);
        locations << QStringLiteral(R"({"location":"%1","erp_plant":"%2",%3"calendar":"C%4","period_type":"%5","horizon_days":400})")
                         .arg(l.code, l.plant, area).arg(l.calendar).arg(QLatin1Char(l.type));
        for (const QString &item : s.items)
            itemLocations << QStringLiteral(R"({"item":"%1","location":"%2"})").arg(item, l.code);
    }
    for (const Conversion &c : s.conversions) {
        // An exponent is only valid in the JSON number form.
        const bool asString = !c.factor.contains(QLatin1Char('e')) && g.chance(0.5);
        const QString factor = asString ? QLatin1Char('"') + c.factor + QLatin1Char('"') : c.factor;
        conversions << QStringLiteral(R"({"item":"%1","from":"%2","to":"%3","factor":%4})").arg(c.item, c.from, c.to, factor);
    }
    for (std::size_t c = 0; c < s.calendars.size(); ++c) {
        static const char *names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        QStringList days, holidays;
        for (std::size_t d = 0; d < 7; ++d)
            if (s.calendars[c].workdays[d])
                days << QStringLiteral("\"%1\"").arg(QLatin1String(names[d]));
        for (const QDate &h : s.calendars[c].holidays)
            holidays << QLatin1Char('"') + h.toString(Qt::ISODate) + QLatin1Char('"');
        calendars << QStringLiteral(R"({"calendar":"C%1","workdays":[%2],"holidays":[%3]})")
                         .arg(c).arg(days.join(QLatin1Char(',')), holidays.join(QLatin1Char(',')));
    }
    return QStringLiteral(R"({"items":[%1],"locations":[%2],"item_locations":[%3],"uom_conversions":[%4],"calendars":[%5]})")
        .arg(items.join(QLatin1Char(',')), locations.join(QLatin1Char(',')), itemLocations.join(QLatin1Char(',')),
             conversions.join(QLatin1Char(',')), calendars.join(QLatin1Char(',')))
        .toUtf8();
}

QByteArray versionText(const Scenario &s, Generator &g)
{
    QStringList records;
    for (const Row &r : s.rows)
        records << QStringLiteral(R"({"item":"%1","location":"%2","channel":"%3","bucket_start":"%4","quantity":%5,"uom":"%6"})")
                       .arg(s.items[r.item], s.locations[std::size_t(r.location)].code, r.channel,
                            r.start.toString(Qt::ISODate), g.quantityJson(r.thousandths), r.uom);
    const char *bucket = s.bucket == 'D' ? "day" : s.bucket == 'W' ? "week" : "month";
    return QStringLiteral(R"({"as_of":"2026-11-02","bucket":"%1","records":[%2]})")
        .arg(QLatin1String(bucket), records.join(QStringLiteral(",\n")))
        .toUtf8();
}

// The contract's conversion precedence, on the scenario's own list; nullopt: UOM_UNCONVERTIBLE.
std::optional<qint64> converted(const Scenario &s, const Row &r)
{
    const QString &item = s.items[r.item], &base = s.baseUnits[r.item];
    if (r.uom == base)
        return r.thousandths;
    auto find = [&](const QString &owner, const QString &from, const QString &to) -> const Conversion * {
        for (const Conversion &c : s.conversions)
            if (c.item == owner && c.from == from && c.to == to)
                return &c;
        return nullptr;
    };
    for (const QString &owner : {item, QStringLiteral("*")}) {
        for (bool divide : {false, true}) {
            const Conversion *c = divide ? find(owner, base, r.uom) : find(owner, r.uom, base);
            if (!c)
                continue;
            const auto factor = Factor::parse(c->factor.toStdString(), true);
            const auto q = Decimal::fromThousandths(r.thousandths);
            const auto result = divide ? factor->divide(q) : factor->multiply(q);
            return result ? std::optional<qint64>(result->thousandths()) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

// QVERIFY2 would build the (long) failure description on every call; this builds it only on failure.
#define CHECK(condition)                                                                                        \
    do {                                                                                                      \
        if (!(condition))                                                                                     \
            QFAIL(QByteArray(#condition " at " + where()).constData());                                       \
    } while (false)

class TestConservation : public QObject
{
    Q_OBJECT

private slots:
    void randomVersions();
};

void TestConservation::randomVersions()
{
    Generator generator(20261126);
    std::map<QString, int> outcomeCounts;
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const Scenario s = generator.next();
        const QByteArray masterText = masterJson(s, generator), version = versionText(s, generator);
        const auto where = [&] { return QByteArray("iteration ") + QByteArray::number(iteration) + "\n" + masterText + "\n" + version; };
        auto md = loadMasterData(std::string_view(masterText.constData(), masterText.size()));
        if (!md)
            QFAIL((md.error().message + "\n" + where().toStdString()).c_str());
        const auto result = runValidation(*md, version);
        if (!result)
            QFAIL((result.error().message + "\n" + where().toStdString()).c_str());

        // The model: expected outcome per row, and converted quantity per (item, ERP group).
        QStringList expected;
        std::set<std::tuple<int, int, QString, QDate>> acceptedKeys;
        std::map<std::pair<int, QString>, Int128> expectedSums;
        Int128 expectedTotal = 0;
        for (const Row &r : s.rows) {
            const PlantSpec &l = s.locations[std::size_t(r.location)];
            const QDate end = bucketEnd(r.start, s.bucket);
            const bool split = periodStart(r.start, l.type) != periodStart(end, l.type);
            bool worked = false;
            for (QDate d = r.start; d <= end; d = d.addDays(1))
                worked = worked || s.calendars[std::size_t(l.calendar)].isWorkingDay(d);
            const auto q = converted(s, r);
            if (!q) {
                expected << QStringLiteral("UOM_UNCONVERTIBLE");
            } else if (acceptedKeys.count({r.item, r.location, r.channel, r.start})) {
                expected << QStringLiteral("DUPLICATE_KEY");
            } else if (split && !worked) {
                expected << QStringLiteral("NO_WORKING_DAYS");
            } else {
                expected << QStringLiteral("ok");
                acceptedKeys.insert({r.item, r.location, r.channel, r.start});
                const QString group = l.plant + '/' + (l.mrpArea.isEmpty() ? l.plant : l.mrpArea) + '/' + QLatin1Char(l.type);
                expectedSums[{r.item, group}] += *q;
                expectedTotal += *q;
            }
        }
        QStringList actual;
        for (const QString &o : rowOutcomes(*result))
            actual << o.section(QLatin1Char('|'), 0, 0);
        if (actual != expected)
            QFAIL(("outcomes " + actual.join(QLatin1Char(' ')) + " != expected " + expected.join(QLatin1Char(' ')) + "\n"
                   + QString::fromUtf8(where()))
                      .toUtf8()
                      .constData());
        for (const QString &o : expected)
            ++outcomeCounts[o];

        // Conservation, in total and per item and ERP group; lineage covers exactly the accepted rows.
        Int128 total = 0;
        std::map<std::pair<int, QString>, Int128> sums;
        std::set<std::uint32_t> lineage;
        for (const AcceptedRecord &rec : result->accepted) {
            const LocationInfo &l = result->locations[rec.location];
            const QString group = QString::fromStdString(l.erpPlant + '/' + l.mrpArea + '/' + std::string(periodLetter(l.periodType)));
            const int item = int(s.items.indexOf(QString::fromStdString(result->items[rec.item].item)));
            sums[{item, group}] += rec.quantity;
            total += rec.quantity;
            CHECK(rec.sourcesCount > 0);
            CHECK(periodStartOf(rec.periodStart, l.periodType) == rec.periodStart);
            for (std::uint32_t i = 0; i < rec.sourcesCount; ++i) {
                const std::uint32_t row = result->sources[rec.sourcesBegin + i];
                CHECK(i == 0 || result->sources[rec.sourcesBegin + i - 1] < row);
                CHECK(row < s.rows.size() && expected[qsizetype(row)] == QLatin1String("ok"));
                CHECK(s.rows[row].item == item);
                lineage.insert(row);
            }
            // The reported location is the lowest-numbered source row's.
            const Row &first = s.rows[result->sources[rec.sourcesBegin]];
            CHECK(s.locations[std::size_t(first.location)].code.toStdString() == l.location);
        }
        CHECK(total == expectedTotal);
        CHECK(sums == expectedSums);
        for (qsizetype row = 0; row < expected.size(); ++row)
            CHECK((expected[row] == QLatin1String("ok")) == bool(lineage.count(std::uint32_t(row))));

        // The ERP key is unique, and records are ordered by item, location, then period.
        const QStringList lines = acceptedLines(*result);
        std::set<QString> keys;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char('|'));
            CHECK(keys.insert(f[0] + '|' + f[2] + '|' + f[3] + '|' + f[4] + '|' + f[5]).second);
            if (i > 0) {
                const QStringList p = lines[i - 1].split(QLatin1Char('|'));
                CHECK(std::tie(p[0], p[1], p[5]) <= std::tie(f[0], f[1], f[5]));
            }
        }
    }
    // The random versions must exercise every path the model knows.
    for (const char *outcome : {"ok", "UOM_UNCONVERTIBLE", "DUPLICATE_KEY", "NO_WORKING_DAYS"})
        QVERIFY2(outcomeCounts[QString::fromLatin1(outcome)] > 50, outcome);
}

QTEST_GUILESS_MAIN(TestConservation)
#include "tst_conservation.moc"
