#pragma once

// Internal to the synthetic generator (syntheticversion.cpp, syntheticscenario.cpp): the scenario
// model shared by the master-data writer and the version writer, and a buffered text sink.

#include "domain/date.h"
#include "domain/period.h"
#include "sample/syntheticversion.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::synthetic {

// splitmix64: the same stream on every platform and standard library.
inline std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next() { return mix(m_state += 0x9E3779B97F4A7C15ull); }
    // Uniform enough in [0, n) for generator purposes (n is small against 2^64).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    bool chance(std::uint64_t perMille) { return below(1000) < perMille; }

private:
    std::uint64_t m_state;
};

enum class BaseUnit { PC, KG, L };

struct ItemTraits
{
    BaseUnit base = BaseUnit::PC;
    int caseFactor = 0;          // item-specific CS->PC (0: the `*` 12 applies)
    bool pallet = false;         // item-specific PC->PAL 0.0125, usable only in reverse
    bool bag = false;            // item-specific KG->BAG 0.04, usable only in reverse
    bool legacyCode = false;     // the version sometimes sends OLD-nnnnn
};

struct ItemLocationTraits
{
    bool buy = false;
    int leadTimeDays = 0;
    int supplier = 0;
};

struct Plant
{
    std::string code;
    std::string legacyCode; // empty: none
    std::string erpPlant;
    std::string mrpArea;    // empty: defaults to erp_plant
    PeriodType periodType = PeriodType::Week;
    std::string calendar;
    int horizonDays = 0;
};

// Everything both files agree on, derived from the spec alone.
class Scenario
{
public:
    static constexpr int GridPlants = 20;
    static constexpr int GridBuckets = 10;
    static constexpr int ShutdownPlant = 17; // a D plant whose calendar has a maintenance week
    static constexpr std::array<std::string_view, 4> Channels = {"RETAIL", "ONLINE", "WHOLESALE", "EXPORT"};
    static constexpr std::string_view BlockedPlant = "P190";
    static constexpr std::string_view UnstockedPlant = "P195";

    explicit Scenario(const SyntheticSpec &spec);

    std::uint64_t seed() const { return m_seed; }
    std::uint64_t gridItems() const { return m_itemCodes.size(); }
    const std::string &itemCode(std::uint64_t i) const { return m_itemCodes[i]; }
    const std::string &legacyItemCode(std::uint64_t i) const { return m_legacyCodes[i]; }
    ItemTraits item(std::uint64_t i) const;
    ItemLocationTraits itemLocation(std::uint64_t i, int plant) const;
    const Plant &plant(int p) const { return m_plants[static_cast<std::size_t>(p)]; }
    const std::vector<std::string> &inactiveItems() const { return m_inactive; }
    const std::vector<std::string> &unsuppliedItems() const { return m_unsupplied; }

    Date asOf() const { return m_asOf; }
    Date bucket(int b) const { return m_firstBucket.addDays(7 * b); }
    const std::string &bucketText(int b) const { return m_bucketTexts[static_cast<std::size_t>(b)]; }
    Date shutdownWeek() const { return m_firstBucket.addDays(7 * GridBuckets); }
    std::string versionId() const;
    bool highPriority() const { return (m_seed & 1) == 0; }

private:
    std::uint64_t hash(std::uint64_t a, std::uint64_t b = 0) const { return mix(mix(m_seed ^ a) + b); }

    std::uint64_t m_seed;
    Date m_asOf;
    Date m_firstBucket;
    std::vector<std::string> m_bucketTexts;
    std::vector<std::string> m_itemCodes;
    std::vector<std::string> m_legacyCodes;
    std::vector<std::string> m_inactive;
    std::vector<std::string> m_unsupplied;
    std::vector<Plant> m_plants;
};

std::string_view baseUnitName(BaseUnit unit);

// Appends into a large string and writes it out in 1 MiB chunks: no per-record stdio or iostream.
class TextSink
{
public:
    explicit TextSink(std::FILE *file) : m_file(file) { m_buffer.reserve(Chunk + 4096); }
    TextSink(const TextSink &) = delete;
    TextSink &operator=(const TextSink &) = delete;

    TextSink &put(std::string_view s)
    {
        m_buffer.append(s);
        return *this;
    }
    TextSink &put(char c)
    {
        m_buffer.push_back(c);
        return *this;
    }
    TextSink &putInt(std::int64_t value);
    // Flushes when the buffer is full; call between records.
    void maybeFlush()
    {
        if (m_buffer.size() >= Chunk)
            flush();
    }
    bool finish();

private:
    static constexpr std::size_t Chunk = 1 << 20;
    void flush();
    std::FILE *m_file;
    std::string m_buffer;
    bool m_failed = false;
};

// One forecast row as text, shared by the JSON and the CSV writer so both files hold the same rows.
// How a field appears: a JSON string, a JSON number, JSON null or no key at all (CSV: empty).
enum class FieldKind : unsigned char { String, Number, Null, Absent };

struct Field
{
    std::string_view text;
    FieldKind kind = FieldKind::String;
};

enum Column { ItemCol, LocationCol, ChannelCol, BucketCol, QuantityCol, UomCol };

struct Row
{
    std::array<Field, 6> f;
};

// `1200`, `1200.5` (minimal) or `1200.500` (three decimals) from thousandths.
void formatQuantity(std::string &out, std::int64_t thousandths, bool threeDecimals);
void writeJsonRow(TextSink &out, const Row &row, bool first);
void writeCsvRow(TextSink &out, const Row &row);

// Writes master.json for the scenario; false on an I/O error.
bool writeMasterJson(const Scenario &scenario, TextSink &out);

} // namespace planbridge::synthetic
