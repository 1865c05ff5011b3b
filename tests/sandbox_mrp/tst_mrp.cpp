// The sandbox ERP's MRP engine without HTTP: small known scenarios checked exactly (lot sizes, stock,
// safety stock, lead time, weekly limits), firming and re-runs, determinism and conservation.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#ifndef Q_MOC_RUN // moc needs none of these, and cannot parse what they pull in
#include "mrpfixture.h"

#include <map>
#include <set>
#endif

using namespace planbridge;
using namespace planbridge::sandbox;
using namespace planbridge::sandbox::mrptest;

class TestMrp : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data();
    void scenario();
    void coverageOfLateProposal();
    void firmedProposalKeptOnRerun();
    void rerunReplacesProposals();
    void rerunLeavesOtherPlantsAlone();
    void sameContentTwiceGetsTwoNumbers();
    void determinism();
    void conservation();
    void refusedInput_data();
    void refusedInput();
    void firmUnknownDocument();
};

void TestMrp::scenario_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<QString>("demand");
    QTest::addColumn<QString>("proposals");
    QTest::addColumn<QString>("shortages");

    QTest::addRow("lot-for-lot")
        << "make lt=2"
        << "2026-12-07=100 2026-12-14=50.5"
        << "PO FG-1 2026-12-05>2026-12-07 100.000|PO FG-1 2026-12-12>2026-12-14 50.500"
        << "";
    QTest::addRow("same-day demand is summed") << "make lt=2"
                                               << "2026-12-07=60 2026-12-07=40.25"
                                               << "PO FG-1 2026-12-05>2026-12-07 100.250"
                                               << "";
    QTest::addRow("zero demand plans nothing") << "make lt=2"
                                               << "2026-12-07=0"
                                               << ""
                                               << "";
    // 100 → 3 lots of 40 (20 left); 30 − 20 → one lot of 40 (30 left).
    QTest::addRow("fixed lot") << "make lt=2 lot=FX fixed=40"
                               << "2026-12-07=100 2026-12-14=30"
                               << "PO FG-1 2026-12-05>2026-12-07 120.000|PO FG-1 2026-12-12>2026-12-14 40.000"
                               << "";
    // 10 → minimum 50 (40 left); 60 short → 60 rounded up to 75 (15 left); 3 is covered.
    QTest::addRow("minimum lot and rounding")
        << "make lt=2 min=50 round=25"
        << "2026-12-07=10 2026-12-14=100 2026-12-21=3"
        << "PO FG-1 2026-12-05>2026-12-07 50.000|PO FG-1 2026-12-12>2026-12-14 75.000"
        << "";
    QTest::addRow("rounding alone") << "make round=0.5"
                                    << "2026-12-07=1.001"
                                    << "PO FG-1 2026-12-07>2026-12-07 1.500"
                                    << "";
    QTest::addRow("opening stock covers the first periods")
        << "make lt=2 open=150"
        << "2026-12-07=100 2026-12-14=100 2026-12-21=100"
        << "PO FG-1 2026-12-12>2026-12-14 50.000|PO FG-1 2026-12-19>2026-12-21 100.000"
        << "";
    // Below safety stock on the run date: replenished now (late, lead time 3) but stock never
    // drops below zero, so no shortage; then 40 demand keeps 20 in stock.
    QTest::addRow("safety stock")
        << "make lt=3 open=10 safety=20"
        << "2026-12-14=40"
        << "PO FG-1 2026-11-30>2026-12-03 10.000|PO FG-1 2026-12-11>2026-12-14 40.000"
        << "";
    // E = run date + 10 = 12-10: the 12-07 need is planned from today and is 70 short on its date.
    QTest::addRow("lead time pushes the start into the past")
        << "make lt=10 open=30"
        << "2026-12-07=100 2026-12-21=50"
        << "PO FG-1 2026-11-30>2026-12-10 70.000|PO FG-1 2026-12-11>2026-12-21 50.000"
        << "2026-12-07 70.000 lead-time";
    QTest::addRow("demand before the run date") << "buy lt=0 supplier=S1"
                                                << "2026-11-20=5"
                                                << "PR FG-1 2026-11-30>2026-11-30 5.000 S1"
                                                << "2026-11-20 5.000 lead-time";
    // 250 in the week of 12-14 with 100 a week: 100 on the day, 100 on Sunday 12-13, 50 on 12-06.
    QTest::addRow("capacity forces earlier production")
        << "make limit=100"
        << "2026-12-16=250"
        << "PO FG-1 2026-12-06>2026-12-06 50.000|PO FG-1 2026-12-13>2026-12-13 100.000|"
           "PO FG-1 2026-12-16>2026-12-16 100.000"
        << "";
    QTest::addRow("capacity then a shortage")
        << "make lt=2 limit=100"
        << "2026-12-16=350"
        << "PO FG-1 2026-12-04>2026-12-06 100.000|PO FG-1 2026-12-11>2026-12-13 100.000|"
           "PO FG-1 2026-12-14>2026-12-16 100.000"
        << "2026-12-16 50.000 capacity";
    // E = 12-07: the week of 11-30 cannot deliver, so the supplier's 60 a week gives 120 of 150.
    QTest::addRow("buy with a supplier limit")
        << "buy lt=7 supplier=SUP-9 limit=60"
        << "2026-12-14=150"
        << "PR FG-1 2026-12-06>2026-12-13 60.000 SUP-9|PR FG-1 2026-12-07>2026-12-14 60.000 SUP-9"
        << "2026-12-14 30.000 supplier-limit";
    // The shortfall below zero is 20; the safety-stock part of the late quantity is no shortage.
    QTest::addRow("limit shortage counts from zero, not safety stock") << "make safety=10 limit=0 open=10"
                                                                       << "2026-12-07=30"
                                                                       << ""
                                                                       << "2026-12-07 20.000 capacity";
}

void TestMrp::scenario()
{
    QFETCH(QString, material);
    QFETCH(QString, demand);
    QFETCH(QString, proposals);
    QFETCH(QString, shortages);

    const MrpState state = runOrFail(inputFrom(material, demand));
    QCOMPARE(mrptest::proposals(state), split(proposals));
    QCOMPARE(mrptest::shortages(state), split(shortages));
}

void TestMrp::coverageOfLateProposal()
{
    const MrpState state = runOrFail(inputFrom("make lt=10 open=30", "2026-12-07=100 2026-12-21=50"));
    QCOMPARE(coverage(state),
        QStringList({
            "2026-12-07 req=100.000 rec=0.000 avail=-70.000 short=70.000",
            "2026-12-10 req=0.000 rec=70.000 avail=0.000 short=0.000",
            "2026-12-21 req=50.000 rec=50.000 avail=0.000 short=0.000",
        }));
    const MrpCoverageRow &row = state.coverage().front();
    QCOMPARE(qs(row.material + "/" + row.mrpPlant + "/" + row.mrpArea + "/" + row.baseUnit),
        QStringLiteral("FG-1/1710/1710/PC"));
}

void TestMrp::firmedProposalKeptOnRerun()
{
    MrpState state;
    const MrpInput input = inputFrom("make lt=2", "2026-12-07=100 2026-12-14=50.5");
    QVERIFY(state.run(input).ok());
    const auto firmed = state.firmPlannedOrder("0000000001");
    QVERIFY(firmed.ok());
    QVERIFY(firmed->isFirm);

    // Same input: the firmed order is a receipt, the other is replaced by identical content.
    auto summary = state.run(input);
    QVERIFY(summary.ok());
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-05>2026-12-07 100.000 firm",
            "PO 0000000002 FG-1 2026-12-12>2026-12-14 50.500",
        }));
    QCOMPARE(summary->replaced, std::size_t(1));
    QCOMPARE(summary->firmedKept, std::size_t(1));
    QCOMPARE(summary->newNumbers, std::size_t(0));

    // Less demand: the firmed 100 still arrives and covers part of the next week.
    summary = state.run(inputFrom("make lt=2", "2026-12-07=60 2026-12-14=50.5"));
    QVERIFY(summary.ok());
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-05>2026-12-07 100.000 firm",
            "PO 0000000003 FG-1 2026-12-12>2026-12-14 10.500",
        }));
    QCOMPARE(summary->plannedOrders, std::size_t(2));
    QCOMPARE(summary->newNumbers, std::size_t(1));

    // A firmed requisition is kept the same way.
    MrpState buying;
    QVERIFY(buying.run(inputFrom("buy lt=7 supplier=S1", "2026-12-14=80")).ok());
    QVERIFY(buying.firmPurchaseRequisition("0010000001", "00010").ok());
    QVERIFY(buying.run(inputFrom("buy lt=7 supplier=S1", "2026-12-14=100")).ok());
    QCOMPARE(proposals(buying, true),
        QStringList({
            "PR 0010000001/00010 FG-1 2026-12-07>2026-12-14 80.000 S1 firm",
            "PR 0010000002/00010 FG-1 2026-12-07>2026-12-14 20.000 S1",
        }));
}

void TestMrp::rerunReplacesProposals()
{
    const QString material = QStringLiteral("make lt=2 lot=FX fixed=40");
    MrpState state;
    auto summary = state.run(inputFrom(material, "2026-12-07=100 2026-12-14=30 2026-12-21=10"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->plannedOrders, std::size_t(2));
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-05>2026-12-07 120.000",
            "PO 0000000002 FG-1 2026-12-12>2026-12-14 40.000",
        }));

    const QString changed = QStringLiteral("2026-12-07=100 2026-12-21=90");
    summary = state.run(inputFrom(material, changed));
    QVERIFY(summary.ok());
    QCOMPARE(summary->replaced, std::size_t(2));
    QCOMPARE(summary->plannedOrders, std::size_t(2));
    QCOMPARE(summary->newNumbers, std::size_t(1));
    // Unchanged content keeps its number; the number of removed content is not handed out again.
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-05>2026-12-07 120.000",
            "PO 0000000003 FG-1 2026-12-19>2026-12-21 80.000",
        }));
    // Same content as a fresh state planning only the changed demand: nothing left from before.
    QCOMPARE(proposals(state), proposals(runOrFail(inputFrom(material, changed))));

    // Back to the first demand: its content gets its first numbers back.
    QVERIFY(state.run(inputFrom(material, "2026-12-07=100 2026-12-14=30 2026-12-21=10")).ok());
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-05>2026-12-07 120.000",
            "PO 0000000002 FG-1 2026-12-12>2026-12-14 40.000",
        }));
}

void TestMrp::rerunLeavesOtherPlantsAlone()
{
    MrpInput input = inputFrom("make lt=2", "2026-12-07=100");
    const MrpMaterial other = materialFrom("buy lt=5 plant=1720 supplier=S2");
    input.materials.push_back(other);
    for (const MrpDemand &d : demandFrom(other, "2026-12-14=7"))
        input.demands.push_back(d);
    MrpState state;
    QVERIFY(state.run(input).ok());
    QCOMPARE(proposals(state).size(), 2);

    // Only 1710 is run, with new demand; 1720's requisition, shortages and coverage stay.
    MrpInput only1710 = inputFrom("make lt=2", "2026-12-08=5");
    only1710.plants = { "1710" };
    const auto summary = state.run(only1710);
    QVERIFY(summary.ok());
    QCOMPARE(summary->plants, std::vector<std::string>({ "1710" }));
    QCOMPARE(proposals(state),
        QStringList({
            "PO FG-1 2026-12-06>2026-12-08 5.000",
            "PR FG-1 2026-12-09>2026-12-14 7.000 S2",
        }));
    QCOMPARE(state.coverage().size(), std::size_t(2));
}

void TestMrp::sameContentTwiceGetsTwoNumbers()
{
    // Both needs push 50 into the week of 11-30 (Sunday 12-06): identical content, two documents.
    const MrpState state = runOrFail(inputFrom("make limit=100", "2026-12-09=150 2026-12-16=150"));
    QCOMPARE(proposals(state, true),
        QStringList({
            "PO 0000000001 FG-1 2026-12-06>2026-12-06 50.000",
            "PO 0000000002 FG-1 2026-12-06>2026-12-06 50.000",
            "PO 0000000003 FG-1 2026-12-09>2026-12-09 100.000",
            "PO 0000000004 FG-1 2026-12-16>2026-12-16 100.000",
        }));
    QVERIFY(state.shortages().empty());
}

void TestMrp::determinism()
{
    const MrpInput input = mixedInput(7, 40);
    MrpState first;
    QVERIFY(first.run(input).ok());
    const QStringList printed = everything(first);
    QVERIFY(printed.size() > 100);
    QCOMPARE(everything(runOrFail(input)), printed);

    const auto again = first.run(input);
    QVERIFY(again.ok());
    QCOMPARE(everything(first), printed);
    QCOMPARE(again->newNumbers, std::size_t(0));
    QCOMPARE(again->replaced, first.plannedOrders().size() + first.purchaseRequisitions().size());
}

void TestMrp::conservation()
{
    std::set<ShortageReason> reasonsSeen;
    for (unsigned seed = 1; seed <= 30; ++seed) {
        const MrpInput input = mixedInput(seed, 25);
        const MrpState state = runOrFail(input);
        using Key = std::pair<std::string, std::string>;
        std::map<Key, int> leadTime;
        for (const MrpMaterial &m : input.materials)
            leadTime[{ m.plant, m.product }] = m.leadTimeDays;
        for (const MrpShortage &s : state.shortages())
            reasonsSeen.insert(s.reason);
        std::map<Key, Int128> demand, proposed, required, received;
        std::map<Key, std::map<std::int32_t, Int128>> perWeek;
        for (const MrpDemand &d : input.demands)
            demand[{ d.plant, d.product }] += d.quantity.thousandths();
        for (const PlannedOrder &o : state.plannedOrders()) {
            proposed[{ o.mrpPlant, o.material }] += o.totalQuantity.thousandths();
            perWeek[{ o.mrpPlant, o.material }]
                   [o.plannedEndDate.addDays(-o.plannedEndDate.weekday()).dayNumber()]
                += o.totalQuantity.thousandths();
            QVERIFY(o.plannedStartDate >= input.runDate);
            QCOMPARE(o.plannedEndDate.dayNumber() - o.plannedStartDate.dayNumber(),
                leadTime[Key(o.mrpPlant, o.material)]);
        }
        for (const PurchaseRequisition &r : state.purchaseRequisitions()) {
            proposed[{ r.plant, r.material }] += r.requestedQuantity.thousandths();
            perWeek[{ r.plant, r.material }][r.deliveryDate.addDays(-r.deliveryDate.weekday()).dayNumber()]
                += r.requestedQuantity.thousandths();
            QVERIFY(r.releaseDate >= input.runDate);
            QCOMPARE(
                r.deliveryDate.dayNumber() - r.releaseDate.dayNumber(), leadTime[Key(r.plant, r.material)]);
        }
        for (const MrpMaterial &m : input.materials) {
            const Key key { m.plant, m.product };
            Int128 last = m.openingStock.thousandths();
            for (const MrpCoverageRow &c : state.coverage())
                if (c.mrpPlant == m.plant && c.material == m.product) {
                    required[key] += c.requirement.thousandths();
                    received[key] += c.receipts.thousandths();
                    last = c.projectedAvailable.thousandths();
                    QCOMPARE(c.shortage.thousandths(),
                        std::max<std::int64_t>(0, -c.projectedAvailable.thousandths()));
                }
            // Opening + receipts − demand = final projected stock, and every proposal is a receipt.
            QVERIFY(m.openingStock.thousandths() + received[key] - required[key] == last);
            QVERIFY(required[key] == demand[key]);
            QVERIFY(received[key] == proposed[key]);
            if (m.weeklyLimit)
                for (const auto &[week, total] : perWeek[key])
                    QVERIFY(total <= m.weeklyLimit->thousandths());
        }
    }
    QCOMPARE(reasonsSeen.size(), std::size_t(3)); // the mix really exercises every constraint
}

void TestMrp::refusedInput_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<QString>("demandUnit");
    QTest::addColumn<QString>("demandProduct");
    QTest::addColumn<QString>("message");

    QTest::addRow("unit") << "make"
                          << "KG"
                          << "FG-1"
                          << "demand unit KG is not the base unit PC";
    QTest::addRow("no master") << "make"
                               << "PC"
                               << "FG-9"
                               << "demand without a material master";
    QTest::addRow("fixed lot zero") << "make lot=FX"
                                    << "PC"
                                    << "FG-1"
                                    << "a fixed lot size must be positive";
    QTest::addRow("lead time") << "make lt=4000"
                               << "PC"
                               << "FG-1"
                               << "lead time must be 0..3650 days";
}

void TestMrp::refusedInput()
{
    QFETCH(QString, material);
    QFETCH(QString, demandUnit);
    QFETCH(QString, demandProduct);
    QFETCH(QString, message);

    MrpState state;
    QVERIFY(state.run(inputFrom("make lt=2", "2026-12-07=100")).ok());
    const QStringList before = everything(state);

    MrpInput input = inputFrom(material, "2026-12-07=5");
    input.demands.front().unit = demandUnit.toStdString();
    input.demands.front().product = demandProduct.toStdString();
    const auto result = state.run(input);
    QVERIFY(!result.ok());
    QVERIFY2(qs(result.error().message).endsWith(message), result.error().message.c_str());
    QCOMPARE(everything(state), before); // an error changes nothing
}

void TestMrp::firmUnknownDocument()
{
    MrpState state;
    QVERIFY(!state.firmPlannedOrder("0000000001").ok());
    QVERIFY(!state.firmPurchaseRequisition("0010000001", "00010").ok());
}

QTEST_GUILESS_MAIN(TestMrp)
#include "tst_mrp.moc"
