#pragma once

// Plain C++ (no Q_OBJECT): what one background job needs to talk to the ERP. Each job makes its
// own, on its own thread, because an HttpClient is used by one thread at a time.
#include "connectors/s4/mrpodataclient.h"
#include "connectors/s4/pirodataclient.h"
#include "net/httpclient.h"

#include <memory>

namespace planbridge::ui {

struct ErpConnection
{
    explicit ErpConnection(const net::HttpClientConfig &config)
        : http(config)
        , pirs(http)
        , mrp(http)
    {
    }
    net::HttpClient http;
    s4::PirODataClient pirs;
    s4::MrpODataClient mrp;
};

} // namespace planbridge::ui
