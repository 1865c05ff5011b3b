#pragma once

namespace httplib {
class Server;
} // namespace httplib

namespace planbridge::sandbox {

class ErpGateway;
struct SandboxOptions;

// The sandbox's own control surface under /sandbox/admin (no auth, loopback only): counters that
// prove idempotency, the current PIR state, fault injection, the MRP material master and the last
// MRP run, and reset.
class SandboxAdmin
{
public:
    static void install(httplib::Server &server, ErpGateway &erp, const SandboxOptions &options);
};

} // namespace planbridge::sandbox
