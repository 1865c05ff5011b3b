// planbridge-sync: the headless engine's command line.
#include "synccommands.h"

#include "store/cache.h"
#include "version/version.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace {

constexpr const char *Help = R"(Usage: planbridge-sync COMMAND [OPTIONS]

PlanBridge's headless sync engine: validates demand-planning forecast versions against master
data and transforms them into ERP-ready planned independent requirements.

Commands:
  validate   Validate and transform one forecast version.
      --master FILE        master data JSON (required)
      --input FILE         forecast version: JSON, or CSV with the header
                           item,location,channel,bucket_start,quantity,uom (required)
      --version-id ID      version id (overrides the file's version_id)
      --bucket B           day, week or month (overrides the file; required for CSV)
      --as-of YYYY-MM-DD   the version's as-of date (overrides the file; required for CSV)
      --priority P         normal or high (overrides the file; default normal)
      --out FILE           write the result here, atomically; default: standard output
  generate   Write a synthetic version and master data for benchmarks and demos.
      --records N          number of forecast rows (default 1000000)
      --seed S             random seed (default 1); the same seed gives the same files
      --out DIR            directory for master.json, version.json and version.csv (required)
  demo       Validate the bundled sample version and print a summary, then take it through
             the whole cycle against the built-in sandbox in this process, with a temporary
             cache: import, submit, four-eyes approval, release, read-back, MRP feedback
             with lineage to the forecast rows.
      --out FILE           also write the full validation result here
      --no-cycle           stop after the validation
  versions   List the versions of the configured planning system.
      --config FILE        connections file (default ~/.config/planbridge/connections.json)
      --endpoint NAME      its planning endpoint (default planning)
  pull       Pull one version from the planning system into a version file, page by page.
      --version ID         the version to pull (required)
      --out FILE           the version document to write, atomically (required); validate
                           reads it as it is
      --config FILE, --endpoint NAME   as for versions
  erp-state  Read the planned independent requirements the configured ERP holds now, as CSV
             (product,plant,mrp_area,requirement_type,version,requirement_plan,
             requirement_segment,period,period_type,quantity,unit).
      --product P, --plant P, --mrp-area A, --type T, --pir-version V   filters (all optional)
      --out FILE           write the CSV here, atomically; default: standard output
      --config FILE        connections file (default ~/.config/planbridge/connections.json)
      --endpoint NAME      its ERP endpoint (default erp)
  mrp        Run MRP in the configured ERP for some plants, wait for it, and read back what it
             proposed: planned orders, purchase requisitions and shortages (JSON); a summary
             per plant goes to standard error.
      --plants P1,P2       the plants to plan and read (required)
      --run-date DATE      the day MRP counts as today (default: the ERP's today)
      --timeout SECONDS    stop waiting after this long (default 900); the run goes on
      --no-run             only read the feedback of the last runs
      --out FILE           write the feedback here, atomically; default: standard output
      --config FILE, --endpoint NAME   as for erp-state

The release workflow keeps its state in the local cache (--cache FILE, default
~/.local/share/planbridge/cache.sqlite). Commands that act on it sign in with --user NAME and
the password in PLANBRIDGE_PASSWORD (or asked for on a terminal); the engine checks each
user's roles on every action and writes every decision to a hash-chained audit trail.
  user add   Add an account; the very first account of a cache must be an admin.
      --name NAME --roles R[,R]   planner, approver, scheduler, procurement,
                           integration-support, admin; the new password comes from
                           PLANBRIDGE_NEW_PASSWORD or is asked for twice
  import     Validate a version file into the cache (as validate does) and record it.
      --master, --input, --version-id, --bucket, --as-of, --priority   as for validate
      --pull VERSION       instead of --input: pull it from the planning endpoint
                           (--config, --endpoint as for pull)
      --plan NAME          versions of one plan supersede each other (default: the id)
  resolve    --version ID --reason TEXT and one fix for rejected rows (planner):
      --map-item SRC=CANON, --map-location SRC=CANON   a code means another, everywhere
      --convert [ITEM:]FROM:TO=FACTOR   1 FROM = FACTOR TO (ITEM omitted: every item)
      --exclude ROW[,ROW]  leave rows (0-based) out of the version
      --fix ROW:FIELD=VALUE   replace one field of one row
      --list               the version's resolutions, with author and time
  revalidate --version ID  validate again with every resolution applied (planner)
  submit     --version ID  ask for release (planner)
  approve    --version ID  approve a submitted version (approver; never the submitter)
  send-back  --version ID --reason TEXT   return a submitted version to the planners
  release    --version ID  queue an approved version's ERP writes in the outbox and send
             them to the configured ERP (approver)
      --wait SECONDS       keep waiting this long for writes the ERP does not take yet
                           (an outage, throttling) before leaving them queued (default 0)
      --window N           writes per round (default 1000)
      --attempts N         rounds a write may fail technically before it becomes a dead
                           letter (default 8)
      --config FILE, --endpoint NAME   the ERP (default endpoint erp)
  resume     --release ID  continue sending a release after a stop, a crash or an outage
             (approver or integration support); the same --wait, --window, --attempts
  replay     --release ID [--writes N,N]   requeue dead letters (all of the release's by
             default) with their idempotency keys, then send (integration support)
  cancel     --release ID --reason TEXT    cancel a release that has sent nothing yet
  feedback   --release ID  run MRP in the ERP for the plants the release wrote to, wait, and
             keep the planned orders, purchase requisitions and shortages with the release
             (scheduler or approver); prints them as JSON and a summary per plant
      --run-date DATE, --timeout SECONDS, --out FILE   as for mrp
      --no-run             show the feedback already kept
      --lineage M@P        instead: the writes, ERP records and forecast rows behind
                           material M in plant P
  status     [--version ID]   versions and their states; with --version its history
             and releases
  kpis [--json]            approval-to-posting latency (p50/p95) against the SLA, acceptance
                           rate, rejects by reason, retries, queue depth, dead letters,
                           feedback completion and MRP trigger latency, overall and per
                           version in approval order
  settings show | settings set NAME VALUE   (admin) sla.high_priority_minutes: how soon
                           after approval a high-priority version must be in the ERP
                           (1..1440, default 15)
  audit verify             check the audit trail's hash chain; exit 1 names the first
                           entry that was changed, inserted or removed
  audit export [--out FILE]   the audit trail as JSON lines
  sandbox    Serve the simulated planning system and ERP on loopback with a generated
             scenario, until Ctrl-C.
      --port N             port (default 0: a free one, printed on the first line)
      --records N          rows of the generated planning version (default 10000)
      --seed S             generator seed (default 1)
      --data DIR           serve DIR's version*.json instead of generating
      --user U, --password P   Basic auth credentials (default demo / demo)
      --no-auth            accept requests without credentials

Options:
  -h, --help               show this help and exit
  --version                show the version and exit

The connections file names each system's url, auth (none, basic or oauth2), TLS options, proxy
and connector options; secrets come from <secret>_env variables or owner-only <secret>_file
files, never from the file itself. See the README.

Input files ending in .json or .csv (any case) are read as such; any other file is JSON when
its first non-blank character is '{', and CSV otherwise. Quantities are exact decimals with at
most 3 decimal places, between 0 and 9999999999.999.

Exit status:
  0  the run completed (rejected rows are part of the result, not a failure)
  1  (release, resume, replay) done, with dead letters; (audit verify) the trail is broken
  2  the input or master data could not be read, the command line is wrong, a system could
     not be reached or refused the request, an MRP run was aborted, or the output could not
     be written; one line on standard error says why, and no output file is created or
     changed
  3  (release, resume, replay) writes are still queued: resume later
)";

int dispatch(const std::vector<std::string> &args)
{
    if (args.empty()) {
        std::fputs(Help, stderr);
        return 2;
    }
    const std::string &command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "-h" || command == "--help" || command == "help") {
        std::fputs(Help, stdout);
        return 0;
    }
    if (command == "--version") {
        std::printf("planbridge-sync %s\n", planbridge::versionString().c_str());
        return 0;
    }
    for (const auto &arg : rest) {
        if (arg == "-h" || arg == "--help") {
            std::fputs(Help, stdout);
            return 0;
        }
    }
    // The first real start makes the per-user folders (0700). A command that needs one and
    // cannot have it reports that itself, so a failure here is not an error yet.
    (void)planbridge::store::ensureUserDirectories();
    if (command == "validate")
        return planbridge::cli::runValidate(rest);
    if (command == "generate")
        return planbridge::cli::runGenerate(rest);
    if (command == "demo")
        return planbridge::cli::runDemo(rest);
    if (command == "sandbox")
        return planbridge::cli::runSandbox(rest);
    if (command == "versions")
        return planbridge::cli::runVersions(rest);
    if (command == "pull")
        return planbridge::cli::runPull(rest);
    using namespace planbridge::cli;
    const std::pair<const char *, int (*)(const std::vector<std::string> &)> workflow[]
        = { { "user", runUser }, { "import", runImport }, { "submit", runSubmit }, { "approve", runApprove },
              { "send-back", runSendBack }, { "status", runStatus }, { "audit", runAudit },
              { "release", runRelease }, { "resume", runResume }, { "replay", runReplay },
              { "cancel", runCancel }, { "feedback", runFeedback }, { "resolve", runResolve },
              { "revalidate", runRevalidate }, { "kpis", runKpis }, { "settings", runSettings } };
    for (const auto &[name, run] : workflow) {
        if (command == name)
            return run(rest);
    }
    if (command == "erp-state")
        return planbridge::cli::runErpState(rest);
    if (command == "mrp")
        return planbridge::cli::runMrp(rest);
    return planbridge::cli::fail("unknown command \"" + command + "\" (try --help)");
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return dispatch(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::bad_alloc &) {
        return planbridge::cli::fail("out of memory");
    } catch (const std::exception &e) {
        return planbridge::cli::fail(std::string("internal error: ") + e.what());
    }
}
