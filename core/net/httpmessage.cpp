#include "net/httpmessage.h"

#include <algorithm>
#include <cctype>

namespace planbridge::net {

std::string_view methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return "GET";
    case HttpMethod::Head:
        return "HEAD";
    case HttpMethod::Post:
        return "POST";
    case HttpMethod::Put:
        return "PUT";
    case HttpMethod::Patch:
        return "PATCH";
    case HttpMethod::Merge:
        return "MERGE";
    case HttpMethod::Delete:
        return "DELETE";
    }
    return "GET";
}

bool isModifying(HttpMethod method)
{
    return method != HttpMethod::Get && method != HttpMethod::Head;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

std::optional<std::string> HttpHeaders::get(std::string_view name) const
{
    for (const auto &[fieldName, value] : m_fields) {
        if (equalsIgnoreCase(fieldName, name))
            return value;
    }
    return std::nullopt;
}

void HttpHeaders::set(std::string_view name, std::string value)
{
    remove(name);
    m_fields.emplace_back(std::string(name), std::move(value));
}

void HttpHeaders::remove(std::string_view name)
{
    std::erase_if(m_fields, [name](const Field &field) { return equalsIgnoreCase(field.first, name); });
}

} // namespace planbridge::net
