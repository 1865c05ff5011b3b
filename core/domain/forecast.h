#pragma once

#include "date.h"
#include "decimal.h"
#include "period.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// One field of a forecast row exactly as it arrived, before any validation. `text` holds the
// string value (decoded, not yet trimmed), the number lexeme, or compact JSON for other types.
struct RawField
{
    enum class Kind : unsigned char { Missing, String, Number, Null, Other };
    Kind kind = Kind::Missing;
    std::string text;

    void clear()
    {
        kind = Kind::Missing;
        text.clear();
    }
};

// The fields of a forecast row, in the order MALFORMED checks them.
enum class RecordField { Item, Location, Channel, BucketStart, Quantity, Uom };
inline constexpr int RecordFieldCount = 6;
std::string_view recordFieldName(RecordField field);
std::optional<RecordField> parseRecordFieldName(std::string_view name);

// A forecast row as read from JSON or CSV. Readers reuse one instance per row, so clearing keeps
// the strings' capacity and the hot path allocates nothing.
struct RawRecord
{
    // Problems with the row's shape itself, which make it MALFORMED before any field is looked at.
    enum class Shape : unsigned char { Ok, NotAnObject, TooManyFields, DuplicateKey };

    std::array<RawField, RecordFieldCount> fields;
    Shape shape = Shape::Ok;
    std::string duplicateKey; // the repeated key (top-level key of the record) for DuplicateKey

    RawField &operator[](RecordField f) { return fields[static_cast<std::size_t>(f)]; }
    const RawField &operator[](RecordField f) const { return fields[static_cast<std::size_t>(f)]; }
    void clear()
    {
        for (auto &f : fields)
            f.clear();
        shape = Shape::Ok;
        duplicateKey.clear();
    }
};

enum class Priority { Normal, High };
std::optional<Priority> parsePriority(std::string_view name);
std::string_view priorityName(Priority priority);

// The version-level fields of a forecast, once resolved from the file and the command line.
struct VersionHeader
{
    std::optional<std::string> versionId;
    Date asOf;
    PeriodType bucket = PeriodType::Week;
    Priority priority = Priority::Normal;
};

// A clean forecast row, as the synthetic generator and the console produce them.
struct ForecastRecord
{
    std::string item;
    std::string location;
    std::string channel;
    Date bucketStart;
    Decimal quantity;
    std::string uom;
};

// Surrounding ASCII whitespace (space, tab, CR, LF, FF, VT) removed.
std::string_view trimAscii(std::string_view text);

} // namespace planbridge
