#pragma once

#include "domain/forecast.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// Version-level fields as found in the file, before flags override them.
struct VersionFields
{
    RawField versionId;
    RawField asOf;
    RawField bucket;
    RawField priority;
};

// Receives rows as a reader streams them; nothing holds the whole version in memory.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    // Called once before the first row with the version fields seen so far. A JSON document may
    // still carry further version fields after its records.
    virtual void beginRecords(const VersionFields &fieldsSoFar) = 0;
    virtual void record(const RawRecord &record) = 0;
    // Called every few thousand rows with the bytes consumed; returning false cancels the read.
    virtual bool progress(std::size_t consumed, std::size_t total)
    {
        (void)consumed;
        (void)total;
        return true;
    }
};

struct ReadError
{
    std::string message; // "line L, column C: what", or "cancelled"
    bool cancelled = false;
};

enum class InputFormat { Json, Csv };

// `.json` / `.csv` in any case decide; otherwise a first non-blank `{` means JSON.
InputFormat detectInputFormat(std::string_view path, std::string_view content);

// Both readers stop at the first unreadable construct. On success `fields` holds the version fields.
std::optional<ReadError> readForecastJson(std::string_view text, RecordSink &sink, VersionFields &fields);
std::optional<ReadError> readForecastCsv(std::string_view text, RecordSink &sink);

} // namespace planbridge
