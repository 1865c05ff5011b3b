// The result models over the bundled sample: structure (QAbstractItemModelTester), exact cells in
// printed form, resets, and on-demand reads for a million records.
#include "acceptedrecordsmodel.h"
#include "modelprinter.h"
#include "reasoncountmodel.h"
#include "reasontext.h"
#include "rejectsmodel.h"

// moc 6.4 cannot parse GCC 12's <concepts>, which the engine's <compare> pulls in; moc needs none
// of the engine's declarations.
#ifndef Q_MOC_RUN
#include "domain/validationresult.h"
#include "engine/forecastvalidation.h"
#include "sample/sampledata.h"
#endif

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace planbridge;
using namespace planbridge::ui;

class TestResultModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void acceptedRecords();
    void rejects();
    void reasonCounts();
    void resetToEmptyAndBack();
    void sortRoles();
    void reasonDescriptions();
    void localizedDecimals_data();
    void localizedDecimals();
    void millionRecordsAreReadOnDemand();

private:
    ValidationResultPtr m_sample;
};

void TestResultModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto master = loadMasterData(sampleMasterData());
    QVERIFY2(master.ok(), master.ok() ? "" : master.error().message.c_str());
    auto result = validateForecast(*master, sampleVersion(), SampleVersionName, {});
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    m_sample = std::make_shared<const ValidationResult>(std::move(*result));
}

void TestResultModels::acceptedRecords()
{
    AcceptedRecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResult(m_sample);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.columnCount(), int(AcceptedRecordsModel::NumColumns));
    QCOMPARE(printModel(model), QStringLiteral(
        "Item | Location | ERP plant | MRP area | Period type | Period | Period start | Quantity | UoM | Source rows\n"
        "FG-1000 | P100 | 1710 | 1710 | Month | 202611 | 2026-11-01 | 2,881.200 | PC | 0\n"
        "FG-1000 | P100 | 1710 | 1710 | Month | 202612 | 2026-12-01 | 12,400.800 | PC | 0, 1, 4, 22\n"
        "FG-1000 | P200 | 1720 | 1720 | Week | 202650 | 2026-12-07 | 250.000 | PC | 2\n"
        "FG-1000 | P200 | 1720 | 1720 | Week | 202653 | 2026-12-28 | 80.000 | PC | 23\n"
        "FG-1000 | P300 | 1730 | 1730 | Day | 20261221 | 2026-12-21 | 17.500 | PC | 3\n"
        "FG-1000 | P300 | 1730 | 1730 | Day | 20261222 | 2026-12-22 | 17.500 | PC | 3\n"
        "FG-1000 | P300 | 1730 | 1730 | Day | 20261223 | 2026-12-23 | 17.500 | PC | 3\n"
        "FG-1000 | P300 | 1730 | 1730 | Day | 20261224 | 2026-12-24 | 17.500 | PC | 3\n"
        "FG-2000 | P100 | 1710 | 1710 | Month | 202701 | 2027-01-01 | 160.000 | PC | 5\n"
        "RM-300 | P100 | 1710 | 1710 | Month | 202701 | 2027-01-01 | 1,250.000 | KG | 21\n"));
    const QModelIndex quantity = model.index(1, AcceptedRecordsModel::QuantityColumn);
    QCOMPARE(quantity.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(quantity.data(AcceptedRecordsModel::RecordIndexRole).toInt(), 1);
    QVERIFY(model.index(1, AcceptedRecordsModel::SourcesColumn).data(Qt::ToolTipRole).toString().endsWith(
        QStringLiteral("0, 1, 4, 22")));
}

void TestResultModels::rejects()
{
    RejectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_sample);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(printModel(model), QStringLiteral(
        "Row | Reason | Field | Value | Message\n"
        "6 | INSIDE_LEAD_TIME | bucket_start | 2026-11-30 | bucket 2026-11-30 ends 2026-12-06, before the lead time of 21 days has passed (2026-12-17)\n"
        "7 | UNKNOWN_ITEM | item | X-1 | item X-1 is not in master data\n"
        "8 | UNKNOWN_LOCATION | location | P555 | location P555 is not in master data\n"
        "9 | UNKNOWN_CHANNEL | channel | EXPORT | channel EXPORT is not in the master data's channel list\n"
        "10 | ITEM_INACTIVE | item | FG-0900 | item FG-0900 is inactive\n"
        "11 | LOCATION_BLOCKED | location | P900 | location P900 is blocked\n"
        "12 | ITEM_LOCATION_MISSING | location | P200 | item RM-300 has no active item-location at P200\n"
        "13 | UOM_UNCONVERTIBLE | uom | BOX | no conversion from BOX to PC, the base unit of item FG-1000\n"
        "14 | OUTSIDE_HORIZON | bucket_start | 2027-03-01 | bucket 2027-03-01 starts after the horizon of location P300, which ends 2027-02-24\n"
        "15 | SOURCING_MISSING | location | P100 | item RM-400 is bought at P100 but has no supplier\n"
        "16 | DUPLICATE_KEY | bucket_start | 2026-12-07 | duplicate of row 1 for item FG-1000, location P100, channel ONLINE, bucket 2026-12-07\n"
        "17 | NO_WORKING_DAYS | bucket_start | 2026-12-21 | calendar XMAS-SHUTDOWN of location P400 has no working day from 2026-12-21 to 2026-12-27\n"
        "18 | BUCKET_MISALIGNED | bucket_start | 2026-12-02 | bucket_start 2026-12-02 is not a Monday, so it cannot start a week\n"
        "19 | QUANTITY_INVALID | quantity | -5 | quantity -5 is negative\n"
        "20 | MALFORMED | item |  | item is missing\n"));
    const QModelIndex reason = model.index(1, RejectsModel::ReasonColumn);
    QCOMPARE(reason.data(RejectsModel::ReasonCodeRole).toInt(), int(ReasonCode::UnknownItem));
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), reasonDescription(ReasonCode::UnknownItem));
}

void TestResultModels::reasonCounts()
{
    ReasonCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_sample);
    QCOMPARE(model.totalRejects(), 15u);
    QCOMPARE(model.maxCount(), 1u);
    // Every reason once: ties keep the check order.
    QCOMPARE(printModel(model), QStringLiteral(
        "Reason | Rejected rows | Share of rejects\n"
        "MALFORMED | 1 | 6.7 %\n"
        "QUANTITY_INVALID | 1 | 6.7 %\n"
        "BUCKET_MISALIGNED | 1 | 6.7 %\n"
        "UNKNOWN_ITEM | 1 | 6.7 %\n"
        "UNKNOWN_LOCATION | 1 | 6.7 %\n"
        "UNKNOWN_CHANNEL | 1 | 6.7 %\n"
        "ITEM_INACTIVE | 1 | 6.7 %\n"
        "LOCATION_BLOCKED | 1 | 6.7 %\n"
        "ITEM_LOCATION_MISSING | 1 | 6.7 %\n"
        "UOM_UNCONVERTIBLE | 1 | 6.7 %\n"
        "OUTSIDE_HORIZON | 1 | 6.7 %\n"
        "INSIDE_LEAD_TIME | 1 | 6.7 %\n"
        "SOURCING_MISSING | 1 | 6.7 %\n"
        "DUPLICATE_KEY | 1 | 6.7 %\n"
        "NO_WORKING_DAYS | 1 | 6.7 %\n"));
    // The count is a number, not text: the chart's bar mapper reads it.
    QCOMPARE(model.index(0, ReasonCountModel::CountColumn).data().userType(), QMetaType::ULongLong);

    // Uneven counts: most frequent first.
    auto uneven = std::make_shared<ValidationResult>();
    uneven->rejectsByReason[std::size_t(ReasonCode::DuplicateKey)] = 6;
    uneven->rejectsByReason[std::size_t(ReasonCode::UnknownItem)] = 3;
    uneven->rejectsByReason[std::size_t(ReasonCode::Malformed)] = 1;
    model.setResult(uneven);
    QCOMPARE(printModel(model), QStringLiteral(
        "Reason | Rejected rows | Share of rejects\n"
        "DUPLICATE_KEY | 6 | 60.0 %\n"
        "UNKNOWN_ITEM | 3 | 30.0 %\n"
        "MALFORMED | 1 | 10.0 %\n"));
}

void TestResultModels::resetToEmptyAndBack()
{
    AcceptedRecordsModel accepted;
    RejectsModel rejects;
    ReasonCountModel reasons;
    QAbstractItemModelTester t1(&accepted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&rejects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&reasons, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ValidationResultPtr &result : {m_sample, ValidationResultPtr(), m_sample}) {
        accepted.setResult(result);
        rejects.setResult(result);
        reasons.setResult(result);
        QCOMPARE(accepted.rowCount(), result ? 10 : 0);
        QCOMPARE(rejects.rowCount(), result ? 15 : 0);
        QCOMPARE(reasons.rowCount(), result ? 15 : 0);
    }
    QVERIFY(!accepted.index(0, 0).parent().isValid());
    QCOMPARE(accepted.rowCount(accepted.index(0, 0)), 0);
}

void TestResultModels::sortRoles()
{
    AcceptedRecordsModel model;
    model.setResult(m_sample);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(AcceptedRecordsModel::SortRole);
    // Numerically, not as text: "12,400.800" is the largest, "17.500" is not above "160.000".
    proxy.sort(AcceptedRecordsModel::QuantityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, AcceptedRecordsModel::QuantityColumn).data().toString(), QStringLiteral("12,400.800"));
    QCOMPARE(proxy.index(1, AcceptedRecordsModel::QuantityColumn).data().toString(), QStringLiteral("2,881.200"));
    QCOMPARE(proxy.index(9, AcceptedRecordsModel::QuantityColumn).data().toString(), QStringLiteral("17.500"));
    proxy.sort(AcceptedRecordsModel::PeriodStartColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AcceptedRecordsModel::PeriodStartColumn).data().toString(), QStringLiteral("2026-11-01"));
}

void TestResultModels::reasonDescriptions()
{
    for (int i = 0; i < ReasonCodeCount; ++i) {
        const auto code = static_cast<ReasonCode>(i);
        QVERIFY(!reasonDescription(code).isEmpty());
        QCOMPARE(reasonCodeText(code), QString::fromLatin1(reasonCodeName(code)));
    }
}

void TestResultModels::localizedDecimals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("expected");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::addRow("en zero") << en << "0.000" << "0.000";
    QTest::addRow("en three digits") << en << "999.500" << "999.500";
    QTest::addRow("en four digits") << en << "1000.000" << "1,000.000";
    QTest::addRow("en maximum") << en << "9999999999.999" << "9,999,999,999.999";
    QTest::addRow("de") << de << "12400.800" << "12.400,800";
    QTest::addRow("de beyond int64") << de << "170141183460469231731687303715884105.727"
                                     << "170.141.183.460.469.231.731.687.303.715.884.105,727";
    QTest::addRow("c locale") << QLocale::c() << "12400.800" << "12400.800";
    QTest::addRow("no fraction") << en << "1234" << "1,234";
    QTest::addRow("negative") << en << "-1234.500" << "-1,234.500";
}

void TestResultModels::localizedDecimals()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, exact);
    QFETCH(QString, expected);
    const QLocale previous;
    QLocale::setDefault(locale);
    const QString actual = localizedDecimal(exact.toStdString());
    QLocale::setDefault(previous);
    QCOMPARE(actual, expected);
}

void TestResultModels::millionRecordsAreReadOnDemand()
{
    constexpr std::uint32_t Count = 1'000'000;
    auto big = std::make_shared<ValidationResult>();
    big->items.push_back({"FG-1", "PC"});
    big->locations.push_back({"P100", "1710", "1710", PeriodType::Day});
    big->accepted.resize(Count);
    big->sources.resize(Count);
    for (std::uint32_t i = 0; i < Count; ++i) {
        big->accepted[i] = {0, 0, Date::fromDayNumber(20000 + std::int32_t(i % 3000)), Int128(i) * 1000, i, 1};
        big->sources[i] = i;
    }
    AcceptedRecordsModel model;
    QElapsedTimer timer;
    timer.start();
    model.setResult(big);
    QCOMPARE(model.rowCount(), int(Count));
    QCOMPARE(model.index(int(Count) - 1, AcceptedRecordsModel::QuantityColumn).data().toString(),
             QStringLiteral("999,999.000"));
    QCOMPARE(model.index(int(Count) - 1, AcceptedRecordsModel::SourcesColumn).data().toString(),
             QStringLiteral("999999"));
    // Nothing is copied or converted up front, so this is instant even in a debug build.
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestResultModels)
#include "tst_resultmodels.moc"
