#include "connectors/file/pirstatefile.h"

#include "connectors/odata/odatajson.h"
#include "domain/decimal.h"

#include <set>

namespace planbridge::files {
namespace {

using Item = s4::PirStateItem;

// Field names and members, in the column order of both forms.
struct Column
{
    const char *name;
    std::string Item::*member;
};
constexpr Column Columns[] = {
    { "product", &Item::product },
    { "plant", &Item::plant },
    { "mrp_area", &Item::mrpArea },
    { "requirement_type", &Item::requirementType },
    { "version", &Item::version },
    { "requirement_plan", &Item::requirementPlan },
    { "requirement_segment", &Item::requirementSegment },
    { "period", &Item::period },
    { "period_type", &Item::periodType },
    { "quantity", &Item::quantity },
    { "unit", &Item::unit },
};

std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (const char c : value)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::string pirStateCsv(const std::vector<Item> &items)
{
    std::string text;
    for (const Column &column : Columns)
        text += std::string(column.name) + (&column == &Columns[std::size(Columns) - 1] ? "\n" : ",");
    for (const Item &item : items) {
        for (const Column &column : Columns)
            text
                += csvField(item.*column.member) + (&column == &Columns[std::size(Columns) - 1] ? "\n" : ",");
    }
    return text;
}

std::string pirStateJson(const std::vector<Item> &items)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Item &item : items) {
        nlohmann::ordered_json entry;
        for (const Column &column : Columns)
            entry[column.name] = item.*column.member;
        list.push_back(std::move(entry));
    }
    // One item per line: diffs of the file stay readable and the size grows linearly.
    std::string text = "{\"pir_items\": [";
    for (std::size_t i = 0; i < list.size(); ++i)
        text += (i ? ",\n  " : "\n  ") + list[i].dump();
    return text + (list.empty() ? "]}\n" : "\n]}\n");
}

Expected<std::vector<Item>> parsePirStateJson(std::string_view text)
{
    constexpr std::string_view What = "PIR state file";
    auto document = connectors::parseJsonBody(text, What);
    if (!document)
        return document.error();
    if (!document->is_object() || !document->contains("pir_items") || !(*document)["pir_items"].is_array())
        return EngineError { std::string(What) + ": expected {\"pir_items\": [...]}" };
    std::vector<Item> items;
    std::set<Item> keys; // the item with its quantity and unit blanked: the PIR key
    for (const nlohmann::json &entry : (*document)["pir_items"]) {
        const std::string position = std::string(What) + ": item " + std::to_string(items.size());
        if (!entry.is_object())
            return EngineError { position + " is not an object" };
        Item item;
        for (const Column &column : Columns) {
            auto value = connectors::stringField(entry, column.name);
            if (!value)
                return EngineError { position + " has no string " + column.name };
            item.*column.member = std::move(*value);
        }
        const QuantityParse quantity = parseQuantityString(item.quantity);
        if (!quantity.ok())
            return EngineError { position + " has quantity \"" + item.quantity.substr(0, 40)
                + "\": " + describe(quantity.error) };
        Item key = item;
        key.quantity.clear();
        key.unit.clear();
        if (!keys.insert(std::move(key)).second)
            return EngineError { position + " repeats the key of an earlier item" };
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace planbridge::files
