#include "connectors/tryton/trytonforecastplan.h"

#include "domain/period.h"

#include <charconv>
#include <map>
#include <set>
#include <tuple>

namespace planbridge::tryton {
namespace {

std::optional<int> digits(std::string_view text)
{
    int value = 0;
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// The Monday of ISO week 1 is the Monday of the week holding 4 January.
std::optional<Date> isoWeekMonday(int year, int week)
{
    const auto january4 = Date::fromYmd(year, 1, 4);
    if (!january4 || week < 1 || week > 53)
        return std::nullopt;
    const Date monday = january4->addDays(-january4->weekday() + (week - 1) * 7);
    const IsoWeek back = isoWeek(monday);
    if (back.year != year || back.week != week)
        return std::nullopt; // week 53 of a year that has 52
    return monday;
}

} // namespace

std::optional<PeriodRange> periodRange(std::string_view period, std::string_view periodType)
{
    const auto type = parsePeriodLetter(periodType);
    if (!type)
        return std::nullopt;
    switch (*type) {
    case PeriodType::Day: {
        if (period.size() != 8 || !digits(period))
            return std::nullopt;
        const auto day = Date::fromYmd(*digits(period.substr(0, 4)), *digits(period.substr(4, 2)),
            *digits(period.substr(6, 2)));
        if (!day)
            return std::nullopt;
        return PeriodRange { *day, *day };
    }
    case PeriodType::Week: {
        if (period.size() != 6 || !digits(period))
            return std::nullopt;
        const auto monday = isoWeekMonday(*digits(period.substr(0, 4)), *digits(period.substr(4, 2)));
        if (!monday || monday->year() > 9998)
            return std::nullopt;
        return PeriodRange { *monday, monday->addDays(6) };
    }
    case PeriodType::Month: {
        if (period.size() != 6 || !digits(period))
            return std::nullopt;
        const int year = *digits(period.substr(0, 4)), month = *digits(period.substr(4, 2));
        const auto first = Date::fromYmd(year, month, 1);
        if (!first)
            return std::nullopt;
        return PeriodRange { *first, *Date::fromYmd(year, month, daysInMonth(year, month)) };
    }
    }
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> periodOfRange(PeriodRange range)
{
    for (const PeriodType type : { PeriodType::Day, PeriodType::Week, PeriodType::Month }) {
        if (!isAlignedStart(range.from, type))
            continue;
        if (bucketLastDay(range.from, type) == range.to.dayNumber())
            return std::pair { periodLabel(range.from, type), std::string(periodLetter(type)) };
    }
    return std::nullopt;
}

ForecastPlan planForecasts(const std::vector<s4::PirHeader> &headers)
{
    ForecastPlan plan;
    plan.headerIssues.resize(headers.size());
    using Key = std::tuple<std::string, Date, Date>; // plant, from, to
    std::map<Key, PlannedForecast> byKey;
    std::set<std::tuple<std::string, Date, Date, std::string>> taken; // plant, period, product

    for (std::size_t h = 0; h < headers.size(); ++h) {
        const s4::PirHeader &header = headers[h];
        std::vector<std::pair<PeriodRange, PlannedLine>> lines;
        std::string issue;
        if (header.product.empty())
            issue = "the product is empty";
        for (const s4::PirItem &item : header.items) {
            if (!issue.empty())
                break;
            const auto range = periodRange(item.period, item.periodType);
            if (!range) {
                issue = "period \"" + item.period.substr(0, 16) + "\" of type \"" + item.periodType.substr(0, 4)
                    + "\" is not a day, ISO week or month";
                break;
            }
            const QuantityParse quantity = parseQuantityString(item.quantity);
            if (!quantity.ok()) {
                issue = "period " + item.period + ": quantity \"" + item.quantity.substr(0, 40)
                    + "\": " + describe(quantity.error);
                break;
            }
            if (!taken.insert({ header.plant, range->from, range->to, header.product }).second) {
                issue = "product " + header.product + " appears twice for plant " + header.plant + " in period "
                    + item.period + " (a forecast holds one line per product)";
                break;
            }
            lines.push_back({ *range, PlannedLine { header.product, quantity.value, item.unit, h } });
        }
        if (!issue.empty()) {
            plan.headerIssues[h] = std::move(issue);
            continue;
        }
        for (auto &[range, line] : lines) {
            PlannedForecast &forecast = byKey[Key { header.plant, range.from, range.to }];
            forecast.plant = header.plant;
            forecast.range = range;
            forecast.lines.push_back(std::move(line));
        }
    }
    for (auto &[key, forecast] : byKey)
        plan.forecasts.push_back(std::move(forecast));
    return plan;
}

} // namespace planbridge::tryton
