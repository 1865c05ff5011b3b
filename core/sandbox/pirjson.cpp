#include "sandbox/pirjson.h"

#include "sandbox/pirvalues.h"

namespace planbridge::sandbox {

namespace {

using nlohmann::ordered_json;

template<std::size_t N>
std::string predicate(const std::array<std::string, N> &key)
{
    std::string text = "(";
    for (std::size_t i = 0; i < N; ++i) {
        std::string value;
        for (char c : key[i])
            value += c == '\'' ? std::string("''") : std::string(1, c);
        text += (i ? "," : "") + std::string(PirKeyFields[i].name) + "='" + percentEncode(value) + "'";
    }
    // Quotes were percent-encoded with the rest; restore the delimiters OData needs literally.
    std::string restored;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "%27") == 0) {
            restored += '\'';
            i += 2;
        } else {
            restored += text[i];
        }
    }
    return restored + ")";
}

ordered_json metadata(const std::string &uri, std::string_view type, std::int64_t changedAtMs)
{
    return { { "id", uri }, { "uri", uri }, { "type", "API_PLND_INDEP_RQMT_SRV." + std::string(type) },
        { "etag", "W/\"datetimeoffset'" + std::to_string(changedAtMs) + "'\"" } };
}

ordered_json deferred(const std::string &uri)
{
    return { { "__deferred", { { "uri", uri } } } };
}

template<std::size_t N>
std::optional<std::string> keyText(const std::array<std::string, N> &key, std::string_view field)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (PirKeyFields[i].name == field)
            return key[i];
    }
    return std::nullopt;
}

} // namespace

std::string headerPredicate(const PirHeaderKey &key)
{
    return predicate(key);
}

std::string itemPredicate(const PirItemKey &key)
{
    return predicate(key);
}

ordered_json headerEntity(const PirHeader &header, const std::string &serviceUrl)
{
    const std::string uri = serviceUrl + "/" + std::string(HeaderSet) + headerPredicate(header.key);
    ordered_json entity;
    entity["__metadata"] = metadata(uri, "PlannedIndepRqmtType", header.changedAtMs);
    entity["Update_mc"] = true;
    entity["to_PlndIndepRqmtItem_oc"] = true;
    for (std::size_t i = 0; i < HeaderKeyCount; ++i)
        entity[std::string(PirKeyFields[i].name)] = header.key[i];
    entity["RequirementPlanIsExternal"] = false;
    entity["PlndIndepRqmtInternalID"] = header.internalId;
    entity["PlndIndepRqmtIsActive"] = header.isActive;
    entity["WBSElement"] = "";
    entity["PlndIndepRqmtAcctAssgmtCat"] = "";
    entity["PlndIndepRqmtLastChgdDateTime"] = odataDate(header.changedAtMs);
    entity[std::string(ItemsNavigation)] = deferred(uri + "/" + std::string(ItemsNavigation));
    return entity;
}

ordered_json itemEntity(const PirItem &item, const std::string &internalId, const std::string &serviceUrl)
{
    const std::string uri = serviceUrl + "/" + std::string(ItemSet) + itemPredicate(item.key);
    ordered_json entity;
    entity["__metadata"] = metadata(uri, "PlannedIndepRqmtItemType", item.changedAtMs);
    entity["Update_mc"] = true;
    for (std::size_t i = 0; i < ItemKeyCount; ++i)
        entity[std::string(PirKeyFields[i].name)] = item.key[i];
    entity["PlndIndepRqmtPeriodStartDate"] = odataDate(item.periodStartMs);
    entity["PlndIndepRqmtInternalID"] = internalId;
    // The sandbox has no factory calendar yet: a bucket's requirement sits on its first day.
    entity["WorkingDayDate"] = odataDate(item.periodStartMs);
    entity["PlannedQuantity"] = formatQuantity(item.plannedThousandths);
    entity["WithdrawalQuantity"] = formatQuantity(item.withdrawalThousandths);
    entity["UnitOfMeasure"] = item.unit;
    entity["LastChangedByUser"] = item.changedBy;
    entity["LastChangeDate"] = odataDate(item.changedAtMs - item.changedAtMs % 86'400'000);
    entity["PlndIndepRqmtLastChgdDateTime"] = odataDate(item.changedAtMs);
    entity[std::string(HeaderNavigation)] = deferred(uri + "/" + std::string(HeaderNavigation));
    return entity;
}

std::optional<std::string> headerFieldText(const PirHeader &header, std::string_view field)
{
    if (field == "PlndIndepRqmtIsActive")
        return header.isActive;
    if (field == "PlndIndepRqmtInternalID")
        return header.internalId;
    return keyText(header.key, field);
}

std::optional<std::string> itemFieldText(const PirItem &item, std::string_view field)
{
    if (field == "UnitOfMeasure")
        return item.unit;
    if (field == "PlannedQuantity")
        return formatQuantity(item.plannedThousandths);
    return keyText(item.key, field);
}

} // namespace planbridge::sandbox
