#include "connectors/s4/mrpfeedback.h"

#include "connectors/odata/odatajson.h"

namespace planbridge::s4 {
namespace {

using connectors::ODataPage;

// Maps the fields of one entity, keeping the first failure so each parser reads as a field list.
class EntityFields
{
public:
    EntityFields(const nlohmann::json &entity, std::string_view what, std::string position)
        : m_entity(entity)
        , m_context(std::string(what) + ": " + std::move(position))
    {
        if (!entity.is_object())
            fail("is not an object");
    }

    void text(const char *name, std::string &out)
    {
        if (auto value = read(name, "a string"))
            out = std::move(*value);
    }
    // A decimal string such as "100.000": quantities travel as Edm.Decimal strings in OData v2.
    void quantity(const char *name, Decimal &out)
    {
        const auto value = read(name, "a decimal string");
        if (!value)
            return;
        const QuantityParse parsed = parseQuantityString(*value);
        if (!parsed.ok())
            return fail(
                "has " + std::string(name) + " \"" + value->substr(0, 40) + "\": " + describe(parsed.error));
        out = parsed.value;
    }
    void date(const char *name, Date &out)
    {
        std::optional<Date> value;
        optionalDate(name, value);
        if (!m_error && !value)
            return fail("has no " + std::string(name));
        if (value)
            out = *value;
    }
    void optionalDate(const char *name, std::optional<Date> &out)
    {
        if (m_error)
            return;
        const auto it = m_entity.find(name);
        if (it == m_entity.end() || it->is_null())
            return;
        if (!(out = connectors::dateField(m_entity, name)))
            fail("has " + std::string(name) + " " + it->dump().substr(0, 40) + ", not a /Date(ms)/ date");
    }
    void flag(const char *name, bool &out)
    {
        if (m_error || !m_entity.contains(name))
            return; // an absent indicator is not set
        const auto value = connectors::boolField(m_entity, name);
        if (!value)
            return fail(
                "has " + std::string(name) + " " + m_entity[name].dump().substr(0, 40) + ", not a boolean");
        out = *value;
    }

    std::optional<EngineError> error() const { return m_error; }

private:
    std::optional<std::string> read(const char *name, const char *kind)
    {
        if (m_error)
            return std::nullopt;
        auto value = connectors::stringField(m_entity, name);
        if (!value)
            fail("has no " + std::string(name) + " as " + kind);
        return value;
    }
    void fail(const std::string &detail)
    {
        if (!m_error)
            m_error = EngineError { m_context + " " + detail };
    }

    const nlohmann::json &m_entity;
    std::string m_context;
    std::optional<EngineError> m_error;
};

// Parses the collection envelope and maps each entity with `map(fields, item)`.
template<typename Item, typename Map>
Expected<ODataPage<Item>> parsePage(std::string_view body, std::string_view what, Map map)
{
    auto document = connectors::parseJsonBody(body, what);
    if (!document)
        return document.error();
    auto collection = connectors::collectionOf(*document, what);
    if (!collection)
        return collection.error();
    ODataPage<Item> page;
    page.totalCount = collection->count;
    page.items.reserve(collection->results->size());
    for (const nlohmann::json &entity : *collection->results) {
        EntityFields fields(entity, what, "entry " + std::to_string(page.items.size()));
        Item item;
        map(fields, item);
        if (const auto error = fields.error())
            return *error;
        page.items.push_back(std::move(item));
    }
    return page;
}

} // namespace

Expected<connectors::MrpRun> parseJobStatus(std::string_view body)
{
    constexpr std::string_view What = "application job service";
    auto document = connectors::parseJsonBody(body, What);
    if (!document)
        return document.error();
    const nlohmann::json *job = nullptr;
    if (document->is_object() && document->contains("d") && (*document)["d"].is_object()) {
        job = &(*document)["d"];
        if (job->contains("results")) {
            const nlohmann::json &results = (*job)["results"];
            job = results.is_array() && results.size() == 1 ? &results[0] : nullptr;
        }
    }
    if (!job)
        return EngineError { std::string(What) + ": expected {\"d\":{\"JobName\":…,\"JobStatus\":…}}" };
    EntityFields fields(*job, What, "the job");
    connectors::MrpRun run;
    std::string status;
    fields.text("JobName", run.id);
    fields.text("JobRunCount", run.runCount);
    fields.text("JobStatus", status);
    if (const auto error = fields.error())
        return *error;
    run.message = connectors::stringField(*job, "StatusText").value_or("");
    if (status == "F")
        run.state = connectors::MrpRunState::Finished;
    else if (status == "A")
        run.state = connectors::MrpRunState::Aborted;
    else if (status == "R")
        run.state = connectors::MrpRunState::Running;
    else if (status == "P" || status == "S" || status == "Y" || status == "Z")
        run.state = connectors::MrpRunState::Scheduled;
    else
        return EngineError { std::string(What) + ": job " + run.id + " has the unknown JobStatus \""
            + status.substr(0, 8) + "\"" };
    if (run.id.empty())
        return EngineError { std::string(What) + ": the job has an empty JobName" };
    return run;
}

Expected<ODataPage<connectors::PlannedOrderFeedback>> parsePlannedOrderPage(std::string_view body)
{
    return parsePage<connectors::PlannedOrderFeedback>(
        body, "planned order service", [](EntityFields &f, connectors::PlannedOrderFeedback &o) {
            f.text("PlannedOrder", o.id);
            f.text("Material", o.material);
            f.text("MRPPlant", o.plant);
            f.text("MRPArea", o.mrpArea);
            f.quantity("TotalQuantity", o.quantity);
            f.text("BaseUnit", o.unit);
            f.date("PlndOrderPlannedStartDate", o.start);
            f.date("PlndOrderPlannedEndDate", o.end);
            f.flag("PlannedOrderIsFirm", o.firm);
        });
}

Expected<ODataPage<connectors::RequisitionFeedback>> parseRequisitionPage(std::string_view body)
{
    return parsePage<connectors::RequisitionFeedback>(
        body, "purchase requisition service", [](EntityFields &f, connectors::RequisitionFeedback &r) {
            f.text("PurchaseRequisition", r.id);
            f.text("PurchaseRequisitionItem", r.item);
            f.text("Material", r.material);
            f.text("Plant", r.plant);
            f.quantity("RequestedQuantity", r.quantity);
            f.text("BaseUnit", r.unit);
            f.date("DeliveryDate", r.delivery);
            f.date("PurchaseRequisitionReleaseDate", r.release);
            f.text("FixedSupplier", r.supplier);
            f.flag("PurchaseRequisitionIsFixed", r.fixed);
        });
}

Expected<ODataPage<connectors::ShortageFeedback>> parseCoveragePage(std::string_view body)
{
    return parsePage<connectors::ShortageFeedback>(
        body, "material coverage service", [](EntityFields &f, connectors::ShortageFeedback &s) {
            f.text("Material", s.material);
            f.text("MRPPlant", s.plant);
            f.text("MRPArea", s.mrpArea);
            f.quantity("MaterialShortageQuantity", s.quantity);
            f.text("MaterialBaseUnit", s.unit);
            f.date("MaterialShortageStartDate", s.start);
            f.optionalDate("MaterialShortageEndDate", s.end);
        });
}

} // namespace planbridge::s4
