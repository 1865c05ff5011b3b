// Bucket → plant-period normalization: whole moves, working-day splits and largest-remainder parts.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "transform/periodsplitter.h"

#include <map>
#include <set>

using namespace planbridge;

namespace {

Date day(const QString &text)
{
    const auto d = Date::parse(text.toStdString());
    if (!d)
        qFatal("bad fixture date %s", qPrintable(text));
    return *d;
}

PeriodType periodType(const QString &name)
{
    if (name == QLatin1String("D") || name == QLatin1String("day"))
        return PeriodType::Day;
    if (name == QLatin1String("W") || name == QLatin1String("week"))
        return PeriodType::Week;
    return PeriodType::Month;
}

// A calendar from compact text: workdays "Mon-Fri", "all", "none" or a list like "Mon,Sat";
// holidays as a space-separated list of dates.
PlantCalendar calendarFrom(const QString &workdays, const QString &holidays)
{
    static const QStringList names {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    std::array<bool, 7> days {};
    if (workdays == QLatin1String("Mon-Fri"))
        days = {true, true, true, true, true, false, false};
    else if (workdays == QLatin1String("all"))
        days.fill(true);
    else if (workdays != QLatin1String("none"))
        for (const QString &d : workdays.split(QLatin1Char(',')))
            days[static_cast<std::size_t>(names.indexOf(d))] = true;
    std::vector<Date> dates;
    for (const QString &h : holidays.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        dates.push_back(day(h));
    return PlantCalendar("TEST", days, dates);
}

// "2026-12-28=8.000 2027-01-01=2.000", or "NO_WORKING_DAYS".
QString describe(bool ok, const std::vector<PeriodPart> &parts)
{
    if (!ok)
        return QStringLiteral("NO_WORKING_DAYS");
    QStringList out;
    for (const PeriodPart &p : parts)
        out << QString::fromStdString(p.periodStart.toString() + "=" + p.quantity.toString());
    return out.join(QLatin1Char(' '));
}

Decimal quantity(const QString &text)
{
    const auto parsed = parseQuantityString(text.toStdString());
    if (!parsed.ok())
        qFatal("bad fixture quantity %s", qPrintable(text));
    return parsed.value;
}

} // namespace

// QVERIFY2 would format its message on every call; this formats it only on failure.
#define CHECK(condition)                                                                                        \
    do {                                                                                                      \
        if (!(condition))                                                                                     \
            QFAIL(QByteArray(#condition " for " + where()).constData());                                     \
    } while (false)

class TestPeriodSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void monthToDays();
    void apportion_data();
    void apportion();
    void partsAlwaysAddUp();
};

void TestPeriodSplitter::split_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("plant");
    QTest::addColumn<QString>("workdays");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("expected");

    // Inside one plant period: the whole bucket, no working-day check.
    QTest::addRow("day to D") << "2026-12-02" << "day" << "D" << "Mon-Fri" << "" << "5" << "2026-12-02=5.000";
    QTest::addRow("day to D on a saturday") << "2026-12-05" << "day" << "D" << "Mon-Fri" << "" << "5"
                                            << "2026-12-05=5.000";
    QTest::addRow("day to D on a holiday") << "2026-12-25" << "day" << "D" << "Mon-Fri" << "2026-12-25" << "5"
                                           << "2026-12-25=5.000";
    QTest::addRow("day to W") << "2026-12-02" << "day" << "W" << "Mon-Fri" << "" << "5" << "2026-11-30=5.000";
    QTest::addRow("day to W sunday next year") << "2027-01-03" << "day" << "W" << "none" << "" << "5"
                                               << "2026-12-28=5.000";
    QTest::addRow("day to M") << "2026-12-31" << "day" << "M" << "none" << "" << "5" << "2026-12-01=5.000";
    QTest::addRow("week to W") << "2026-11-30" << "week" << "W" << "none" << "" << "5" << "2026-11-30=5.000";
    QTest::addRow("week to M inside a month") << "2026-11-02" << "week" << "M" << "none" << "" << "5"
                                              << "2026-11-01=5.000";
    QTest::addRow("week to M ending on the last day") << "2026-05-25" << "week" << "M" << "Mon-Fri" << "" << "1"
                                                      << "2026-05-01=1.000";
    QTest::addRow("month to M") << "2026-12-01" << "month" << "M" << "none" << "" << "5" << "2026-12-01=5.000";

    // Week to days: one part per working day.
    QTest::addRow("week to D") << "2026-11-30" << "week" << "D" << "Mon-Fri" << "" << "5"
                               << "2026-11-30=1.000 2026-12-01=1.000 2026-12-02=1.000 2026-12-03=1.000 "
                                  "2026-12-04=1.000";
    QTest::addRow("week to D fifths") << "2026-11-30" << "week" << "D" << "Mon-Fri" << "" << "1"
                                      << "2026-11-30=0.200 2026-12-01=0.200 2026-12-02=0.200 2026-12-03=0.200 "
                                         "2026-12-04=0.200";
    QTest::addRow("week to D one thousandth, ties to the earliest")
        << "2026-11-30" << "week" << "D" << "Mon-Fri" << "" << "0.001"
        << "2026-11-30=0.001 2026-12-01=0.000 2026-12-02=0.000 2026-12-03=0.000 2026-12-04=0.000";
    QTest::addRow("week to D two thousandths")
        << "2026-11-30" << "week" << "D" << "Mon-Fri" << "" << "0.002"
        << "2026-11-30=0.001 2026-12-01=0.001 2026-12-02=0.000 2026-12-03=0.000 2026-12-04=0.000";
    QTest::addRow("week to D with a holiday") << "2026-11-30" << "week" << "D" << "Mon-Fri" << "2026-12-02" << "1"
                                              << "2026-11-30=0.250 2026-12-01=0.250 2026-12-03=0.250 "
                                                 "2026-12-04=0.250";
    QTest::addRow("week to D seven days") << "2026-11-30" << "week" << "D" << "all" << "" << "1"
                                          << "2026-11-30=0.143 2026-12-01=0.143 2026-12-02=0.143 "
                                             "2026-12-03=0.143 2026-12-04=0.143 2026-12-05=0.143 2026-12-06=0.142";
    QTest::addRow("week to D across the year") << "2026-12-28" << "week" << "D" << "Mon-Fri" << "2027-01-01" << "1"
                                               << "2026-12-28=0.250 2026-12-29=0.250 2026-12-30=0.250 "
                                                  "2026-12-31=0.250";
    QTest::addRow("week to D weekend only") << "2026-11-30" << "week" << "D" << "Sat,Sun" << "" << "3"
                                            << "2026-12-05=1.500 2026-12-06=1.500";
    QTest::addRow("week to D no working day") << "2026-11-30" << "week" << "D" << "Sat,Sun"
                                              << "2026-12-05 2026-12-06" << "3" << "NO_WORKING_DAYS";
    QTest::addRow("week to D zero") << "2026-11-30" << "week" << "D" << "Mon,Fri" << "" << "0"
                                    << "2026-11-30=0.000 2026-12-04=0.000";

    // A week straddling two months at an M plant.
    QTest::addRow("straddling week 1:4") << "2026-11-30" << "week" << "M" << "Mon-Fri" << "" << "10"
                                         << "2026-11-01=2.000 2026-12-01=8.000";
    QTest::addRow("straddling week across the year 4:1") << "2026-12-28" << "week" << "M" << "Mon-Fri" << "" << "10"
                                                         << "2026-12-01=8.000 2027-01-01=2.000";
    QTest::addRow("straddling week, holiday empties january")
        << "2026-12-28" << "week" << "M" << "Mon-Fri" << "2027-01-01" << "10" << "2026-12-01=10.000";
    QTest::addRow("straddling week, holidays empty december")
        << "2026-12-28" << "week" << "M" << "Mon-Fri" << "2026-12-28 2026-12-29 2026-12-30 2026-12-31" << "10"
        << "2027-01-01=10.000";
    QTest::addRow("straddling week, weekend in the later month")
        << "2026-12-28" << "week" << "M" << "Sat,Sun" << "" << "10" << "2027-01-01=10.000";
    QTest::addRow("straddling week, no working day")
        << "2026-12-28" << "week" << "M" << "Mon-Fri" << "2026-12-28 2026-12-29 2026-12-30 2026-12-31 2027-01-01"
        << "10" << "NO_WORKING_DAYS";
    QTest::addRow("largest remainder goes to the larger remainder (earlier)")
        << "2026-11-30" << "week" << "M" << "Mon-Fri" << "" << "0.003" << "2026-11-01=0.001 2026-12-01=0.002";
    QTest::addRow("largest remainder goes to the larger remainder (later)")
        << "2026-12-28" << "week" << "M" << "Mon-Fri" << "" << "0.003" << "2026-12-01=0.002 2027-01-01=0.001";
    QTest::addRow("tie goes to the earlier month") << "2026-11-30" << "week" << "M" << "Mon,Sun" << "" << "0.001"
                                                   << "2026-11-01=0.001 2026-12-01=0.000";
    QTest::addRow("tie, odd total") << "2026-11-30" << "week" << "M" << "Mon,Sun" << "" << "1.001"
                                    << "2026-11-01=0.501 2026-12-01=0.500";
    QTest::addRow("straddling week zero") << "2026-11-30" << "week" << "M" << "Mon-Fri" << "" << "0"
                                          << "2026-11-01=0.000 2026-12-01=0.000";

    // A month split into ISO weeks: the first W period starts in the previous month.
    QTest::addRow("month to W by working days 4-5-5-5-4")
        << "2026-12-01" << "month" << "W" << "Mon-Fri" << "" << "23"
        << "2026-11-30=4.000 2026-12-07=5.000 2026-12-14=5.000 2026-12-21=5.000 2026-12-28=4.000";
    QTest::addRow("month to W with holidays")
        << "2026-12-01" << "month" << "W" << "Mon-Fri" << "2026-12-24 2026-12-25 2026-12-31" << "1"
        << "2026-11-30=0.200 2026-12-07=0.250 2026-12-14=0.250 2026-12-21=0.150 2026-12-28=0.150";
    QTest::addRow("month to W remainders, ties to earlier weeks")
        << "2026-12-01" << "month" << "W" << "Mon-Fri" << "" << "0.007"
        << "2026-11-30=0.001 2026-12-07=0.002 2026-12-14=0.002 2026-12-21=0.001 2026-12-28=0.001";
    QTest::addRow("month to W skips a week without working days")
        << "2026-11-01" << "month" << "W" << "Mon-Fri" << "" << "21"
        << "2026-11-02=5.000 2026-11-09=5.000 2026-11-16=5.000 2026-11-23=5.000 2026-11-30=1.000";
    QTest::addRow("month to W, a sunday alone counts when worked")
        << "2026-11-01" << "month" << "W" << "all" << "" << "30"
        << "2026-10-26=1.000 2026-11-02=7.000 2026-11-09=7.000 2026-11-16=7.000 2026-11-23=7.000 "
           "2026-11-30=1.000";
    QTest::addRow("month to W four whole weeks") << "2027-02-01" << "month" << "W" << "Mon-Fri" << "" << "2"
                                                 << "2027-02-01=0.500 2027-02-08=0.500 2027-02-15=0.500 "
                                                    "2027-02-22=0.500";
    QTest::addRow("month to W, one working week") << "2026-12-01" << "month" << "W" << "Mon-Fri"
                                                  << "2026-12-01 2026-12-02 2026-12-03 2026-12-04 2026-12-07 "
                                                     "2026-12-08 2026-12-09 2026-12-10 2026-12-11 2026-12-14 "
                                                     "2026-12-15 2026-12-16 2026-12-17 2026-12-18 2026-12-28 "
                                                     "2026-12-29 2026-12-30 2026-12-31"
                                                  << "9" << "2026-12-21=9.000";
    QTest::addRow("month to W no working day") << "2026-12-01" << "month" << "W" << "none" << "" << "9"
                                               << "NO_WORKING_DAYS";
    QTest::addRow("month to W zero") << "2027-02-01" << "month" << "W" << "Mon-Fri" << "" << "0"
                                     << "2027-02-01=0.000 2027-02-08=0.000 2027-02-15=0.000 2027-02-22=0.000";
    QTest::addRow("month to D, weekend holidays change nothing") << "2026-12-01" << "month" << "D" << "Mon-Fri"
                                               << "2026-12-05 2026-12-06"
                                               << "0.023" << "";
    QTest::addRow("month to D none") << "2026-12-01" << "month" << "D" << "none" << "" << "1"
                                     << "NO_WORKING_DAYS";
    QTest::addRow("last month of the calendar to W")
        << "9999-12-01" << "month" << "W" << "Mon-Fri" << "" << "23"
        << "9999-11-29=3.000 9999-12-06=5.000 9999-12-13=5.000 9999-12-20=5.000 9999-12-27=5.000";
}

void TestPeriodSplitter::split()
{
    QFETCH(QString, start);
    QFETCH(QString, bucket);
    QFETCH(QString, plant);
    QFETCH(QString, workdays);
    QFETCH(QString, holidays);
    QFETCH(QString, quantity);
    QFETCH(QString, expected);

    std::vector<PeriodPart> parts {{day("2000-01-01"), Decimal::fromThousandths(1)}}; // must be cleared
    const bool ok = splitBucket(day(start), periodType(bucket), periodType(plant), calendarFrom(workdays, holidays),
                                ::quantity(quantity), parts);
    if (expected.isEmpty()) { // only the sum is checked (the row is about something else)
        QVERIFY(ok);
        std::int64_t sum = 0;
        for (const auto &p : parts)
            sum += p.quantity.thousandths();
        QCOMPARE(sum, ::quantity(quantity).thousandths());
        return;
    }
    QCOMPARE(describe(ok, parts), expected);
}

void TestPeriodSplitter::monthToDays()
{
    // February 2026 starts on a Sunday: 20 working days Mon-Fri, one part each.
    const PlantCalendar weekdays = calendarFrom(QStringLiteral("Mon-Fri"), QString());
    std::vector<PeriodPart> parts;
    QVERIFY(splitBucket(day(QStringLiteral("2026-02-01")), PeriodType::Month, PeriodType::Day, weekdays,
                        Decimal::fromThousandths(10), parts));
    QCOMPARE(parts.size(), std::size_t(20));
    for (std::size_t i = 0; i < parts.size(); ++i) {
        QVERIFY(weekdays.isWorkingDay(parts[i].periodStart));
        QCOMPARE(parts[i].periodStart.month(), 2);
        QCOMPARE(parts[i].quantity.thousandths(), std::int64_t(i < 10 ? 1 : 0)); // ties to the earliest days
        if (i)
            QVERIFY(parts[i - 1].periodStart < parts[i].periodStart);
    }
    QCOMPARE(parts.front().periodStart, day(QStringLiteral("2026-02-02")));
    QCOMPARE(parts.back().periodStart, day(QStringLiteral("2026-02-27")));

    // Zero quantity: still one 0.000 part per working day; holidays get none.
    const PlantCalendar withHoliday = calendarFrom(QStringLiteral("Mon-Fri"), QStringLiteral("2026-02-16"));
    QVERIFY(splitBucket(day(QStringLiteral("2026-02-01")), PeriodType::Month, PeriodType::Day, withHoliday,
                        Decimal(), parts));
    QCOMPARE(parts.size(), std::size_t(19));
    for (const auto &p : parts) {
        QCOMPARE(p.quantity.thousandths(), std::int64_t(0));
        QVERIFY(p.periodStart != day(QStringLiteral("2026-02-16")));
    }

    // The maximum over 31 working days adds up exactly.
    const PlantCalendar everyDay = calendarFrom(QStringLiteral("all"), QString());
    QVERIFY(splitBucket(day(QStringLiteral("2026-12-01")), PeriodType::Month, PeriodType::Day, everyDay,
                        Decimal::fromThousandths(Decimal::MaxThousandths), parts));
    QCOMPARE(parts.size(), std::size_t(31));
    std::int64_t sum = 0;
    for (const auto &p : parts)
        sum += p.quantity.thousandths();
    QCOMPARE(sum, Decimal::MaxThousandths);
}

void TestPeriodSplitter::apportion_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addRow("even") << qint64(10) << QList<int> {1, 1} << QList<qint64> {5, 5};
    QTest::addRow("tie to the first") << qint64(1) << QList<int> {1, 1, 1} << QList<qint64> {1, 0, 0};
    QTest::addRow("two ties") << qint64(2) << QList<int> {1, 1, 1} << QList<qint64> {1, 1, 0};
    QTest::addRow("larger remainder first") << qint64(1) << QList<int> {2, 1} << QList<qint64> {1, 0};
    QTest::addRow("larger remainder later") << qint64(1) << QList<int> {1, 2} << QList<qint64> {0, 1};
    QTest::addRow("thirds of ten") << qint64(10) << QList<int> {3, 3, 3} << QList<qint64> {4, 3, 3};
    QTest::addRow("zero") << qint64(0) << QList<int> {4, 5} << QList<qint64> {0, 0};
    QTest::addRow("single") << qint64(7) << QList<int> {3} << QList<qint64> {7};
    QTest::addRow("maximum by weights") << qint64(Decimal::MaxThousandths) << QList<int> {1, 2, 3, 31}
                                        << QList<qint64> {270270270270, 540540540540, 810810810811,
                                                          8378378378378};
}

void TestPeriodSplitter::apportion()
{
    QFETCH(qint64, total);
    QFETCH(QList<int>, weights);
    QFETCH(QList<qint64>, expected);
    const auto shares = planbridge::apportion(total, std::vector<int>(weights.begin(), weights.end()));
    QCOMPARE(QList<qint64>(shares.begin(), shares.end()), expected);
}

// Every bucket of 2026-2027 of every type to every plant type, over several calendars and quantities:
// parts add up exactly, land on aligned, ascending, distinct periods, and exist exactly for the
// periods that have a working day inside the bucket.
void TestPeriodSplitter::partsAlwaysAddUp()
{
    const std::vector<PlantCalendar> calendars = {
        calendarFrom(QStringLiteral("Mon-Fri"), QStringLiteral("2026-12-25 2027-01-01 2026-05-01")),
        calendarFrom(QStringLiteral("Tue,Sat"), QString()),
        calendarFrom(QStringLiteral("Sun"), QStringLiteral("2026-03-01")),
        calendarFrom(QStringLiteral("all"), QString()),
    };
    const std::int64_t quantities[] = {0, 1, 7, 1001, 12345678, Decimal::MaxThousandths};
    const PeriodType types[] = {PeriodType::Day, PeriodType::Week, PeriodType::Month};
    std::vector<PeriodPart> parts;
    int checked = 0;
    for (PeriodType bucket : types) {
        for (Date start = day(QStringLiteral("2026-01-01")); start <= day(QStringLiteral("2027-12-31"));
             start = start.addDays(1)) {
            if (!isAlignedStart(start, bucket))
                continue;
            const Date last = Date::fromDayNumber(std::int32_t(bucketLastDay(start, bucket)));
            for (PeriodType plant : types) {
                const bool whole = periodStartOf(start, plant) == periodStartOf(last, plant);
                for (const PlantCalendar &calendar : calendars) {
                    std::set<std::int32_t> workedPeriods;
                    for (Date d = start; d <= last; d = d.addDays(1))
                        if (calendar.isWorkingDay(d))
                            workedPeriods.insert(periodStartOf(d, plant).dayNumber());
                    for (std::int64_t q : quantities) {
                        const bool ok = splitBucket(start, bucket, plant, calendar, Decimal::fromThousandths(q), parts);
                        const auto where = [&] {
                            return QStringLiteral("%1 %2 -> %3, calendar %4, quantity %5")
                                .arg(QString::fromStdString(start.toString()))
                                .arg(int(bucket))
                                .arg(int(plant))
                                .arg(&calendar - calendars.data())
                                .arg(q)
                                .toUtf8();
                        };
                        CHECK(ok == (whole || !workedPeriods.empty()));
                        if (!ok)
                            continue;
                        std::int64_t sum = 0;
                        std::set<std::int32_t> periods;
                        for (std::size_t i = 0; i < parts.size(); ++i) {
                            sum += parts[i].quantity.thousandths();
                            CHECK(parts[i].quantity.thousandths() >= 0);
                            CHECK(periodStartOf(parts[i].periodStart, plant) == parts[i].periodStart);
                            CHECK(i == 0 || parts[i - 1].periodStart < parts[i].periodStart);
                            periods.insert(parts[i].periodStart.dayNumber());
                        }
                        CHECK(sum == q);
                        if (whole)
                            CHECK(parts.size() == 1 && parts[0].periodStart == periodStartOf(start, plant));
                        else
                            CHECK(periods == workedPeriods);
                        ++checked;
                    }
                }
            }
        }
    }
    QVERIFY(checked > 10000);
}

QTEST_GUILESS_MAIN(TestPeriodSplitter)
#include "tst_periodsplitter.moc"
