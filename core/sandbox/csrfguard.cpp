#include "sandbox/csrfguard.h"

#include <string_view>

namespace planbridge::sandbox {

CsrfGuard::CsrfGuard()
    : m_random(std::random_device {}())
{
}

CsrfGuard::Issued CsrfGuard::fetch(const std::string &cookieHeader)
{
    std::lock_guard lock(m_mutex);
    if (const auto session = sessionOf(cookieHeader)) {
        if (const auto it = m_tokenBySession.find(*session); it != m_tokenBySession.end())
            return { it->second, std::nullopt };
    }
    const std::string session = randomText(32);
    const std::string token = randomText(24);
    m_tokenBySession[session] = token;
    return { token, std::string(CookieName) + "=" + session + "; path=/; HttpOnly" };
}

bool CsrfGuard::valid(const std::string &tokenHeader, const std::string &cookieHeader) const
{
    const auto session = sessionOf(cookieHeader);
    if (!session || tokenHeader.empty())
        return false;
    std::lock_guard lock(m_mutex);
    const auto it = m_tokenBySession.find(*session);
    return it != m_tokenBySession.end() && it->second == tokenHeader;
}

void CsrfGuard::expireAll()
{
    std::lock_guard lock(m_mutex);
    m_tokenBySession.clear();
}

std::string CsrfGuard::randomText(std::size_t length)
{
    static constexpr std::string_view Alphabet
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<std::size_t> pick(0, Alphabet.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < length; ++i)
        text += Alphabet[pick(m_random)];
    return text;
}

std::optional<std::string> CsrfGuard::sessionOf(const std::string &cookieHeader)
{
    // "Cookie: a=1; sap-XSRF_SBX_100=...; b=2"
    const std::string name = std::string(CookieName) + "=";
    std::string_view rest = cookieHeader;
    while (!rest.empty()) {
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == ';'))
            rest.remove_prefix(1);
        const std::string_view cookie = rest.substr(0, rest.find(';'));
        if (cookie.substr(0, name.size()) == name)
            return std::string(cookie.substr(name.size()));
        rest.remove_prefix(cookie.size());
    }
    return std::nullopt;
}

} // namespace planbridge::sandbox
