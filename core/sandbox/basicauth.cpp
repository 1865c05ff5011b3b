#include "sandbox/basicauth.h"

#include <algorithm>

namespace planbridge::sandbox {
namespace {

std::string base64(const std::string &text)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, text.size() - i);
        unsigned v = 0;
        for (std::size_t k = 0; k < 3; ++k)
            v = v << 8 | (k < n ? static_cast<unsigned char>(text[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? Alphabet[(v >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

} // namespace

bool basicAuthAccepted(const std::string &authorization, const SandboxOptions &options)
{
    return !options.requireAuth || authorization == "Basic " + base64(options.user + ":" + options.password);
}

} // namespace planbridge::sandbox
