#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace planbridge {

// Length of the well-formed UTF-8 sequence starting at text[pos] (a non-ASCII lead byte), or 0
// when it is malformed: overlong, a surrogate, above U+10FFFF or truncated.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);
void appendUtf8(std::string &out, char32_t codePoint);

// 1-based line and column (in bytes) of a byte offset, for error messages.
struct TextPosition
{
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition textPositionOf(std::string_view text, std::size_t offset);
// "line L, column C: what", the form every reader's error message takes.
std::string locatedMessage(std::string_view text, std::size_t offset, std::string_view what);

} // namespace planbridge
