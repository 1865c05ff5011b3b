#include "connectors/tryton/trytonconfig.h"

namespace planbridge::tryton {
namespace {

std::string trimmed(std::string text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// "A=B,C=D" into a map; an error text when a pair is malformed or a key repeats.
std::optional<std::string> parsePairs(const std::string &text, std::map<std::string, std::string> &out)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        const std::string pair = trimmed(text.substr(start, end - start));
        start = end + 1;
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        if (eq == std::string::npos)
            return "\"" + pair + "\" is not KEY=VALUE";
        const std::string key = trimmed(pair.substr(0, eq)), value = trimmed(pair.substr(eq + 1));
        if (key.empty() || value.empty())
            return "\"" + pair + "\" has an empty side";
        if (!out.emplace(key, value).second)
            return "\"" + key + "\" is mapped twice";
    }
    return std::nullopt;
}

} // namespace

std::string TrytonMapping::warehouseFor(const std::string &plant) const
{
    const auto it = warehouses.find(plant);
    return it == warehouses.end() ? plant : it->second;
}

std::string TrytonMapping::symbolFor(const std::string &unit) const
{
    const auto it = units.find(unit);
    return it == units.end() ? unit : it->second;
}

std::string TrytonMapping::plantFor(const std::string &warehouseCode) const
{
    for (const auto &[plant, code] : warehouses) {
        if (code == warehouseCode)
            return plant;
    }
    return warehouseCode;
}

std::string TrytonMapping::unitFor(const std::string &symbol) const
{
    for (const auto &[unit, s] : units) {
        if (s == symbol)
            return unit;
    }
    return symbol;
}

std::optional<std::string> validateMapping(const TrytonMapping &mapping)
{
    if (mapping.minimalQuantity.thousandths() <= 0)
        return "minimal_quantity must be greater than 0 (Tryton accepts 0, then every supply run fails "
               "with a division by zero)";
    if (mapping.destination.empty())
        return "destination must name a customer or production location";
    return std::nullopt;
}

Expected<TrytonOptions> parseTrytonOptions(const std::map<std::string, std::string> &options, const std::string &where)
{
    TrytonOptions parsed;
    const auto get = [&](const char *name) -> const std::string * {
        const auto it = options.find(name);
        return it == options.end() ? nullptr : &it->second;
    };
    if (const auto *v = get("database"); v && !v->empty())
        parsed.database = *v;
    else
        return EngineError { where + ".database must name the Tryton database" };
    if (parsed.database.find_first_of("/?#% ") != std::string::npos)
        return EngineError { where + ".database must not contain /, ?, #, % or spaces" };
    if (const auto *v = get("language"))
        parsed.language = *v;
    if (const auto *v = get("destination"))
        parsed.mapping.destination = *v;
    if (const auto *v = get("minimal_quantity")) {
        const QuantityParse q = parseQuantityString(trimmed(*v));
        if (!q.ok())
            return EngineError { where + ".minimal_quantity \"" + v->substr(0, 20) + "\": " + describe(q.error) };
        parsed.mapping.minimalQuantity = q.value;
    }
    if (const auto *v = get("warehouses")) {
        if (auto error = parsePairs(*v, parsed.mapping.warehouses))
            return EngineError { where + ".warehouses: " + *error };
    }
    if (const auto *v = get("units")) {
        if (auto error = parsePairs(*v, parsed.mapping.units))
            return EngineError { where + ".units: " + *error };
    }
    if (const auto *v = get("acknowledge_warnings")) {
        if (*v != "true" && *v != "false")
            return EngineError { where + ".acknowledge_warnings must be true or false" };
        parsed.mapping.acknowledgeWarnings = *v == "true";
    }
    if (auto error = validateMapping(parsed.mapping))
        return EngineError { where + "." + *error };
    return parsed;
}

} // namespace planbridge::tryton
