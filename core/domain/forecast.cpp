#include "forecast.h"

namespace planbridge {
namespace {

constexpr std::array<std::string_view, RecordFieldCount> FieldNames
    = {"item", "location", "channel", "bucket_start", "quantity", "uom"};

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

std::string_view recordFieldName(RecordField field) { return FieldNames[static_cast<std::size_t>(field)]; }

std::optional<RecordField> parseRecordFieldName(std::string_view name)
{
    for (std::size_t i = 0; i < FieldNames.size(); ++i) {
        if (FieldNames[i] == name)
            return static_cast<RecordField>(i);
    }
    return std::nullopt;
}

std::optional<Priority> parsePriority(std::string_view name)
{
    if (name == "normal")
        return Priority::Normal;
    if (name == "high")
        return Priority::High;
    return std::nullopt;
}

std::string_view priorityName(Priority priority) { return priority == Priority::High ? "high" : "normal"; }

std::string_view trimAscii(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

} // namespace planbridge
