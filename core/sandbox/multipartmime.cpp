#include "sandbox/multipartmime.h"

#include <algorithm>
#include <cctype>

namespace planbridge::sandbox {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<std::string> MultipartMime::boundaryOf(std::string_view contentType)
{
    const std::string lowered = lower(contentType);
    if (lowered.rfind("multipart/mixed", 0) != 0)
        return std::nullopt;
    const auto at = lowered.find("boundary=");
    if (at == std::string::npos)
        return std::nullopt;
    std::string_view value = contentType.substr(at + 9);
    value = value.substr(0, value.find(';'));
    value = trim(value);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    if (value.empty())
        return std::nullopt;
    return std::string(value);
}

ODataResult<std::vector<MimePart>> MultipartMime::split(std::string_view body, std::string_view boundary)
{
    const std::string delimiter = "--" + std::string(boundary);
    const std::string lineDelimiter = "\r\n" + delimiter;
    std::size_t at = body.rfind(delimiter, 0) == 0 ? 0 : body.find(lineDelimiter);
    if (at == std::string_view::npos)
        return badRequest("Multipart body does not contain the boundary '" + std::string(boundary) + "'");
    at += at == 0 ? delimiter.size() : lineDelimiter.size();
    std::vector<MimePart> parts;
    while (true) {
        if (body.substr(at, 2) == "--")
            return parts;
        while (at < body.size() && (body[at] == ' ' || body[at] == '\t'))
            ++at; // transport padding
        if (body.substr(at, 2) != "\r\n")
            return badRequest("Multipart boundary line must end with CRLF");
        at += 2;
        const std::size_t next = body.find(lineDelimiter, at);
        if (next == std::string_view::npos)
            return badRequest("Multipart body is missing its closing boundary");
        auto part = parseEntity(body.substr(at, next - at));
        if (auto *fault = std::get_if<ODataFault>(&part))
            return *fault;
        parts.push_back(std::move(std::get<MimePart>(part)));
        at = next + lineDelimiter.size();
    }
}

ODataResult<MimePart> MultipartMime::parseEntity(std::string_view text)
{
    MimePart part;
    const std::size_t end = text.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        if (text.find("\n\n") != std::string_view::npos)
            return badRequest("MIME part uses bare LF line ends; CRLF is required");
        return badRequest("MIME part has no blank line after its headers");
    }
    std::string_view headers = text.substr(0, end);
    while (!headers.empty()) {
        const std::size_t eol = headers.find("\r\n");
        const std::string_view line = headers.substr(0, eol);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            return badRequest("Malformed MIME header line '" + std::string(line) + "'");
        part.headers[lower(trim(line.substr(0, colon)))] = std::string(trim(line.substr(colon + 1)));
        headers.remove_prefix(eol == std::string_view::npos ? headers.size() : eol + 2);
    }
    part.body = std::string(text.substr(end + 4));
    return part;
}

} // namespace planbridge::sandbox
