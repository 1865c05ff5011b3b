#pragma once

#include "connectors/tryton/trytonrpc.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"

#include <cstdint>
#include <string>

namespace planbridge::tryton {

struct TrytonRpcConfig
{
    std::string database; // the path segment of every database call: POST /<database>/
    std::string user;
    std::string password; // never written into a message
    std::string language = "en";
    // Retries of one call on ConcurrencyException, 429, 502-504, 500 and lost connections.
    net::RetryPolicy retry { 4, std::chrono::milliseconds(200), std::chrono::milliseconds(5000) };
    net::RetryHooks hooks = net::RetryHooks::system();
};

// Tryton's JSON-RPC over the engine's HTTP layer (`TrytonRpcClient`): signs in with
// common.db.login and sends "Authorization: Session base64(user:id:key)" — password auth costs a
// bcrypt check per call, a session does not. A 401 signs in again once and resends; retryable
// faults are retried with backoff. Model calls get the user's context (company, language)
// appended, as Tryton requires a context as the last parameter. Thread-compatible.
class TrytonRpcClient
{
public:
    // `sender` must outlive the client; it should not add its own Authorization header.
    TrytonRpcClient(net::HttpSender &sender, TrytonRpcConfig config);

    // "model.<model>.<method>" with `args` (an array) and the context appended.
    RpcResult model(const std::string &model, const std::string &method, Json args, const Json &extraContext = {});
    // "wizard.<name>.<method>"; `args` is the array before the context.
    RpcResult wizard(const std::string &name, const std::string &method, Json args);
    // Any database-level method with its full params.
    RpcResult call(const std::string &method, const Json &params);
    // Server-level methods (common.server.version, common.db.list) go to "/", unauthenticated.
    RpcResult server(const std::string &method, const Json &params);

    // Signs in (again) now; the first call does it on its own.
    RpcFault login();
    void logout();

    std::int64_t userId() const { return m_userId; }
    const Json &context() const { return m_context; }
    int logins() const { return m_logins; } // diagnostics: tests prove the re-login
    const TrytonRpcConfig &config() const { return m_config; }

private:
    RpcResult send(const std::string &path, const std::string &method, const Json &params, bool authenticated);
    RpcResult attempt(const std::string &path, const std::string &method, const Json &params, bool authenticated);

    net::HttpSender &m_sender;
    TrytonRpcConfig m_config;
    std::string m_session; // base64(user:id:key), empty when signed out
    std::int64_t m_userId = 0;
    Json m_context = Json::object();
    std::int64_t m_nextId = 1;
    int m_logins = 0;
};

} // namespace planbridge::tryton
