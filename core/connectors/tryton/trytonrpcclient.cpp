#include "connectors/tryton/trytonrpcclient.h"

#include <algorithm>

namespace planbridge::tryton {
namespace {

std::string base64(std::string_view in)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (unsigned(static_cast<unsigned char>(in[i])) << 16)
            | (unsigned(static_cast<unsigned char>(in[i + 1])) << 8) | static_cast<unsigned char>(in[i + 2]);
        out += Alphabet[(v >> 18) & 63];
        out += Alphabet[(v >> 12) & 63];
        out += Alphabet[(v >> 6) & 63];
        out += Alphabet[v & 63];
    }
    if (i < in.size()) {
        unsigned v = unsigned(static_cast<unsigned char>(in[i])) << 16;
        if (i + 1 < in.size())
            v |= unsigned(static_cast<unsigned char>(in[i + 1])) << 8;
        out += Alphabet[(v >> 18) & 63];
        out += Alphabet[(v >> 12) & 63];
        out += i + 1 < in.size() ? Alphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

bool retryable(const RpcFault &fault)
{
    if (fault.kind == FaultKind::Server)
        return fault.httpStatus != 501 && fault.httpStatus != 505;
    return fault.kind == FaultKind::Concurrency || fault.kind == FaultKind::Throttled
        || fault.kind == FaultKind::Transport;
}

} // namespace

TrytonRpcClient::TrytonRpcClient(net::HttpSender &sender, TrytonRpcConfig config)
    : m_sender(sender)
    , m_config(std::move(config))
{
}

RpcResult TrytonRpcClient::attempt(
    const std::string &path, const std::string &method, const Json &params, bool authenticated)
{
    const std::int64_t id = m_nextId++;
    net::HttpRequest request;
    request.method = net::HttpMethod::Post;
    request.url = path;
    // Tryton answers HTTP 500 without this header, and only wraps answers in the JSON-RPC envelope
    // when the body has exactly id, method and params.
    request.headers.set("Content-Type", "application/json");
    if (authenticated && !m_session.empty())
        request.headers.set("Authorization", "Session " + m_session);
    request.body = Json { { "id", id }, { "method", method }, { "params", params } }.dump();
    auto response = m_sender.send(request);
    if (!response) {
        RpcResult result;
        result.fault.kind = FaultKind::Transport;
        result.fault.message = response.error().message;
        return result;
    }
    return parseRpcResponse(response->status, response->body, id);
}

RpcResult TrytonRpcClient::send(const std::string &path, const std::string &method, const Json &params, bool authenticated)
{
    bool signedInAgain = false;
    for (int attemptNo = 1;; ++attemptNo) {
        if (authenticated && m_session.empty()) {
            const RpcFault refused = login();
            if (refused.kind != FaultKind::None) {
                RpcResult result;
                result.fault = refused;
                return result;
            }
            signedInAgain = true;
        }
        RpcResult result = attempt(path, method, params, authenticated);
        if (result.fault.kind == FaultKind::Session && authenticated && !signedInAgain) {
            // The session expired or the server restarted: sign in once more and resend.
            m_session.clear();
            --attemptNo;
            continue;
        }
        if (!retryable(result.fault) || attemptNo >= m_config.retry.maxAttempts)
            return result;
        const double random = m_config.hooks.random ? m_config.hooks.random() : 0.5;
        const auto delay = net::backoffDelay(m_config.retry, attemptNo, random);
        if (m_config.hooks.onRetry)
            m_config.hooks.onRetry(attemptNo, outcomeOf(result.fault.kind), delay, result.fault.text());
        if (m_config.hooks.sleep)
            m_config.hooks.sleep(delay);
    }
}

RpcFault TrytonRpcClient::login()
{
    m_session.clear();
    const std::string path = "/" + m_config.database + "/";
    RpcResult result = attempt(path, "common.db.login",
        Json::array({ m_config.user, Json { { "password", m_config.password } }, m_config.language }), false);
    if (!result.ok()) {
        if (result.fault.kind == FaultKind::Session || result.fault.kind == FaultKind::Forbidden)
            result.fault.message = "Tryton refused the sign-in of user " + m_config.user + " to database "
                + m_config.database;
        return result.fault;
    }
    const Json &value = result.value;
    if (!value.is_array() || value.size() < 2 || !idOf(value[0]) || !value[1].is_string()) {
        RpcFault fault;
        fault.kind = FaultKind::Protocol;
        fault.message = "common.db.login answered neither [user id, session] nor an error";
        return fault;
    }
    m_userId = *idOf(value[0]);
    m_session = base64(m_config.user + ":" + std::to_string(m_userId) + ":" + value[1].get<std::string>());
    ++m_logins;
    // The company comes from the user's preferences; model calls need it in their context.
    RpcResult preferences = attempt(path, "model.res.user.get_preferences", Json::array({ true, Json::object() }), true);
    if (!preferences.ok())
        return preferences.fault;
    m_context = Json { { "language", m_config.language } };
    if (preferences.value.is_object()) {
        if (const auto it = preferences.value.find("company"); it != preferences.value.end() && idOf(*it))
            m_context["company"] = *idOf(*it);
    }
    return {};
}

void TrytonRpcClient::logout()
{
    if (m_session.empty())
        return;
    attempt("/" + m_config.database + "/", "common.db.logout", Json::array(), true);
    m_session.clear();
}

RpcResult TrytonRpcClient::call(const std::string &method, const Json &params)
{
    return send("/" + m_config.database + "/", method, params, true);
}

RpcResult TrytonRpcClient::server(const std::string &method, const Json &params)
{
    return send("/", method, params, false);
}

RpcResult TrytonRpcClient::model(
    const std::string &model, const std::string &method, Json args, const Json &extraContext)
{
    if (m_session.empty()) {
        // The context (company) is only known after signing in.
        if (RpcFault refused = login(); refused.kind != FaultKind::None) {
            RpcResult result;
            result.fault = std::move(refused);
            return result;
        }
    }
    Json context = m_context;
    if (extraContext.is_object())
        context.update(extraContext);
    args.push_back(std::move(context));
    return call("model." + model + "." + method, args);
}

RpcResult TrytonRpcClient::wizard(const std::string &name, const std::string &method, Json args)
{
    if (m_session.empty()) {
        if (RpcFault refused = login(); refused.kind != FaultKind::None) {
            RpcResult result;
            result.fault = std::move(refused);
            return result;
        }
    }
    args.push_back(m_context);
    return call("wizard." + name + "." + method, args);
}

} // namespace planbridge::tryton
