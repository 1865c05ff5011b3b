#include "sandbox/odatabatch.h"

#include "sandbox/multipartmime.h"
#include "sandbox/pirvalues.h"

#include <atomic>

namespace planbridge::sandbox {

namespace {

std::string reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 501:
        return "Not Implemented";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

// An embedded request "METHOD url HTTP/1.1", its headers and body, as a call on the service.
ODataResult<HttpCall> embeddedCall(const MimePart &part, const HttpCall &outer)
{
    if (part.headers.count("content-type") == 0
        || part.headers.at("content-type").rfind("application/http", 0) != 0)
        return badRequest("Batch part must have Content-Type application/http");
    const std::string &text = part.body;
    const std::size_t eol = text.find("\r\n");
    const std::string line = text.substr(0, eol);
    const std::size_t space1 = line.find(' ');
    const std::size_t space2 = line.rfind(' ');
    if (space1 == std::string::npos || space2 <= space1)
        return badRequest("Malformed request line in batch part: '" + line + "'");
    HttpCall call;
    call.method = line.substr(0, space1);
    const std::string url = line.substr(space1 + 1, space2 - space1 - 1);
    const std::string rest = eol == std::string::npos ? std::string() : text.substr(eol + 2);
    if (!rest.empty() && rest.rfind("\r\n", 0) != 0) {
        // A part without a body may end right after its last header line.
        auto entity
            = MultipartMime::parseEntity(rest.find("\r\n\r\n") == std::string::npos ? rest + "\r\n" : rest);
        if (auto *fault = std::get_if<ODataFault>(&entity))
            return *fault;
        call.body = std::get<MimePart>(entity).body;
    } else if (rest.size() > 2) {
        call.body = rest.substr(2);
    }
    const std::size_t question = url.find('?');
    call.resourcePath = "/" + percentDecode(url.substr(0, question), false);
    if (question != std::string::npos) {
        std::string_view query = std::string_view(url).substr(question + 1);
        while (!query.empty()) {
            const std::string_view pair = query.substr(0, query.find('&'));
            const std::size_t equals = pair.find('=');
            call.params.emplace(percentDecode(pair.substr(0, equals), true),
                equals == std::string_view::npos ? std::string()
                                                 : percentDecode(pair.substr(equals + 1), true));
            query.remove_prefix(std::min(query.size(), pair.size() + 1));
        }
    }
    call.serviceUrl = outer.serviceUrl;
    call.user = outer.user;
    return call;
}

std::string responsePart(const HttpReply &reply)
{
    std::string out = "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n";
    out += "HTTP/1.1 " + std::to_string(reply.status) + " " + reason(reply.status) + "\r\n";
    if (!reply.contentType.empty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + std::to_string(reply.body.size()) + "\r\n\r\n" + reply.body + "\r\n";
    return out;
}

std::string newBoundary(const char *prefix)
{
    static std::atomic<unsigned> counter { 0 };
    return std::string(prefix) + "_SBX" + std::to_string(++counter);
}

} // namespace

HttpReply ODataBatch::handle(const HttpCall &outer, const std::string &contentType, PirService &service)
{
    if (outer.method != "POST")
        return odataErrorReply({ 405, "/IWBEP/CM_MGW_RT/021", "$batch accepts POST only", {} });
    const auto boundary = MultipartMime::boundaryOf(contentType);
    if (!boundary)
        return odataErrorReply(badRequest("$batch needs Content-Type multipart/mixed with a boundary"));
    auto parts = MultipartMime::split(outer.body, *boundary);
    if (auto *fault = std::get_if<ODataFault>(&parts))
        return odataErrorReply(*fault);

    // Parse everything first: a malformed batch is refused whole, before any changeset applies.
    struct Entry
    {
        bool changeset = false;
        std::vector<HttpCall> calls;
    };
    std::vector<Entry> entries;
    for (const MimePart &part : std::get<std::vector<MimePart>>(parts)) {
        Entry entry;
        const std::string type = part.headers.count("content-type") ? part.headers.at("content-type") : "";
        if (const auto inner = MultipartMime::boundaryOf(type)) {
            entry.changeset = true;
            auto operations = MultipartMime::split(part.body, *inner);
            if (auto *fault = std::get_if<ODataFault>(&operations))
                return odataErrorReply(*fault);
            for (const MimePart &operation : std::get<std::vector<MimePart>>(operations)) {
                auto call = embeddedCall(operation, outer);
                if (auto *fault = std::get_if<ODataFault>(&call))
                    return odataErrorReply(*fault);
                if (std::get<HttpCall>(call).method == "GET")
                    return odataErrorReply(badRequest("A changeset cannot contain GET requests"));
                entry.calls.push_back(std::move(std::get<HttpCall>(call)));
            }
        } else {
            auto call = embeddedCall(part, outer);
            if (auto *fault = std::get_if<ODataFault>(&call))
                return odataErrorReply(*fault);
            if (std::get<HttpCall>(call).method != "GET")
                return odataErrorReply(badRequest("Modifying requests in $batch must sit in a changeset"));
            entry.calls.push_back(std::move(std::get<HttpCall>(call)));
        }
        entries.push_back(std::move(entry));
    }

    HttpReply reply;
    reply.status = 202;
    const std::string batchBoundary = newBoundary("batchresponse");
    reply.contentType = "multipart/mixed; boundary=" + batchBoundary;
    for (const Entry &entry : entries) {
        reply.body += "--" + batchBoundary + "\r\n";
        if (!entry.changeset) {
            reply.body += responsePart(service.handle(entry.calls.front()));
            continue;
        }
        const std::vector<HttpReply> results = service.handleChangeset(entry.calls);
        if (results.size() == 1 && results.front().status >= 400) {
            reply.body += responsePart(results.front()); // a failed changeset answers once, as a whole
            continue;
        }
        const std::string changesetBoundary = newBoundary("changesetresponse");
        reply.body += "Content-Type: multipart/mixed; boundary=" + changesetBoundary + "\r\n\r\n";
        for (const HttpReply &result : results) {
            reply.body += "--" + changesetBoundary + "\r\n" + responsePart(result);
            reply.applied = reply.applied || result.applied;
        }
        reply.body += "--" + changesetBoundary + "--\r\n";
    }
    reply.body += "--" + batchBoundary + "--\r\n";
    return reply;
}

} // namespace planbridge::sandbox
