#include "connectors/ibp/ibpresponse.h"

#include "connectors/odata/odatajson.h"
#include "domain/date.h"

namespace planbridge::ibp {
namespace {

constexpr std::string_view What = "planning service";

// The engine wants YYYY-MM-DD. Timestamps keep their date; OData v2 "/Date(ms)/" is converted.
// Anything else passes through unchanged so the validator reports it as MALFORMED with the value.
std::string dateOf(const std::string &timestamp)
{
    if (timestamp.size() >= 10 && (timestamp.size() == 10 || timestamp[10] == 'T' || timestamp[10] == ' '))
        return timestamp.substr(0, 10);
    if (const auto date = connectors::odataDate(timestamp))
        return date->toString();
    return timestamp;
}

void readField(const nlohmann::json &row, const char *name, RawField &field, bool isDate = false)
{
    const auto it = row.find(name);
    if (it == row.end()) {
        field.kind = RawField::Kind::Missing;
    } else if (it->is_string()) {
        field.kind = RawField::Kind::String;
        field.text = isDate ? dateOf(it->get_ref<const std::string &>()) : it->get<std::string>();
    } else if (it->is_number()) {
        field.kind = RawField::Kind::Number;
        field.text = it->dump();
    } else if (it->is_null()) {
        field.kind = RawField::Kind::Null;
    } else {
        field.kind = RawField::Kind::Other;
        field.text = it->dump();
    }
}

} // namespace

std::string bucketName(std::string_view periodType)
{
    if (periodType == "D" || periodType == "day")
        return "day";
    if (periodType == "W" || periodType == "week")
        return "week";
    if (periodType == "M" || periodType == "month")
        return "month";
    return std::string(periodType);
}

Expected<std::vector<connectors::PlanningVersionInfo>> parseVersionCatalogue(std::string_view body)
{
    auto document = connectors::parseJsonBody(body, What);
    if (!document)
        return document.error();
    auto collection = connectors::collectionOf(*document, What);
    if (!collection)
        return collection.error();
    std::vector<connectors::PlanningVersionInfo> versions;
    for (const nlohmann::json &entry : *collection->results) {
        const std::string position = "catalogue entry " + std::to_string(versions.size());
        if (!entry.is_object())
            return EngineError { std::string(What) + ": " + position + " is not an object" };
        connectors::PlanningVersionInfo info;
        const auto id = connectors::stringField(entry, "VERSIONID");
        const auto field = connectors::stringField(entry, "PERIODFIELD");
        if (!id || !field || field->empty())
            return EngineError { std::string(What) + ": " + position
                + " lacks a VERSIONID or PERIODFIELD string" };
        info.id = *id;
        info.periodField = *field;
        info.name = connectors::stringField(entry, "VERSIONNAME").value_or("");
        info.asOf = connectors::stringField(entry, "ASOFDATE").value_or("");
        info.asOf = dateOf(info.asOf);
        info.bucket = bucketName(connectors::stringField(entry, "PERIODTYPE").value_or(""));
        info.priority = connectors::stringField(entry, "PRIORITY").value_or("");
        versions.push_back(std::move(info));
    }
    return versions;
}

Expected<KeyFigurePage> parseKeyFigurePage(std::string_view body, std::string_view periodField)
{
    auto document = connectors::parseJsonBody(body, What);
    if (!document)
        return document.error();
    auto collection = connectors::collectionOf(*document, What);
    if (!collection)
        return collection.error();
    KeyFigurePage page;
    page.totalCount = collection->count;
    page.records.resize(collection->results->size());
    const std::string period(periodField);
    for (std::size_t i = 0; i < page.records.size(); ++i) {
        const nlohmann::json &row = (*collection->results)[i];
        if (!row.is_object())
            return EngineError { std::string(What) + ": row " + std::to_string(i)
                + " of the page is not an object" };
        RawRecord &record = page.records[i];
        readField(row, ProductAttribute, record[RecordField::Item]);
        readField(row, LocationAttribute, record[RecordField::Location]);
        readField(row, CustomerAttribute, record[RecordField::Channel]);
        readField(row, period.c_str(), record[RecordField::BucketStart], true);
        readField(row, DemandKeyFigure, record[RecordField::Quantity]);
        readField(row, UnitAttribute, record[RecordField::Uom]);
    }
    return page;
}

} // namespace planbridge::ibp
