#include "sandbox/pirpayload.h"

#include "sandbox/pirjson.h"
#include "sandbox/pirvalues.h"

#include <array>
#include <string_view>

namespace planbridge::sandbox {

namespace {

using nlohmann::json;

enum class Kind { String, Boolean, Decimal, Date };

struct Property
{
    std::string_view name;
    Kind kind;
    std::size_t maxLength;
};

// Non-key properties of the entity types in OP_API_PLND_INDEP_RQMT_SRV_0001.json.
constexpr std::array<Property, 6> HeaderAttributes = { {
    { "RequirementPlanIsExternal", Kind::Boolean, 0 },
    { "PlndIndepRqmtInternalID", Kind::String, 12 },
    { "PlndIndepRqmtIsActive", Kind::String, 1 },
    { "WBSElement", Kind::String, 24 },
    { "PlndIndepRqmtAcctAssgmtCat", Kind::String, 1 },
    { "PlndIndepRqmtLastChgdDateTime", Kind::Date, 0 },
} };
constexpr std::array<Property, 9> ItemAttributes = { {
    { "PlndIndepRqmtPeriodStartDate", Kind::Date, 0 },
    { "PlndIndepRqmtInternalID", Kind::String, 12 },
    { "WorkingDayDate", Kind::Date, 0 },
    { "PlannedQuantity", Kind::Decimal, 0 },
    { "WithdrawalQuantity", Kind::Decimal, 0 },
    { "UnitOfMeasure", Kind::String, 3 },
    { "LastChangedByUser", Kind::String, 12 },
    { "LastChangeDate", Kind::Date, 0 },
    { "PlndIndepRqmtLastChgdDateTime", Kind::Date, 0 },
} };
// Header keys that may not be blank: SAP has no PIR without a material, plant, area, type or version.
constexpr std::size_t MandatoryKeys = 5;

std::size_t codePoints(const std::string &text)
{
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::optional<ODataFault> checkString(std::string_view name, const json &value, std::size_t maxLength)
{
    const std::string field(name);
    if (!value.is_string())
        return badRequest("Property '" + field + "' must be a JSON string", field);
    const auto &text = value.get_ref<const std::string &>();
    if (codePoints(text) > maxLength)
        return badRequest("Value '" + text + "' of property '" + field + "' exceeds the maximum length of "
                + std::to_string(maxLength),
            field);
    return std::nullopt;
}

std::optional<ODataFault> checkAttribute(const Property &property, const json &value)
{
    if (value.is_null())
        return std::nullopt; // every non-key property of these entity types is nullable
    const std::string field(property.name);
    switch (property.kind) {
    case Kind::String:
        return checkString(property.name, value, property.maxLength);
    case Kind::Boolean:
        if (!value.is_boolean())
            return badRequest("Property '" + field + "' must be a JSON boolean", field);
        return std::nullopt;
    case Kind::Date:
        if (!value.is_string())
            return badRequest("Property '" + field + "' must be a date string", field);
        return std::nullopt;
    case Kind::Decimal:
        if (!value.is_string())
            return badRequest(
                "Property '" + field + "' is Edm.Decimal and must be sent as a JSON string", field);
        if (!parseQuantity(value.get_ref<const std::string &>()))
            return badRequest("Value '" + value.get<std::string>() + "' of property '" + field
                    + "' is not a non-negative decimal with at most 10 integer and 3 decimal digits",
                field);
        return std::nullopt;
    }
    return std::nullopt;
}

template<std::size_t N>
const Property *find(const std::array<Property, N> &table, std::string_view name)
{
    for (const auto &property : table) {
        if (property.name == name)
            return &property;
    }
    return nullptr;
}

// Index of a key field among the first `count` keys, or -1.
int keyIndex(std::string_view name, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (PirKeyFields[i].name == name)
            return int(i);
    }
    return -1;
}

ODataFault unknownProperty(const std::string &name, std::string_view type)
{
    return badRequest("Property '" + name + "' is invalid for entity type '" + std::string(type) + "'", name);
}

ODataFault keyMismatch(const std::string &name)
{
    return badRequest("Key property '" + name + "' does not match the addressed entity", name);
}

std::optional<std::int64_t> quantityOf(const json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    return parseQuantity(it->get_ref<const std::string &>());
}

// Reads an item body. The first `keyCount` keys are `known` (from the parent or the URL) and may only
// be repeated with the same value, unless `keysRequired` says the body itself must carry all 9.
ODataResult<ItemInput> itemAttributes(
    const json &object, std::size_t keyCount, const PirItemKey &known, bool keysRequired)
{
    ItemInput input;
    PirItemKey key = known;
    std::array<bool, ItemKeyCount> seen {};
    for (const auto &[name, value] : object.items()) {
        if (name == "__metadata" || name == "to_PlndIndepRqmt")
            continue;
        if (const int index = keyIndex(name, ItemKeyCount); index >= 0) {
            if (auto fault = checkString(name, value, PirKeyFields[index].maxLength))
                return *fault;
            const bool fromParent = std::size_t(index) < keyCount;
            if (fromParent && !keysRequired && value.get<std::string>() != known[index])
                return keyMismatch(name);
            key[index] = value.get<std::string>();
            seen[index] = true;
            continue;
        }
        const Property *property = find(ItemAttributes, name);
        if (!property)
            return unknownProperty(name, "PlannedIndepRqmtItemType");
        if (auto fault = checkAttribute(*property, value))
            return *fault;
    }
    for (std::size_t i = 0; i < ItemKeyCount; ++i) {
        if ((keysRequired || i >= keyCount) && !seen[i])
            return badRequest("Property '" + std::string(PirKeyFields[i].name) + "' is required",
                std::string(PirKeyFields[i].name));
    }
    input.period = key[7];
    input.periodType = key[8];
    if (!periodStartMs(input.period, input.periodType))
        return badRequest("Period '" + input.period + "' does not fit period type '" + input.periodType
                + "' (M: YYYYMM, W: YYYYWW, D: YYYYMMDD)",
            "PlndIndepRqmtPeriod");
    input.planned = quantityOf(object, "PlannedQuantity");
    input.withdrawal = quantityOf(object, "WithdrawalQuantity");
    if (const auto it = object.find("UnitOfMeasure"); it != object.end() && it->is_string())
        input.unit = it->get<std::string>();
    return input;
}

std::optional<ODataFault> checkHeaderKeys(const PirHeaderKey &key)
{
    for (std::size_t i = 0; i < MandatoryKeys; ++i) {
        if (key[i].empty())
            return badRequest("Property '" + std::string(PirKeyFields[i].name) + "' must not be empty",
                std::string(PirKeyFields[i].name));
    }
    return std::nullopt;
}

} // namespace

ODataResult<json> PirPayload::parseBody(const std::string &body)
{
    json parsed = json::parse(body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return badRequest("Malformed request body: a JSON object is expected");
    if (parsed.size() == 1 && parsed.contains("d") && parsed["d"].is_object())
        return parsed["d"];
    return parsed;
}

ODataResult<HeaderInput> PirPayload::headerCreate(const json &object)
{
    HeaderInput input;
    std::array<bool, HeaderKeyCount> seen {};
    const json *items = nullptr;
    for (const auto &[name, value] : object.items()) {
        if (name == "__metadata")
            continue;
        if (name == ItemsNavigation) {
            items = &value;
            continue;
        }
        if (const int index = keyIndex(name, HeaderKeyCount); index >= 0) {
            if (auto fault = checkString(name, value, PirKeyFields[index].maxLength))
                return *fault;
            input.key[index] = value.get<std::string>();
            seen[index] = true;
            continue;
        }
        const Property *property = find(HeaderAttributes, name);
        if (!property)
            return unknownProperty(name, "PlannedIndepRqmtType");
        if (auto fault = checkAttribute(*property, value))
            return *fault;
        if (name == "PlndIndepRqmtIsActive" && value.is_string())
            input.isActive = value.get<std::string>();
    }
    for (std::size_t i = 0; i < HeaderKeyCount; ++i) {
        if (!seen[i])
            return badRequest("Property '" + std::string(PirKeyFields[i].name) + "' is required",
                std::string(PirKeyFields[i].name));
    }
    if (auto fault = checkHeaderKeys(input.key))
        return *fault;
    if (items) {
        // The spec nests items as {"results": [...]}; working clients also post a bare array.
        const json *list = items->is_object() && items->contains("results") ? &(*items)["results"] : items;
        if (!list->is_array())
            return badRequest("Navigation property 'to_PlndIndepRqmtItem' must hold an array of items",
                std::string(ItemsNavigation));
        for (const auto &element : *list) {
            if (!element.is_object())
                return badRequest("Each item of 'to_PlndIndepRqmtItem' must be a JSON object");
            auto item = itemCreate(element, &input.key, nullptr);
            if (auto *fault = std::get_if<ODataFault>(&item))
                return *fault;
            input.items.push_back(std::move(std::get<ItemInput>(item)));
        }
    }
    return input;
}

ODataResult<ItemInput> PirPayload::itemCreate(
    const json &object, const PirHeaderKey *parent, PirHeaderKey *keyOut)
{
    PirItemKey known {};
    if (parent) {
        for (std::size_t i = 0; i < HeaderKeyCount; ++i)
            known[i] = (*parent)[i];
    }
    auto result = itemAttributes(object, HeaderKeyCount, known, parent == nullptr);
    if (keyOut && std::holds_alternative<ItemInput>(result)) {
        for (std::size_t i = 0; i < HeaderKeyCount; ++i)
            (*keyOut)[i] = object.value(std::string(PirKeyFields[i].name), std::string());
        if (auto fault = checkHeaderKeys(*keyOut))
            return *fault;
    }
    return result;
}

ODataResult<ItemInput> PirPayload::itemUpdate(const json &object, const PirItemKey &key)
{
    return itemAttributes(object, ItemKeyCount, key, false);
}

ODataResult<std::optional<std::string>> PirPayload::headerUpdate(const json &object, const PirHeaderKey &key)
{
    std::optional<std::string> isActive;
    for (const auto &[name, value] : object.items()) {
        if (name == "__metadata")
            continue;
        if (const int index = keyIndex(name, HeaderKeyCount); index >= 0) {
            if (value != json(key[index]))
                return keyMismatch(name);
            continue;
        }
        const Property *property = find(HeaderAttributes, name);
        if (!property)
            return unknownProperty(name, "PlannedIndepRqmtType");
        if (auto fault = checkAttribute(*property, value))
            return *fault;
        if (name == "PlndIndepRqmtIsActive" && value.is_string())
            isActive = value.get<std::string>();
    }
    return isActive;
}

} // namespace planbridge::sandbox
