#include "resultwriter.h"

#include "atomicfile.h"
#include "jsonscanner.h"
#include "domain/decimal.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <limits>
#include <unordered_map>

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
    JsonOut &number(std::uint64_t n)
    {
        char digits[24];
        return raw(std::string_view(digits, std::size_t(std::to_chars(digits, digits + sizeof digits, n).ptr - digits)));
    }
    // `123.450`, without building a string on the common (64-bit, non-negative) path.
    JsonOut &thousandths(Int128 t)
    {
        if (t < 0 || t > static_cast<Int128>(std::numeric_limits<std::uint64_t>::max()))
            return raw(formatThousandths(t));
        const auto v = static_cast<std::uint64_t>(t);
        char digits[32];
        char *p = std::to_chars(digits, digits + sizeof digits, v / 1000).ptr;
        const auto frac = static_cast<unsigned>(v % 1000);
        *p++ = '.';
        *p++ = static_cast<char>('0' + frac / 100);
        *p++ = static_cast<char>('0' + frac / 10 % 10);
        *p++ = static_cast<char>('0' + frac % 10);
        return raw(std::string_view(digits, std::size_t(p - digits)));
    }

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

// The parts of an accepted record that repeat from record to record, formatted once: per item, per
// location and per period. A million records then cost a few appends each instead of a dozen
// escapes, allocations and snprintf calls.
class AcceptedWriter
{
public:
    explicit AcceptedWriter(const ValidationResult &result) : m_result(result)
    {
        for (const ItemInfo &item : result.items) {
            std::string head = "  {\"item\": ";
            appendJsonString(head, item.item);
            m_itemHead.push_back(std::move(head));
            std::string uom = "\", \"uom\": ";
            appendJsonString(uom, item.baseUom);
            uom += ", \"sources\": [";
            m_itemUom.push_back(std::move(uom));
        }
        for (const LocationInfo &location : result.locations) {
            std::string text = ", \"location\": ";
            appendJsonString(text, location.location);
            text += ", \"erp_plant\": ";
            appendJsonString(text, location.erpPlant);
            text += ", \"mrp_area\": ";
            appendJsonString(text, location.mrpArea);
            text += ", \"period_type\": \"";
            text += periodLetter(location.periodType);
            m_location.push_back(std::move(text));
        }
    }

    void write(JsonOut &out, const AcceptedRecord &r)
    {
        out.raw(m_itemHead[r.item]).raw(m_location[r.location]);
        out.raw(period(r.periodStart, m_result.locations[r.location].periodType));
        out.raw("\", \"quantity\": \"").thousandths(r.quantity);
        out.raw(m_itemUom[r.item]);
        for (std::uint32_t i = 0; i < r.sourcesCount; ++i) {
            if (i)
                out.raw(", ");
            out.number(m_result.sources[r.sourcesBegin + i]);
        }
        out.raw("]}");
    }

private:
    const std::string &period(Date start, PeriodType type)
    {
        const std::int64_t key = std::int64_t(start.dayNumber()) * 4 + static_cast<int>(type);
        auto it = m_period.find(key);
        if (it == m_period.end())
            it = m_period.emplace(key, "\", \"period\": \"" + periodLabel(start, type) + "\", \"period_start\": \""
                                           + start.toString()).first;
        return it->second;
    }

    const ValidationResult &m_result;
    std::vector<std::string> m_itemHead, m_itemUom, m_location;
    std::unordered_map<std::int64_t, std::string> m_period;
};

void writeReject(JsonOut &out, const Reject &r)
{
    out.raw("  {\"row\": ").number(r.row);
    out.raw(", \"reason\": \"").raw(reasonCodeName(r.reason));
    out.raw("\", \"field\": ").optionalString(r.field);
    out.raw(", \"value\": ").optionalString(r.value);
    out.raw(", \"message\": ").string(r.message).raw("}");
}

} // namespace

bool writeValidationResult(const ValidationResult &result, std::FILE *file)
{
    JsonOut out(file);
    out.raw("{\"version_id\": ").optionalString(result.versionId);
    out.raw(", \"as_of\": \"").raw(result.asOf.toString()).raw("\",\n \"accepted\": [");
    if (!result.accepted.empty()) {
        AcceptedWriter accepted(result);
        for (std::size_t i = 0; i < result.accepted.size(); ++i) {
            out.raw(i ? ",\n" : "\n");
            accepted.write(out, result.accepted[i]);
        }
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
    AtomicFile file(path);
    std::string error;
    std::FILE *out = file.open(error);
    if (!out)
        return EngineError {error};
    if (!writeValidationResult(result, out))
        return EngineError {"cannot write " + path + ": " + std::strerror(errno)};
    if (!file.commit(error))
        return EngineError {error};
    return std::nullopt;
}

} // namespace planbridge
