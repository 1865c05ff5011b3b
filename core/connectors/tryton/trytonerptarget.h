#pragma once

#include "connectors/erptarget.h"
#include "connectors/tryton/trytonconfig.h"
#include "connectors/tryton/trytonmasterdata.h"

#include <string>

namespace planbridge::tryton {

// Tryton as the ERP that takes the released demand: each plant × period becomes one
// stock.forecast (warehouse, destination, from/to date) with one line per product, confirmed
// (state "done"), because Tryton keeps one line per product per forecast and refuses overlapping
// done forecasts.
//
// Each forecast PlanBridge writes carries ir.notes "PlanBridge release <correlation id>"; the
// latest says which release it holds. A write of the same release (a resend, a resume, the next
// window of headers) merges into it line by line with absolute quantities, so delivering a write
// twice changes nothing. The first write of a newer release to a period takes the older release's
// forecast over: reopened, emptied, noted with the newer release, filled, confirmed — so once a
// release is through, Tryton holds exactly it, and the notes keep the history. (Tryton refuses to
// confirm a forecast overlapping any other, cancelled ones included, so superseded forecasts
// cannot be kept beside it; an older release's forecast over other dates that overlaps is
// deleted.) Forecasts without the note (made by hand) are never touched; one that overlaps makes
// Tryton refuse the confirmation, reported as a business rejection with Tryton's message.
class TrytonErpTarget final : public connectors::ErpTarget
{
public:
    TrytonErpTarget(TrytonRpcClient &rpc, TrytonMapping mapping);

    // Results per header: Rejected for what Tryton refuses (UserError, kept verbatim) or what it
    // cannot take (unknown product or unit, unmapped plant, bad period); Failed for transport,
    // 5xx, session or concurrency faults that outlasted the client's retries. An error only for
    // an unusable mapping or a destination Tryton does not have (nothing was written).
    Expected<std::vector<connectors::PirWriteResult>> writePirs(const std::vector<s4::PirHeader> &headers,
        const connectors::PirWriteOptions &options, const connectors::WriteProgress &progress = {}) override;
    // The lines of done PlanBridge-destination forecasts, as PIR items: the period is the day, ISO
    // week or month the forecast spans. Filters on product and plant; the S/4-only key parts are
    // empty and not filtered on.
    Expected<std::vector<s4::PirStateItem>> readPirState(const connectors::PirStateFilter &filter) override;

    static std::string noteFor(const std::string &correlationId);

private:
    RpcValue<std::vector<TrytonUom>> &units();

    TrytonRpcClient &m_rpc;
    TrytonMapping m_mapping;
    TrytonMasterData m_master;
    RpcValue<std::vector<TrytonUom>> m_units; // read once
    bool m_haveUnits = false;
};

} // namespace planbridge::tryton
