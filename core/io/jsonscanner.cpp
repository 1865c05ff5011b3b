#include "jsonscanner.h"

#include "utf8.h"

#include <unordered_set>
#include <vector>

namespace planbridge {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string describeChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F)
        return std::string("'") + c + "'";
    static const char *hex = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

// Detects a repeated key among an object's members; linear for small objects, hashed for big ones.
class KeySet
{
public:
    bool insert(const std::string &key)
    {
        if (m_set.empty() && m_keys.size() < 16) {
            for (const auto &k : m_keys) {
                if (k == key)
                    return false;
            }
            m_keys.push_back(key);
            return true;
        }
        if (m_set.empty())
            m_set.insert(m_keys.begin(), m_keys.end());
        return m_set.insert(key).second;
    }

private:
    std::vector<std::string> m_keys;
    std::unordered_set<std::string> m_set;
};

} // namespace

JsonScanner::JsonScanner(std::string_view text) : m_text(text)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
}

void JsonScanner::fail(const std::string &message) const { throw JsonSyntaxError(m_pos, message); }

void JsonScanner::failAt(std::size_t offset, const std::string &message) const
{
    throw JsonSyntaxError(offset, message);
}

void JsonScanner::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
        ++m_pos;
    }
}

char JsonScanner::peek()
{
    skipWhitespace();
    return m_pos < m_text.size() ? m_text[m_pos] : '\0';
}

void JsonScanner::expect(char c, const char *what)
{
    if (peek() != c) {
        if (m_pos >= m_text.size())
            fail(std::string("unexpected end of input, expected ") + what);
        fail(std::string("expected ") + what + ", found " + describeChar(m_text[m_pos]));
    }
    ++m_pos;
}

bool JsonScanner::closesImmediately(char closer)
{
    if (peek() == closer) {
        ++m_pos;
        return true;
    }
    return false;
}

bool JsonScanner::nextMember(char closer)
{
    const char c = peek();
    if (c == ',') {
        ++m_pos;
        if (peek() == closer)
            fail("trailing comma");
        return true;
    }
    if (c == closer) {
        ++m_pos;
        return false;
    }
    if (m_pos >= m_text.size())
        fail("unexpected end of input inside a container");
    fail(std::string("expected ',' or '") + closer + "', found " + describeChar(c));
}

void JsonScanner::expectEnd()
{
    if (peek() != '\0' || m_pos < m_text.size())
        fail("unexpected text after the JSON document");
}

char32_t JsonScanner::readHex4()
{
    if (m_pos + 4 > m_text.size())
        fail("truncated \\u escape");
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_text[m_pos++];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= static_cast<char32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= static_cast<char32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= static_cast<char32_t>(c - 'A' + 10);
        else
            failAt(m_pos - 1, "invalid hex digit in \\u escape");
    }
    return value;
}

void JsonScanner::readString(std::string &out)
{
    out.clear();
    if (peek() != '"')
        fail(m_pos >= m_text.size() ? "unexpected end of input, expected a string"
                                    : "expected a string, found " + describeChar(m_text[m_pos]));
    ++m_pos;
    const std::size_t size = m_text.size();
    for (;;) {
        // Copy the longest run of plain characters in one go.
        std::size_t run = m_pos;
        while (run < size) {
            const auto u = static_cast<unsigned char>(m_text[run]);
            if (u == '"' || u == '\\' || u < 0x20 || u >= 0x80)
                break;
            ++run;
        }
        out.append(m_text.data() + m_pos, run - m_pos);
        m_pos = run;
        if (m_pos >= size)
            fail("unterminated string");
        const auto u = static_cast<unsigned char>(m_text[m_pos]);
        if (u == '"') {
            ++m_pos;
            return;
        }
        if (u < 0x20)
            fail("control character inside a string must be escaped");
        if (u >= 0x80) {
            const std::size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                fail("invalid UTF-8 inside a string");
            out.append(m_text.data() + m_pos, length);
            m_pos += length;
            continue;
        }
        // A backslash escape.
        if (++m_pos >= size)
            fail("unterminated string");
        const char e = m_text[m_pos++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out.push_back(e);
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            const std::size_t escapeAt = m_pos - 2;
            char32_t cp = readHex4();
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                failAt(escapeAt, "unpaired low surrogate escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_text.substr(m_pos, 2) != "\\u")
                    failAt(escapeAt, "unpaired high surrogate escape");
                m_pos += 2;
                const char32_t low = readHex4();
                if (low < 0xDC00 || low > 0xDFFF)
                    failAt(escapeAt, "unpaired high surrogate escape");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            failAt(m_pos - 1, "invalid escape " + describeChar(e));
        }
    }
}

std::string_view JsonScanner::readNumber()
{
    skipWhitespace();
    const std::size_t begin = m_pos;
    const std::size_t size = m_text.size();
    if (m_pos < size && m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos >= size || !isDigit(m_text[m_pos]))
        fail("invalid number");
    if (m_text[m_pos] == '0') {
        ++m_pos;
        if (m_pos < size && isDigit(m_text[m_pos]))
            fail("leading zeros are not allowed in numbers");
    } else {
        while (m_pos < size && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < size && m_text[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= size || !isDigit(m_text[m_pos]))
            fail("a decimal point must be followed by digits");
        while (m_pos < size && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < size && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < size && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= size || !isDigit(m_text[m_pos]))
            fail("an exponent must have digits");
        while (m_pos < size && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    return m_text.substr(begin, m_pos - begin);
}

void JsonScanner::readLiteral(std::string_view literal)
{
    skipWhitespace();
    if (m_text.substr(m_pos, literal.size()) != literal)
        fail("invalid literal");
    m_pos += literal.size();
}

bool JsonScanner::skipValue(std::string *compact, int depth)
{
    if (depth > MaxDepth)
        fail("values nested deeper than 256 levels");
    const char c = peek();
    switch (c) {
    case '{': {
        ++m_pos;
        if (compact)
            compact->push_back('{');
        bool unique = true;
        if (!closesImmediately('}')) {
            KeySet keys;
            std::string key;
            do {
                readString(key);
                unique = keys.insert(key) && unique;
                expect(':', "':'");
                if (compact) {
                    appendJsonString(*compact, key);
                    compact->push_back(':');
                }
                unique = skipValue(compact, depth + 1) && unique;
                if (compact && peek() == ',')
                    compact->push_back(',');
            } while (nextMember('}'));
        }
        if (compact)
            compact->push_back('}');
        return unique;
    }
    case '[': {
        ++m_pos;
        if (compact)
            compact->push_back('[');
        bool unique = true;
        if (!closesImmediately(']')) {
            do {
                unique = skipValue(compact, depth + 1) && unique;
                if (compact && peek() == ',')
                    compact->push_back(',');
            } while (nextMember(']'));
        }
        if (compact)
            compact->push_back(']');
        return unique;
    }
    case '"': {
        std::string s;
        readString(s);
        if (compact)
            appendJsonString(*compact, s);
        return true;
    }
    case 't':
        readLiteral("true");
        break;
    case 'f':
        readLiteral("false");
        break;
    case 'n':
        readLiteral("null");
        break;
    default:
        if (c == '-' || isDigit(c)) {
            const auto number = readNumber();
            if (compact)
                compact->append(number);
            return true;
        }
        if (c == '\0' && m_pos >= m_text.size())
            fail("unexpected end of input, expected a value");
        fail("expected a value, found " + describeChar(c));
    }
    if (compact)
        compact->append(c == 't' ? "true" : c == 'f' ? "false" : "null");
    return true;
}

void appendJsonString(std::string &out, std::string_view value)
{
    static const char *hex = "0123456789abcdef";
    out.push_back('"');
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto u = static_cast<unsigned char>(value[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(value.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        }
    }
    out.append(value.data() + runStart, value.size() - runStart);
    out.push_back('"');
}

} // namespace planbridge
