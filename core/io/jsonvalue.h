#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

struct JsonMember;

// A small JSON document tree for the small documents (master data, settings). Numbers keep their
// exact lexeme; each value remembers its byte offset so errors can point at a line.
struct JsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::string text; // string value or number lexeme
    std::vector<JsonValue> array;
    std::vector<JsonMember> object; // in document order
    std::size_t offset = 0;

    const JsonValue *find(std::string_view key) const;
    bool isNull() const { return type == Type::Null; }
};

struct JsonMember
{
    std::string key;
    JsonValue value;
};

struct JsonParseError
{
    std::size_t offset = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message; // "line L, column C: what"
};

// Parses a whole document strictly; a repeated key in any object is an error.
std::optional<JsonValue> parseJsonDocument(std::string_view text, JsonParseError &error);

std::string_view jsonTypeName(JsonValue::Type type);

} // namespace planbridge
