// Seeding the simulated planning system from a canonical version document. This deliberately does
// not use the engine's readers: the sandbox plays the outside system, and sharing the parser would
// let a parsing bug cancel out on both sides of a test.
#include "planningstore.h"

#include "sandbox/pirvalues.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace planbridge::sandbox {
namespace {

std::string trimmed(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

// A string field of a record, or nullopt when absent, not a string or blank.
std::optional<std::string> text(const nlohmann::json &record, const char *key)
{
    const auto it = record.find(key);
    if (it == record.end() || !it->is_string())
        return std::nullopt;
    std::string value = trimmed(it->get<std::string>());
    if (value.empty())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> quantityOf(const nlohmann::json &record)
{
    const auto it = record.find("quantity");
    if (it == record.end())
        return std::nullopt;
    if (it->is_string())
        return parseQuantity(trimmed(it->get<std::string>()));
    if (it->is_number())
        return parseQuantity(it->dump()); // shortest round-trip form; exponent forms are refused
    return std::nullopt;
}

} // namespace

Expected<PlanningVersion> loadPlanningVersion(const std::string &path, std::size_t &skipped)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return EngineError {"cannot read the planning seed " + path};
    std::stringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(buffer.str());
    } catch (const nlohmann::json::exception &e) {
        return EngineError {"planning seed " + path + ": " + e.what()};
    }
    if (!doc.is_object() || !doc.contains("records") || !doc["records"].is_array())
        return EngineError {"planning seed " + path + " is not a version document with records"};

    PlanningVersion version;
    version.id = doc.value("version_id", std::string("BASELINE"));
    version.name = "Consensus demand " + version.id;
    version.asOf = doc.value("as_of", std::string());
    version.bucket = doc.value("bucket", std::string("week"));
    version.priority = doc.value("priority", std::string("normal"));
    skipped = 0;
    for (const auto &record : doc["records"]) {
        if (!record.is_object()) {
            ++skipped;
            continue;
        }
        const auto item = text(record, "item"), location = text(record, "location"), channel = text(record, "channel"),
                   start = text(record, "bucket_start"), uom = text(record, "uom");
        const auto quantity = quantityOf(record);
        if (!item || !location || !channel || !start || !uom || !quantity) {
            ++skipped;
            continue;
        }
        version.rows.push_back({*item, *location, *channel, *start + "T00:00:00", *uom, *quantity});
    }
    return version;
}

} // namespace planbridge::sandbox
