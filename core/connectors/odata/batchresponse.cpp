#include "connectors/odata/batchresponse.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace planbridge::connectors {
namespace {

using net::HttpHeaders;

struct MimeEntity
{
    HttpHeaders headers;
    std::string_view body;
};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// Takes one line (without its CRLF or LF) off the front of `text`.
std::string_view takeLine(std::string_view &text)
{
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

// Header lines up to the first empty line; the rest of `text` is left as the body.
Expected<HttpHeaders> takeHeaders(std::string_view &text)
{
    HttpHeaders headers;
    while (!text.empty()) {
        const std::string_view line = takeLine(text);
        if (line.empty())
            return headers;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return EngineError { "malformed header line \"" + std::string(line.substr(0, 60)) + "\"" };
        headers.add(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    }
    return headers;
}

// Splits a multipart body at its delimiter lines (RFC 2046 §5.1.1); the line end before a delimiter
// belongs to the delimiter, preamble and epilogue are ignored.
Expected<std::vector<MimeEntity>> splitMultipart(std::string_view body, const std::string &boundary)
{
    const std::string delimiter = "--" + boundary;
    std::vector<std::size_t> starts; // offsets of delimiter lines
    for (std::size_t at = body.find(delimiter); at != std::string_view::npos;
         at = body.find(delimiter, at + 1)) {
        if (at == 0 || body[at - 1] == '\n')
            starts.push_back(at);
    }
    if (starts.empty())
        return EngineError { "the multipart body does not contain its boundary \"" + boundary.substr(0, 70)
            + "\"" };
    std::vector<MimeEntity> parts;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        std::string_view rest = body.substr(starts[i] + delimiter.size());
        if (rest.substr(0, 2) == "--")
            return parts; // the close delimiter
        if (i + 1 == starts.size())
            break;
        const std::string_view line = takeLine(rest);
        if (!trim(line).empty())
            return EngineError { "text after a multipart boundary: \"" + std::string(line.substr(0, 40))
                + "\"" };
        const std::size_t partEnd = starts[i + 1];
        const std::size_t partStart = body.size() - rest.size();
        if (partStart > partEnd)
            return EngineError { "an empty multipart part has no line end" };
        std::string_view part = body.substr(partStart, partEnd - partStart);
        if (!part.empty() && part.back() == '\n')
            part.remove_suffix(1);
        if (!part.empty() && part.back() == '\r')
            part.remove_suffix(1);
        auto headers = takeHeaders(part);
        if (!headers)
            return headers.error();
        parts.push_back({ std::move(*headers), part });
    }
    return EngineError { "the multipart body is missing its closing boundary" };
}

// "HTTP/1.1 201 Created", headers, an empty line, the body (Content-Length bytes when given).
Expected<BatchOperationResponse> embeddedResponse(const MimeEntity &part)
{
    const auto type = part.headers.get("Content-Type");
    if (!type || lower(*type).rfind("application/http", 0) != 0)
        return EngineError { "a $batch response part is not application/http" };
    std::string_view text = part.body;
    const std::string_view statusLine = takeLine(text);
    BatchOperationResponse response;
    const std::size_t space = statusLine.find(' ');
    if (statusLine.rfind("HTTP/", 0) != 0 || space == std::string_view::npos || statusLine.size() < space + 4)
        return EngineError { "malformed status line \"" + std::string(statusLine.substr(0, 60))
            + "\" in a $batch part" };
    const std::string_view code = statusLine.substr(space + 1, 3);
    const auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), response.status);
    if (error != std::errc() || end != code.data() + 3 || response.status < 100 || response.status > 599)
        return EngineError { "malformed status line \"" + std::string(statusLine.substr(0, 60))
            + "\" in a $batch part" };
    auto headers = takeHeaders(text);
    if (!headers)
        return headers.error();
    response.headers = std::move(*headers);
    std::size_t length = text.size();
    if (const auto declared = response.headers.get("Content-Length")) {
        std::size_t value = 0;
        const auto [e, err] = std::from_chars(declared->data(), declared->data() + declared->size(), value);
        if (err != std::errc() || e != declared->data() + declared->size() || value > text.size())
            return EngineError { "Content-Length " + declared->substr(0, 20)
                + " does not match a $batch part" };
        length = value;
    }
    response.body = std::string(text.substr(0, length));
    return response;
}

} // namespace

std::string multipartBoundary(std::string_view contentType)
{
    const std::string lowered = lower(contentType);
    if (lowered.rfind("multipart/mixed", 0) != 0)
        return {};
    const std::size_t at = lowered.find("boundary=");
    if (at == std::string::npos)
        return {};
    std::string_view value = contentType.substr(at + 9);
    value = trim(value.substr(0, value.find(';')));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    return std::string(value);
}

Expected<std::vector<BatchPartResponse>> parseBatchResponse(
    std::string_view contentType, std::string_view body)
{
    const std::string boundary = multipartBoundary(contentType);
    if (boundary.empty())
        return EngineError { "the $batch response is not multipart/mixed with a boundary (Content-Type \""
            + std::string(contentType.substr(0, 80)) + "\")" };
    auto parts = splitMultipart(body, boundary);
    if (!parts)
        return EngineError { "unreadable $batch response: " + parts.error().message };
    std::vector<BatchPartResponse> result;
    for (const MimeEntity &part : *parts) {
        BatchPartResponse entry;
        const std::string inner = multipartBoundary(part.headers.get("Content-Type").value_or(""));
        if (inner.empty()) {
            auto response = embeddedResponse(part);
            if (!response)
                return EngineError { "unreadable $batch response: " + response.error().message };
            entry.responses.push_back(std::move(*response));
        } else {
            entry.changeset = true;
            auto operations = splitMultipart(part.body, inner);
            if (!operations)
                return EngineError { "unreadable $batch changeset response: " + operations.error().message };
            for (const MimeEntity &operation : *operations) {
                auto response = embeddedResponse(operation);
                if (!response)
                    return EngineError { "unreadable $batch changeset response: "
                        + response.error().message };
                entry.responses.push_back(std::move(*response));
            }
        }
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace planbridge::connectors
