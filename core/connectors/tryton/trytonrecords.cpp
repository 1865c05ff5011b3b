#include "connectors/tryton/trytonrecords.h"

#include <limits>

namespace planbridge::tryton {
namespace {

// Reads the fields of one row; the first failure is kept with its row and field.
class RowReader
{
public:
    RowReader(const char *model, std::size_t index, const Json &row)
        : m_model(model)
        , m_index(index)
        , m_row(row)
    {
        if (!row.is_object())
            fail("", "is not an object");
    }

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    std::int64_t id(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return 0;
        if (const auto id = idOf(*v))
            return *id;
        fail(field, "is not a record id");
        return 0;
    }
    // A many2one that may be empty (null): 0.
    std::int64_t optionalId(const char *field)
    {
        const Json *v = find(field);
        if (!v || v->is_null())
            return 0;
        return id(field);
    }
    std::string text(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return {};
        if (auto t = textOf(*v))
            return *t;
        fail(field, "is not a text");
        return {};
    }
    Decimal quantity(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return {};
        const auto q = quantityOf(*v);
        if (!q || q->thousandths() < 0) {
            fail(field, "is not a non-negative number of at most 3 decimals");
            return {};
        }
        return *q;
    }
    Date date(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return {};
        if (const auto d = dateOf(*v))
            return *d;
        fail(field, "is not a date");
        return {};
    }
    // A date that may be null: `fallback` then.
    Date optionalDate(const char *field, Date fallback)
    {
        const Json *v = find(field);
        if (!v || v->is_null())
            return fallback;
        return date(field);
    }
    bool flag(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return false;
        if (const auto b = boolOf(*v))
            return *b;
        fail(field, "is not a boolean (true/false or 1/0)");
        return false;
    }
    int integer(const char *field)
    {
        const Json *v = find(field);
        if (!v)
            return 0;
        if (v->is_number_integer() && v->get<std::int64_t>() >= 0 && v->get<std::int64_t>() < 100)
            return int(v->get<std::int64_t>());
        fail(field, "is not a small whole number");
        return 0;
    }
    // "product.code" read as {"product.": {"code": …}}; an empty relation is an error.
    std::string related(const char *field, const char *subField)
    {
        if (!ok())
            return {};
        const Json *v = relatedOf(m_row, field, subField);
        if (!v) {
            fail((std::string(field) + "." + subField).c_str(), "is missing");
            return {};
        }
        if (auto t = textOf(*v))
            return *t;
        fail((std::string(field) + "." + subField).c_str(), "is not a text");
        return {};
    }
    // An optional relation (a supplier may be unset): empty text.
    std::string optionalRelated(const char *field, const char *subField)
    {
        if (!ok())
            return {};
        const Json *v = relatedOf(m_row, field, subField);
        if (!v)
            return {};
        return textOf(*v).value_or(std::string());
    }

private:
    const Json *find(const char *field)
    {
        if (!ok())
            return nullptr;
        const auto it = m_row.find(field);
        if (it == m_row.end()) {
            fail(field, "is missing");
            return nullptr;
        }
        return &*it;
    }
    void fail(const char *field, const char *what)
    {
        if (!m_error.empty())
            return;
        m_error = std::string(m_model) + " row " + std::to_string(m_index) + (*field ? std::string(": ") + field : "")
            + " " + what;
    }

    const char *m_model;
    std::size_t m_index;
    const Json &m_row;
    std::string m_error;
};

template<typename T, typename Read>
Expected<std::vector<T>> parseRows(const char *model, const Json &rows, Read read)
{
    if (!rows.is_array())
        return EngineError { std::string(model) + ": the answer is not a list of records" };
    std::vector<T> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        RowReader r(model, i, rows[i]);
        T value = read(r);
        if (!r.ok())
            return EngineError { r.error() };
        out.push_back(std::move(value));
    }
    return out;
}

} // namespace

Expected<std::vector<TrytonProduct>> parseProducts(const Json &rows)
{
    return parseRows<TrytonProduct>("product.product", rows, [](RowReader &r) {
        TrytonProduct p;
        p.id = r.id("id");
        p.code = r.text("code");
        p.uom = r.id("default_uom");
        p.type = r.text("type");
        p.purchasable = r.flag("purchasable");
        p.producible = r.flag("producible");
        return p;
    });
}

Expected<std::vector<TrytonUom>> parseUoms(const Json &rows)
{
    return parseRows<TrytonUom>("product.uom", rows, [](RowReader &r) {
        TrytonUom u;
        u.id = r.id("id");
        u.symbol = r.text("symbol");
        u.name = r.text("name");
        u.category = r.id("category");
        u.digits = r.integer("digits");
        return u;
    });
}

Expected<std::vector<TrytonLocation>> parseLocations(const Json &rows)
{
    return parseRows<TrytonLocation>("stock.location", rows, [](RowReader &r) {
        TrytonLocation l;
        l.id = r.id("id");
        l.code = r.text("code");
        l.name = r.text("name");
        l.type = r.text("type");
        return l;
    });
}

Expected<std::vector<TrytonForecast>> parseForecasts(const Json &rows)
{
    return parseRows<TrytonForecast>("stock.forecast", rows, [](RowReader &r) {
        TrytonForecast f;
        f.id = r.id("id");
        f.warehouse = r.id("warehouse");
        f.destination = r.id("destination");
        f.from = r.date("from_date");
        f.to = r.date("to_date");
        f.state = r.text("state");
        return f;
    });
}

Expected<std::vector<TrytonForecastLine>> parseForecastLines(const Json &rows)
{
    return parseRows<TrytonForecastLine>("stock.forecast.line", rows, [](RowReader &r) {
        TrytonForecastLine l;
        l.id = r.id("id");
        l.forecast = r.id("forecast");
        l.product = r.id("product");
        l.quantity = r.quantity("quantity");
        l.minimalQuantity = r.quantity("minimal_quantity");
        l.uom = r.id("uom");
        l.productCode = r.optionalRelated("product", "code");
        l.uomSymbol = r.optionalRelated("uom", "symbol");
        return l;
    });
}

Expected<std::vector<TrytonNote>> parseNotes(const Json &rows)
{
    return parseRows<TrytonNote>("ir.note", rows, [](RowReader &r) {
        TrytonNote n;
        const std::string resource = r.text("resource");
        n.message = r.text("message");
        const auto comma = resource.find(',');
        if (comma != std::string::npos) {
            n.model = resource.substr(0, comma);
            const std::string id = resource.substr(comma + 1);
            if (!id.empty() && id.size() < 16 && id.find_first_not_of("0123456789") == std::string::npos)
                n.resource = std::stoll(id);
        }
        return n;
    });
}

Expected<std::vector<TrytonPurchaseRequest>> parsePurchaseRequests(const Json &rows)
{
    return parseRows<TrytonPurchaseRequest>("purchase.request", rows, [](RowReader &r) {
        TrytonPurchaseRequest p;
        p.id = r.id("id");
        p.product = r.related("product", "code");
        p.quantity = r.quantity("quantity");
        p.unit = r.related("uom", "symbol");
        p.supplier = r.optionalRelated("party", "name");
        p.supplyDate = r.date("supply_date");
        p.purchaseDate = r.optionalDate("purchase_date", p.supplyDate);
        p.warehouse = r.optionalId("warehouse");
        return p;
    });
}

Expected<std::vector<TrytonProductionRequest>> parseProductionRequests(const Json &rows)
{
    return parseRows<TrytonProductionRequest>("production", rows, [](RowReader &r) {
        TrytonProductionRequest p;
        p.id = r.id("id");
        p.number = r.text("number");
        p.product = r.related("product", "code");
        p.quantity = r.quantity("quantity");
        p.unit = r.related("uom", "symbol");
        p.end = r.date("planned_date");
        p.start = r.optionalDate("planned_start_date", p.end);
        p.warehouse = r.optionalId("warehouse");
        return p;
    });
}

} // namespace planbridge::tryton
