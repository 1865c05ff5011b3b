// The simulated planning system's key-figure read: $select levels and aggregation, $filter,
// paging and counts, and strict errors, as IBP's planning-data service behaves.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "sandbox/planning/planningstore.h"
#endif

using namespace planbridge;
using namespace planbridge::sandbox;

namespace {

PlanningRow row(const char *p, const char *l, const char *c, const char *period, std::int64_t thousandths)
{
    return {p, l, c, std::string(period) + "T00:00:00", "PC", thousandths};
}

void seed(PlanningStore &s)
{
    s.addVersion({"V1", "Consensus", "2026-11-26", "week", "high",
                  {row("FG-2", "P1", "RETAIL", "2026-11-30", 1500), row("FG-1", "P1", "RETAIL", "2026-11-30", 1000),
                   row("FG-1", "P1", "ONLINE", "2026-11-30", 250), row("FG-1", "P2", "RETAIL", "2026-12-07", 2000),
                   row("FG-1", "P1", "RETAIL", "2026-12-07", 3001)}});
}

KeyFigureQuery parse(const char *select, const char *filter, const char *top = "", const char *skip = "")
{
    auto q = parseKeyFigureQuery(select, filter, top, skip, "allpages", "json");
    if (!q)
        qFatal("%s", q.error().message.c_str());
    return *q;
}

QString print(const PlanningPage &page)
{
    QStringList lines;
    for (const auto &r : page.rows) {
        QStringList cells;
        for (const auto &c : r)
            cells << QString::fromStdString(c);
        lines << cells.join('|');
    }
    return QString::number(page.totalCount) + ":" + lines.join(';');
}

} // namespace

class TestPlanningStore : public QObject
{
    Q_OBJECT

private slots:
    void queries_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::addRow("finest level, sorted")
            << "PRDID,LOCID,CUSTID,PERIODID4_TSTAMP,CONSENSUSDEMAND" << ""
            << "5:FG-1|P1|ONLINE|2026-11-30T00:00:00|0.250;FG-1|P1|RETAIL|2026-11-30T00:00:00|1.000;"
               "FG-1|P1|RETAIL|2026-12-07T00:00:00|3.001;FG-1|P2|RETAIL|2026-12-07T00:00:00|2.000;"
               "FG-2|P1|RETAIL|2026-11-30T00:00:00|1.500";
        QTest::addRow("customer not selected: summed across channels")
            << "PRDID,LOCID,PERIODID4_TSTAMP,CONSENSUSDEMAND" << "PRDID eq 'FG-1' and LOCID eq 'P1'"
            << "2:FG-1|P1|2026-11-30T00:00:00|1.250;FG-1|P1|2026-12-07T00:00:00|3.001";
        QTest::addRow("product level") << "PRDID,CONSENSUSDEMAND" << ""
                                       << "2:FG-1|6.251;FG-2|1.500";
        QTest::addRow("time filter") << "PRDID,LOCID,CONSENSUSDEMAND" << "PERIODID4_TSTAMP ge datetime'2026-12-01T00:00:00'"
                                     << "2:FG-1|P1|3.001;FG-1|P2|2.000";
        QTest::addRow("ne and quoted quote") << "CUSTID" << "CUSTID ne 'O''NLINE' and CUSTID ne 'ONLINE'"
                                             << "1:RETAIL";
        QTest::addRow("attributes only") << "LOCID" << "" << "2:P1;P2";
        QTest::addRow("version attribute") << "VERSIONID,CONSENSUSDEMAND" << "VERSIONID eq 'V1'" << "1:V1|7.751";
    }

    void queries()
    {
        QFETCH(QString, select);
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        PlanningStore s;
        seed(s);
        const auto page = s.query("V1", parse(select.toUtf8().constData(), filter.toUtf8().constData()));
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
        QCOMPARE(print(*page), expected);
    }

    void pagingCoversEveryRowOnce()
    {
        PlanningStore s;
        seed(s);
        QStringList seen;
        for (int skip = 0; skip < 10; skip += 2) {
            const auto page = s.query("V1", parse("PRDID,LOCID,CUSTID,PERIODID4_TSTAMP", "", "2",
                                                  std::to_string(skip).c_str()));
            QCOMPARE(page->totalCount, std::size_t(5));
            for (const auto &r : page->rows)
                seen << QString::fromStdString(r[0] + r[1] + r[2] + r[3]);
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 5);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("top");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown property") << "PRDID,COLOUR" << "" << "" << "V1" << "COLOUR";
        QTest::addRow("wrong period level") << "PERIODID3_TSTAMP" << "" << "" << "V1" << "PERIODID3_TSTAMP";
        QTest::addRow("or") << "" << "PRDID eq 'A' or PRDID eq 'B'" << "" << "V1" << "and";
        QTest::addRow("bad operator") << "" << "PRDID like 'A'" << "" << "V1" << "operator";
        QTest::addRow("unterminated") << "" << "PRDID eq 'A" << "" << "V1" << "unterminated";
        QTest::addRow("bad top") << "" << "" << "-1" << "V1" << "$top";
        QTest::addRow("unknown version") << "" << "" << "" << "V9" << "V9";
        QTest::addRow("filter on key figure") << "" << "CONSENSUSDEMAND gt '1'" << "" << "V1" << "CONSENSUSDEMAND";
    }

    void errors()
    {
        QFETCH(QString, select);
        QFETCH(QString, filter);
        QFETCH(QString, top);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        PlanningStore s;
        seed(s);
        auto q = parseKeyFigureQuery(select.toStdString(), filter.toStdString(), top.toStdString(), "", "", "");
        std::string message;
        if (!q) {
            message = q.error().message;
        } else {
            const auto page = s.query(version.toStdString(), *q);
            QVERIFY(!page.ok());
            message = page.error().message;
        }
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }

    void seedsFromACanonicalVersion()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("version.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version_id": "DP-1", "as_of": "2026-11-26", "bucket": "month", "records": [
            {"item": "FG-1", "location": "P1", "channel": "RETAIL", "bucket_start": "2026-12-01", "quantity": 12.5, "uom": "PC"},
            {"item": " FG-2 ", "location": "P1", "channel": "RETAIL", "bucket_start": "2026-12-01", "quantity": "0.001", "uom": "PC"},
            {"item": "FG-3", "location": "P1", "channel": "RETAIL", "bucket_start": "2026-12-01", "quantity": "-1", "uom": "PC"},
            {"location": "P1"}, 7]})");
        f.close();
        std::size_t skipped = 0;
        auto version = loadPlanningVersion(dir.filePath("version.json").toStdString(), skipped);
        QVERIFY(version.ok());
        QCOMPARE(skipped, std::size_t(3));
        PlanningStore s;
        s.addVersion(std::move(*version));
        QCOMPARE(s.catalogue().front().bucket, std::string("month"));
        const auto page = s.query("DP-1", parse("PRDID,PERIODID3_TSTAMP,CONSENSUSDEMAND", ""));
        QCOMPARE(print(*page), QString("2:FG-1|2026-12-01T00:00:00|12.500;FG-2|2026-12-01T00:00:00|0.001"));
        QVERIFY(!loadPlanningVersion(dir.filePath("missing.json").toStdString(), skipped).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlanningStore)
#include "tst_planningstore.moc"
