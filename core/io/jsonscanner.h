#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace planbridge {

// Raised inside the readers only; the public reader functions turn it into an error value.
struct JsonSyntaxError : std::runtime_error
{
    JsonSyntaxError(std::size_t offset_, const std::string &what) : std::runtime_error(what), offset(offset_) { }
    std::size_t offset;
};

// A strict RFC 8259 scanner over a UTF-8 buffer: no comments, NaN, trailing commas, invalid UTF-8 or
// unpaired surrogate escapes. The readers drive it value by value, so no document tree is built.
class JsonScanner
{
public:
    static constexpr int MaxDepth = 256;

    explicit JsonScanner(std::string_view text);

    std::size_t offset() const { return m_pos; }
    std::string_view text() const { return m_text; }

    // The next significant character without consuming it; '\0' at the end of input.
    char peek();
    void expect(char c, const char *what);
    // After '{' or '[' has been consumed: true when the container is empty (its closer consumed).
    bool closesImmediately(char closer);
    // After a member or element: true if a ',' follows, false if the closer follows (consumed).
    bool nextMember(char closer);
    void expectEnd();

    void readString(std::string &out); // decodes escapes into `out` (replaced)
    std::string_view readNumber();     // the validated lexeme
    void readLiteral(std::string_view literal);

    // Consumes any value. Appends its compact JSON to `compact` when given. Returns false when an
    // object inside it repeats a key (the value is still consumed completely).
    bool skipValue(std::string *compact, int depth = 0);

    [[noreturn]] void fail(const std::string &message) const;
    [[noreturn]] void failAt(std::size_t offset, const std::string &message) const;

private:
    void skipWhitespace();
    char32_t readHex4();

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// Appends `value` as a JSON string literal (quotes, escapes) to `out`.
void appendJsonString(std::string &out, std::string_view value);

} // namespace planbridge
