#include "forecastreader.h"

#include "utf8.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

namespace planbridge {
namespace {

constexpr std::size_t ProgressEvery = 4096;

struct CsvError : std::runtime_error
{
    CsvError(std::size_t offset_, const std::string &what) : std::runtime_error(what), offset(offset_) { }
    std::size_t offset;
};

// RFC 4180 records over a buffer: ',' separator, '"' quoting with "" escapes, LF or CRLF line ends.
class CsvScanner
{
public:
    explicit CsvScanner(std::string_view text) : m_text(text)
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
    }

    std::size_t offset() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads the next record into `fields` (reusing their storage) and returns the field count;
    // 0 means a completely empty line.
    std::size_t next(std::vector<std::string> &fields)
    {
        if (consumeLineEnd())
            return 0;
        std::size_t count = 0;
        for (;;) {
            if (fields.size() <= count)
                fields.emplace_back();
            std::string &field = fields[count++];
            field.clear();
            if (m_pos < m_text.size() && m_text[m_pos] == '"')
                readQuoted(field);
            else
                readPlain(field);
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            consumeLineEnd();
            return count;
        }
    }

private:
    bool consumeLineEnd()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
            ++m_pos;
            return true;
        }
        if (m_text.substr(m_pos, 2) == "\r\n") {
            m_pos += 2;
            return true;
        }
        return false;
    }

    bool atFieldEnd() const
    {
        if (m_pos >= m_text.size())
            return true;
        const char c = m_text[m_pos];
        return c == ',' || c == '\n' || (c == '\r' && m_text.substr(m_pos, 2) == "\r\n");
    }

    void checkUtf8(std::size_t &i) const
    {
        const std::size_t length = utf8SequenceLength(m_text, i);
        if (length == 0)
            throw CsvError(i, "invalid UTF-8");
        i += length - 1;
    }

    void readPlain(std::string &field)
    {
        const std::size_t begin = m_pos;
        std::size_t i = m_pos;
        for (; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == ',' || c == '\n' || (c == '\r' && i + 1 < m_text.size() && m_text[i + 1] == '\n'))
                break;
            if (static_cast<unsigned char>(c) >= 0x80)
                checkUtf8(i);
        }
        field.assign(m_text.data() + begin, i - begin);
        m_pos = i;
    }

    void readQuoted(std::string &field)
    {
        const std::size_t open = m_pos++;
        for (;;) {
            std::size_t i = m_pos;
            for (; i < m_text.size() && m_text[i] != '"'; ++i) {
                if (static_cast<unsigned char>(m_text[i]) >= 0x80)
                    checkUtf8(i);
            }
            if (i >= m_text.size())
                throw CsvError(open, "unterminated quoted field");
            field.append(m_text.data() + m_pos, i - m_pos);
            m_pos = i + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                field.push_back('"');
                ++m_pos;
                continue;
            }
            if (!atFieldEnd())
                throw CsvError(m_pos, "text after a closing quote");
            return;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

void readCsv(std::string_view text, RecordSink &sink, bool &cancelled)
{
    CsvScanner scanner(text);
    std::vector<std::string> fields;
    std::size_t headerCount = 0;
    while (!scanner.atEnd() && headerCount == 0)
        headerCount = scanner.next(fields);
    if (headerCount == 0)
        throw CsvError(0, "the CSV file has no header row");

    constexpr std::size_t Absent = static_cast<std::size_t>(-1);
    std::array<std::size_t, RecordFieldCount> columns;
    columns.fill(Absent);
    for (std::size_t i = 0; i < headerCount; ++i) {
        const auto field = parseRecordFieldName(trimAscii(fields[i]));
        if (field && columns[static_cast<std::size_t>(*field)] == Absent)
            columns[static_cast<std::size_t>(*field)] = i; // the first of repeated columns wins
    }
    for (std::size_t f = 0; f < columns.size(); ++f) {
        if (columns[f] == Absent)
            throw CsvError(0, "the CSV header has no \"" + std::string(recordFieldName(static_cast<RecordField>(f)))
                               + "\" column (it needs item, location, channel, bucket_start, quantity, uom)");
    }

    sink.beginRecords(VersionFields {});
    RawRecord record;
    std::size_t count = 0;
    while (!scanner.atEnd()) {
        const std::size_t n = scanner.next(fields);
        if (n == 0)
            continue;
        record.clear();
        if (n > headerCount) {
            record.shape = RawRecord::Shape::TooManyFields;
        } else {
            for (std::size_t f = 0; f < columns.size(); ++f) {
                if (columns[f] < n) {
                    record.fields[f].kind = RawField::Kind::String;
                    record.fields[f].text.swap(fields[columns[f]]);
                }
            }
        }
        sink.record(record);
        if (++count % ProgressEvery == 0 && !sink.progress(scanner.offset(), text.size())) {
            cancelled = true;
            return;
        }
    }
}

bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size()
        && std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b); });
}

} // namespace

std::optional<ReadError> readForecastCsv(std::string_view text, RecordSink &sink)
{
    bool cancelled = false;
    try {
        readCsv(text, sink, cancelled);
    } catch (const CsvError &e) {
        return ReadError {locatedMessage(text, e.offset, e.what())};
    }
    if (cancelled)
        return ReadError {"cancelled", true};
    return std::nullopt;
}

InputFormat detectInputFormat(std::string_view path, std::string_view content)
{
    if (endsWithNoCase(path, ".json"))
        return InputFormat::Json;
    if (endsWithNoCase(path, ".csv"))
        return InputFormat::Csv;
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    const auto first = content.find_first_not_of(" \t\r\n\f\v");
    return first != std::string_view::npos && content[first] == '{' ? InputFormat::Json : InputFormat::Csv;
}

} // namespace planbridge
