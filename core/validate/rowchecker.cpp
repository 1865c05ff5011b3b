#include "rowchecker.h"

#include <algorithm>

namespace planbridge {
namespace {

// Describes the mapping for messages: "PLT-7" or "PLT-7 (mapped to P700)".
std::string codeAsSent(std::string_view sent, std::string_view canonical)
{
    if (sent == canonical)
        return std::string(sent);
    return std::string(sent) + " (mapped to " + std::string(canonical) + ")";
}

const char *typeName(RawField::Kind kind, const std::string &text)
{
    switch (kind) {
    case RawField::Kind::Number:
        return "a number";
    case RawField::Kind::Null:
        return "null";
    case RawField::Kind::Other:
        if (!text.empty() && text[0] == '[')
            return "an array";
        if (!text.empty() && text[0] == '{')
            return "an object";
        return "a boolean";
    default:
        return "a string";
    }
}

} // namespace

std::string describeDay(std::int64_t dayNumber)
{
    const Date d = Date::fromDayNumber(static_cast<std::int32_t>(
        std::clamp<std::int64_t>(dayNumber, Date::min().dayNumber() - 1, Date::max().dayNumber() + 1)));
    if (d.isValid())
        return d.toString();
    return dayNumber > 0 ? "beyond 9999-12-31" : "before 0001-01-01";
}

std::optional<std::string> rejectValue(const RawField &field)
{
    switch (field.kind) {
    case RawField::Kind::Missing:
    case RawField::Kind::Null:
        return std::nullopt;
    case RawField::Kind::String:
        return std::string(trimAscii(field.text));
    case RawField::Kind::Number:
    case RawField::Kind::Other:
        return field.text;
    }
    return std::nullopt;
}

Reject makeReject(std::uint32_t row, ReasonCode reason, const RawRecord &record, RecordField field,
                  std::string message)
{
    return Reject {row, reason, std::string(recordFieldName(field)), rejectValue(record[field]), std::move(message)};
}

RowChecker::RowChecker(const MasterIndex &index, const VersionHeader &header) : m_index(index), m_header(header) { }

// MALFORMED: the row's shape, then each field completely, in contract order.
std::optional<Reject> RowChecker::checkShape(std::uint32_t row, const RawRecord &record, CheckedRow &out) const
{
    switch (record.shape) {
    case RawRecord::Shape::NotAnObject:
        return Reject {row, ReasonCode::Malformed, std::nullopt, std::nullopt, "the record is not a JSON object"};
    case RawRecord::Shape::TooManyFields:
        return Reject {row, ReasonCode::Malformed, std::nullopt, std::nullopt, "the row has more fields than the header"};
    case RawRecord::Shape::DuplicateKey:
        return Reject {row, ReasonCode::Malformed, record.duplicateKey, std::nullopt,
                       "the record repeats the key \"" + record.duplicateKey + "\""};
    case RawRecord::Shape::Ok:
        break;
    }
    for (int i = 0; i < RecordFieldCount; ++i) {
        const auto field = static_cast<RecordField>(i);
        const RawField &raw = record[field];
        const auto name = [field] { return std::string(recordFieldName(field)); };
        const bool numberAllowed = field == RecordField::Quantity;
        if (raw.kind == RawField::Kind::Missing)
            return makeReject(row, ReasonCode::Malformed, record, field, name() + " is missing");
        if (raw.kind != RawField::Kind::String && !(numberAllowed && raw.kind == RawField::Kind::Number)) {
            const std::string expected = numberAllowed ? "a number or a decimal string" : "a string";
            return makeReject(row, ReasonCode::Malformed, record, field,
                              name() + " must be " + expected + ", not " + typeName(raw.kind, raw.text));
        }
        if (raw.kind == RawField::Kind::String && trimAscii(raw.text).empty())
            return makeReject(row, ReasonCode::Malformed, record, field, name() + " is empty");
        if (field == RecordField::BucketStart) {
            const auto date = Date::parse(trimAscii(raw.text));
            if (!date)
                return makeReject(row, ReasonCode::Malformed, record, field,
                                  "bucket_start " + std::string(trimAscii(raw.text)) + " is not a valid YYYY-MM-DD date");
            if (bucketLastDay(*date, m_header.bucket) > Date::max().dayNumber())
                return makeReject(row, ReasonCode::Malformed, record, field,
                                  "the " + std::string(bucketName(m_header.bucket)) + " starting " + date->toString()
                                      + " ends after 9999-12-31");
            out.bucketStart = *date;
        }
    }
    return std::nullopt;
}

std::optional<Reject> RowChecker::check(std::uint32_t row, const RawRecord &record, CheckedRow &out) const
{
    if (auto reject = checkShape(row, record, out))
        return reject;

    const RawField &qty = record[RecordField::Quantity];
    const QuantityParse quantity = qty.kind == RawField::Kind::Number ? parseQuantityNumber(qty.text)
                                                                      : parseQuantityString(trimAscii(qty.text));
    if (!quantity.ok())
        return makeReject(row, ReasonCode::QuantityInvalid, record, RecordField::Quantity,
                          "quantity " + *rejectValue(qty) + " " + describe(quantity.error));

    if (!isAlignedStart(out.bucketStart, m_header.bucket)) {
        const char *why = m_header.bucket == PeriodType::Week ? "is not a Monday, so it cannot start a week"
                                                              : "is not the first day of a month";
        return makeReject(row, ReasonCode::BucketMisaligned, record, RecordField::BucketStart,
                          "bucket_start " + out.bucketStart.toString() + " " + why);
    }

    const std::string_view itemSent = trimAscii(record[RecordField::Item].text);
    const std::string_view itemCode = m_index.canonicalItem(itemSent);
    out.item = m_index.findItem(itemCode);
    if (out.item == MasterIndex::None)
        return makeReject(row, ReasonCode::UnknownItem, record, RecordField::Item,
                          "item " + codeAsSent(itemSent, itemCode) + " is not in master data");

    const std::string_view locationSent = trimAscii(record[RecordField::Location].text);
    const std::string_view locationCode = m_index.canonicalLocation(locationSent);
    out.location = m_index.findLocation(locationCode);
    if (out.location == MasterIndex::None)
        return makeReject(row, ReasonCode::UnknownLocation, record, RecordField::Location,
                          "location " + codeAsSent(locationSent, locationCode) + " is not in master data");

    out.channel = trimAscii(record[RecordField::Channel].text);
    if (m_index.checksChannels() && !m_index.knowsChannel(out.channel))
        return makeReject(row, ReasonCode::UnknownChannel, record, RecordField::Channel,
                          "channel " + std::string(out.channel) + " is not in the master data's channel list");

    const MasterData &md = m_index.master();
    const Item &item = md.items[out.item];
    const Location &location = md.locations[out.location];
    if (!item.active)
        return makeReject(row, ReasonCode::ItemInactive, record, RecordField::Item, "item " + item.item + " is inactive");
    if (!location.open)
        return makeReject(row, ReasonCode::LocationBlocked, record, RecordField::Location,
                          "location " + location.location + " is blocked");

    const ItemLocation *itemLocation = m_index.findItemLocation(out.item, out.location);
    if (!itemLocation)
        return makeReject(row, ReasonCode::ItemLocationMissing, record, RecordField::Location,
                          "item " + item.item + " has no active item-location at " + location.location);

    const std::string_view uom = trimAscii(record[RecordField::Uom].text);
    const auto conversion = m_index.conversionToBase(out.item, uom);
    if (!conversion)
        return makeReject(row, ReasonCode::UomUnconvertible, record, RecordField::Uom,
                          "no conversion from " + std::string(uom) + " to " + item.baseUom + ", the base unit of item "
                              + item.item);
    const auto converted = conversion->divide ? conversion->factor.divide(quantity.value)
                                              : conversion->factor.multiply(quantity.value);
    if (!converted)
        return makeReject(row, ReasonCode::UomUnconvertible, record, RecordField::Uom,
                          "quantity " + quantity.value.toString() + " " + std::string(uom) + " exceeds the maximum once converted to "
                              + item.baseUom);
    out.quantity = *converted;

    const std::int64_t horizonEnd = m_header.asOf.plusDays(location.horizonDays);
    if (out.bucketStart.dayNumber() > horizonEnd)
        return makeReject(row, ReasonCode::OutsideHorizon, record, RecordField::BucketStart,
                          "bucket " + out.bucketStart.toString() + " starts after the horizon of location "
                              + location.location + ", which ends " + describeDay(horizonEnd));

    const std::int64_t leadTimeEnd = m_header.asOf.plusDays(itemLocation->leadTimeDays);
    const std::int64_t lastDay = bucketLastDay(out.bucketStart, m_header.bucket);
    if (lastDay < leadTimeEnd)
        return makeReject(row, ReasonCode::InsideLeadTime, record, RecordField::BucketStart,
                          "bucket " + out.bucketStart.toString() + " ends " + describeDay(lastDay)
                              + ", before the lead time of " + std::to_string(itemLocation->leadTimeDays)
                              + " days has passed (" + describeDay(leadTimeEnd) + ")");

    if (itemLocation->sourcing == Sourcing::Buy && trimAscii(itemLocation->supplier.value_or("")).empty())
        return makeReject(row, ReasonCode::SourcingMissing, record, RecordField::Location,
                          "item " + item.item + " is bought at " + location.location + " but has no supplier");
    return std::nullopt;
}

} // namespace planbridge
