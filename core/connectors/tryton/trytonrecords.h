#pragma once

#include "connectors/erpexecution.h"
#include "connectors/tryton/trytonvalue.h"
#include "domain/expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace planbridge::tryton {

// Rows of Tryton models as the connector reads them with search_read. Each parser checks every
// field it uses and names the row and field of the first that does not fit; none throws.

struct TrytonProduct // product.product: id, code, default_uom, type, purchasable, producible
{
    std::int64_t id = 0;
    std::string code;
    std::int64_t uom = 0;
    std::string type;
    bool purchasable = false;
    bool producible = false;
};
Expected<std::vector<TrytonProduct>> parseProducts(const Json &rows);

struct TrytonUom // product.uom: id, symbol, name, category, digits
{
    std::int64_t id = 0;
    std::string symbol;
    std::string name;
    std::int64_t category = 0;
    int digits = 0;
};
Expected<std::vector<TrytonUom>> parseUoms(const Json &rows);

struct TrytonLocation // stock.location: id, code, name, type
{
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string type;
};
Expected<std::vector<TrytonLocation>> parseLocations(const Json &rows);

struct TrytonForecast // stock.forecast: id, warehouse, destination, from_date, to_date, state
{
    std::int64_t id = 0;
    std::int64_t warehouse = 0;
    std::int64_t destination = 0;
    Date from;
    Date to;
    std::string state; // draft, done, cancelled
};
Expected<std::vector<TrytonForecast>> parseForecasts(const Json &rows);

struct TrytonForecastLine // stock.forecast.line: id, forecast, product, quantity, minimal_quantity, uom
{
    std::int64_t id = 0;
    std::int64_t forecast = 0;
    std::int64_t product = 0;
    Decimal quantity;
    Decimal minimalQuantity;
    std::int64_t uom = 0;
    std::string productCode; // when "product.code" was read
    std::string uomSymbol; // when "uom.symbol" was read
};
Expected<std::vector<TrytonForecastLine>> parseForecastLines(const Json &rows);

struct TrytonNote // ir.note: resource "model,id", message
{
    std::string model;
    std::int64_t resource = 0;
    std::string message;
};
Expected<std::vector<TrytonNote>> parseNotes(const Json &rows);

// A purchase request (purchase.request) or a production request (production in state "request"),
// before it is mapped to a plant: the warehouse is Tryton's location id.
struct TrytonPurchaseRequest // product.code, quantity, uom.symbol, party.name, purchase_date, supply_date, warehouse
{
    std::int64_t id = 0;
    std::string product;
    Decimal quantity;
    std::string unit;
    std::string supplier;
    Date purchaseDate;
    Date supplyDate;
    std::int64_t warehouse = 0;
};
Expected<std::vector<TrytonPurchaseRequest>> parsePurchaseRequests(const Json &rows);

struct TrytonProductionRequest // number, product.code, quantity, uom.symbol, planned_date, planned_start_date, warehouse
{
    std::int64_t id = 0;
    std::string number;
    std::string product;
    Decimal quantity;
    std::string unit;
    Date start;
    Date end;
    std::int64_t warehouse = 0;
};
Expected<std::vector<TrytonProductionRequest>> parseProductionRequests(const Json &rows);

} // namespace planbridge::tryton
