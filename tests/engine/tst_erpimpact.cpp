// The ERP impact of a release: each PIR bucket the version sends compared with what the ERP holds,
// classified as create, change, zero-out or unchanged, with totals by plant, exact to the
// thousandth, and the ERP's buckets the release leaves alone counted apart.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "engine/erpimpact.h"
#include "engine/forecastvalidation.h"
#include "sample/sampledata.h"
#endif

using namespace planbridge;

namespace {

// The sample's PIRs as the ERP would hold them after releasing it unchanged.
std::vector<s4::PirStateItem> heldAfterRelease(const ValidationResult &result)
{
    std::vector<s4::PirStateItem> held;
    const auto mapping = s4::mapToPir(result, {});
    for (const s4::PirHeader &h : mapping->headers) {
        for (const s4::PirItem &i : h.items)
            held.push_back({ h.product, h.plant, h.mrpArea, h.requirementType, h.version, h.requirementPlan,
                h.requirementSegment, i.period, i.periodType, i.quantity, i.unit });
    }
    return held;
}

const ImpactCell *cellOf(const ErpImpact &impact, const std::string &product, const std::string &plant,
    const std::string &period)
{
    for (const ImpactCell &c : impact.cells) {
        if (c.product == product && c.plant == plant && c.period == period)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestErpImpact : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto master = loadMasterData(sampleMasterData());
        QVERIFY(master);
        auto result = validateForecast(*master, sampleVersion(), SampleVersionName, {});
        QVERIFY(result);
        m_result = std::move(*result);
    }

    void anEmptyErpMeansEveryBucketIsCreated()
    {
        const auto impact = computeErpImpact(m_result, {}, {});
        QVERIFY(impact);
        QCOMPARE(impact->cells.size(), std::size_t(10));
        QCOMPARE(impact->totals.creates, std::size_t(10));
        QCOMPARE(impact->totals.changes + impact->totals.zeroOuts + impact->totals.unchanged, std::size_t(0));
        QCOMPARE(impact->untouched, std::size_t(0));
        std::size_t byPlant = 0;
        for (const PlantImpact &p : impact->plants)
            byPlant += p.totals.creates;
        QCOMPARE(byPlant, std::size_t(10));
        // The plants in order, each with its own count: 1710 takes 4 buckets, 1720 2, 1730 4.
        QCOMPARE(impact->plants.size(), std::size_t(3));
        QCOMPARE(impact->plants[0].plant, std::string("1710"));
        QCOMPARE(impact->plants[0].totals.creates, std::size_t(4));
    }

    void theSameStateIsUnchanged()
    {
        const auto impact = computeErpImpact(m_result, {}, heldAfterRelease(m_result));
        QVERIFY(impact);
        QCOMPARE(impact->totals.unchanged, std::size_t(10));
        QCOMPARE(impact->totals.creates + impact->totals.changes + impact->totals.zeroOuts, std::size_t(0));
    }

    void classification_data()
    {
        QTest::addColumn<QString>("held"); // what the ERP holds for FG-1000 @ 1710, December 2026
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("current"); // thousandths
        // The version sends 12400.800 PC for that bucket.
        QTest::addRow("a different quantity is a change") << "12400.000" << "change" << qint64(12'400'000);
        QTest::addRow("a thousandth apart is a change") << "12400.799" << "change" << qint64(12'400'799);
        QTest::addRow("equal after trailing zeros is unchanged") << "12400.8" << "unchanged" << qint64(12'400'800);
        QTest::addRow("zero held is a change") << "0.000" << "change" << qint64(0);
        QTest::addRow("an unreadable quantity counts as nothing held") << "abc" << "change" << qint64(0);
    }

    void classification()
    {
        QFETCH(QString, held);
        QFETCH(QString, kind);
        QFETCH(qint64, current);
        auto state = heldAfterRelease(m_result);
        for (auto &item : state) {
            if (item.product == "FG-1000" && item.plant == "1710" && item.period == "202612")
                item.quantity = held.toStdString();
        }
        const auto impact = computeErpImpact(m_result, {}, state);
        QVERIFY(impact);
        const ImpactCell *cell = cellOf(*impact, "FG-1000", "1710", "202612");
        QVERIFY(cell);
        QCOMPARE(QString::fromLatin1(impactKindName(cell->kind).data()), kind);
        QCOMPARE(cell->intended.thousandths(), std::int64_t(12'400'800));
        QCOMPARE(cell->current.thousandths(), current);
    }

    void sendingZeroOverAHeldQuantityIsAZeroOut()
    {
        // A version whose only record for the bucket is 0 (the planner withdrew the demand).
        const auto master = loadMasterData(sampleMasterData());
        const std::string version = R"({"version_id": "Z", "as_of": "2026-11-26", "bucket": "week", "records": [
            {"item": "FG-1000", "location": "P200", "channel": "RETAIL", "bucket_start": "2026-12-07", "quantity": "0", "uom": "PC"}]})";
        const auto result = validateForecast(*master, version, "z.json", {});
        QVERIFY(result);
        QCOMPARE(result->accepted.size(), std::size_t(1));
        auto held = heldAfterRelease(m_result);
        const auto impact = computeErpImpact(*result, {}, held);
        QVERIFY(impact);
        QCOMPARE(impact->totals.zeroOuts, std::size_t(1));
        // FG-1000 @ 1720 also holds week 53, which this version does not send: left as it is.
        QCOMPARE(impact->untouched, std::size_t(1));
        // Zero over nothing held changes nothing.
        const auto fresh = computeErpImpact(*result, {}, {});
        QCOMPARE(fresh->totals.unchanged, std::size_t(1));
    }

    void anotherPirVersionIsNotCompared()
    {
        auto held = heldAfterRelease(m_result);
        for (auto &item : held)
            item.version = "01"; // a simulation version, not the active 00
        const auto impact = computeErpImpact(m_result, {}, held);
        QVERIFY(impact);
        QCOMPARE(impact->totals.creates, std::size_t(10));
    }

private:
    ValidationResult m_result;
};

QTEST_GUILESS_MAIN(TestErpImpact)
#include "tst_erpimpact.moc"
