#include "syntheticversion.h"

#include "domain/decimal.h"
#include "domain/reasoncode.h"
#include "syntheticscenario.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

namespace planbridge {
namespace {

using namespace synthetic;

Date mondayOnOrBefore(Date d) { return d.addDays(-d.weekday()); }
Date mondayOnOrAfter(Date d) { return d.addDays((7 - d.weekday()) % 7); }

// Produces the rows: an items × plants × weeks grid, with reject slots spread evenly over the file
// and cycling through every reason code in a shuffled order.
class RowGenerator
{
public:
    RowGenerator(const Scenario &s, std::uint64_t records, double rejectShare)
        : m_s(s), m_rng(mix(s.seed() ^ 0x5EED)), m_records(records)
    {
        const double wanted = std::clamp(rejectShare, 0.0, 1.0) * double(records) + 0.5;
        m_rejects = std::min<std::uint64_t>(records, static_cast<std::uint64_t>(wanted));
        planSlot();
    }

    void make(std::uint64_t k, Row &row)
    {
        const std::uint64_t perItem = std::uint64_t(Scenario::GridPlants) * Scenario::GridBuckets;
        const std::uint64_t i = k / perItem;
        const int p = int(k % perItem / Scenario::GridBuckets), b = int(k % Scenario::GridBuckets);
        if (i != m_item || k == 0) {
            m_item = i;
            m_traits = m_s.item(i);
        }
        const int channel = pickChannel();
        const std::string_view uom = pickUnit();
        fillClean(row, i, p, channel, b, uom);
        if (m_slot < m_rejects && k == m_slotRow) {
            inject(row, i, p, b);
            ++m_slot;
            planSlot();
        } else {
            m_last = {true, i, p, channel, b, uom};
        }
    }

private:
    struct CleanKey
    {
        bool valid = false;
        std::uint64_t item = 0;
        int plant = 0, channel = 0, bucket = 0;
        std::string_view uom;
    };

    void planSlot()
    {
        if (m_slot >= m_rejects)
            return;
        const auto bound = [this](std::uint64_t j) { return std::uint64_t(UInt128(j) * m_records / m_rejects); };
        const std::uint64_t from = bound(m_slot), to = bound(m_slot + 1);
        m_slotRow = from + m_rng.below(to - from);
        if (m_slot % ReasonCodeCount == 0) {
            for (int r = 0; r < ReasonCodeCount; ++r)
                m_order[std::size_t(r)] = ReasonCode(r);
            for (std::size_t r = m_order.size() - 1; r > 0; --r)
                std::swap(m_order[r], m_order[m_rng.below(r + 1)]);
        }
    }

    int pickChannel()
    {
        const auto r = m_rng.below(100);
        return r < 45 ? 0 : r < 70 ? 1 : r < 90 ? 2 : 3;
    }

    std::string_view pickUnit()
    {
        const auto r = m_rng.below(100);
        switch (m_traits.base) {
        case BaseUnit::PC:
            return r < 60 ? "PC" : r < 90 ? "CS" : m_traits.pallet ? "PAL" : "PC";
        case BaseUnit::KG:
            return r < 70 ? "KG" : r < 85 ? "T" : m_traits.bag ? "BAG" : "KG";
        case BaseUnit::L:
            return r < 70 ? "L" : "ML";
        }
        return "PC";
    }

    // A plausible quantity in thousandths for the unit, then its text as a number or a string.
    void setQuantity(Row &row, std::string_view uom)
    {
        std::int64_t t = 0;
        const auto half = [this] { return m_rng.chance(100) ? 500 : 0; };
        if (!m_rng.chance(20)) {
            if (uom == "PC" || uom == "CS")
                t = std::int64_t(m_rng.below(uom == "PC" ? 2000 : 200)) * 1000 + half();
            else if (uom == "PAL")
                t = std::int64_t(m_rng.below(24)) * 500;
            else if (uom == "KG")
                t = std::int64_t(m_rng.below(20'000'000));
            else if (uom == "T")
                t = std::int64_t(m_rng.below(20'000));
            else if (uom == "BAG")
                t = std::int64_t(m_rng.below(400)) * 1000;
            else if (uom == "L")
                t = std::int64_t(m_rng.below(80'000)) * 100;
            else
                t = std::int64_t(m_rng.below(250'000)) * 1000;
        }
        const auto style = m_rng.below(10);
        formatQuantity(m_quantity, t, style >= 8);
        row.f[QuantityCol] = {m_quantity, style < 5 ? FieldKind::Number : FieldKind::String};
    }

    std::string_view itemText(std::uint64_t i)
    {
        const std::string &legacy = m_s.legacyItemCode(i);
        if (!legacy.empty() && m_rng.chance(500))
            return legacy;
        if (m_rng.chance(2)) { // the odd padded code from a spreadsheet export
            m_itemPadded = "  " + m_s.itemCode(i) + " ";
            return m_itemPadded;
        }
        return m_s.itemCode(i);
    }

    std::string_view locationText(int p)
    {
        const Plant &plant = m_s.plant(p);
        return !plant.legacyCode.empty() && m_rng.chance(500) ? std::string_view(plant.legacyCode)
                                                               : std::string_view(plant.code);
    }

    void fillClean(Row &row, std::uint64_t i, int p, int channel, int b, std::string_view uom)
    {
        row.f[ItemCol] = {itemText(i)};
        row.f[LocationCol] = {locationText(p)};
        row.f[ChannelCol] = {Scenario::Channels[std::size_t(channel)]};
        row.f[BucketCol] = {m_s.bucketText(b)};
        row.f[UomCol] = {uom};
        setQuantity(row, uom);
    }

    void setBucket(Row &row, Date d)
    {
        m_bucket = d.toString();
        row.f[BucketCol] = {m_bucket};
    }

    void inject(Row &row, std::uint64_t i, int p, int b)
    {
        ReasonCode reason = m_order[std::size_t(m_slot % ReasonCodeCount)];
        if (reason == ReasonCode::DuplicateKey && !m_last.valid)
            reason = ReasonCode::Malformed;
        const auto v = m_rng.below(6);
        switch (reason) {
        case ReasonCode::Malformed: {
            static constexpr std::array<Column, 6> Where = {ItemCol, ChannelCol, BucketCol, BucketCol, QuantityCol, UomCol};
            if (v == 2) {
                const Date d = m_s.bucket(b);
                m_bucket = m_s.bucketText(b).substr(8, 2) + "." + m_s.bucketText(b).substr(5, 2) + "."
                    + std::to_string(d.year());
                row.f[BucketCol] = {m_bucket};
            } else {
                const Column c = Where[v];
                row.f[c] = c == QuantityCol ? Field {"", FieldKind::Null}
                    : c == UomCol           ? Field {"", FieldKind::Absent}
                    : c == ChannelCol       ? Field {"   "}
                    : c == BucketCol        ? Field {"2027-02-30"}
                                            : Field {""};
            }
            break;
        }
        case ReasonCode::QuantityInvalid: {
            static constexpr std::array<std::string_view, 6> Bad = {"", ".1255", "1,250", "1e3", "12000000000", "-"};
            if (v == 0 || v == 5) {
                formatQuantity(m_quantity, -std::int64_t(m_rng.below(5000) + 1) * 500, false);
                row.f[QuantityCol] = {m_quantity, v == 0 ? FieldKind::Number : FieldKind::String};
            } else {
                m_quantity = v == 1 ? std::to_string(m_rng.below(1000)) + std::string(Bad[v]) : std::string(Bad[v]);
                row.f[QuantityCol] = {m_quantity};
            }
            break;
        }
        case ReasonCode::BucketMisaligned:
            setBucket(row, m_s.bucket(b).addDays(1 + int(m_rng.below(6))));
            break;
        case ReasonCode::UnknownItem:
            m_scratch = v < 2 ? "FG-NEW-" + std::to_string(m_rng.below(1000))
                : v < 4       ? "OLD-X" + std::to_string(m_rng.below(100000))
                              : m_s.itemCode(i);
            if (v >= 4)
                std::transform(m_scratch.begin(), m_scratch.end(), m_scratch.begin(),
                               [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
            row.f[ItemCol] = {m_scratch};
            break;
        case ReasonCode::UnknownLocation:
            m_scratch = v < 2 ? "P999" : v < 4 ? "PLT-99" : m_s.plant(p).code;
            if (v >= 4)
                m_scratch[0] = 'p'; // codes are case-sensitive
            row.f[LocationCol] = {m_scratch};
            break;
        case ReasonCode::UnknownChannel:
            row.f[ChannelCol] = {v < 2 ? "B2B" : v < 4 ? "MARKETPLACE" : "retail"};
            break;
        case ReasonCode::ItemInactive:
            row.f[ItemCol] = {m_s.inactiveItems()[m_rng.below(m_s.inactiveItems().size())]};
            break;
        case ReasonCode::LocationBlocked:
            row.f[LocationCol] = {Scenario::BlockedPlant};
            break;
        case ReasonCode::ItemLocationMissing:
            row.f[LocationCol] = {Scenario::UnstockedPlant};
            break;
        case ReasonCode::UomUnconvertible:
            injectUnconvertible(row, v);
            break;
        case ReasonCode::OutsideHorizon:
            setBucket(row, mondayOnOrAfter(m_s.asOf().addDays(m_s.plant(p).horizonDays + 1))
                               .addDays(7 * int(m_rng.below(8))));
            break;
        case ReasonCode::InsideLeadTime:
            setBucket(row, mondayOnOrBefore(m_s.asOf().addDays(m_s.itemLocation(i, p).leadTimeDays - 7))
                               .addDays(-7 * int(m_rng.below(2))));
            break;
        case ReasonCode::SourcingMissing:
            row.f[ItemCol] = {m_s.unsuppliedItems()[m_rng.below(m_s.unsuppliedItems().size())]};
            row.f[UomCol] = {"PC"};
            setQuantity(row, "PC");
            break;
        case ReasonCode::DuplicateKey:
            // The same key as the last accepted row, possibly spelled through a legacy code.
            fillClean(row, m_last.item, m_last.plant, m_last.channel, m_last.bucket, m_last.uom);
            break;
        case ReasonCode::NoWorkingDays:
            row.f[LocationCol] = {m_s.plant(Scenario::ShutdownPlant).code};
            setBucket(row, m_s.shutdownWeek());
            break;
        }
    }

    void injectUnconvertible(Row &row, std::uint64_t v)
    {
        const BaseUnit base = m_traits.base;
        if (v % 3 == 1 && base != BaseUnit::L) { // converts, but the result overflows DEC(13,3)
            row.f[UomCol] = {base == BaseUnit::PC ? "CS" : "T"};
            row.f[QuantityCol] = {"9000000000", FieldKind::String};
        } else if (v % 3 == 2) {
            row.f[UomCol] = {base == BaseUnit::PC ? (m_traits.pallet ? "KG" : "PAL") : base == BaseUnit::KG ? "L" : "KG"};
        } else {
            row.f[UomCol] = {"BOX"};
        }
    }

    const Scenario &m_s;
    Rng m_rng;
    std::uint64_t m_records;
    std::uint64_t m_rejects = 0;
    std::uint64_t m_slot = 0;
    std::uint64_t m_slotRow = 0;
    std::array<ReasonCode, ReasonCodeCount> m_order {};
    std::uint64_t m_item = 0;
    ItemTraits m_traits;
    CleanKey m_last;
    std::string m_quantity, m_bucket, m_scratch, m_itemPadded;
};

struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

Expected<File> create(const std::string &path)
{
    File f(std::fopen(path.c_str(), "wb"));
    if (!f)
        return EngineError {"cannot write " + path + ": " + std::strerror(errno)};
    return f;
}

EngineError writeError(const std::string &path) { return EngineError {"cannot write " + path + ": " + std::strerror(errno)}; }

} // namespace

Expected<SyntheticSummary> writeSyntheticVersion(const SyntheticSpec &spec, const std::string &directory)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec || !fs::is_directory(directory, ec))
        return EngineError {"cannot create directory " + directory + ": " + (ec ? ec.message() : "not a directory")};

    const Scenario scenario(spec);
    SyntheticSummary summary;
    summary.records = spec.records;
    summary.items = scenario.gridItems();
    summary.locations = Scenario::GridPlants;
    summary.buckets = Scenario::GridBuckets;
    summary.masterPath = (fs::path(directory) / "master.json").string();
    summary.versionJsonPath = (fs::path(directory) / "version.json").string();
    summary.versionCsvPath = (fs::path(directory) / "version.csv").string();

    {
        auto file = create(summary.masterPath);
        if (!file)
            return file.error();
        TextSink master(file->get());
        if (!writeMasterJson(scenario, master))
            return writeError(summary.masterPath);
    }

    auto jsonFile = create(summary.versionJsonPath);
    if (!jsonFile)
        return jsonFile.error();
    auto csvFile = create(summary.versionCsvPath);
    if (!csvFile)
        return csvFile.error();
    TextSink json(jsonFile->get()), csv(csvFile->get());
    json.put("{\"version_id\": \"").put(scenario.versionId()).put("\", \"as_of\": \"").put(scenario.asOf().toString());
    json.put("\", \"bucket\": \"week\", \"priority\": \"").put(scenario.highPriority() ? "high" : "normal");
    json.put("\",\n \"records\": [\n");
    csv.put("item,location,channel,bucket_start,quantity,uom\n");

    RowGenerator generator(scenario, spec.records, spec.rejectShare);
    Row row;
    for (std::uint64_t k = 0; k < spec.records; ++k) {
        generator.make(k, row);
        writeJsonRow(json, row, k == 0);
        writeCsvRow(csv, row);
        json.maybeFlush();
        csv.maybeFlush();
    }
    json.put(spec.records ? "\n ]}\n" : " ]}\n");
    if (!json.finish())
        return writeError(summary.versionJsonPath);
    if (!csv.finish())
        return writeError(summary.versionCsvPath);
    if (std::fclose(jsonFile->release()) != 0)
        return writeError(summary.versionJsonPath);
    if (std::fclose(csvFile->release()) != 0)
        return writeError(summary.versionCsvPath);
    return summary;
}

} // namespace planbridge
