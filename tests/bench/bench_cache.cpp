// Stores the validation result of a synthetic version in a fresh cache and reads it back, `runs`
// times, and reports the median of each with the record counts.
// Usage: bench_cache [records] [--runs N]
#include "engine/forecastvalidation.h"
#include "sample/syntheticversion.h"
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
    std::vector<double> saves, loads;
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
    std::filesystem::remove_all(folder);
    return 0;
}
