#pragma once

#include "domain/expected.h"
#include "net/httpmessage.h"

#include <string>
#include <string_view>
#include <vector>

namespace planbridge::connectors {

// One embedded HTTP response of a $batch answer.
struct BatchOperationResponse
{
    int status = 0;
    net::HttpHeaders headers;
    std::string body;
};

// A top-level part of a $batch answer: a changeset's responses (one per operation), or a single
// response, which for a changeset means it failed as a whole (OData v2: one error for all of it).
struct BatchPartResponse
{
    bool changeset = false;
    std::vector<BatchOperationResponse> responses;
};

// Reads a multipart/mixed $batch response. Accepts CRLF and, leniently, bare LF line ends. Never
// throws; any other shape is an error naming what is wrong.
Expected<std::vector<BatchPartResponse>> parseBatchResponse(
    std::string_view contentType, std::string_view body);

// The boundary parameter of a multipart/mixed content type (quotes removed); empty if none.
std::string multipartBoundary(std::string_view contentType);

} // namespace planbridge::connectors
