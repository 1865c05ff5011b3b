#include "connectors/s4/pirrequestid.h"

#include "domain/decimal.h"

namespace planbridge::s4 {

std::string stableRequestId(std::string_view seed)
{
    // FNV-1a, 128-bit variant (offset basis and prime from the FNV reference, draft-eastlake-fnv).
    using U128 = UInt128;
    const U128 prime = (U128(1) << 88) | 0x13B;
    U128 hash = (U128(0x6C62272E07BB0142ULL) << 64) | 0x62B821756295C58DULL;
    for (const char c : seed) {
        hash ^= static_cast<unsigned char>(c);
        hash *= prime;
    }
    static constexpr char Hex[] = "0123456789abcdef";
    std::string id(32, '0');
    for (int i = 31; i >= 0; --i) {
        id[static_cast<std::size_t>(i)] = Hex[static_cast<unsigned>(hash & 0xF)];
        hash >>= 4;
    }
    return id;
}

std::string pirRequestId(std::string_view versionId, const PirHeader &header)
{
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    std::string seed(versionId);
    for (const std::string *part : { &header.product, &header.plant, &header.mrpArea, &header.requirementType,
             &header.version, &header.requirementPlan, &header.requirementSegment }) {
        seed += '\x1f';
        seed += *part;
    }
    seed += header.active ? "\x1eX" : "\x1e";
    for (const PirItem &item : header.items) {
        seed += '\x1e';
        seed += item.period + '\x1f' + item.periodType + '\x1f' + item.quantity + '\x1f' + item.unit;
    }
    return stableRequestId(seed);
}

} // namespace planbridge::s4
