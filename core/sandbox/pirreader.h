#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/odatarequest.h"
#include "sandbox/pirstore.h"

namespace planbridge::sandbox {

// GET on the PIR service: collections with $filter/$skip/$top/$inlinecount, single entities and
// navigation, in OData v2 JSON envelopes.
class PirReader
{
public:
    PirReader(const PirStore &store, const std::string &serviceUrl);

    HttpReply read(const ODataResource &resource, const ODataQuery &query) const;

private:
    HttpReply headers(const ODataQuery &query) const;
    HttpReply items(const ODataQuery &query, const PirHeaderKey *parent) const;

    const PirStore &m_store;
    const std::string &m_serviceUrl;
};

// A key predicate as exactly the N key fields in SAP's order, or a 400 naming what is wrong.
template<std::size_t N>
ODataResult<std::array<std::string, N>> keyFromPredicate(const NamedValues &predicate);

} // namespace planbridge::sandbox
