// libFuzzer target for every parser a user's file reaches: the forecast JSON and CSV readers, the
// master-data reader, and the whole validation pipeline behind them. Any input must end in a
// result or a clean error; a crash, sanitizer report or hang is a bug.
#include "engine/forecastvalidation.h"
#include "io/forecastreader.h"
#include "io/masterdatareader.h"
#include "io/resultwriter.h"
#include "sample/sampledata.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace planbridge;

class CountingSink final : public RecordSink
{
public:
    void beginRecords(const VersionFields &) override { }
    void record(const RawRecord &r) override { m_rows += r.fields.size(); }
    std::size_t m_rows = 0;
};

const MasterData &sampleMaster()
{
    static const MasterData master = [] {
        auto m = loadMasterData(sampleMasterData());
        if (!m)
            std::abort();
        return *m;
    }();
    return master;
}

void validateAndWrite(std::string_view input, std::string_view name)
{
    auto result = validateForecast(sampleMaster(), input, name, {});
    if (!result)
        return;
    static std::FILE *sinkFile = std::fopen("/dev/null", "w");
    writeValidationResult(*result, sinkFile);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    CountingSink sink;
    VersionFields fields;
    (void)readForecastJson(text, sink, fields);
    (void)readForecastCsv(text, sink);
    std::string error;
    (void)readMasterData(text, error);
    validateAndWrite(text, "fuzz.json");
    validateAndWrite(text, "fuzz.csv");
    return 0;
}
