#pragma once

#include "sandbox/odatafault.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::sandbox {

// One MIME entity: headers (names lower-cased) and the bytes after the blank line.
struct MimePart
{
    std::map<std::string, std::string> headers;
    std::string body;
};

// The sandbox's own reader for OData $batch bodies. MIME requires CRLF line ends, and so does
// this reader: a client that sends bare LF (as SAP's published example does) gets a 400 here
// rather than a surprise from a real Gateway.
class MultipartMime
{
public:
    static std::optional<std::string> boundaryOf(std::string_view contentType);
    static ODataResult<std::vector<MimePart>> split(std::string_view body, std::string_view boundary);
    // "Name: value" lines up to the first empty line, then the rest as the body.
    static ODataResult<MimePart> parseEntity(std::string_view text);
};

} // namespace planbridge::sandbox
