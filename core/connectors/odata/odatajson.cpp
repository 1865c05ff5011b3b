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

std::string stringLiteral(const std::string &value)
{
    std::string out = "'";
    for (const char c : value)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace planbridge::connectors
