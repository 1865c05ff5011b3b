#pragma once

#include "domain/expected.h"
#include "mrpinput.h"
#include "mrpoutput.h"
#include "weeklyledger.h"

#include <vector>

namespace planbridge::sandbox {

// A quantity on a date, in thousandths: a requirement (demand summed per day) or a receipt.
struct MrpDatedQuantity
{
    Date date;
    Int128 quantity = 0;
};

// A new proposal before it has a number: available on `end`, started or released on `start`.
struct ProposalDraft
{
    Date start;
    Date end;
    Int128 quantity = 0;
};

struct MaterialPlan
{
    std::vector<ProposalDraft> proposals; // in creation order
    std::vector<MrpShortage> shortages; // ascending by date
    std::vector<MrpCoverageRow> coverage; // ascending by date
};

// Plans one material in one plant: a pure function of its master, demand, firmed receipts and the
// run date R.
//
// Algorithm (single pass over the requirement dates, plus R as a check point so that a stock below
// safety stock is replenished even without demand):
//  1. Projected stock P starts at the opening stock. At each date t, P gains the firmed receipts
//     dated up to t and loses the demand of t.
//  2. If P < safety stock S, the shortfall S − P is rounded by the lot-size rule (lotsize.h) into a
//     requirement Q, which is planned to be available on t (backward scheduling: start = t − lead
//     time L), and P += Q.
//  3. The earliest a new proposal can be available is E = R + L. If t ≥ E, Q is placed in t's ISO
//     week as far as the weekly limit allows (at t), then in earlier weeks back to E's week (on each
//     week's Sunday, the latest day, so stock is held as briefly as possible; never before E).
//     Firmed proposals use up the limit of their own week first.
//  4. What cannot be placed by t is late:
//     - t < E (lead time cannot cover): one proposal starts on R and is available on E, still
//       subject to E's weekly limit; reason lead-time;
//     - t ≥ E: the rest is not planned at all; reason capacity (make) or supplier-limit (buy).
//     A shortage is reported on t only for the part that leaves stock below zero, since a late
//     replenishment of safety stock is not a shortage: max(0, −(P_before + on-time part)).
//     Because step 2 counts the whole Q into P, a late part is reported once, on the date that
//     needed it, and not planned again for later dates.
//  5. Coverage rows are then computed from the real receipt dates (coveragetimeline.h), so a late
//     or unplanned part shows as a negative projected stock until (or unless) it arrives.
// Simplifications: calendar days (no working-day calendar), no planning time fence, no scrap, no
// maximum lot size, no rescheduling proposals for firmed receipts that arrive too late or too early.
class MaterialPlanner
{
public:
    MaterialPlanner(const MrpMaterial &material, Date runDate);

    // `requirements` ascending by date with one entry per date; `firmed` in any order.
    Expected<MaterialPlan> plan(
        const std::vector<MrpDatedQuantity> &requirements, const std::vector<MrpDatedQuantity> &firmed);

private:
    // Places `quantity` for need date `need`; returns how much is available by `need`.
    Int128 placeOnTime(Date need, Int128 quantity);
    bool addShortage(Date date, Int128 quantity, ShortageReason reason);

    const MrpMaterial &m_material;
    Date m_runDate;
    Date m_earliestAvailability;
    WeeklyLedger m_ledger;
    MaterialPlan m_plan;
};

} // namespace planbridge::sandbox
