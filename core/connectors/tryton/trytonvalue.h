#pragma once

#include "domain/date.h"
#include "domain/decimal.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace planbridge::tryton {

using Json = nlohmann::json;

// Tryton's typed JSON values: {"__class__":"Decimal","decimal":"2.50"},
// {"__class__":"date","year":2026,"month":12,"day":1}, {"__class__":"timedelta","seconds":259200}.
Json decimalValue(Decimal value);
Json dateValue(Date date);
Json timedeltaValue(std::chrono::seconds duration);

// A float field as JSON: Tryton's Float fields take numbers, not Decimal objects.
Json floatValue(Decimal value);

// Readers: nullopt when the value has another shape. Each accepts what Tryton 6.0 sends back.
std::optional<Date> dateOf(const Json &value); // a date object with a valid calendar day
// A number, or a Decimal object, as an exact Decimal: nullopt when it has more than 3 decimals,
// is not finite, or is out of range. Floats come back as their shortest round-trip text (100.0).
std::optional<Decimal> quantityOf(const Json &value);
// Booleans come back as 1/0 on SQLite, true/false elsewhere.
std::optional<bool> boolOf(const Json &value);
// A timedelta object, or the plain number of seconds a timedelta field reads back as.
std::optional<std::chrono::seconds> timedeltaOf(const Json &value);
// A record id: a positive integer (also as 5.0).
std::optional<std::int64_t> idOf(const Json &value);
// A Char field: a string, or null/false as empty.
std::optional<std::string> textOf(const Json &value);
// A dotted many2one read ("product.code" comes back as {"product.": {"code": …, "id": …}}): the
// sub-field, or nullopt when the relation is empty or the shape is wrong.
const Json *relatedOf(const Json &row, const std::string &field, const std::string &subField);

} // namespace planbridge::tryton
