#pragma once

#include "domain/expected.h"
#include "domain/validationresult.h"
#include "store/cache.h"

#include <string>

namespace planbridge::store {

// The validation result of each version in the cache: the ERP records with their lineage, the
// rejects, and the string tables they point into. Saving replaces the version's previous result
// (a re-validation); the version's history and the audit log keep what each run found.
class ResultStore
{
public:
    explicit ResultStore(Cache &cache);

    // Joins the caller's transaction when there is one. The audit log gets what the run decided:
    // rows accepted, rejected by reason and excluded, and where the ERP records go (by plant).
    std::optional<EngineError> save(
        const std::string &versionId, const ValidationResult &result, const std::string &actor = "engine");
    // nullopt inside: the version was never validated.
    Expected<std::optional<ValidationResult>> load(const std::string &versionId);

private:
    Cache &m_cache;
};

} // namespace planbridge::store
