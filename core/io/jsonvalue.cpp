#include "jsonvalue.h"

#include "jsonscanner.h"
#include "utf8.h"

#include <unordered_set>

namespace planbridge {
namespace {

JsonValue parseValue(JsonScanner &scanner, int depth)
{
    if (depth > JsonScanner::MaxDepth)
        scanner.fail("values nested deeper than 256 levels");
    JsonValue v;
    const char c = scanner.peek();
    v.offset = scanner.offset();
    switch (c) {
    case '{': {
        v.type = JsonValue::Type::Object;
        scanner.expect('{', "'{'");
        if (scanner.closesImmediately('}'))
            return v;
        std::unordered_set<std::string> keys;
        do {
            const std::size_t keyOffset = scanner.offset();
            std::string key;
            scanner.readString(key);
            if (!keys.insert(key).second)
                scanner.failAt(keyOffset, "duplicate key \"" + key + "\"");
            scanner.expect(':', "':'");
            v.object.push_back({std::move(key), parseValue(scanner, depth + 1)});
        } while (scanner.nextMember('}'));
        return v;
    }
    case '[':
        v.type = JsonValue::Type::Array;
        scanner.expect('[', "'['");
        if (scanner.closesImmediately(']'))
            return v;
        do {
            v.array.push_back(parseValue(scanner, depth + 1));
        } while (scanner.nextMember(']'));
        return v;
    case '"':
        v.type = JsonValue::Type::String;
        scanner.readString(v.text);
        return v;
    case 't':
    case 'f':
        v.type = JsonValue::Type::Bool;
        v.boolean = c == 't';
        scanner.readLiteral(v.boolean ? "true" : "false");
        return v;
    case 'n':
        scanner.readLiteral("null");
        return v;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            v.type = JsonValue::Type::Number;
            v.text = std::string(scanner.readNumber());
            return v;
        }
        scanner.skipValue(nullptr); // raises the precise error
        return v;
    }
}

} // namespace

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (const auto &member : object) {
        if (member.key == key)
            return &member.value;
    }
    return nullptr;
}

std::optional<JsonValue> parseJsonDocument(std::string_view text, JsonParseError &error)
{
    JsonScanner scanner(text);
    try {
        JsonValue root = parseValue(scanner, 0);
        scanner.expectEnd();
        return root;
    } catch (const JsonSyntaxError &e) {
        const TextPosition p = textPositionOf(text, e.offset);
        error.offset = e.offset;
        error.line = p.line;
        error.column = p.column;
        error.message = locatedMessage(text, e.offset, e.what());
        return std::nullopt;
    }
}

std::string_view jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return "null";
    case JsonValue::Type::Bool:
        return "a boolean";
    case JsonValue::Type::Number:
        return "a number";
    case JsonValue::Type::String:
        return "a string";
    case JsonValue::Type::Array:
        return "an array";
    case JsonValue::Type::Object:
        return "an object";
    }
    return "a value";
}

} // namespace planbridge
