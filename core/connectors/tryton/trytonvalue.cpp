#include "connectors/tryton/trytonvalue.h"

#include <charconv>
#include <cmath>

namespace planbridge::tryton {
namespace {

bool isClass(const Json &value, const char *name)
{
    if (!value.is_object())
        return false;
    const auto it = value.find("__class__");
    return it != value.end() && it->is_string() && it->get_ref<const std::string &>() == name;
}

std::optional<std::int64_t> integerOf(const Json &value)
{
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(INT64_MAX))
            return std::nullopt;
        return std::int64_t(v);
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9e15)
            return std::nullopt;
        return std::int64_t(d);
    }
    return std::nullopt;
}

} // namespace

Json decimalValue(Decimal value)
{
    return Json { { "__class__", "Decimal" }, { "decimal", value.toString() } };
}

Json dateValue(Date date)
{
    return Json { { "__class__", "date" }, { "year", date.year() }, { "month", date.month() },
        { "day", date.day() } };
}

Json timedeltaValue(std::chrono::seconds duration)
{
    return Json { { "__class__", "timedelta" }, { "seconds", duration.count() } };
}

Json floatValue(Decimal value)
{
    // At most 3 decimals: the double nearest to the decimal text prints back as the same text.
    return double(value.thousandths()) / double(Decimal::Scale);
}

std::optional<Date> dateOf(const Json &value)
{
    if (!isClass(value, "date"))
        return std::nullopt;
    const auto field = [&](const char *name) -> std::optional<std::int64_t> {
        const auto it = value.find(name);
        return it == value.end() ? std::nullopt : integerOf(*it);
    };
    const auto y = field("year"), m = field("month"), d = field("day");
    if (!y || !m || !d || *y < 1 || *y > 9999 || *m < 1 || *m > 12 || *d < 1 || *d > 31)
        return std::nullopt;
    return Date::fromYmd(int(*y), int(*m), int(*d));
}

std::optional<Decimal> quantityOf(const Json &value)
{
    std::string text;
    if (isClass(value, "Decimal")) {
        const auto it = value.find("decimal");
        if (it == value.end() || !it->is_string())
            return std::nullopt;
        text = it->get<std::string>();
    } else if (value.is_number_float()) {
        const double d = value.get<double>();
        if (!std::isfinite(d))
            return std::nullopt;
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::fixed);
        if (ec != std::errc())
            return std::nullopt;
        text.assign(buffer, end);
    } else if (value.is_number()) {
        text = value.dump();
    } else {
        return std::nullopt;
    }
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.erase(0, 1);
    }
    const QuantityParse parsed = parseQuantityString(text);
    if (!parsed.ok())
        return std::nullopt;
    return negative ? Decimal::fromThousandths(-parsed.value.thousandths()) : parsed.value;
}

std::optional<bool> boolOf(const Json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (const auto i = integerOf(value); i && (*i == 0 || *i == 1))
        return *i == 1;
    return std::nullopt;
}

std::optional<std::chrono::seconds> timedeltaOf(const Json &value)
{
    const Json *seconds = &value;
    if (isClass(value, "timedelta")) {
        const auto it = value.find("seconds");
        if (it == value.end())
            return std::nullopt;
        seconds = &*it;
    }
    if (!seconds->is_number())
        return std::nullopt;
    const double d = seconds->get<double>();
    if (!std::isfinite(d) || std::fabs(d) > 1e15)
        return std::nullopt;
    return std::chrono::seconds(std::int64_t(std::llround(d)));
}

std::optional<std::int64_t> idOf(const Json &value)
{
    const auto id = integerOf(value);
    if (!id || *id <= 0)
        return std::nullopt;
    return id;
}

std::optional<std::string> textOf(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null() || (value.is_boolean() && !value.get<bool>()))
        return std::string();
    return std::nullopt;
}

const Json *relatedOf(const Json &row, const std::string &field, const std::string &subField)
{
    if (!row.is_object())
        return nullptr;
    const auto it = row.find(field + ".");
    if (it == row.end() || !it->is_object())
        return nullptr;
    const auto sub = it->find(subField);
    return sub == it->end() ? nullptr : &*sub;
}

} // namespace planbridge::tryton
