#pragma once

#include "sandbox/httpexchange.h"
#include "sandbox/odatarequest.h"
#include "sandbox/pirpayload.h"
#include "sandbox/pirservice.h"
#include "sandbox/pirstore.h"

namespace planbridge::sandbox {

// POST and PATCH on the PIR service. Bodies are fully validated before anything is stored, and
// item writes are "add or update": an existing bucket gets the new absolute quantity.
class PirWriter
{
public:
    PirWriter(PirStore &store, const HttpCall &call, const PirService::ProductCheck &productCheck);

    HttpReply post(const ODataResource &resource) const;
    HttpReply patch(const ODataResource &resource) const;

private:
    HttpReply postHeader(const nlohmann::json &body) const;
    HttpReply postItem(const nlohmann::json &body, const PirHeaderKey *parent) const;
    std::optional<ODataFault> checkProduct(const std::string &product) const;
    PirItem &apply(const PirHeaderKey &header, const ItemInput &input) const;

    PirStore &m_store;
    const HttpCall &m_call;
    const PirService::ProductCheck &m_productCheck;
};

} // namespace planbridge::sandbox
