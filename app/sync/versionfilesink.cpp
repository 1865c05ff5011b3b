#include "versionfilesink.h"

#include "io/jsonscanner.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace planbridge::cli {
namespace {

// Appends `"name": value` for a present field: strings quoted, other values as their compact text.
void appendMember(std::string &out, std::string_view name, const RawField &field, bool &first)
{
    if (field.kind == RawField::Kind::Missing)
        return;
    if (!first)
        out += ", ";
    first = false;
    appendJsonString(out, name);
    out += ": ";
    if (field.kind == RawField::Kind::String)
        appendJsonString(out, field.text);
    else if (field.kind == RawField::Kind::Null)
        out += "null";
    else
        out += field.text;
}

} // namespace

VersionFileSink::VersionFileSink(std::string path) : m_path(std::move(path)) { }

VersionFileSink::~VersionFileSink()
{
    if (m_file) {
        std::fclose(m_file);
        ::unlink(m_temp.c_str());
    }
}

bool VersionFileSink::open(std::string &error)
{
    m_temp = m_path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(m_temp.data());
    if (fd < 0 || !(m_file = ::fdopen(fd, "wb"))) {
        error = "cannot write " + m_path + ": " + std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    return true;
}

void VersionFileSink::write(const std::string &text)
{
    if (!m_failed && std::fwrite(text.data(), 1, text.size(), m_file) != text.size())
        m_failed = true;
}

void VersionFileSink::beginRecords(const VersionFields &fields)
{
    std::string header = "{";
    bool first = true;
    appendMember(header, "version_id", fields.versionId, first);
    appendMember(header, "as_of", fields.asOf, first);
    appendMember(header, "bucket", fields.bucket, first);
    appendMember(header, "priority", fields.priority, first);
    write(header + (first ? "" : ",") + "\n \"records\": [");
}

void VersionFileSink::record(const RawRecord &record)
{
    m_buffer.assign(m_first ? "\n  {" : ",\n  {");
    m_first = false;
    bool first = true;
    for (int i = 0; i < RecordFieldCount; ++i) {
        const auto field = static_cast<RecordField>(i);
        appendMember(m_buffer, recordFieldName(field), record[field], first);
    }
    m_buffer += "}";
    write(m_buffer);
}

bool VersionFileSink::commit(std::string &error)
{
    write(m_first ? "]}\n" : "\n ]}\n");
    const bool flushed = !m_failed && std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!flushed || !closed || std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
        error = "cannot write " + m_path + ": " + std::strerror(errno);
        ::unlink(m_temp.c_str());
        return false;
    }
    return true;
}

} // namespace planbridge::cli
