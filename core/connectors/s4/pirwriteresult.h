#pragma once

#include "connectors/erptarget.h"
#include "connectors/odata/batchresponse.h"
#include "net/retrypolicy.h"

namespace planbridge::s4 {

// A header's result from the exchange that carried it alone (deep insert) or a whole $batch that
// failed: business outcomes become Rejected with the ERP's message, everything else Failed.
connectors::PirWriteResult writeResultOf(const net::RetryResult &sent);

// A header's result from its part of a $batch answer (its changeset's response).
connectors::PirWriteResult writeResultOf(const connectors::BatchOperationResponse &part, int attempts);

} // namespace planbridge::s4
