#pragma once

#include "domain/masterdata.h"
#include "domain/validationresult.h"
#include "periodsplitter.h"

#include <cstdint>
#include <vector>

namespace planbridge {

// Sums the period parts of accepted rows at the ERP key (item, plant, MRP area, period type,
// period) and keeps which input rows fed each sum (lineage).
class ErpAggregator
{
public:
    // `erpGroup` identifies (plant, MRP area, period type); rows must arrive in ascending order.
    void add(std::uint32_t row, std::uint32_t item, std::uint32_t location, std::uint32_t erpGroup,
             const std::vector<PeriodPart> &parts);
    // Moves the sorted records, lineage and string tables into `result`; the aggregator is spent.
    void finish(const MasterData &master, ValidationResult &result);

private:
    struct Part
    {
        std::uint32_t item;
        std::uint32_t erpGroup;
        std::int32_t period;
        std::uint32_t row;
        std::uint32_t location;
        std::int64_t quantity;
    };
    std::vector<Part> m_parts;
};

} // namespace planbridge
