#include "connectors/file/fileplanningsource.h"

#include "io/inputfile.h"

#include <algorithm>
#include <filesystem>

namespace planbridge::files {
namespace {

namespace fs = std::filesystem;

std::string textOf(const RawField &field)
{
    return field.kind == RawField::Kind::String ? field.text : std::string();
}

std::string lowerExtension(const fs::path &path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return char(std::tolower(c)); });
    return extension;
}

// Stops a read once the records begin: listing needs only the fields in front of them.
class HeaderSink final : public RecordSink
{
public:
    void beginRecords(const VersionFields &fields) override
    {
        seen = fields;
        begun = true;
    }
    void record(const RawRecord &) override { }
    bool progress(std::size_t, std::size_t) override { return !begun; }

    VersionFields seen;
    bool begun = false;
};

class IgnoringSink final : public RecordSink
{
public:
    void beginRecords(const VersionFields &) override { }
    void record(const RawRecord &) override { }
};

// Counts records and forwards them, with the bytes read as progress.
class CountingSink final : public RecordSink
{
public:
    explicit CountingSink(RecordSink &target)
        : m_target(target)
    {
    }
    void beginRecords(const VersionFields &fields) override { m_target.beginRecords(fields); }
    void record(const RawRecord &record) override
    {
        ++records;
        m_target.record(record);
    }
    bool progress(std::size_t done, std::size_t total) override { return m_target.progress(done, total); }

    std::size_t records = 0;

private:
    RecordSink &m_target;
};

} // namespace

FilePlanningSource::FilePlanningSource(std::string folder)
    : m_folder(std::move(folder))
{
}

Expected<std::vector<FilePlanningSource::Entry>> FilePlanningSource::scan()
{
    std::error_code error;
    if (!fs::is_directory(m_folder, error))
        return EngineError { "version folder " + m_folder + " is not a readable folder" };
    std::vector<fs::path> paths;
    for (fs::directory_iterator it(m_folder, error), end; !error && it != end; it.increment(error)) {
        const std::string extension = lowerExtension(it->path());
        const bool master = it->path().filename() == "master.json";
        if ((extension == ".json" || extension == ".csv") && !master && it->is_regular_file(error))
            paths.push_back(it->path());
    }
    if (error)
        return EngineError { "cannot list " + m_folder + ": " + error.message() };
    std::sort(paths.begin(), paths.end());

    std::vector<Entry> entries;
    for (const fs::path &path : paths) {
        Entry entry;
        entry.path = path.string();
        entry.info.id = path.stem().string();
        entry.info.name = path.filename().string();
        if (lowerExtension(path) == ".json") {
            std::string message;
            auto file = InputFile::open(entry.path, message);
            if (!file)
                return EngineError { message };
            HeaderSink header;
            VersionFields fields;
            auto failure = readForecastJson(file->content(), header, fields);
            if (failure && !failure->cancelled)
                return EngineError { entry.info.name + ": " + failure->message };
            if (!failure)
                header.seen = fields; // read to the end: the complete fields
            // An id written after the records: read the whole file once, so the id is right.
            if (header.seen.versionId.kind == RawField::Kind::Missing && failure) {
                IgnoringSink ignore;
                VersionFields complete;
                if (auto full = readForecastJson(file->content(), ignore, complete))
                    return EngineError { entry.info.name + ": " + full->message };
                header.seen = complete;
            }
            if (const std::string id = textOf(header.seen.versionId); !id.empty())
                entry.info.id = id;
            entry.info.asOf = textOf(header.seen.asOf);
            entry.info.bucket = textOf(header.seen.bucket);
            entry.info.priority = textOf(header.seen.priority);
        }
        for (const Entry &other : entries) {
            if (other.info.id == entry.info.id)
                return EngineError { "version " + entry.info.id + " is in both " + other.info.name + " and "
                    + entry.info.name + "; keep one" };
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

Expected<std::vector<connectors::PlanningVersionInfo>> FilePlanningSource::listVersions()
{
    auto entries = scan();
    if (!entries)
        return entries.error();
    std::vector<connectors::PlanningVersionInfo> versions;
    for (Entry &entry : *entries)
        versions.push_back(std::move(entry.info));
    return versions;
}

Expected<connectors::PulledVersion> FilePlanningSource::pullVersion(
    const std::string &versionId, RecordSink &sink)
{
    auto entries = scan();
    if (!entries)
        return entries.error();
    const auto found = std::find_if(
        entries->begin(), entries->end(), [&](const Entry &e) { return e.info.id == versionId; });
    if (found == entries->end())
        return EngineError { "version " + versionId + " is not in " + m_folder };
    std::string message;
    auto file = InputFile::open(found->path, message);
    if (!file)
        return EngineError { message };
    CountingSink counting(sink);
    connectors::PulledVersion pulled;
    const auto failure = lowerExtension(found->path) == ".json"
        ? readForecastJson(file->content(), counting, pulled.fields)
        : readForecastCsv(file->content(), counting);
    if (failure)
        return EngineError { found->info.name + ": " + failure->message, failure->cancelled };
    pulled.records = counting.records;
    return pulled;
}

} // namespace planbridge::files
