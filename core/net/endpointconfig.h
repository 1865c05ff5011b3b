#pragma once

#include "domain/expected.h"
#include "net/httpclientconfig.h"

#include <map>
#include <string>

namespace planbridge::net {

// One configured system ("planning", "erp"): how to reach it, plus its connector options
// (planning_area, requirement_type, page_size, …) as plain strings.
struct EndpointSettings
{
    std::string name;
    HttpClientConfig http;
    std::map<std::string, std::string> options;
};

// Reads endpoint `name` from a connections file (JSON):
//   {"erp": {"url": "https://host/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV",
//            "auth": {"kind": "basic", "user": "COMM_USER", "password_env": "PB_ERP_PASSWORD"},
//            "tls": {"verify": true, "ca_file": "…", "client_cert": "…", "client_key": "…"},
//            "proxy": "http://proxy:3128", "timeouts": {"connect_ms": 10000, "total_ms": 60000},
//            "options": {"requirement_type": "VSF", "version": "00"}}}
// Secrets never live in the file itself: each comes from `<secret>_env` (an environment variable)
// or `<secret>_file` (a file only its owner can read, mode 0600 or 0400). A literal secret, a
// missing variable or a readable-by-others file is an error that names the setting, never the value.
Expected<EndpointSettings> loadEndpointSettings(const std::string &path, const std::string &name);

// $XDG_CONFIG_HOME/planbridge/connections.json, or ~/.config/planbridge/connections.json.
std::string defaultConnectionsPath();

} // namespace planbridge::net
