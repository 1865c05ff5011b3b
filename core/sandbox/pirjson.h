#pragma once

#include "sandbox/pirtypes.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace planbridge::sandbox {

inline constexpr std::string_view HeaderSet = "PlannedIndepRqmt";
inline constexpr std::string_view ItemSet = "PlannedIndepRqmtItem";
inline constexpr std::string_view ItemsNavigation = "to_PlndIndepRqmtItem";
inline constexpr std::string_view HeaderNavigation = "to_PlndIndepRqmt";

// "(Product='..',Plant='..',...)" with values percent-encoded, as SAP writes __metadata uris.
std::string headerPredicate(const PirHeaderKey &key);
std::string itemPredicate(const PirItemKey &key);

// OData v2 JSON entities (without the "d" envelope), with __metadata and deferred navigation.
nlohmann::ordered_json headerEntity(const PirHeader &header, const std::string &serviceUrl);
nlohmann::ordered_json itemEntity(
    const PirItem &item, const std::string &internalId, const std::string &serviceUrl);

// The text of a filterable property, or nullopt when the entity has no such property.
std::optional<std::string> headerFieldText(const PirHeader &header, std::string_view field);
std::optional<std::string> itemFieldText(const PirItem &item, std::string_view field);

} // namespace planbridge::sandbox
