// Dates, ISO weeks, period labels and starts, bucket ends and plant calendars.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "domain/calendar.h"
#include "domain/date.h"
#include "domain/period.h"

using namespace planbridge;

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

Date day(const char *text)
{
    const auto d = Date::parse(text);
    if (!d)
        qFatal("bad fixture date %s", text);
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

} // namespace

class TestDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rangeLimits();
    void weekday_data();
    void weekday();
    void isoWeek_data();
    void isoWeek();
    void leapYears();
    void periodLabel_data();
    void periodLabel();
    void periodStart_data();
    void periodStart();
    void alignment_data();
    void alignment();
    void bucketLastDay_data();
    void bucketLastDay();
    void names();
    void calendar();
};

void TestDate::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    const char *valid[] = {"2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30", "0001-01-01", "9999-12-31",
                           "1970-01-01", "2026-01-31"};
    for (const char *t : valid)
        QTest::addRow("valid %s", t) << QByteArray(t) << true;

    const char *invalid[] = {
        "2025-02-29", "1900-02-29", "2100-02-29", "2026-02-30", "2026-04-31", "2026-06-31", "2026-13-01",
        "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "2026-1-01", "2026-01-1", "26-01-01",
        "2026-01-011", "12026-01-01", "2026-01-01 ", " 2026-01-01", "2026-01-01T00:00", "2026/01/01",
        "20260101", "2026-01-0a", "+026-01-01", "-026-01-01", "2026--1-01", "2026-+1-01", "", "2026-01-01\n",
        "2026_01_01", "YYYY-MM-DD"};
    for (const char *t : invalid)
        QTest::addRow("invalid '%s'", t) << QByteArray(t) << false;
}

void TestDate::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const auto d = Date::parse(std::string_view(text.constData(), text.size()));
    QCOMPARE(d.has_value(), valid);
    if (!d)
        return;
    QVERIFY(d->isValid());
    QCOMPARE(qs(d->toString()), QString::fromLatin1(text));
    QCOMPARE(qs(d->compactString()), QString::fromLatin1(text).remove(QLatin1Char('-')));
    QCOMPARE(d->year(), text.left(4).toInt());
    QCOMPARE(d->month(), text.mid(5, 2).toInt());
    QCOMPARE(d->day(), text.mid(8, 2).toInt());
    QCOMPARE(Date::fromYmd(d->year(), d->month(), d->day()), d);
}

void TestDate::rangeLimits()
{
    QCOMPARE(qs(Date::min().toString()), QStringLiteral("0001-01-01"));
    QCOMPARE(qs(Date::max().toString()), QStringLiteral("9999-12-31"));
    QVERIFY(!Date::fromYmd(0, 12, 31));
    QVERIFY(!Date::fromYmd(10000, 1, 1));
    QVERIFY(!Date::min().addDays(-1).isValid());
    QVERIFY(!Date::max().addDays(1).isValid());
    QCOMPARE(day("1970-01-01").dayNumber(), 0);
    QCOMPARE(day("2026-12-31").addDays(1), day("2027-01-01"));
    QCOMPARE(day("2024-02-28").addDays(1), day("2024-02-29"));
    QVERIFY(day("2026-11-30") < day("2026-12-01"));
    QCOMPARE(day("2026-11-26").plusDays(365), std::int64_t(day("2027-11-26").dayNumber()));
}

void TestDate::weekday_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("weekday");
    QTest::addRow("epoch thursday") << QByteArray("1970-01-01") << 3;
    QTest::addRow("monday") << QByteArray("2026-11-30") << 0;
    QTest::addRow("leap day thursday") << QByteArray("2024-02-29") << 3;
    QTest::addRow("y2k saturday") << QByteArray("2000-01-01") << 5;
    QTest::addRow("sunday") << QByteArray("2026-12-27") << 6;
    QTest::addRow("first day monday") << QByteArray("0001-01-01") << 0;
    QTest::addRow("last day friday") << QByteArray("9999-12-31") << 4;
    QTest::addRow("before epoch") << QByteArray("1969-12-31") << 2;
}

void TestDate::weekday()
{
    QFETCH(QByteArray, date);
    QFETCH(int, weekday);
    QCOMPARE(day(date.constData()).weekday(), weekday);
}

void TestDate::isoWeek_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("week");
    QTest::addRow("2024-12-30 is 2025 W01") << QByteArray("2024-12-30") << 2025 << 1;
    QTest::addRow("2027-01-01 is 2026 W53") << QByteArray("2027-01-01") << 2026 << 53;
    QTest::addRow("2020-12-31 is 2020 W53") << QByteArray("2020-12-31") << 2020 << 53;
    QTest::addRow("2021-01-03 is 2020 W53") << QByteArray("2021-01-03") << 2020 << 53;
    QTest::addRow("2021-01-04 is 2021 W01") << QByteArray("2021-01-04") << 2021 << 1;
    QTest::addRow("2026-01-01 is 2026 W01") << QByteArray("2026-01-01") << 2026 << 1;
    QTest::addRow("2025-12-29 is 2026 W01") << QByteArray("2025-12-29") << 2026 << 1;
    QTest::addRow("2026-12-28 is 2026 W53") << QByteArray("2026-12-28") << 2026 << 53;
    QTest::addRow("2027-01-03 is 2026 W53") << QByteArray("2027-01-03") << 2026 << 53;
    QTest::addRow("2027-01-04 is 2027 W01") << QByteArray("2027-01-04") << 2027 << 1;
    QTest::addRow("2008-12-29 is 2009 W01") << QByteArray("2008-12-29") << 2009 << 1;
    QTest::addRow("2010-01-03 is 2009 W53") << QByteArray("2010-01-03") << 2009 << 53;
    QTest::addRow("2000-01-01 is 1999 W52") << QByteArray("2000-01-01") << 1999 << 52;
    QTest::addRow("2026-11-30 is 2026 W49") << QByteArray("2026-11-30") << 2026 << 49;
    QTest::addRow("0001-01-01 is 0001 W01") << QByteArray("0001-01-01") << 1 << 1;
    QTest::addRow("9999-12-31 is 9999 W52") << QByteArray("9999-12-31") << 9999 << 52;
}

void TestDate::isoWeek()
{
    QFETCH(QByteArray, date);
    QFETCH(int, year);
    QFETCH(int, week);
    const IsoWeek w = planbridge::isoWeek(day(date.constData()));
    QCOMPARE(w.year, year);
    QCOMPARE(w.week, week);
}

void TestDate::leapYears()
{
    QVERIFY(isLeapYear(2024));
    QVERIFY(isLeapYear(2000));
    QVERIFY(!isLeapYear(1900));
    QVERIFY(!isLeapYear(2025));
    QCOMPARE(daysInMonth(2024, 2), 29);
    QCOMPARE(daysInMonth(2025, 2), 28);
    QCOMPARE(daysInMonth(2026, 4), 30);
    QCOMPARE(daysInMonth(2026, 12), 31);
}

void TestDate::periodLabel_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label");
    QTest::addRow("D") << QByteArray("2026-11-30") << "D" << "20261130";
    QTest::addRow("D first day") << QByteArray("0001-01-01") << "D" << "00010101";
    QTest::addRow("W 2024-12-30") << QByteArray("2024-12-30") << "W" << "202501";
    QTest::addRow("W 2026-12-28") << QByteArray("2026-12-28") << "W" << "202653";
    QTest::addRow("W 2020-12-28") << QByteArray("2020-12-28") << "W" << "202053";
    QTest::addRow("W 2026-01-05") << QByteArray("2026-01-05") << "W" << "202602";
    QTest::addRow("W 2025-12-29") << QByteArray("2025-12-29") << "W" << "202601";
    QTest::addRow("W 0001-01-01") << QByteArray("0001-01-01") << "W" << "000101";
    QTest::addRow("M December") << QByteArray("2026-12-01") << "M" << "202612";
    QTest::addRow("M January") << QByteArray("2027-01-01") << "M" << "202701";
    QTest::addRow("M first") << QByteArray("0001-01-01") << "M" << "000101";
    QTest::addRow("M last") << QByteArray("9999-12-01") << "M" << "999912";
}

void TestDate::periodLabel()
{
    QFETCH(QByteArray, start);
    QFETCH(QString, type);
    QFETCH(QString, label);
    QCOMPARE(qs(planbridge::periodLabel(day(start.constData()), periodType(type))), label);
}

void TestDate::periodStart_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("D identity") << QByteArray("2026-12-05") << "D" << QByteArray("2026-12-05");
    QTest::addRow("W monday") << QByteArray("2026-11-30") << "W" << QByteArray("2026-11-30");
    QTest::addRow("W sunday") << QByteArray("2026-12-27") << "W" << QByteArray("2026-12-21");
    QTest::addRow("W previous year") << QByteArray("2027-01-01") << "W" << QByteArray("2026-12-28");
    QTest::addRow("W previous month") << QByteArray("2026-12-01") << "W" << QByteArray("2026-11-30");
    QTest::addRow("M leap day") << QByteArray("2024-02-29") << "M" << QByteArray("2024-02-01");
    QTest::addRow("M first") << QByteArray("2026-12-01") << "M" << QByteArray("2026-12-01");
    QTest::addRow("M last") << QByteArray("2026-12-31") << "M" << QByteArray("2026-12-01");
}

void TestDate::periodStart()
{
    QFETCH(QByteArray, date);
    QFETCH(QString, type);
    QFETCH(QByteArray, start);
    QCOMPARE(qs(periodStartOf(day(date.constData()), periodType(type)).toString()), QString::fromLatin1(start));
}

void TestDate::alignment_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("aligned");
    QTest::addRow("day any") << QByteArray("2026-12-05") << "day" << true;
    QTest::addRow("week monday") << QByteArray("2026-11-30") << "week" << true;
    QTest::addRow("week tuesday") << QByteArray("2026-12-01") << "week" << false;
    QTest::addRow("week sunday") << QByteArray("2026-12-06") << "week" << false;
    QTest::addRow("month first") << QByteArray("2026-12-01") << "month" << true;
    QTest::addRow("month second") << QByteArray("2026-12-02") << "month" << false;
    QTest::addRow("month monday") << QByteArray("2026-11-30") << "month" << false;
}

void TestDate::alignment()
{
    QFETCH(QByteArray, date);
    QFETCH(QString, bucket);
    QFETCH(bool, aligned);
    QCOMPARE(isAlignedStart(day(date.constData()), periodType(bucket)), aligned);
}

void TestDate::bucketLastDay_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<qint64>("daysAfterStart");
    QTest::addRow("day") << QByteArray("2026-12-05") << "day" << qint64(0);
    QTest::addRow("week to sunday") << QByteArray("2026-11-30") << "week" << qint64(6);
    QTest::addRow("week across the year") << QByteArray("2026-12-28") << "week" << qint64(6);
    QTest::addRow("month of 31") << QByteArray("2026-12-01") << "month" << qint64(30);
    QTest::addRow("month of 30") << QByteArray("2026-11-01") << "month" << qint64(29);
    QTest::addRow("leap february") << QByteArray("2024-02-01") << "month" << qint64(28);
    QTest::addRow("common february") << QByteArray("2025-02-01") << "month" << qint64(27);
    QTest::addRow("last day") << QByteArray("9999-12-31") << "day" << qint64(0);
    QTest::addRow("last month") << QByteArray("9999-12-01") << "month" << qint64(30);
    QTest::addRow("week past the calendar") << QByteArray("9999-12-27") << "week" << qint64(6);
}

void TestDate::bucketLastDay()
{
    QFETCH(QByteArray, start);
    QFETCH(QString, bucket);
    QFETCH(qint64, daysAfterStart);
    const Date d = day(start.constData());
    QCOMPARE(qint64(planbridge::bucketLastDay(d, periodType(bucket))), qint64(d.dayNumber()) + daysAfterStart);
}

void TestDate::names()
{
    QCOMPARE(parseBucketName("day"), std::optional(PeriodType::Day));
    QCOMPARE(parseBucketName("week"), std::optional(PeriodType::Week));
    QCOMPARE(parseBucketName("month"), std::optional(PeriodType::Month));
    for (const char *bad : {"Day", "WEEK", "weekly", "", "D", "months", " day"})
        QVERIFY2(!parseBucketName(bad), bad);
    QCOMPARE(parsePeriodLetter("D"), std::optional(PeriodType::Day));
    QCOMPARE(parsePeriodLetter("W"), std::optional(PeriodType::Week));
    QCOMPARE(parsePeriodLetter("M"), std::optional(PeriodType::Month));
    for (const char *bad : {"d", "w", "Q", "", "DW", "day"})
        QVERIFY2(!parsePeriodLetter(bad), bad);
    for (PeriodType t : {PeriodType::Day, PeriodType::Week, PeriodType::Month}) {
        QCOMPARE(parseBucketName(bucketName(t)), std::optional(t));
        QCOMPARE(parsePeriodLetter(periodLetter(t)), std::optional(t));
    }
}

void TestDate::calendar()
{
    const PlantCalendar standard; // Mon-Fri, no holidays
    QVERIFY(standard.isWorkingDay(day("2026-11-30")));
    QVERIFY(standard.isWorkingDay(day("2026-12-04")));
    QVERIFY(!standard.isWorkingDay(day("2026-12-05")));
    QVERIFY(!standard.isWorkingDay(day("2026-12-06")));
    QCOMPARE(standard.workingDays(day("2026-12-01"), day("2026-12-31")), 23);

    // Holidays given unsorted and repeated; Saturday is a workday, Monday is not.
    const PlantCalendar custom("DE", {false, true, true, true, true, true, false},
                               {day("2027-01-01"), day("2026-12-25"), day("2027-01-01")});
    QCOMPARE(qs(custom.name()), QStringLiteral("DE"));
    QVERIFY(!custom.isWorkingDay(day("2026-12-25")));
    QVERIFY(!custom.isWorkingDay(day("2027-01-01")));
    QVERIFY(!custom.isWorkingDay(day("2026-12-28")));
    QVERIFY(custom.isWorkingDay(day("2026-12-26")));
    QCOMPARE(custom.workingDays(day("2026-12-28"), day("2027-01-03")), 4);
    QCOMPARE(custom.workingDays(day("2026-12-05"), day("2026-12-05")), 1);

    const PlantCalendar none("NONE", {}, {});
    QCOMPARE(none.workingDays(day("2026-01-01"), day("2026-12-31")), 0);
}

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
