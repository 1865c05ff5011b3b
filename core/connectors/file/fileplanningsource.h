#pragma once

#include "connectors/planningsource.h"

#include <string>

namespace planbridge::files {

// A folder of canonical version files as a planning source, for flat-file integration: each
// `*.json` (the contract's version document) or `*.csv` (its rows; bucket and as-of then come from
// the command line) directly in the folder is one version, except `master.json`, the master data
// that `planbridge-sync generate` writes beside its versions. A JSON version's id is its version_id,
// else the file name without extension; a CSV version's id is always the file name without
// extension. Two files with the same id are an error, so a pull is never ambiguous.
class FilePlanningSource final : public connectors::PlanningSource
{
public:
    explicit FilePlanningSource(std::string folder);

    Expected<std::vector<connectors::PlanningVersionInfo>> listVersions() override;
    // Progress counts bytes of the file read (done, total).
    Expected<connectors::PulledVersion> pullVersion(const std::string &versionId, RecordSink &sink) override;

private:
    struct Entry
    {
        connectors::PlanningVersionInfo info;
        std::string path;
    };
    Expected<std::vector<Entry>> scan();

    std::string m_folder;
};

} // namespace planbridge::files
