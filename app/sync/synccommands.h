#pragma once

#include "domain/validationresult.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::cli {

// `--name value` / `--name=value` options of one subcommand.
class Options
{
public:
    // Parses args; unknown names or a missing value set `error`. `switches` take no value.
    Options(const std::vector<std::string> &args, const std::vector<std::string> &known, std::string &error,
        const std::vector<std::string> &switches = {});
    std::optional<std::string> get(const std::string &name) const;
    bool has(const std::string &name) const { return m_values.count(name) != 0; }

private:
    std::map<std::string, std::string> m_values;
};

// Each returns the process exit code: 0 completed, 2 unreadable input or a usage error.
int runValidate(const std::vector<std::string> &args);
int runGenerate(const std::vector<std::string> &args);
int runDemo(const std::vector<std::string> &args);
int runSandbox(const std::vector<std::string> &args);
int runVersions(const std::vector<std::string> &args);
int runPull(const std::vector<std::string> &args);
int runErpState(const std::vector<std::string> &args);
int runMrp(const std::vector<std::string> &args);
int runUser(const std::vector<std::string> &args);
int runImport(const std::vector<std::string> &args);
int runSubmit(const std::vector<std::string> &args);
int runApprove(const std::vector<std::string> &args);
int runSendBack(const std::vector<std::string> &args);
int runStatus(const std::vector<std::string> &args);
int runAudit(const std::vector<std::string> &args);
int runRelease(const std::vector<std::string> &args);
int runResume(const std::vector<std::string> &args);
int runReplay(const std::vector<std::string> &args);
int runCancel(const std::vector<std::string> &args);
int runFeedback(const std::vector<std::string> &args);
int runResolve(const std::vector<std::string> &args);
int runRevalidate(const std::vector<std::string> &args);
int runKpis(const std::vector<std::string> &args);
int runSettings(const std::vector<std::string> &args);

// The validated sample through import, four-eyes approval, release, read-back and MRP feedback
// against the in-process sandbox, with a temporary cache; prints a report.
int runDemoCycle(const ValidationResult &result);

// One line on stderr, prefixed with the program name.
int fail(const std::string &message);

} // namespace planbridge::cli
