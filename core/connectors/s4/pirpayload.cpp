#include "pirpayload.h"

#include "domain/decimal.h"
#include "net/oauth2token.h"

#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace planbridge::s4 {
namespace {

// SAP field lengths count characters; in UTF-8 that is every byte that does not continue a sequence.
std::size_t characterCount(const std::string &s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::string tooWide(const std::string &field, const std::string &value, std::size_t width)
{
    return field + " \"" + value + "\" has " + std::to_string(characterCount(value)) + " characters; the ERP takes "
        + std::to_string(width);
}

// OData string literal ('' escapes a quote) with each run between quotes percent-encoded for the path.
std::string keyLiteral(const std::string &value)
{
    std::string out = "'";
    for (std::size_t begin = 0;;) {
        const std::size_t quote = value.find('\'', begin);
        out += net::formEncode(std::string_view(value).substr(begin, quote - begin));
        if (quote == std::string::npos)
            break;
        out += "''";
        begin = quote + 1;
    }
    return out + "'";
}

} // namespace

Expected<PirMapping> mapToPir(const ValidationResult &result, const PirSettings &settings)
{
    const std::pair<const char *, std::pair<const std::string *, std::size_t>> fixed[] = {
        {"PlndIndepRqmtType", {&settings.requirementType, PirFieldWidths::PlndIndepRqmtType}},
        {"PlndIndepRqmtVersion", {&settings.version, PirFieldWidths::PlndIndepRqmtVersion}},
        {"RequirementPlan", {&settings.requirementPlan, PirFieldWidths::RequirementPlan}},
        {"RequirementSegment", {&settings.requirementSegment, PirFieldWidths::RequirementSegment}},
    };
    for (const auto &[field, value] : fixed) {
        if (characterCount(*value.first) > value.second)
            return EngineError {"PIR setting " + tooWide(field, *value.first, value.second)};
    }
    if (settings.requirementType.empty() || settings.version.empty())
        return EngineError {"PIR settings need a requirement type and a version"};

    PirMapping mapping;
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> headerIndex;
    for (std::uint32_t i = 0; i < result.accepted.size(); ++i) {
        const AcceptedRecord &r = result.accepted[i];
        const ItemInfo &item = result.items[r.item];
        const LocationInfo &location = result.locations[r.location];
        const std::pair<const char *, std::pair<const std::string *, std::size_t>> keys[] = {
            {"Product", {&item.item, PirFieldWidths::Product}},
            {"Plant", {&location.erpPlant, PirFieldWidths::Plant}},
            {"MRPArea", {&location.mrpArea, PirFieldWidths::MRPArea}},
            {"UnitOfMeasure", {&item.baseUom, PirFieldWidths::UnitOfMeasure}},
        };
        bool mappable = true;
        for (const auto &[field, value] : keys) {
            if (characterCount(*value.first) > value.second) {
                mapping.issues.push_back({i, field, tooWide(field, *value.first, value.second)});
                mappable = false;
            }
        }
        if (r.quantity > Decimal::MaxThousandths) {
            mapping.issues.push_back({i, "PlannedQuantity",
                                      "the summed quantity " + formatThousandths(r.quantity)
                                          + " exceeds the ERP's maximum 9999999999.999"});
            mappable = false;
        }
        if (!mappable)
            continue;
        const auto key = std::make_tuple(item.item, location.erpPlant, location.mrpArea);
        auto [it, inserted] = headerIndex.emplace(key, mapping.headers.size());
        if (inserted) {
            mapping.headers.push_back({item.item, location.erpPlant, location.mrpArea, settings.requirementType,
                                       settings.version, settings.requirementPlan, settings.requirementSegment,
                                       settings.active, {}});
        }
        mapping.headers[it->second].items.push_back({result.periodLabel(r), std::string(periodLetter(location.periodType)),
                                                     formatThousandths(r.quantity), item.baseUom, i});
    }
    return mapping;
}

std::string deepInsertBody(const PirHeader &header)
{
    nlohmann::ordered_json body = {
        {"Product", header.product},
        {"Plant", header.plant},
        {"MRPArea", header.mrpArea},
        {"PlndIndepRqmtType", header.requirementType},
        {"PlndIndepRqmtVersion", header.version},
        {"RequirementPlan", header.requirementPlan},
        {"RequirementSegment", header.requirementSegment},
        {"PlndIndepRqmtIsActive", header.active ? "X" : ""},
    };
    auto items = nlohmann::ordered_json::array();
    for (const PirItem &item : header.items) {
        items.push_back({{"PlndIndepRqmtPeriod", item.period},
                         {"PeriodType", item.periodType},
                         {"PlannedQuantity", item.quantity},
                         {"UnitOfMeasure", item.unit}});
    }
    body["to_PlndIndepRqmtItem"] = {{"results", std::move(items)}};
    return body.dump();
}

std::string headerKeyPredicate(const PirHeader &header)
{
    return "(Product=" + keyLiteral(header.product) + ",Plant=" + keyLiteral(header.plant) + ",MRPArea="
        + keyLiteral(header.mrpArea) + ",PlndIndepRqmtType=" + keyLiteral(header.requirementType)
        + ",PlndIndepRqmtVersion=" + keyLiteral(header.version) + ",RequirementPlan="
        + keyLiteral(header.requirementPlan) + ",RequirementSegment=" + keyLiteral(header.requirementSegment) + ")";
}

} // namespace planbridge::s4
