#include "synccommands.h"

#include "domain/reasoncode.h"
#include "engine/forecastvalidation.h"
#include "io/resultwriter.h"
#include "sample/sampledata.h"
#include "sample/syntheticversion.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace planbridge::cli {
namespace {

bool parseCount(const std::string &text, std::uint64_t &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

int writeResult(const ValidationResult &result, const std::optional<std::string> &out)
{
    if (!out) {
        if (!writeValidationResult(result, stdout))
            return fail("cannot write the result to standard output");
        return 0;
    }
    if (auto error = writeValidationResultFile(result, *out))
        return fail(error->message);
    std::fprintf(stderr, "%llu rows: %llu accepted, %zu rejected, %zu ERP records written to %s\n",
        static_cast<unsigned long long>(result.rowsIn), static_cast<unsigned long long>(result.rowsAccepted),
        result.rejects.size(), result.accepted.size(), out->c_str());
    return 0;
}

} // namespace

int fail(const std::string &message)
{
    std::string line = message;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::fprintf(stderr, "planbridge-sync: %s\n", line.c_str());
    return 2;
}

Options::Options(const std::vector<std::string> &args, const std::vector<std::string> &known,
    std::string &error, const std::vector<std::string> &switches)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> value;
        if (name.rfind("--", 0) != 0) {
            error = "unexpected argument \"" + name + "\" (try --help)";
            return;
        }
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (std::find(switches.begin(), switches.end(), name) != switches.end()) {
            if (value) {
                error = "option " + name + " takes no value";
                return;
            }
            m_values[name] = "yes";
            continue;
        }
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            error = "unknown option " + name + " (try --help)";
            return;
        }
        if (!value) {
            if (i + 1 >= args.size()) {
                error = "option " + name + " needs a value";
                return;
            }
            value = args[++i];
        }
        if (m_values.count(name)) {
            error = "option " + name + " is given twice";
            return;
        }
        m_values[name] = *value;
    }
}

std::optional<std::string> Options::get(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::nullopt : std::optional<std::string>(it->second);
}

int runValidate(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(
        args, { "--master", "--input", "--version-id", "--bucket", "--as-of", "--priority", "--out" }, error);
    if (!error.empty())
        return fail(error);
    const auto master = options.get("--master");
    const auto input = options.get("--input");
    if (!master || !input)
        return fail("validate needs --master FILE and --input FILE (try --help)");
    const VersionOverrides overrides { options.get("--version-id"), options.get("--bucket"),
        options.get("--as-of"), options.get("--priority") };
    const auto result = validateForecastFiles(*master, *input, overrides);
    if (!result)
        return fail(result.error().message);
    return writeResult(*result, options.get("--out"));
}

int runGenerate(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--records", "--seed", "--out" }, error);
    if (!error.empty())
        return fail(error);
    SyntheticSpec spec;
    if (const auto n = options.get("--records"); n && (!parseCount(*n, spec.records) || spec.records == 0))
        return fail("--records must be a whole number > 0");
    if (const auto s = options.get("--seed"); s && !parseCount(*s, spec.seed))
        return fail("--seed must be a whole number >= 0");
    const auto out = options.get("--out");
    if (!out)
        return fail("generate needs --out DIR (try --help)");
    const auto summary = writeSyntheticVersion(spec, *out);
    if (!summary)
        return fail(summary.error().message);
    std::printf("%llu records (%llu items x %llu locations x %llu weekly buckets) written to %s, %s and %s\n",
        static_cast<unsigned long long>(summary->records), static_cast<unsigned long long>(summary->items),
        static_cast<unsigned long long>(summary->locations),
        static_cast<unsigned long long>(summary->buckets), summary->masterPath.c_str(),
        summary->versionJsonPath.c_str(), summary->versionCsvPath.c_str());
    return 0;
}

int runDemo(const std::vector<std::string> &args)
{
    std::string error;
    const Options options(args, { "--out" }, error, { "--no-cycle" });
    if (!error.empty())
        return fail(error);
    const auto master = loadMasterData(sampleMasterData());
    if (!master)
        return fail("bundled master data: " + master.error().message);
    const auto result = validateForecast(*master, sampleVersion(), SampleVersionName, {});
    if (!result)
        return fail(result.error().message);

    std::printf("PlanBridge demo: version %s as of %s (bundled sample)\n\n",
        result->versionId.value_or("-").c_str(), result->asOf.toString().c_str());
    std::printf("%llu rows in, %llu accepted, %zu rejected, %zu ERP records out\n\n",
        static_cast<unsigned long long>(result->rowsIn),
        static_cast<unsigned long long>(result->rowsAccepted), result->rejects.size(),
        result->accepted.size());
    std::printf("%-10s %-6s %-6s %-4s %-9s %14s %-4s %s\n", "item", "loc", "plant", "type", "period",
        "quantity", "uom", "source rows");
    for (const AcceptedRecord &r : result->accepted) {
        const auto &item = result->items[r.item];
        const auto &location = result->locations[r.location];
        std::string sources;
        for (std::uint32_t i = 0; i < r.sourcesCount; ++i)
            sources += (i ? "," : "") + std::to_string(result->sources[r.sourcesBegin + i]);
        std::printf("%-10s %-6s %-6s %-4s %-9s %14s %-4s %s\n", item.item.c_str(), location.location.c_str(),
            location.erpPlant.c_str(), std::string(periodLetter(location.periodType)).c_str(),
            result->periodLabel(r).c_str(), formatThousandths(r.quantity).c_str(), item.baseUom.c_str(),
            sources.c_str());
    }
    std::printf("\nRejects by reason:\n");
    for (int i = 0; i < ReasonCodeCount; ++i) {
        if (const auto n = result->rejectsByReason[static_cast<std::size_t>(i)])
            std::printf("  %-22s %llu\n", std::string(reasonCodeName(static_cast<ReasonCode>(i))).c_str(),
                static_cast<unsigned long long>(n));
    }
    std::printf("\nRejected rows:\n");
    for (const Reject &r : result->rejects)
        std::printf(
            "  row %-3u %-22s %s\n", r.row, std::string(reasonCodeName(r.reason)).c_str(), r.message.c_str());
    if (const auto out = options.get("--out")) {
        if (const int status = writeResult(*result, out))
            return status;
    }
    return options.has("--no-cycle") ? 0 : runDemoCycle(*result);
}

} // namespace planbridge::cli
