#pragma once

#include "domain/expected.h"
#include "domain/forecast.h"
#include "store/cache.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::store {

// One input row of a version as it came in (raw text; a missing field is null).
struct StoredRecord
{
    std::uint32_t row = 0;
    std::optional<std::string> item;
    std::optional<std::string> location;
    std::optional<std::string> channel;
    std::optional<std::string> bucketStart;
    std::optional<std::string> quantity;
    std::optional<std::string> uom;
};

// Which rows to show, and in what order: the console's record table asks for one page at a time.
struct RecordQuery
{
    std::optional<std::string> item; // exact
    std::optional<std::string> location; // exact
    std::optional<std::string> channel; // exact
    std::optional<std::string> bucketStart; // exact, YYYY-MM-DD
    std::string search; // substring of item, location or channel
    enum class Sort { Row, Item, Location, Channel, BucketStart } sort = Sort::Row;
    bool descending = false;
    std::size_t offset = 0;
    std::size_t limit = 200;
};

// The input rows of each version, kept as rows so a million of them can be filtered, sorted and
// paged without loading them.
class RecordStore
{
public:
    explicit RecordStore(Cache &cache);

    // Replaces the version's rows with those `produce` delivers through `add(row, record)`, in one
    // transaction (or the caller's). The engine feeds it from the streaming readers.
    using Add = std::function<bool(std::uint32_t row, const RawRecord &record)>;
    std::optional<EngineError> save(
        const std::string &versionId, const std::function<std::optional<EngineError>(const Add &)> &produce);
    Expected<std::size_t> count(const std::string &versionId, const RecordQuery &query);
    Expected<std::vector<StoredRecord>> page(const std::string &versionId, const RecordQuery &query);
    // The given rows (0-based), in row order; rows the version does not have are left out.
    Expected<std::vector<StoredRecord>> rows(const std::string &versionId, const std::vector<std::uint32_t> &rows);

private:
    Cache &m_cache;
};

} // namespace planbridge::store
