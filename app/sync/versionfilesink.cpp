#include "versionfilesink.h"

#include "io/jsonscanner.h"

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

bool VersionFileSink::open(std::string &error)
{
    m_out = m_file.open(error);
    return m_out != nullptr;
}

void VersionFileSink::write(const std::string &text)
{
    if (!m_failed && std::fwrite(text.data(), 1, text.size(), m_out) != text.size())
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
    if (m_failed) {
        error = "cannot write the version file: the disk refused the data";
        return false;
    }
    return m_file.commit(error);
}

} // namespace planbridge::cli
