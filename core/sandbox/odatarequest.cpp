#include "sandbox/odatarequest.h"

#include <cctype>
#include <charconv>

namespace planbridge::sandbox {

namespace {

void skipSpaces(std::string_view &text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
}

// An OData string literal at the front of `text`: '...' with '' standing for one quote.
std::optional<std::string> takeQuoted(std::string_view &text)
{
    if (text.empty() || text.front() != '\'')
        return std::nullopt;
    std::string value;
    std::size_t i = 1;
    for (; i < text.size(); ++i) {
        if (text[i] != '\'') {
            value += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '\'') {
            value += '\'';
            ++i;
        } else {
            text.remove_prefix(i + 1);
            return value;
        }
    }
    return std::nullopt;
}

std::string takeName(std::string_view &text)
{
    std::size_t n = 0;
    while (n < text.size() && (std::isalnum(static_cast<unsigned char>(text[n])) || text[n] == '_'))
        ++n;
    std::string name(text.substr(0, n));
    text.remove_prefix(n);
    return name;
}

ODataResult<NamedValues> parseKeyPredicate(std::string_view &text)
{
    NamedValues key;
    text.remove_prefix(1); // '('
    // A single-key entity may be addressed without the name: A_PlannedOrder('0000000001').
    if (!text.empty() && text.front() == '\'') {
        auto value = takeQuoted(text);
        if (!value || text.empty() || text.front() != ')')
            return badRequest("Invalid key predicate: expected ('value')");
        text.remove_prefix(1);
        key.emplace_back(std::string(), std::move(*value));
        return key;
    }
    while (true) {
        std::string name = takeName(text);
        if (name.empty() || text.empty() || text.front() != '=')
            return badRequest("Invalid key predicate: expected Name='value'");
        text.remove_prefix(1);
        auto value = takeQuoted(text);
        if (!value)
            return badRequest("Invalid key predicate: key values must be quoted strings", name);
        key.emplace_back(std::move(name), std::move(*value));
        if (!text.empty() && text.front() == ',') {
            text.remove_prefix(1);
            continue;
        }
        if (!text.empty() && text.front() == ')') {
            text.remove_prefix(1);
            return key;
        }
        return badRequest("Invalid key predicate: missing ')'");
    }
}

ODataResult<std::size_t> parseCount(const std::string &option, const std::string &text)
{
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return badRequest("Invalid value '" + text + "' for system query option " + option);
    return value;
}

ODataResult<NamedValues> parseFilter(std::string_view text)
{
    NamedValues terms;
    while (true) {
        skipSpaces(text);
        std::string field = takeName(text);
        skipSpaces(text);
        if (field.empty() || text.substr(0, 3) != "eq ")
            return badRequest("Unsupported $filter: only Field eq 'value' joined by and");
        text.remove_prefix(3);
        skipSpaces(text);
        auto value = takeQuoted(text);
        if (!value)
            return badRequest("Unsupported $filter: compare with a quoted string", field);
        terms.emplace_back(std::move(field), std::move(*value));
        skipSpaces(text);
        if (text.empty())
            return terms;
        if (text.substr(0, 4) != "and ")
            return badRequest("Unsupported $filter: only Field eq 'value' joined by and");
        text.remove_prefix(4);
    }
}

} // namespace

ODataResult<ODataResource> parseResourcePath(std::string_view path)
{
    ODataResource resource;
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    if (path.empty())
        return resource;
    if (path == "$batch" || path == "$metadata") {
        resource.entitySet = std::string(path);
        return resource;
    }
    resource.entitySet = takeName(path);
    if (resource.entitySet.empty())
        return notFound("Resource not found for segment '" + std::string(path) + "'");
    if (!path.empty() && path.front() == '(') {
        auto key = parseKeyPredicate(path);
        if (auto *fault = std::get_if<ODataFault>(&key))
            return *fault;
        resource.hasKey = true;
        resource.key = std::move(std::get<NamedValues>(key));
    }
    if (!path.empty() && path.front() == '/') {
        path.remove_prefix(1);
        resource.navigation = takeName(path);
    }
    if (!path.empty() && path != "/")
        return notFound("Resource not found for segment '" + std::string(path) + "'");
    return resource;
}

ODataResult<ODataQuery> parseQuery(const std::multimap<std::string, std::string> &params)
{
    ODataQuery query;
    for (const auto &[name, value] : params) {
        if (name == "$top" || name == "$skip") {
            auto count = parseCount(name, value);
            if (auto *fault = std::get_if<ODataFault>(&count))
                return *fault;
            if (name == "$top")
                query.top = std::get<std::size_t>(count);
            else
                query.skip = std::get<std::size_t>(count);
        } else if (name == "$inlinecount") {
            if (value != "allpages" && value != "none")
                return badRequest("Invalid value '" + value + "' for system query option $inlinecount");
            query.inlineCount = value == "allpages";
        } else if (name == "$filter") {
            auto filter = parseFilter(value);
            if (auto *fault = std::get_if<ODataFault>(&filter))
                return *fault;
            query.filter = std::move(std::get<NamedValues>(filter));
        } else if (name == "$expand") {
            if (value != "to_PlndIndepRqmtItem")
                return badRequest("Unsupported $expand '" + value + "'");
            query.expandItems = true;
        } else if (name == "$format" && value == "json") {
            // JSON is the only format the sandbox speaks.
        } else if (!name.empty() && name.front() == '$') {
            return badRequest("System query option " + name + " is not supported by the sandbox");
        }
    }
    return query;
}

} // namespace planbridge::sandbox
