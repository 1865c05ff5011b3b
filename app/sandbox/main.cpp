// planbridge-sandbox: the simulated ERP on loopback, for demos and for testing the connectors.
#include "sandbox/sandboxserver.h"
#include "version/version.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <pthread.h>
#include <string>

namespace {

constexpr const char *Help = R"(Usage: planbridge-sandbox [OPTIONS]

Serves PlanBridge's simulated outside systems over HTTP on loopback:
  the ERP's planned independent requirements at /sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV
  (OData v2, CSRF token flow, deep insert, $batch); its MRP run as an application job at
  /sap/opu/odata/SAP/BC_EXT_APPJOB_MANAGEMENT;v=0002 (POST JobSchedule with
  JobTemplateName='SAP_PP_MRP_RUN' and JobParameterValues='{"Plants":[..],"RunDate":"YYYY-MM-DD"}',
  then GET JobStatusGet until F); the MRP results at /sap/opu/odata/sap/API_PLANNED_ORDERS
  (A_PlannedOrder), /sap/opu/odata/sap/API_PURCHASEREQ_PROCESS_SRV (A_PurchaseRequisitionItem)
  and /sap/opu/odata/sap/API_MRP_MATERIALS_SRV_01 (SupplyDemandItems with a $filter,
  MaterialCoverages); the planning system's key figures at
  /sap/opu/odata/IBP/PLANNING_DATA_API_SRV (PlanningVersions, PBDEMAND with $select, $filter,
  $top, $skip, $inlinecount); and the admin endpoints under /sandbox/admin (stats, pir, faults,
  materials, mrp, reset). Runs until SIGINT or SIGTERM.

Options:
  --port N             port to listen on; 0 picks a free one (default 0). The first line on
                       standard output is "listening on 127.0.0.1:PORT".
  --user U             Basic auth user (default: demo)
  --password P         Basic auth password (default: demo)
  --no-auth            accept requests without credentials
  --seed DIR           serve every version*.json in DIR (e.g. the output of
                       planbridge-sync generate) as a planning version, and derive the
                       ERP's MRP material master from DIR/master.json if it exists
                       (plants, units, make/buy, suppliers, lead times; stock, lot sizes
                       and weekly limits chosen per material by a fixed hash rule)
  -h, --help           show this help and exit
  --version            show the version and exit
)";

int usage(const std::string &message)
{
    std::fprintf(stderr, "planbridge-sandbox: %s (see --help)\n", message.c_str());
    return 2;
}

bool parsePort(const std::string &text, int &port)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    port = std::stoi(text);
    return port <= 65535;
}

} // namespace

int main(int argc, char **argv)
{
    planbridge::sandbox::SandboxOptions options;
    options.requireAuth = true;
    options.user = "demo";
    options.password = "demo";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "-h" || arg == "--help") {
            std::fputs(Help, stdout);
            return 0;
        }
        if (arg == "--version") {
            std::printf("planbridge-sandbox %s\n", planbridge::versionString().c_str());
            return 0;
        }
        if (arg == "--no-auth") {
            options.requireAuth = false;
        } else if (arg == "--port" && hasValue) {
            if (!parsePort(argv[++i], options.port))
                return usage(std::string("invalid port '") + argv[i] + "'");
        } else if (arg == "--user" && hasValue) {
            options.user = argv[++i];
        } else if (arg == "--password" && hasValue) {
            options.password = argv[++i];
        } else if (arg == "--seed" && hasValue) {
            options.seedDir = argv[++i];
        } else {
            return usage("unknown or incomplete option '" + arg + "'");
        }
    }

    // Block the stop signals in every thread (the server's threads inherit this mask), then wait
    // for one here: a clean stop without async-signal-safety concerns.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    try {
        planbridge::sandbox::SandboxServer server;
        const auto port = server.start(options);
        if (!port) {
            std::fprintf(stderr, "planbridge-sandbox: %s\n", port.error().message.c_str());
            return 1;
        }
        std::printf("listening on %s:%d\n", options.host.c_str(), *port);
        std::fflush(stdout);
        int received = 0;
        sigwait(&stopSignals, &received);
        server.stop();
        std::printf("stopped (signal %d)\n", received);
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "planbridge-sandbox: %s\n", error.what());
        return 1;
    }
}
