#include "forecastvalidation.h"

#include "io/forecastreader.h"
#include "io/inputfile.h"
#include "io/masterdatareader.h"
#include "transform/erpaggregator.h"
#include "transform/periodsplitter.h"
#include "validate/duplicatetracker.h"
#include "validate/rowchecker.h"

#include <memory>

namespace planbridge {
namespace {

// A version field from the flag, else from the file; trimmed, empty counts as missing.
Expected<std::optional<std::string>> versionField(
    const std::optional<std::string> &flag, const RawField &file, const char *name)
{
    if (flag) {
        const auto trimmed = trimAscii(*flag);
        return trimmed.empty() ? std::optional<std::string>() : std::optional<std::string>(trimmed);
    }
    switch (file.kind) {
    case RawField::Kind::Missing:
    case RawField::Kind::Null:
        return std::optional<std::string>();
    case RawField::Kind::String: {
        const auto trimmed = trimAscii(file.text);
        return trimmed.empty() ? std::optional<std::string>() : std::optional<std::string>(trimmed);
    }
    default:
        return EngineError { std::string("the version field \"") + name + "\" must be a string, not "
            + file.text };
    }
}

Expected<VersionHeader> resolveHeader(const VersionFields &file, const VersionOverrides &flags)
{
    VersionHeader header;
    auto versionId = versionField(flags.versionId, file.versionId, "version_id");
    if (!versionId)
        return versionId.error();
    header.versionId = *versionId;

    auto asOf = versionField(flags.asOf, file.asOf, "as_of");
    if (!asOf)
        return asOf.error();
    if (!*asOf)
        return EngineError { "as_of is missing: give it in the version file or with --as-of YYYY-MM-DD" };
    const auto date = Date::parse(**asOf);
    if (!date)
        return EngineError { "as_of \"" + **asOf + "\" is not a valid YYYY-MM-DD date" };
    header.asOf = *date;

    auto bucket = versionField(flags.bucket, file.bucket, "bucket");
    if (!bucket)
        return bucket.error();
    if (!*bucket)
        return EngineError {
            "bucket is missing: give it in the version file or with --bucket day|week|month"
        };
    const auto type = parseBucketName(**bucket);
    if (!type)
        return EngineError { "bucket \"" + **bucket + "\" must be day, week or month" };
    header.bucket = *type;

    auto priority = versionField(flags.priority, file.priority, "priority");
    if (!priority)
        return priority.error();
    if (*priority) {
        const auto p = parsePriority(**priority);
        if (!p)
            return EngineError { "priority \"" + **priority + "\" must be normal or high" };
        header.priority = *p;
    }
    return header;
}

// Receives rows from a reader and runs checks, splits and aggregation on each as it arrives. When
// the version fields come after the records in a JSON file, rows are kept until the end instead.
class ValidationRun final : public RecordSink
{
public:
    ValidationRun(const MasterData &master, const VersionOverrides &flags, const ProgressCallback &progress,
        InputFile *file, const RowAdjustments *adjustments)
        : m_index(master)
        , m_flags(flags)
        , m_progress(progress)
        , m_file(file)
        , m_adjustments(adjustments && !adjustments->empty() ? adjustments : nullptr)
    {
    }

    void expectRows(std::size_t rows) { m_duplicates.reserve(rows); }

    void beginRecords(const VersionFields &fieldsSoFar) override
    {
        auto header = resolveHeader(fieldsSoFar, m_flags);
        if (header)
            start(*header);
    }

    void record(const RawRecord &record) override
    {
        if (m_checker)
            process(record);
        else
            m_pending.push_back(record);
    }

    bool progress(std::size_t consumed, std::size_t total) override
    {
        if (m_file)
            m_file->release(consumed);
        if (!m_progress)
            return true;
        return m_progress(total == 0
                ? 950
                : static_cast<int>(static_cast<double>(consumed) / static_cast<double>(total) * 950));
    }

    Expected<ValidationResult> finish(const VersionFields &fields)
    {
        auto header = resolveHeader(fields, m_flags);
        if (!header)
            return header.error();
        if (m_checker) {
            // Fields after the records may still name the version; as_of and bucket cannot differ
            // (a repeated key is unreadable), so the rows already checked stay valid.
            m_header.versionId = header->versionId;
            m_header.priority = header->priority;
        } else {
            start(*header);
        }
        for (const RawRecord &r : m_pending)
            process(r);
        m_pending.clear();
        if (m_tooManyRows)
            return EngineError { "the version has more than 4294967294 rows" };

        m_result.versionId = m_header.versionId;
        m_result.asOf = m_header.asOf;
        m_result.bucket = m_header.bucket;
        m_result.highPriority = m_header.priority == Priority::High;
        m_aggregator.finish(m_index.master(), m_result);
        if (m_progress)
            m_progress(1000);
        return std::move(m_result);
    }

private:
    void start(const VersionHeader &header)
    {
        m_header = header;
        m_checker = std::make_unique<RowChecker>(m_index, m_header);
    }

    void reject(Reject reject)
    {
        ++m_result.rejectsByReason[static_cast<std::size_t>(reject.reason)];
        m_result.rejects.push_back(std::move(reject));
    }

    void process(const RawRecord &record)
    {
        if (m_result.rowsIn >= UINT32_MAX - 1) {
            m_tooManyRows = true;
            return;
        }
        const auto row = static_cast<std::uint32_t>(m_result.rowsIn++);
        if (m_adjustments) {
            if (m_adjustments->excluded.count(row)) {
                ++m_result.rowsExcluded;
                return;
            }
            if (const auto fixes = m_adjustments->fields.find(row); fixes != m_adjustments->fields.end()) {
                RawRecord fixed = record;
                for (const auto &[field, value] : fixes->second) {
                    fixed[field].kind = RawField::Kind::String;
                    fixed[field].text = value;
                }
                return check(row, fixed);
            }
        }
        check(row, record);
    }

    void check(std::uint32_t row, const RawRecord &record)
    {
        CheckedRow c;
        if (auto r = m_checker->check(row, record, c)) {
            reject(std::move(*r));
            return;
        }
        const std::uint32_t earlier = m_duplicates.find(c.item, c.location, c.channel, c.bucketStart);
        const MasterData &md = m_index.master();
        if (earlier != DuplicateTracker::None) {
            reject(makeReject(row, ReasonCode::DuplicateKey, record, RecordField::BucketStart,
                "duplicate of row " + std::to_string(earlier) + " for item " + md.items[c.item].item
                    + ", location " + md.locations[c.location].location + ", channel "
                    + std::string(c.channel) + ", bucket " + c.bucketStart.toString()));
            return;
        }
        const Location &location = md.locations[c.location];
        const PlantCalendar &calendar = m_index.calendarOf(c.location);
        if (!splitBucket(
                c.bucketStart, m_header.bucket, location.periodType, calendar, c.quantity, m_parts)) {
            const Date last = Date::fromDayNumber(
                static_cast<std::int32_t>(bucketLastDay(c.bucketStart, m_header.bucket)));
            reject(makeReject(row, ReasonCode::NoWorkingDays, record, RecordField::BucketStart,
                "calendar " + calendar.name() + " of location " + location.location
                    + " has no working day from " + c.bucketStart.toString() + " to " + last.toString()));
            return;
        }
        m_duplicates.insert(c.item, c.location, c.channel, c.bucketStart, row);
        m_aggregator.add(row, c.item, c.location, m_index.erpGroupOf(c.location), m_parts);
        ++m_result.rowsAccepted;
    }

    MasterIndex m_index;
    const VersionOverrides &m_flags;
    const ProgressCallback &m_progress;
    InputFile *m_file;
    const RowAdjustments *m_adjustments;
    VersionHeader m_header;
    std::unique_ptr<RowChecker> m_checker;
    std::vector<RawRecord> m_pending;
    DuplicateTracker m_duplicates;
    ErpAggregator m_aggregator;
    std::vector<PeriodPart> m_parts;
    ValidationResult m_result;
    bool m_tooManyRows = false;
};

Expected<ValidationResult> run(const MasterData &master, std::string_view input, std::string_view inputName,
    const VersionOverrides &overrides, const ProgressCallback &progress, InputFile *file,
    const RowAdjustments *adjustments = nullptr)
{
    const InputFormat format = detectInputFormat(inputName, input);
    VersionFields fields;
    if (format == InputFormat::Csv) {
        // A flat file carries no version fields: without the flags there is nothing to wait for.
        if (auto header = resolveHeader(fields, overrides); !header)
            return header.error();
    }
    ValidationRun validation(master, overrides, progress, file, adjustments);
    // A typical row takes ~130 bytes of JSON or ~45 of CSV; sizing the duplicate table up front
    // saves its rehashes.
    validation.expectRows(input.size() / (format == InputFormat::Json ? 130 : 45));
    const auto error = format == InputFormat::Json ? readForecastJson(input, validation, fields)
                                                   : readForecastCsv(input, validation);
    if (error)
        return EngineError { error->cancelled ? "cancelled" : std::string(inputName) + ": " + error->message,
            error->cancelled };
    return validation.finish(fields);
}

} // namespace

Expected<MasterData> loadMasterData(std::string_view text)
{
    std::string error;
    auto master = readMasterData(text, error);
    if (!master)
        return EngineError { error };
    return std::move(*master);
}

Expected<MasterData> loadMasterDataFile(const std::string &path)
{
    std::string error;
    auto file = InputFile::open(path, error);
    if (!file)
        return EngineError { error };
    auto master = readMasterData(file->content(), error);
    if (!master)
        return EngineError { "master data " + path + ": " + error };
    return std::move(*master);
}

Expected<ValidationResult> validateForecast(const MasterData &master, std::string_view input,
    std::string_view inputName, const VersionOverrides &overrides, const ProgressCallback &progress,
    const RowAdjustments *adjustments)
{
    return run(master, input, inputName, overrides, progress, nullptr, adjustments);
}

Expected<ValidationResult> validateForecastFiles(const std::string &masterPath, const std::string &inputPath,
    const VersionOverrides &overrides, const ProgressCallback &progress)
{
    auto master = loadMasterDataFile(masterPath);
    if (!master)
        return master.error();
    std::string error;
    auto file = InputFile::open(inputPath, error);
    if (!file)
        return EngineError { error };
    return run(*master, file->content(), inputPath, overrides, progress, &*file);
}

} // namespace planbridge
