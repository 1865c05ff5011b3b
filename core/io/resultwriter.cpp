#include "resultwriter.h"

#include "jsonscanner.h"
#include "domain/decimal.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace planbridge {
namespace {

// Buffers output in large chunks; the hot loop appends to a string, not to stdio.
class JsonOut
{
public:
    explicit JsonOut(std::FILE *out) : m_out(out) { m_buffer.reserve(1 << 20); }

    JsonOut &raw(std::string_view s)
    {
        m_buffer.append(s);
        if (m_buffer.size() >= (1 << 20))
            flush();
        return *this;
    }
    JsonOut &string(std::string_view s)
    {
        appendJsonString(m_buffer, s);
        return *this;
    }
    JsonOut &optionalString(const std::optional<std::string> &s) { return s ? string(*s) : raw("null"); }
    JsonOut &number(std::uint64_t n) { return raw(std::to_string(n)); }

    bool flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
        return !m_failed;
    }
    bool finish() { return flush() && std::fflush(m_out) == 0 && !std::ferror(m_out); }

private:
    std::FILE *m_out;
    std::string m_buffer;
    bool m_failed = false;
};

void writeAccepted(JsonOut &out, const ValidationResult &result, const AcceptedRecord &r)
{
    const ItemInfo &item = result.items[r.item];
    const LocationInfo &location = result.locations[r.location];
    out.raw("  {\"item\": ").string(item.item);
    out.raw(", \"location\": ").string(location.location);
    out.raw(", \"erp_plant\": ").string(location.erpPlant);
    out.raw(", \"mrp_area\": ").string(location.mrpArea);
    out.raw(", \"period_type\": \"").raw(periodLetter(location.periodType));
    out.raw("\", \"period\": \"").raw(periodLabel(r.periodStart, location.periodType));
    out.raw("\", \"period_start\": \"").raw(r.periodStart.toString());
    out.raw("\", \"quantity\": \"").raw(formatThousandths(r.quantity));
    out.raw("\", \"uom\": ").string(item.baseUom);
    out.raw(", \"sources\": [");
    for (std::uint32_t i = 0; i < r.sourcesCount; ++i) {
        if (i)
            out.raw(", ");
        out.number(result.sources[r.sourcesBegin + i]);
    }
    out.raw("]}");
}

void writeReject(JsonOut &out, const Reject &r)
{
    out.raw("  {\"row\": ").number(r.row);
    out.raw(", \"reason\": \"").raw(reasonCodeName(r.reason));
    out.raw("\", \"field\": ").optionalString(r.field);
    out.raw(", \"value\": ").optionalString(r.value);
    out.raw(", \"message\": ").string(r.message).raw("}");
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

bool writeValidationResult(const ValidationResult &result, std::FILE *file)
{
    JsonOut out(file);
    out.raw("{\"version_id\": ").optionalString(result.versionId);
    out.raw(", \"as_of\": \"").raw(result.asOf.toString()).raw("\",\n \"accepted\": [");
    for (std::size_t i = 0; i < result.accepted.size(); ++i) {
        out.raw(i ? ",\n" : "\n");
        writeAccepted(out, result, result.accepted[i]);
    }
    out.raw(result.accepted.empty() ? "],\n \"rejects\": [" : "\n ],\n \"rejects\": [");
    for (std::size_t i = 0; i < result.rejects.size(); ++i) {
        out.raw(i ? ",\n" : "\n");
        writeReject(out, result.rejects[i]);
    }
    out.raw(result.rejects.empty() ? "],\n" : "\n ],\n");
    out.raw(" \"summary\": {\"rows_in\": ").number(result.rowsIn);
    out.raw(", \"rows_accepted\": ").number(result.rowsAccepted);
    out.raw(", \"rows_rejected\": ").number(result.rejects.size());
    out.raw(", \"records_out\": ").number(result.accepted.size());
    out.raw(",\n  \"rejects_by_reason\": {");
    bool first = true;
    for (int i = 0; i < ReasonCodeCount; ++i) {
        if (result.rejectsByReason[static_cast<std::size_t>(i)] == 0)
            continue;
        out.raw(first ? "\"" : ", \"").raw(reasonCodeName(static_cast<ReasonCode>(i))).raw("\": ");
        out.number(result.rejectsByReason[static_cast<std::size_t>(i)]);
        first = false;
    }
    out.raw("}}}\n");
    return out.finish();
}

std::optional<EngineError> writeValidationResultFile(const ValidationResult &result, const std::string &path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return EngineError {"cannot write " + path + ": it is a directory"};
    std::string temp = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return EngineError {"cannot write " + path + ": " + std::strerror(errno)};
    ::fchmod(fd, 0644 & ~currentUmask()); // mkstemp creates 0600; give the result ordinary permissions
    std::FILE *file = ::fdopen(fd, "wb");
    if (!file) {
        ::close(fd);
        ::unlink(temp.c_str());
        return EngineError {"cannot write " + path + ": " + std::strerror(errno)};
    }
    const bool written = writeValidationResult(result, file) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        ::unlink(temp.c_str());
        return EngineError {"cannot write " + path + ": " + std::strerror(written ? errno : savedErrno)};
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temp.c_str());
        return EngineError {"cannot write " + path + ": " + std::strerror(renameErrno)};
    }
    return std::nullopt;
}

} // namespace planbridge
