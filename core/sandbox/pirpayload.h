#pragma once

#include "sandbox/odatafault.h"
#include "sandbox/pirtypes.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::sandbox {

// One bucket as a client sent it; absent properties stay absent so updates keep what is stored.
struct ItemInput
{
    std::string period;
    std::string periodType;
    std::optional<std::int64_t> planned;
    std::optional<std::int64_t> withdrawal;
    std::optional<std::string> unit;
};

// A header POST: the 7 keys, the active flag and the deep-inserted buckets.
struct HeaderInput
{
    PirHeaderKey key;
    std::optional<std::string> isActive;
    std::vector<ItemInput> items;
};

// Reads request bodies the way the ERP would: properties checked against the published entity
// types (names, JSON types, lengths, 13,3 quantities); anything unknown is refused.
class PirPayload
{
public:
    // The JSON object of a body; PATCH and POST bodies may be wrapped in {"d": {...}}.
    static ODataResult<nlohmann::json> parseBody(const std::string &body);

    static ODataResult<HeaderInput> headerCreate(const nlohmann::json &object);
    // An item posted below a header (`parent` supplies the 7 keys) or to the item set (parent null).
    static ODataResult<ItemInput> itemCreate(
        const nlohmann::json &object, const PirHeaderKey *parent, PirHeaderKey *keyOut);
    // PATCH of one bucket: the keys come from the URL, any keys in the body must agree.
    static ODataResult<ItemInput> itemUpdate(const nlohmann::json &object, const PirItemKey &key);
    static ODataResult<std::optional<std::string>> headerUpdate(
        const nlohmann::json &object, const PirHeaderKey &key);
};

} // namespace planbridge::sandbox
