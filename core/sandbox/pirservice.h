#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/odatafault.h"
#include "sandbox/pirstore.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::sandbox {

// One bucket of an active PIR, as the MRP run reads it: open quantity = planned − withdrawn.
struct PirDemandBucket
{
    PirItemKey key;
    std::string internalId; // the header's PlndIndepRqmtInternalID, the MRP element number
    std::int64_t openThousandths = 0;
    std::string unit;
};

// The sandbox ERP's API_PLND_INDEP_RQMT_SRV: routes one call (real request or $batch part) to a read
// or a write on the in-memory PIR tables. Thread-safe; writes of one call are all-or-nothing.
class PirService
{
public:
    // Asked for every product a write touches; a fault refuses the whole write (business rejection).
    using ProductCheck = std::function<std::optional<ODataFault>(const std::string &product)>;

    explicit PirService(ProductCheck productCheck = {});

    HttpReply handle(const HttpCall &call);
    // A $batch changeset: all calls apply, or none does and the first failure is the answer.
    std::vector<HttpReply> handleChangeset(const std::vector<HttpCall> &calls);

    nlohmann::ordered_json stateJson() const; // plain JSON dump for the admin endpoint
    // Buckets with an open quantity of active headers (PlndIndepRqmtIsActive "X"): only active
    // versions take part in MRP, as in S/4.
    std::vector<PirDemandBucket> activeDemand() const;
    std::size_t itemCount() const;
    std::size_t headerCount() const;
    void reset();

private:
    HttpReply dispatch(const HttpCall &call); // m_mutex held

    mutable std::mutex m_mutex;
    PirStore m_store;
    ProductCheck m_productCheck;
};

} // namespace planbridge::sandbox
