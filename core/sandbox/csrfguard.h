#pragma once

#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>

namespace planbridge::sandbox {

// SAP Gateway's CSRF protection: a GET/HEAD with "X-CSRF-Token: Fetch" gets a token bound to a
// session cookie; modifying requests must send both back, or they get 403 "Required".
class CsrfGuard
{
public:
    static constexpr const char *CookieName = "sap-XSRF_SBX_100"; // sap-XSRF_<SID>_<client>

    struct Issued
    {
        std::string token;
        std::optional<std::string> setCookie; // only when a new session starts
    };

    CsrfGuard();

    // The session's token when the cookie names a live session, otherwise a new session.
    Issued fetch(const std::string &cookieHeader);
    bool valid(const std::string &tokenHeader, const std::string &cookieHeader) const;
    // Invalidates every token at once, as a Gateway session timeout or restart would.
    void expireAll();

private:
    std::string randomText(std::size_t length);
    static std::optional<std::string> sessionOf(const std::string &cookieHeader);

    mutable std::mutex m_mutex;
    std::mt19937_64 m_random;
    std::unordered_map<std::string, std::string> m_tokenBySession;
};

} // namespace planbridge::sandbox
