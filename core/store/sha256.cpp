#include "store/sha256.h"

#include <openssl/evp.h>

namespace planbridge::store {

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        return std::string(); // never matches a stored hash, so a failure reads as tampering, not as valid
    static constexpr char Hex[] = "0123456789abcdef";
    std::string text(size * 2, '0');
    for (unsigned int i = 0; i < size; ++i) {
        text[2 * i] = Hex[digest[i] >> 4];
        text[2 * i + 1] = Hex[digest[i] & 15];
    }
    return text;
}

} // namespace planbridge::store
