#include "connectors/file/fileerptarget.h"

#include "connectors/file/pirstatefile.h"
#include "domain/decimal.h"
#include "io/atomicfile.h"
#include "io/inputfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace planbridge::files {
namespace {

using connectors::PirWriteResult;
using connectors::PirWriteStatus;
using s4::PirStateItem;

// Holds an exclusive flock for its lifetime.
class FolderLock
{
public:
    explicit FolderLock(const std::string &path)
        : m_fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_fd < 0 || ::flock(m_fd, LOCK_EX) != 0)
            m_error = "cannot lock " + path + ": " + std::strerror(errno);
    }
    ~FolderLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;
    const std::string &error() const { return m_error; }

private:
    int m_fd;
    std::string m_error;
};

// The key of an item: everything but quantity and unit.
PirStateItem keyOf(PirStateItem item)
{
    item.quantity.clear();
    item.unit.clear();
    return item;
}

Expected<std::vector<PirStateItem>> loadState(const std::string &path)
{
    std::error_code ignored;
    if (!std::filesystem::exists(path, ignored))
        return std::vector<PirStateItem>();
    std::string error;
    const auto text = readWholeFile(path, error);
    if (!text)
        return EngineError { error };
    auto items = parsePirStateJson(*text);
    if (!items)
        return EngineError { path + ": " + items.error().message + " (the file is left as it is)" };
    return items;
}

std::optional<std::string> writeAtomically(const std::string &path, const std::string &text)
{
    std::string error;
    AtomicFile file(path);
    std::FILE *stream = file.open(error);
    if (!stream)
        return error;
    if (std::fwrite(text.data(), 1, text.size(), stream) != text.size())
        return "cannot write " + path;
    if (!file.commit(error))
        return error;
    return std::nullopt;
}

PirWriteResult failed(const std::string &message)
{
    PirWriteResult result;
    result.status = PirWriteStatus::Failed;
    result.outcome = net::Outcome::RetryableTechnical; // a full disk or a held lock may clear
    result.attempts = 1;
    result.message = message;
    return result;
}

} // namespace

FileErpTarget::FileErpTarget(std::string folder)
    : m_folder(std::move(folder))
{
}

std::string FileErpTarget::statePath() const
{
    return (std::filesystem::path(m_folder) / "pir-state.json").string();
}

std::string FileErpTarget::csvPath() const
{
    return (std::filesystem::path(m_folder) / "pir-state.csv").string();
}

Expected<std::vector<PirWriteResult>> FileErpTarget::writePirs(const std::vector<s4::PirHeader> &headers,
    const connectors::PirWriteOptions &options, const connectors::WriteProgress &progress)
{
    if (!options.requestIds.empty() && options.requestIds.size() != headers.size())
        return EngineError { "PIR write: " + std::to_string(options.requestIds.size()) + " request ids for "
            + std::to_string(headers.size()) + " headers" };
    std::vector<PirWriteResult> results(headers.size());
    const FolderLock lock((std::filesystem::path(m_folder) / "pir-state.lock").string());
    if (!lock.error().empty()) {
        std::fill(results.begin(), results.end(), failed(lock.error()));
        return results;
    }
    auto state = loadState(statePath());
    if (!state) {
        std::fill(results.begin(), results.end(), failed(state.error().message));
        return results;
    }
    std::map<PirStateItem, PirStateItem> byKey;
    for (PirStateItem &item : *state)
        byKey.emplace(keyOf(item), std::move(item));

    for (std::size_t h = 0; h < headers.size(); ++h) {
        const s4::PirHeader &header = headers[h];
        PirWriteResult &result = results[h];
        result.attempts = 1;
        result.outcome = net::Outcome::Success;
        result.status = PirWriteStatus::Written;
        for (const s4::PirItem &item : header.items) {
            const QuantityParse quantity = parseQuantityString(item.quantity);
            if (!quantity.ok()) {
                result.status = PirWriteStatus::Rejected;
                result.outcome = net::Outcome::Business;
                result.message = "period " + item.period + ": quantity \"" + item.quantity.substr(0, 40)
                    + "\": " + describe(quantity.error);
                break;
            }
        }
        if (result.status != PirWriteStatus::Written)
            continue; // a header is all or nothing, as a deep insert is
        for (const s4::PirItem &item : header.items) {
            PirStateItem entry { header.product, header.plant, header.mrpArea, header.requirementType,
                header.version, header.requirementPlan, header.requirementSegment, item.period,
                item.periodType, parseQuantityString(item.quantity).value.toString(), item.unit };
            byKey[keyOf(entry)] = std::move(entry);
        }
    }

    std::vector<PirStateItem> merged;
    merged.reserve(byKey.size());
    for (auto &[key, item] : byKey)
        merged.push_back(std::move(item));
    // The JSON first: it is the state. If the CSV then fails, a retry rewrites both to the same.
    auto error = writeAtomically(statePath(), pirStateJson(merged));
    if (!error)
        error = writeAtomically(csvPath(), pirStateCsv(merged));
    if (error) {
        for (PirWriteResult &result : results) {
            if (result.status == PirWriteStatus::Written)
                result = failed(*error);
        }
    }
    if (progress)
        progress(headers.size(), headers.size());
    return results;
}

Expected<std::vector<PirStateItem>> FileErpTarget::readPirState(const connectors::PirStateFilter &filter)
{
    auto state = loadState(statePath());
    if (!state)
        return state.error();
    const auto matches = [&](const PirStateItem &item) {
        return (!filter.product || item.product == *filter.product)
            && (!filter.plant || item.plant == *filter.plant)
            && (!filter.mrpArea || item.mrpArea == *filter.mrpArea)
            && (!filter.requirementType || item.requirementType == *filter.requirementType)
            && (!filter.version || item.version == *filter.version);
    };
    std::vector<PirStateItem> items;
    for (PirStateItem &item : *state) {
        if (matches(item))
            items.push_back(std::move(item));
    }
    return items;
}

} // namespace planbridge::files
