#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planbridge::connectors {

// One modifying request inside a changeset.
struct BatchOperation
{
    std::string method; // POST, PATCH, MERGE
    std::string url; // relative to the service root, e.g. "PlannedIndepRqmt"
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body; // JSON
};

struct BatchRequest
{
    std::string contentType; // multipart/mixed; boundary=...
    std::string body;
};

// An OData v2 $batch body holding only changesets (OData v2 §2.2.7.3 / SAP Gateway): every line
// ends in CRLF, each operation is an application/http part with binary transfer encoding and an
// explicit Content-Length. `boundaryTag` makes the boundaries unique per request (hex, say); the
// JSON bodies never contain "--batch_"/"--changeset_" followed by it.
BatchRequest buildChangesetBatch(
    const std::vector<std::vector<BatchOperation>> &changesets, std::string_view boundaryTag);

} // namespace planbridge::connectors
