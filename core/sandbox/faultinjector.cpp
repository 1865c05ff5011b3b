#include "sandbox/faultinjector.h"

namespace planbridge::sandbox {

FaultInjector::FaultInjector(FaultSettings initial)
{
    reset(std::move(initial));
}

FaultDecision FaultInjector::beforeCall()
{
    std::lock_guard lock(m_mutex);
    FaultDecision decision;
    decision.latencyMs = m_settings.latencyMs;
    if (m_settings.outage) {
        decision.kind = FaultDecision::Kind::Outage;
        decision.status = 503;
        decision.message = "Service unavailable: the sandbox ERP is in an outage window";
    } else if (m_settings.throttleCount > 0) {
        --m_settings.throttleCount;
        decision.kind = FaultDecision::Kind::Throttle;
        decision.status = 429;
        decision.retryAfterSeconds = m_settings.retryAfterSeconds;
        decision.message
            = "Rate limit exceeded; retry after " + std::to_string(m_settings.retryAfterSeconds) + " s";
    } else if (m_settings.errorRate > 0.0) {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (unit(m_random) < m_settings.errorRate) {
            static constexpr int Statuses[] = { 500, 502, 503, 504 };
            decision.kind = FaultDecision::Kind::RandomError;
            decision.status = Statuses[std::uniform_int_distribution<int>(0, 3)(m_random)];
            decision.message = "Injected transient server error";
        }
    }
    return decision;
}

bool FaultInjector::takeDrop()
{
    std::lock_guard lock(m_mutex);
    if (m_settings.dropAfterApplyCount <= 0)
        return false;
    --m_settings.dropAfterApplyCount;
    return true;
}

std::optional<ODataFault> FaultInjector::productCheck(const std::string &product) const
{
    std::lock_guard lock(m_mutex);
    if (!m_settings.blockedProducts.count(product))
        return std::nullopt;
    // Shaped like a planning application error from the PIR BAPI, not a Gateway syntax error.
    return ODataFault { 400, "PPH_PIR/012", "Material " + product + " is blocked for planning", "Product" };
}

std::optional<std::string> FaultInjector::configure(const nlohmann::json &request)
{
    if (!request.is_object())
        return "a JSON object is expected";
    std::lock_guard lock(m_mutex);
    FaultSettings next = request.value("clear", false) ? FaultSettings {} : m_settings;
    try {
        if (request.contains("outage"))
            next.outage = request.at("outage").get<bool>();
        if (request.contains("latency_ms"))
            next.latencyMs = request.at("latency_ms").get<int>();
        if (request.contains("error_rate"))
            next.errorRate = request.at("error_rate").get<double>();
        if (request.contains("seed")) {
            next.seed = request.at("seed").get<std::uint64_t>();
            m_random.seed(next.seed);
        }
        if (request.contains("throttle")) {
            const auto &throttle = request.at("throttle");
            next.throttleCount = throttle.value("count", 1);
            next.retryAfterSeconds = throttle.value("retry_after", 1);
        }
        if (request.contains("drop_after_apply"))
            next.dropAfterApplyCount = request.at("drop_after_apply").get<int>();
        if (request.contains("blocked_products"))
            next.blockedProducts = request.at("blocked_products").get<std::set<std::string>>();
    } catch (const nlohmann::json::exception &error) {
        return std::string("bad fault settings: ") + error.what();
    }
    if (next.latencyMs < 0 || next.errorRate < 0.0 || next.errorRate > 1.0 || next.throttleCount < 0
        || next.retryAfterSeconds < 0 || next.dropAfterApplyCount < 0)
        return "fault settings out of range";
    m_settings = std::move(next);
    return std::nullopt;
}

void FaultInjector::reset(FaultSettings settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = std::move(settings);
    m_random.seed(m_settings.seed);
}

nlohmann::ordered_json FaultInjector::stateJson() const
{
    std::lock_guard lock(m_mutex);
    return { { "outage", m_settings.outage }, { "latency_ms", m_settings.latencyMs },
        { "error_rate", m_settings.errorRate }, { "seed", m_settings.seed },
        { "throttle",
            { { "count", m_settings.throttleCount }, { "retry_after", m_settings.retryAfterSeconds } } },
        { "drop_after_apply", m_settings.dropAfterApplyCount },
        { "blocked_products", m_settings.blockedProducts } };
}

} // namespace planbridge::sandbox
