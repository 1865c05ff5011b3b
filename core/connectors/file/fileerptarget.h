#pragma once

#include "connectors/erptarget.h"

#include <string>

namespace planbridge::files {

// A folder as the ERP, for flat-file integration: it keeps the complete current PIR state in
// `pir-state.json` (read back by readPirState) and exports the same state as `pir-state.csv` for an
// ERP's file import. A write merges its items into the state (add or update, absolute quantities,
// so writing twice is writing once) and replaces both files atomically, under an exclusive lock on
// `pir-state.lock` so two processes never interleave. A state file that cannot be read is reported
// and never overwritten.
class FileErpTarget final : public connectors::ErpTarget
{
public:
    explicit FileErpTarget(std::string folder);

    // Every header is Written, or all are Failed when the files could not be read or written;
    // an item whose quantity is not an exact decimal of at most 3 places Rejects its header.
    Expected<std::vector<connectors::PirWriteResult>> writePirs(const std::vector<s4::PirHeader> &headers,
        const connectors::PirWriteOptions &options, const connectors::WriteProgress &progress = {}) override;
    Expected<std::vector<s4::PirStateItem>> readPirState(const connectors::PirStateFilter &filter) override;

    std::string statePath() const;
    std::string csvPath() const;

private:
    std::string m_folder;
};

} // namespace planbridge::files
