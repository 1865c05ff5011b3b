#include "connectors/odata/odatajson.h"

#include <charconv>

namespace planbridge::connectors {

Expected<nlohmann::json> parseJsonBody(std::string_view body, std::string_view what)
{
    // The non-throwing overload: a truncated or non-JSON body (an HTML error page) is data, not a crash.
    nlohmann::json document = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (document.is_discarded()) {
        std::string start(body.substr(0, 60));
        for (char &c : start) {
            if (static_cast<unsigned char>(c) < 0x20)
                c = ' ';
        }
        return EngineError { std::string(what) + ": the response is not JSON (starts with \"" + start
            + "\")" };
    }
    return document;
}

Expected<ODataCollection> collectionOf(const nlohmann::json &document, std::string_view what)
{
    const auto wrongShape = [&](const std::string &detail) {
        return EngineError { std::string(what)
            + ": expected an OData collection {\"d\":{\"results\":[...]}}, but " + detail };
    };
    if (!document.is_object())
        return wrongShape("the response is not a JSON object");
    const auto d = document.find("d");
    if (d == document.end() || !d->is_object())
        return wrongShape("it has no \"d\" object");
    const auto results = d->find("results");
    if (results == d->end() || !results->is_array())
        return wrongShape("\"d\" has no \"results\" array");
    ODataCollection collection;
    collection.results = &*results;
    const auto count = d->find("__count");
    if (count == d->end())
        return collection;
    if (count->is_number_unsigned()) {
        collection.count = count->get<std::size_t>();
        return collection;
    }
    std::size_t value = 0;
    const std::string text = count->is_string() ? count->get<std::string>() : std::string();
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return wrongShape("\"__count\" is " + count->dump().substr(0, 40) + ", not a count");
    collection.count = value;
    return collection;
}

std::optional<std::string> stringField(const nlohmann::json &entity, const char *name)
{
    const auto it = entity.find(name);
    if (it == entity.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<Date> odataDate(std::string_view text)
{
    constexpr std::string_view Prefix = "/Date(";
    if (text.size() <= Prefix.size() + 2 || text.substr(0, Prefix.size()) != Prefix
        || text.substr(text.size() - 2) != ")/")
        return std::nullopt;
    long long ms = 0;
    const char *begin = text.data() + Prefix.size();
    const char *end = text.data() + text.size() - 2;
    const auto [stop, error] = std::from_chars(begin, end, ms);
    // Years 0001..9999 only: beyond that the day number would not be a Date.
    if (error != std::errc() || stop != end || ms <= -62'135'596'800'000LL || ms >= 253'402'300'800'000LL)
        return std::nullopt;
    const long long day = ms >= 0 ? ms / 86'400'000 : -((-ms + 86'399'999) / 86'400'000);
    return Date::fromDayNumber(static_cast<std::int32_t>(day));
}

std::optional<Date> dateField(const nlohmann::json &entity, const char *name)
{
    const auto it = entity.find(name);
    if (it == entity.end() || !it->is_string())
        return std::nullopt;
    return odataDate(it->get_ref<const std::string &>());
}

std::optional<bool> boolField(const nlohmann::json &entity, const char *name)
{
    const auto it = entity.find(name);
    if (it == entity.end())
        return std::nullopt;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string() && (*it == "X" || *it == ""))
        return *it == "X";
    return std::nullopt;
}

std::string stringLiteral(const std::string &value)
{
    std::string out = "'";
    for (const char c : value)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace planbridge::connectors
