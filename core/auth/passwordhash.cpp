#include "auth/passwordhash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <vector>

namespace planbridge::auth {
namespace {

constexpr std::string_view Scheme = "pbkdf2-sha256";
constexpr std::size_t SaltBytes = 16;
constexpr std::size_t KeyBytes = 32;
constexpr int MaxIterations = 50'000'000; // a stored count above this is a broken or hostile row

std::string hex(const unsigned char *bytes, std::size_t size)
{
    static constexpr char Hex[] = "0123456789abcdef";
    std::string text(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        text[2 * i] = Hex[bytes[i] >> 4];
        text[2 * i + 1] = Hex[bytes[i] & 15];
    }
    return text;
}

std::optional<std::vector<unsigned char>> unhex(std::string_view text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::vector<unsigned char> bytes(text.size() / 2);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        unsigned value = 0;
        const auto [end, error] = std::from_chars(text.data() + 2 * i, text.data() + 2 * i + 2, value, 16);
        if (error != std::errc() || end != text.data() + 2 * i + 2)
            return std::nullopt;
        bytes[i] = static_cast<unsigned char>(value);
    }
    return bytes;
}

bool derive(std::string_view password, const unsigned char *salt, std::size_t saltSize, int iterations,
    unsigned char *key, std::size_t keySize)
{
    return PKCS5_PBKDF2_HMAC(password.data(), int(password.size()), salt, int(saltSize), iterations,
               EVP_sha256(), int(keySize), key)
        == 1;
}

} // namespace

std::optional<std::string> hashPassword(std::string_view password, int iterations)
{
    unsigned char salt[SaltBytes];
    unsigned char key[KeyBytes];
    if (iterations < 1 || RAND_bytes(salt, sizeof salt) != 1
        || !derive(password, salt, sizeof salt, iterations, key, sizeof key))
        return std::nullopt;
    const std::string result = std::string(Scheme) + "$" + std::to_string(iterations) + "$"
        + hex(salt, sizeof salt) + "$" + hex(key, sizeof key);
    OPENSSL_cleanse(key, sizeof key);
    return result;
}

bool verifyPassword(std::string_view password, std::string_view stored)
{
    // scheme $ iterations $ salt $ key
    std::string_view parts[4];
    for (int i = 0; i < 3; ++i) {
        const std::size_t dollar = stored.find('$');
        if (dollar == std::string_view::npos)
            return false;
        parts[i] = stored.substr(0, dollar);
        stored.remove_prefix(dollar + 1);
    }
    parts[3] = stored;
    int iterations = 0;
    const auto [end, error] = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), iterations);
    if (parts[0] != Scheme || error != std::errc() || end != parts[1].data() + parts[1].size()
        || iterations < 1 || iterations > MaxIterations)
        return false;
    const auto salt = unhex(parts[2]);
    const auto expected = unhex(parts[3]);
    if (!salt || !expected || salt->empty() || expected->size() != KeyBytes)
        return false;
    unsigned char key[KeyBytes];
    if (!derive(password, salt->data(), salt->size(), iterations, key, sizeof key))
        return false;
    const bool same = CRYPTO_memcmp(key, expected->data(), KeyBytes) == 0;
    OPENSSL_cleanse(key, sizeof key);
    return same;
}

} // namespace planbridge::auth
