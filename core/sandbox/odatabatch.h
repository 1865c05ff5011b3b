#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/pirservice.h"

#include <string>

namespace planbridge::sandbox {

// OData v2 $batch: retrieve operations and atomic changesets in one multipart/mixed POST, each
// part dispatched to the same service as a plain request; answered 202 with per-part statuses.
class ODataBatch
{
public:
    static HttpReply handle(const HttpCall &outer, const std::string &contentType, PirService &service);
};

} // namespace planbridge::sandbox
