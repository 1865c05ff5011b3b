#include "connectors/s4/pirheaderjson.h"

#include "connectors/odata/odatajson.h"
#include "domain/decimal.h"

namespace planbridge::s4 {
namespace {

constexpr std::string_view What = "outbox payload";

} // namespace

std::string pirHeaderJson(const PirHeader &header)
{
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const PirItem &item : header.items)
        items.push_back({ { "period", item.period }, { "period_type", item.periodType },
            { "quantity", item.quantity }, { "unit", item.unit }, { "record", item.record } });
    return nlohmann::ordered_json {
        { "product", header.product }, { "plant", header.plant }, { "mrp_area", header.mrpArea },
        { "type", header.requirementType }, { "version", header.version }, { "plan", header.requirementPlan },
        { "segment", header.requirementSegment }, { "active", header.active }, { "items", std::move(items) }
    }.dump();
}

Expected<PirHeader> parsePirHeaderJson(std::string_view text)
{
    auto document = connectors::parseJsonBody(text, What);
    if (!document)
        return document.error();
    const auto fail
        = [](const std::string &detail) { return EngineError { std::string(What) + ": " + detail }; };
    if (!document->is_object())
        return fail("not a JSON object");
    PirHeader header;
    const std::pair<const char *, std::string *> keys[]
        = { { "product", &header.product }, { "plant", &header.plant }, { "mrp_area", &header.mrpArea },
              { "type", &header.requirementType }, { "version", &header.version },
              { "plan", &header.requirementPlan }, { "segment", &header.requirementSegment } };
    for (const auto &[name, target] : keys) {
        auto value = connectors::stringField(*document, name);
        if (!value)
            return fail(std::string("no string ") + name);
        *target = std::move(*value);
    }
    const auto active = connectors::boolField(*document, "active");
    const auto items = document->find("items");
    if (!active || items == document->end() || !items->is_array())
        return fail("no boolean active or no items array");
    header.active = *active;
    for (const nlohmann::json &entry : *items) {
        const std::string position = "item " + std::to_string(header.items.size());
        if (!entry.is_object())
            return fail(position + " is not an object");
        PirItem item;
        const std::pair<const char *, std::string *> fields[] = { { "period", &item.period },
            { "period_type", &item.periodType }, { "quantity", &item.quantity }, { "unit", &item.unit } };
        for (const auto &[name, target] : fields) {
            auto value = connectors::stringField(entry, name);
            if (!value)
                return fail(position + " has no string " + name);
            *target = std::move(*value);
        }
        if (!parseQuantityString(item.quantity).ok())
            return fail(position + " has quantity \"" + item.quantity.substr(0, 40) + "\"");
        const auto record = entry.find("record");
        if (record == entry.end() || !record->is_number_unsigned()
            || record->get<std::uint64_t>() > UINT32_MAX)
            return fail(position + " has no record number");
        item.record = record->get<std::uint32_t>();
        header.items.push_back(std::move(item));
    }
    return header;
}

} // namespace planbridge::s4
