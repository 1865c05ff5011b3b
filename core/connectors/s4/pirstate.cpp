#include "connectors/s4/pirstate.h"

#include "connectors/odata/odatajson.h"

namespace planbridge::s4 {

Expected<PirStatePage> parsePirStatePage(std::string_view body)
{
    constexpr std::string_view What = "PIR service";
    auto document = connectors::parseJsonBody(body, What);
    if (!document)
        return document.error();
    auto collection = connectors::collectionOf(*document, What);
    if (!collection)
        return collection.error();
    PirStatePage page;
    page.totalCount = collection->count;
    page.items.reserve(collection->results->size());
    for (const nlohmann::json &entity : *collection->results) {
        const std::string position = "item " + std::to_string(page.items.size());
        if (!entity.is_object())
            return EngineError { std::string(What) + ": " + position + " is not an object" };
        PirStateItem item;
        const std::pair<const char *, std::string *> fields[] = {
            { "Product", &item.product },
            { "Plant", &item.plant },
            { "MRPArea", &item.mrpArea },
            { "PlndIndepRqmtType", &item.requirementType },
            { "PlndIndepRqmtVersion", &item.version },
            { "RequirementPlan", &item.requirementPlan },
            { "RequirementSegment", &item.requirementSegment },
            { "PlndIndepRqmtPeriod", &item.period },
            { "PeriodType", &item.periodType },
            { "PlannedQuantity", &item.quantity },
        };
        for (const auto &[name, target] : fields) {
            auto value = connectors::stringField(entity, name);
            if (!value)
                return EngineError { std::string(What) + ": " + position + " has no string " + name };
            *target = std::move(*value);
        }
        item.unit = connectors::stringField(entity, "UnitOfMeasure").value_or("");
        page.items.push_back(std::move(item));
    }
    return page;
}

} // namespace planbridge::s4
