// Stores the validation result of a synthetic version in a fresh cache and reads it back, `runs`
// times, and reports the median of each with the record counts.
// Usage: bench_cache [records] [--runs N]
#include "engine/forecastvalidation.h"
#include "engine/resolutionservice.h"
#include "io/inputfile.h"
#include "sample/syntheticversion.h"
#include "store/recordstore.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace planbridge;

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    SyntheticSpec spec;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            spec.records = std::strtoull(argv[i], nullptr, 10);
    }
    const auto folder
        = std::filesystem::temp_directory_path() / ("pb-bench-cache-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto files = writeSyntheticVersion(spec, folder.string());
    if (!files) {
        std::fprintf(stderr, "%s\n", files.error().message.c_str());
        return 1;
    }
    const auto result = validateForecastFiles(files->masterPath, files->versionJsonPath, {});
    if (!result) {
        std::fprintf(stderr, "%s\n", result.error().message.c_str());
        return 1;
    }
    std::string readError;
    const auto masterText = readWholeFile(files->masterPath, readError);
    const auto inputText = readWholeFile(files->versionJsonPath, readError);
    std::vector<double> saves, loads, rowSaves, pages;
    for (int run = 0; run < runs; ++run) {
        const std::string path = (folder / ("cache-" + std::to_string(run) + ".sqlite")).string();
        auto cache = store::Cache::open(path);
        store::StoredVersion version;
        version.id = "BENCH";
        version.plan = "BENCH";
        if (!cache || store::VersionStore(**cache).add(version, "bench")) {
            std::fprintf(stderr, "cannot prepare the cache\n");
            return 1;
        }
        store::ResultStore results(**cache);
        auto start = std::chrono::steady_clock::now();
        if (auto error = (*cache)->db().transaction([&] { return results.save("BENCH", *result); })) {
            std::fprintf(stderr, "%s\n", error->message.c_str());
            return 1;
        }
        saves.push_back(seconds(start));
        start = std::chrono::steady_clock::now();
        const auto loaded = results.load("BENCH");
        loads.push_back(seconds(start));
        start = std::chrono::steady_clock::now();
        if (auto error
            = ResolutionService(**cache).keepInputs("BENCH", *masterText, *inputText, "version.json", {})) {
            std::fprintf(stderr, "%s\n", error->message.c_str());
            return 1;
        }
        rowSaves.push_back(seconds(start));
        // A page of the console's record table: one plant, sorted by item, somewhere in the middle.
        store::RecordQuery query;
        query.location = "P100";
        query.sort = store::RecordQuery::Sort::Item;
        query.offset = 5000;
        query.limit = 200;
        start = std::chrono::steady_clock::now();
        const auto page = store::RecordStore(**cache).page("BENCH", query);
        const auto total = store::RecordStore(**cache).count("BENCH", query);
        pages.push_back(seconds(start));
        if (!page || !total) {
            std::fprintf(stderr, "the record page failed\n");
            return 1;
        }
        if (!loaded || !*loaded || (*loaded)->accepted.size() != result->accepted.size()) {
            std::fprintf(stderr, "the result did not read back whole\n");
            return 1;
        }
    }
    std::printf("%llu input rows: %zu ERP records, %zu rejects, %zu lineage entries\n",
        static_cast<unsigned long long>(result->rowsIn), result->accepted.size(), result->rejects.size(),
        result->sources.size());
    std::printf("store (one transaction): median %.2f s of %d runs\n", median(saves), runs);
    std::printf("load:                    median %.2f s of %d runs\n", median(loads), runs);
    std::printf("input rows kept (blob + one row each): median %.2f s of %d runs\n", median(rowSaves), runs);
    std::printf("a 200-row page of one plant sorted by item, with its count: median %.3f s\n", median(pages));
    std::filesystem::remove_all(folder);
    return 0;
}
