#include "engine/versionimport.h"

#include "domain/forecast.h"
#include "engine/resolutionservice.h"
#include "engine/versionworkflow.h"
#include "store/accounts.h"
#include "store/resultstore.h"

namespace planbridge {

Expected<ImportOutcome> importVersion(store::Cache &cache, const auth::Session &session,
    const ImportRequest &request, const ProgressCallback &progress)
{
    // Checked before the work, not only when registering: a refused user should not wait for a
    // million rows to be validated first.
    if (auto refused = store::authorize(cache.audit(), session, auth::Action::Pull, request.inputName))
        return *refused;
    auto master = loadMasterData(request.masterText);
    if (!master)
        return master.error();
    auto result = validateForecast(*master, request.inputText, request.inputName, request.overrides, progress);
    if (!result)
        return result.error();
    if (!result->versionId)
        return EngineError { "the version has no id: give one" };
    ImportOutcome outcome;
    store::StoredVersion &version = outcome.version;
    version.id = *result->versionId;
    version.plan = request.plan.empty() ? version.id : request.plan;
    version.source = request.source.empty() ? request.inputName : request.source;
    version.asOf = result->asOf.toString();
    version.bucket = std::string(bucketName(result->bucket));
    version.priority = result->highPriority ? "high" : "normal";
    outcome.note = std::to_string(result->rowsIn) + " rows: " + std::to_string(result->rowsAccepted)
        + " accepted, " + std::to_string(result->rejects.size()) + " rejected, "
        + std::to_string(result->accepted.size()) + " ERP records";
    VersionWorkflow workflow(cache);
    auto failed = cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto e = workflow.registerVersion(session, version))
            return e;
        if (auto e = store::ResultStore(cache).save(version.id, *result, session.user()))
            return e;
        if (auto e = ResolutionService(cache).keepInputs(
                version.id, request.masterText, request.inputText, request.inputName, request.overrides))
            return e;
        return workflow.markValidated(session, version.id, outcome.note);
    });
    if (failed)
        return *failed;
    auto stored = workflow.versions().find(version.id);
    if (stored && *stored)
        version = **stored;
    return outcome;
}

} // namespace planbridge
