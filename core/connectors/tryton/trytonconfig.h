#pragma once

#include "connectors/tryton/trytonrpcclient.h"
#include "domain/decimal.h"
#include "domain/expected.h"

#include <map>
#include <optional>
#include <string>

namespace planbridge::tryton {

// How PlanBridge's ERP keys meet a Tryton database.
struct TrytonMapping
{
    // ERP plant → code of a stock.location of type warehouse. A plant not listed maps to the
    // warehouse with the same code.
    std::map<std::string, std::string> warehouses;
    // PlanBridge unit → product.uom symbol. A unit not listed maps to the uom with the same symbol.
    std::map<std::string, std::string> units;
    std::string destination = "CUS"; // code of the customer (or production) location demand goes to
    // The forecast lines' lot size (minimal_quantity): the supply run plans whole multiples of it.
    // Tryton accepts 0 and then fails every later supply run with a division by zero, so it must
    // be > 0; a line whose quantity is smaller uses its quantity.
    Decimal minimalQuantity = Decimal::fromThousandths(1000);
    // Confirm the supply wizard's warnings (late customer moves) instead of failing the run.
    bool acknowledgeWarnings = false;

    std::string warehouseFor(const std::string &plant) const;
    std::string symbolFor(const std::string &unit) const;
    // Reverse lookups for reading back: the first plant/unit that maps to it, else itself.
    std::string plantFor(const std::string &warehouseCode) const;
    std::string unitFor(const std::string &symbol) const;
};

// A problem with the mapping itself (nothing can be written), naming the option.
std::optional<std::string> validateMapping(const TrytonMapping &mapping);

// Endpoint options of a Tryton ERP (all strings, as the connections file holds them):
//   database (required), language, destination, minimal_quantity,
//   warehouses "PLANT=WH,PLANT2=WH2", units "PC=u,KG=kg", acknowledge_warnings "true"|"false".
// `where` prefixes messages ("connections.json: erp.options").
struct TrytonOptions
{
    std::string database;
    std::string language = "en";
    TrytonMapping mapping;
};
Expected<TrytonOptions> parseTrytonOptions(const std::map<std::string, std::string> &options, const std::string &where);

} // namespace planbridge::tryton
