#include "connectors/odata/batchrequest.h"

namespace planbridge::connectors {

BatchRequest buildChangesetBatch(
    const std::vector<std::vector<BatchOperation>> &changesets, std::string_view boundaryTag)
{
    const std::string batch = "batch_" + std::string(boundaryTag);
    BatchRequest request;
    request.contentType = "multipart/mixed; boundary=" + batch;
    std::string &out = request.body;
    std::size_t size = 0;
    for (const auto &changeset : changesets) {
        for (const BatchOperation &operation : changeset)
            size += operation.body.size() + 300;
    }
    out.reserve(size + 200);
    for (std::size_t c = 0; c < changesets.size(); ++c) {
        const std::string changeset = "changeset_" + std::string(boundaryTag) + "_" + std::to_string(c);
        out += "--" + batch + "\r\nContent-Type: multipart/mixed; boundary=" + changeset + "\r\n\r\n";
        for (const BatchOperation &operation : changesets[c]) {
            out += "--" + changeset
                + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n";
            out += operation.method + " " + operation.url + " HTTP/1.1\r\n";
            for (const auto &[name, value] : operation.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + std::to_string(operation.body.size()) + "\r\n\r\n";
            out += operation.body;
            out += "\r\n";
        }
        out += "--" + changeset + "--\r\n\r\n";
    }
    out += "--" + batch + "--\r\n";
    return request;
}

} // namespace planbridge::connectors
