#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "engine/forecastvalidation.h"
#include "store/cache.h"
#include "store/versionstore.h"

#include <string>

namespace planbridge {

// A forecast version to bring into the cache, as text (a file's content or a pulled version).
struct ImportRequest
{
    std::string masterText;
    std::string inputText;
    std::string inputName; // decides the format by its extension
    VersionOverrides overrides;
    std::string plan; // empty: the version's id
    std::string source; // where it came from, for the version list; empty: inputName
};

struct ImportOutcome
{
    store::StoredVersion version;
    std::string note; // "10 rows: 8 accepted, 2 rejected, 6 ERP records"
};

// Validates the version and stores it with its result, its input (for re-validation after
// resolutions) and its rows, in one transaction: afterwards it is in the cache as validated, or
// not at all. The console and the command line both import through this.
Expected<ImportOutcome> importVersion(store::Cache &cache, const auth::Session &session,
    const ImportRequest &request, const ProgressCallback &progress = {});

} // namespace planbridge
