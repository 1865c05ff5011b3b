#include "forecastreader.h"

#include "jsonscanner.h"
#include "utf8.h"

#include <unordered_set>
#include <vector>

namespace planbridge {
namespace {

constexpr std::size_t ProgressEvery = 4096;

class ForecastJsonReader
{
public:
    ForecastJsonReader(std::string_view text, RecordSink &sink, VersionFields &fields)
        : m_scanner(text), m_sink(sink), m_fields(fields)
    {
    }

    void read()
    {
        if (m_scanner.peek() != '{')
            m_scanner.fail("a forecast version must be a JSON object with \"records\"");
        m_scanner.expect('{', "'{'");
        bool sawRecords = false;
        std::vector<std::string> keys;
        std::string key;
        if (!m_scanner.closesImmediately('}')) {
            do {
                const std::size_t keyOffset = m_scanner.offset();
                m_scanner.readString(key);
                for (const auto &k : keys) {
                    if (k == key)
                        m_scanner.failAt(keyOffset, "duplicate key \"" + key + "\" in the version object");
                }
                keys.push_back(key);
                m_scanner.expect(':', "':'");
                if (key == "records") {
                    readRecords();
                    if (m_cancelled)
                        return;
                    sawRecords = true;
                } else if (key == "version_id") {
                    readVersionField(m_fields.versionId, keyOffset, key);
                } else if (key == "as_of") {
                    readVersionField(m_fields.asOf, keyOffset, key);
                } else if (key == "bucket") {
                    readVersionField(m_fields.bucket, keyOffset, key);
                } else if (key == "priority") {
                    readVersionField(m_fields.priority, keyOffset, key);
                } else if (!m_scanner.skipValue(nullptr)) {
                    m_scanner.failAt(keyOffset, "duplicate key inside \"" + key + "\"");
                }
            } while (m_scanner.nextMember('}'));
        }
        m_scanner.expectEnd();
        if (!sawRecords)
            m_scanner.failAt(0, "the version object has no \"records\" array");
    }

    bool cancelled() const { return m_cancelled; }

private:
    void readVersionField(RawField &field, std::size_t keyOffset, const std::string &key)
    {
        if (!readField(field))
            m_scanner.failAt(keyOffset, "duplicate key inside \"" + key + "\"");
    }

    // Reads one value into a raw field; false when a nested object repeated a key.
    bool readField(RawField &field)
    {
        const char c = m_scanner.peek();
        if (c == '"') {
            field.kind = RawField::Kind::String;
            m_scanner.readString(field.text);
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            field.kind = RawField::Kind::Number;
            field.text.assign(m_scanner.readNumber());
            return true;
        }
        field.text.clear();
        const bool unique = m_scanner.skipValue(&field.text);
        field.kind = field.text == "null" ? RawField::Kind::Null : RawField::Kind::Other;
        return unique;
    }

    void readRecords()
    {
        m_sink.beginRecords(m_fields);
        m_scanner.expect('[', "'[' to open the records array");
        if (m_scanner.closesImmediately(']'))
            return;
        std::size_t count = 0;
        do {
            m_record.clear();
            if (m_scanner.peek() == '{') {
                readRecordObject();
            } else {
                m_scanner.skipValue(nullptr);
                m_record.shape = RawRecord::Shape::NotAnObject;
            }
            m_sink.record(m_record);
            if (++count % ProgressEvery == 0 && !m_sink.progress(m_scanner.offset(), m_scanner.text().size())) {
                m_cancelled = true;
                return;
            }
        } while (m_scanner.nextMember(']'));
    }

    void readRecordObject()
    {
        m_scanner.expect('{', "'{'");
        if (m_scanner.closesImmediately('}'))
            return;
        m_keys.clear();
        m_keySet.clear();
        do {
            m_scanner.readString(m_key);
            const bool repeated = isRepeatedKey();
            m_scanner.expect(':', "':'");
            bool unique = true;
            const auto field = parseRecordFieldName(m_key);
            if (field && !repeated)
                unique = readField(m_record[*field]);
            else
                unique = m_scanner.skipValue(nullptr);
            if ((repeated || !unique) && m_record.shape == RawRecord::Shape::Ok) {
                m_record.shape = RawRecord::Shape::DuplicateKey;
                m_record.duplicateKey = m_key;
            }
        } while (m_scanner.nextMember('}'));
    }

    bool isRepeatedKey()
    {
        if (m_keySet.empty()) {
            for (const auto &k : m_keys) {
                if (k == m_key)
                    return true;
            }
            if (m_keys.size() < 16) {
                m_keys.push_back(m_key);
                return false;
            }
            m_keySet.insert(m_keys.begin(), m_keys.end()); // a hostile, very wide record
        }
        return !m_keySet.insert(m_key).second;
    }

    JsonScanner m_scanner;
    RecordSink &m_sink;
    VersionFields &m_fields;
    RawRecord m_record;
    std::string m_key;
    std::vector<std::string> m_keys;
    std::unordered_set<std::string> m_keySet;
    bool m_cancelled = false;
};

} // namespace

std::optional<ReadError> readForecastJson(std::string_view text, RecordSink &sink, VersionFields &fields)
{
    ForecastJsonReader reader(text, sink, fields);
    try {
        reader.read();
    } catch (const JsonSyntaxError &e) {
        return ReadError {locatedMessage(text, e.offset, e.what())};
    }
    if (reader.cancelled())
        return ReadError {"cancelled", true};
    return std::nullopt;
}

} // namespace planbridge
