#pragma once

#include "connectors/erpexecution.h"
#include "connectors/erptarget.h"
#include "connectors/planningsource.h"
#include "connectors/tryton/trytonrpcclient.h"
#include "domain/expected.h"
#include "net/httpclient.h"

#include <memory>
#include <string>

namespace planbridge::cli {

class Options;

// An endpoint whose url is file:///folder is a flat-file system (connectors/file): versions are
// the folder's files, the ERP's PIR state is the folder's pir-state.json / .csv.
// An ERP endpoint with options.system "tryton" is a Tryton server (connectors/tryton): its url is
// the server's base URL, auth is basic (user and password_env/_file, used to sign in for a session)
// and the options database, warehouses, units, destination, minimal_quantity, language and
// acknowledge_warnings map PlanBridge's keys onto it (docs/tryton.md).

// The planning source named in the connections file (--config, --endpoint; default "planning").
struct PlanningConnection
{
    std::unique_ptr<net::HttpClient> client; // null for a folder
    std::unique_ptr<connectors::PlanningSource> source;
};
Expected<PlanningConnection> connectPlanning(const Options &options);

// The ERP named in the connections file (default "erp"): its url is the system's base URL and the
// services sit at their standard paths unless its options move them (pir_service, job_service,
// planned_order_service, requisition_service, mrp_materials_service; also mrp_job_template,
// page_size and the write shape, see writeOptions). Both clients share one HTTP client, so one session and
// its cookies.
struct ErpConnection
{
    std::unique_ptr<net::HttpClient> client; // null for a folder
    std::unique_ptr<tryton::TrytonRpcClient> tryton; // the session both Tryton connectors share
    std::unique_ptr<connectors::ErpTarget> pirs;
    std::unique_ptr<connectors::ErpExecution> mrp; // null for a folder: files run no MRP
    // From options headers_per_changeset, changesets_per_batch, parallel_requests and deep_insert.
    connectors::PirWriteOptions writeOptions;
    std::string name; // the endpoint's name, for messages
};
Expected<ErpConnection> connectErp(const Options &options);

bool parseNumber(const std::string &text, std::uint64_t &value);

} // namespace planbridge::cli
