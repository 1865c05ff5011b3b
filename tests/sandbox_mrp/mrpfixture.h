#pragma once

// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "sandbox/mrp/mrpstate.h"

#include <random>

// Shared by the MRP tests: materials and demand built from compact text, and the state printed one
// line per document, shortage or coverage row so that a test compares QStringLists.
namespace planbridge::sandbox::mrptest {

// 2026-11-30 is a Monday: ISO weeks below start on 11-30, 12-07, 12-14, 12-21.
inline const char *const RunDate = "2026-11-30";

inline Date day(const QString &text)
{
    const auto d = Date::parse(text.toStdString());
    if (!d)
        qFatal("bad fixture date %s", qPrintable(text));
    return *d;
}

inline Decimal qty(const QString &text)
{
    const QuantityParse q = parseQuantityString(text.toStdString());
    if (!q.ok())
        qFatal("bad fixture quantity %s", qPrintable(text));
    return q.value;
}

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A material from "make|buy key=value ...": lt, lot=EX|FX, fixed, min, round, open, safety, limit,
// supplier, plant, product, area, unit. Defaults: plant 1710, product FG-1, unit PC, lot-for-lot.
inline MrpMaterial materialFrom(const QString &spec)
{
    MrpMaterial m;
    m.plant = "1710";
    m.product = "FG-1";
    m.baseUnit = "PC";
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = token.section(QLatin1Char('='), 0, 0);
        const QString value = token.section(QLatin1Char('='), 1);
        if (key == QLatin1String("make") || key == QLatin1String("buy"))
            m.procurement = key == QLatin1String("make") ? Procurement::Make : Procurement::Buy;
        else if (key == QLatin1String("lt"))
            m.leadTimeDays = value.toInt();
        else if (key == QLatin1String("lot"))
            m.lotSizing.procedure
                = value == QLatin1String("FX") ? LotSizeProcedure::Fixed : LotSizeProcedure::LotForLot;
        else if (key == QLatin1String("fixed"))
            m.lotSizing.fixedLotSize = qty(value);
        else if (key == QLatin1String("min"))
            m.lotSizing.minimumLotSize = qty(value);
        else if (key == QLatin1String("round"))
            m.lotSizing.roundingValue = qty(value);
        else if (key == QLatin1String("open"))
            m.openingStock = qty(value);
        else if (key == QLatin1String("safety"))
            m.safetyStock = qty(value);
        else if (key == QLatin1String("limit"))
            m.weeklyLimit = qty(value);
        else if (key == QLatin1String("supplier"))
            m.supplier = value.toStdString();
        else if (key == QLatin1String("plant"))
            m.plant = value.toStdString();
        else if (key == QLatin1String("product"))
            m.product = value.toStdString();
        else if (key == QLatin1String("area"))
            m.mrpArea = value.toStdString();
        else if (key == QLatin1String("unit"))
            m.baseUnit = value.toStdString();
        else
            qFatal("bad material spec token %s", qPrintable(token));
    }
    return m;
}

// Demand of `m` from "2026-12-07=100 2026-12-14=50.5".
inline std::vector<MrpDemand> demandFrom(const MrpMaterial &m, const QString &spec)
{
    std::vector<MrpDemand> out;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back({ m.plant, m.product, day(token.section(QLatin1Char('='), 0, 0)),
            qty(token.section(QLatin1Char('='), 1)), m.baseUnit });
    return out;
}

inline MrpInput inputFrom(const QString &material, const QString &demand, const QString &runDate = RunDate)
{
    MrpInput input;
    input.runDate = day(runDate);
    input.materials.push_back(materialFrom(material));
    input.demands = demandFrom(input.materials.front(), demand);
    return input;
}

// "PO 2026-12-05>2026-12-07 100.000" (start > end) and "PR 2026-12-06>2026-12-13 60.000 SUP-9"
// (release > delivery), in document-number order; `numbers` prefixes the document number.
inline QStringList proposals(const MrpState &state, bool numbers = false)
{
    QStringList out;
    for (const PlannedOrder &o : state.plannedOrders())
        out << QStringLiteral("PO %1%2 %3>%4 %5%6")
                   .arg(numbers ? qs(o.plannedOrder) + QLatin1Char(' ') : QString(), qs(o.material),
                       qs(o.plannedStartDate.toString()), qs(o.plannedEndDate.toString()),
                       qs(o.totalQuantity.toString()), o.isFirm ? QStringLiteral(" firm") : QString());
    for (const PurchaseRequisition &r : state.purchaseRequisitions())
        out << QStringLiteral("PR %1%2 %3>%4 %5 %6%7")
                   .arg(numbers
                           ? qs(r.purchaseRequisition + "/" + r.purchaseRequisitionItem) + QLatin1Char(' ')
                           : QString(),
                       qs(r.material), qs(r.releaseDate.toString()), qs(r.deliveryDate.toString()),
                       qs(r.requestedQuantity.toString()), qs(r.fixedSupplier),
                       r.isFixed ? QStringLiteral(" firm") : QString());
    return out;
}

inline QString reasonText(ShortageReason reason)
{
    const std::string_view code = shortageReasonCode(reason);
    return QString::fromLatin1(code.data(), qsizetype(code.size()));
}

// "2026-12-07 100.000 lead-time"
inline QStringList shortages(const MrpState &state)
{
    QStringList out;
    for (const MrpShortage &s : state.shortages())
        out << QStringLiteral("%1 %2 %3")
                   .arg(qs(s.date.toString()), qs(s.shortageQuantity.toString()), reasonText(s.reason));
    return out;
}

// "2026-12-07 req=100.000 rec=0.000 avail=-100.000 short=100.000"
inline QStringList coverage(const MrpState &state)
{
    QStringList out;
    for (const MrpCoverageRow &c : state.coverage())
        out << QStringLiteral("%1 req=%2 rec=%3 avail=%4 short=%5")
                   .arg(qs(c.date.toString()), qs(c.requirement.toString()), qs(c.receipts.toString()),
                       qs(c.projectedAvailable.toString()), qs(c.shortage.toString()));
    return out;
}

inline QStringList split(const QString &lines)
{
    return lines.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Everything a run leaves behind, for whole-state comparisons.
inline QStringList everything(const MrpState &state)
{
    QStringList out = proposals(state, true);
    const QStringList shortageLines = shortages(state);
    for (std::size_t i = 0; i < state.shortages().size(); ++i)
        out << qs(state.shortages()[i].mrpPlant + " " + state.shortages()[i].material + " ")
                + shortageLines[int(i)];
    const QStringList coverageLines = coverage(state);
    for (std::size_t i = 0; i < state.coverage().size(); ++i)
        out << qs(state.coverage()[i].mrpPlant + " " + state.coverage()[i].material + " ")
                + coverageLines[int(i)];
    return out;
}

inline MrpState runOrFail(const MrpInput &input)
{
    MrpState state;
    const auto summary = state.run(input);
    if (!summary)
        qFatal("MRP run failed: %s", summary.error().message.c_str());
    return state;
}

// A seeded mix of make and buy materials over two plants, every rule switched on somewhere.
inline MrpInput mixedInput(unsigned seed, int materials)
{
    std::mt19937 rng(seed);
    const auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    MrpInput input;
    input.runDate = day(RunDate);
    for (int i = 0; i < materials; ++i) {
        MrpMaterial m = materialFrom(
            QStringLiteral("%1 plant=%2 product=M-%3 lt=%4 open=%5 safety=%6")
                .arg(pick(0, 1) ? QStringLiteral("make") : QStringLiteral("buy supplier=S%1").arg(i))
                .arg(pick(0, 1) ? QStringLiteral("1710") : QStringLiteral("1720"))
                .arg(i)
                .arg(pick(0, 20))
                .arg(pick(0, 300))
                .arg(pick(0, 2) ? 0 : pick(1, 50)));
        switch (pick(0, 2)) {
        case 0:
            m.lotSizing.procedure = LotSizeProcedure::Fixed;
            m.lotSizing.fixedLotSize = Decimal::fromThousandths(pick(1, 100'000) * 10);
            break;
        case 1:
            m.lotSizing.minimumLotSize = Decimal::fromThousandths(pick(0, 80'000));
            m.lotSizing.roundingValue = Decimal::fromThousandths(pick(0, 3) * 12'500);
            break;
        }
        if (pick(0, 1))
            m.weeklyLimit = Decimal::fromThousandths(pick(0, 200'000));
        input.materials.push_back(m);
        for (int d = pick(0, 12); d > 0; --d)
            input.demands.push_back({ m.plant, m.product, input.runDate.addDays(pick(-10, 120)),
                Decimal::fromThousandths(pick(0, 150'000)), m.baseUnit });
    }
    return input;
}

} // namespace planbridge::sandbox::mrptest
