#include "sandbox/mrpmaterials.h"

#include "sandbox/pirvalues.h"

#include <set>
#include <utility>

namespace planbridge::sandbox {
namespace {

using nlohmann::json;

// The MRP engine checks ranges again; this only turns JSON into values, with a located message.
struct Reader
{
    const json &object;
    std::string where;
    std::optional<EngineError> error;

    void fail(const std::string &what)
    {
        if (!error)
            error = EngineError { where + ": " + what };
    }

    std::string text(const char *name, std::size_t maxLength, bool required = false)
    {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required)
                fail(std::string("'") + name + "' is required");
            return {};
        }
        if (!it->is_string()) {
            fail(std::string("'") + name + "' must be a string");
            return {};
        }
        std::string value = it->get<std::string>();
        if (value.size() > maxLength || (required && value.empty()))
            fail(std::string("'") + name + "' must have 1.." + std::to_string(maxLength) + " characters");
        return value;
    }

    std::optional<Decimal> quantity(const char *name)
    {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null())
            return std::nullopt;
        // A JSON number goes through its shortest round-trip text, so 12.5 reads as "12.5".
        const std::string textForm = it->is_string() ? it->get<std::string>()
            : it->is_number()                        ? it->dump()
                                                     : "";
        const auto thousandths = parseQuantity(textForm);
        if (!thousandths) {
            fail(std::string("'") + name + "' must be a non-negative decimal with at most 3 decimals");
            return std::nullopt;
        }
        return Decimal::fromThousandths(*thousandths);
    }

    int days(const char *name)
    {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null())
            return 0;
        if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 3650) {
            fail(std::string("'") + name + "' must be a whole number of days 0..3650");
            return 0;
        }
        return it->get<int>();
    }
};

Expected<MrpMaterial> materialFromJson(const json &object, std::size_t index)
{
    if (!object.is_object())
        return EngineError { "material " + std::to_string(index) + " is not an object" };
    Reader r { object, "material " + std::to_string(index), std::nullopt };
    MrpMaterial m;
    m.plant = r.text("plant", 4, true);
    m.product = r.text("product", 40, true);
    m.mrpArea = r.text("mrp_area", 10);
    m.baseUnit = r.text("base_unit", 3);
    m.openingStock = r.quantity("opening_stock").value_or(Decimal());
    m.safetyStock = r.quantity("safety_stock").value_or(Decimal());
    const std::string procurement = r.text("procurement", 4);
    if (procurement == "buy")
        m.procurement = Procurement::Buy;
    else if (!procurement.empty() && procurement != "make")
        r.fail("'procurement' must be \"make\" or \"buy\"");
    m.leadTimeDays = r.days("lead_time_days");
    const std::string lotSizing = r.text("lot_sizing", 2);
    if (lotSizing == "FX")
        m.lotSizing.procedure = LotSizeProcedure::Fixed;
    else if (!lotSizing.empty() && lotSizing != "EX")
        r.fail("'lot_sizing' must be \"EX\" (lot-for-lot) or \"FX\" (fixed)");
    m.lotSizing.fixedLotSize = r.quantity("fixed_lot_size").value_or(Decimal());
    m.lotSizing.minimumLotSize = r.quantity("minimum_lot_size").value_or(Decimal());
    m.lotSizing.roundingValue = r.quantity("rounding_value").value_or(Decimal());
    m.supplier = r.text("supplier", 10);
    m.weeklyLimit = r.quantity("weekly_limit");
    if (m.lotSizing.procedure == LotSizeProcedure::Fixed && m.lotSizing.fixedLotSize <= Decimal())
        r.fail("a fixed lot size (FX) needs a positive 'fixed_lot_size'");
    if (r.error)
        return *r.error;
    return m;
}

} // namespace

Expected<std::vector<MrpMaterial>> materialsFromJson(const json &document)
{
    const json &list
        = document.is_object() && document.contains("materials") ? document["materials"] : document;
    if (!list.is_array())
        return EngineError { "expected a JSON array of materials (or {\"materials\": [...]})" };
    std::vector<MrpMaterial> materials;
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto material = materialFromJson(list[i], i);
        if (!material)
            return material.error();
        if (!seen.emplace(material->plant, material->product).second)
            return EngineError { "material " + std::to_string(i) + ": " + material->product + " in plant "
                + material->plant + " is given twice" };
        materials.push_back(std::move(*material));
    }
    return materials;
}

nlohmann::ordered_json materialsToJson(const std::vector<MrpMaterial> &materials)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const MrpMaterial &m : materials) {
        const auto quantity = [](Decimal d) { return formatQuantity(d.thousandths()); };
        list.push_back({ { "plant", m.plant }, { "product", m.product }, { "mrp_area", m.effectiveMrpArea() },
            { "base_unit", m.baseUnit }, { "opening_stock", quantity(m.openingStock) },
            { "safety_stock", quantity(m.safetyStock) },
            { "procurement", m.procurement == Procurement::Buy ? "buy" : "make" },
            { "lead_time_days", m.leadTimeDays },
            { "lot_sizing", m.lotSizing.procedure == LotSizeProcedure::Fixed ? "FX" : "EX" },
            { "fixed_lot_size", quantity(m.lotSizing.fixedLotSize) },
            { "minimum_lot_size", quantity(m.lotSizing.minimumLotSize) },
            { "rounding_value", quantity(m.lotSizing.roundingValue) }, { "supplier", m.supplier },
            { "weekly_limit",
                m.weeklyLimit ? nlohmann::ordered_json(quantity(*m.weeklyLimit))
                              : nlohmann::ordered_json() } });
    }
    return list;
}

MrpMaterial defaultMaterial(const std::string &plant, const std::string &product, const std::string &unit)
{
    MrpMaterial m;
    m.plant = plant;
    m.product = product;
    m.baseUnit = unit;
    return m;
}

} // namespace planbridge::sandbox
