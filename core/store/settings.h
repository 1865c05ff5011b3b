#pragma once

#include "auth/session.h"
#include "domain/expected.h"
#include "store/cache.h"

#include <optional>
#include <string>

namespace planbridge::store {

// Named settings in the cache, changed only by an admin (Configure), every change audited.
class Settings
{
public:
    explicit Settings(Cache &cache);

    std::optional<std::string> get(const std::string &name);
    std::optional<EngineError> set(
        const auth::Session &session, const std::string &name, const std::string &value);

    // The settings PlanBridge knows, with what each accepts.
    static constexpr const char *HighPrioritySlaMinutes = "sla.high_priority_minutes"; // 1..1440, default 15

private:
    Cache &m_cache;
};

} // namespace planbridge::store
