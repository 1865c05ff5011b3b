#pragma once

#include "sandbox/odatafault.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string>

namespace planbridge::sandbox {

// The faults the sandbox ERP plays, settable at start and while it runs.
struct FaultSettings
{
    bool outage = false; // 503 for every ERP call
    int latencyMs = 0; // added before every ERP call is answered
    double errorRate = 0.0; // share of ERP calls answered with a random 5xx, 0..1
    std::uint64_t seed = 1; // makes the random 5xx sequence repeatable
    int throttleCount = 0; // the next N ERP calls get 429
    int retryAfterSeconds = 1; // Retry-After of those 429s
    int dropAfterApplyCount = 0; // the next N applied writes lose their response
    std::set<std::string> blockedProducts; // writes touching these get a business rejection
};

// What to do with one ERP call before it reaches the service.
struct FaultDecision
{
    enum class Kind { None, Outage, Throttle, RandomError };
    Kind kind = Kind::None;
    int latencyMs = 0;
    int status = 0; // 0: go ahead; otherwise answer with this status (503, 429, 500...)
    int retryAfterSeconds = 0;
    std::string message;
};

// Decides the injected faults for each call; thread-safe, counters consumed atomically.
class FaultInjector
{
public:
    explicit FaultInjector(FaultSettings initial = {});

    FaultDecision beforeCall();
    bool takeDrop(); // consumes one drop-after-apply when armed
    std::optional<ODataFault> productCheck(const std::string &product) const;

    // Applies the fields present in an admin request; returns an error text for a bad request.
    std::optional<std::string> configure(const nlohmann::json &request);
    void reset(FaultSettings settings);
    nlohmann::ordered_json stateJson() const;

private:
    mutable std::mutex m_mutex;
    FaultSettings m_settings;
    std::mt19937_64 m_random;
};

} // namespace planbridge::sandbox
