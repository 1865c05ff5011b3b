#pragma once

// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "engine/forecastvalidation.h"

// Shared by the engine tests: forecast versions built from compact record specs, and results printed
// one line per row or per accepted record so a test compares them as a QStringList.
namespace planbridge::test {

// Master data from inline JSON text; an unreadable fixture is a bug in the test.
inline MasterData masterFrom(const QByteArray &json)
{
    auto md = loadMasterData(std::string_view(json.constData(), json.size()));
    if (!md)
        qFatal("fixture master data is unreadable: %s", md.error().message.c_str());
    return std::move(*md);
}

// One record as JSON text. The spec edits a default valid record
//   {"item":"FG-1","location":"P1","channel":"RETAIL","bucket_start":"2026-12-01","quantity":"5","uom":"PC"}
// with ';'-separated edits: `key=<raw JSON>` replaces or adds a member, `-key` removes one. A spec
// starting with `raw:` is the record's JSON text as is.
inline QByteArray recordJson(const QString &spec)
{
    if (spec.startsWith(QLatin1String("raw:")))
        return spec.mid(4).toUtf8();
    QList<QPair<QString, QString>> members {{"item", "\"FG-1\""},           {"location", "\"P1\""},
                                            {"channel", "\"RETAIL\""},      {"bucket_start", "\"2026-12-01\""},
                                            {"quantity", "\"5\""},          {"uom", "\"PC\""}};
    for (const QString &edit : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (edit.startsWith(QLatin1Char('-'))) {
            const QString key = edit.mid(1);
            members.removeIf([&](const auto &m) { return m.first == key; });
            continue;
        }
        const auto eq = edit.indexOf(QLatin1Char('='));
        if (eq < 0)
            qFatal("bad record spec %s", qPrintable(edit));
        const QString key = edit.left(eq), value = edit.mid(eq + 1);
        auto it = std::find_if(members.begin(), members.end(), [&](const auto &m) { return m.first == key; });
        if (it != members.end())
            it->second = value;
        else
            members.append({key, value});
    }
    QStringList parts;
    for (const auto &[key, value] : members)
        parts << QLatin1Char('"') + key + QStringLiteral("\":") + value;
    return (QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}')).toUtf8();
}

// A whole version document; `header` holds further top-level members, e.g. `"as_of":"2026-11-26"`.
inline QByteArray versionJson(const QString &bucket, const QStringList &specs,
                              const QByteArray &header = R"("as_of":"2026-11-26")")
{
    QByteArray records;
    for (const QString &s : specs)
        records += (records.isEmpty() ? "" : ",\n") + recordJson(s);
    QByteArray out = "{" + header;
    if (!bucket.isEmpty())
        out += ",\"bucket\":\"" + bucket.toUtf8() + "\"";
    return out + ",\"records\":[\n" + records + "]}";
}

inline Expected<ValidationResult> runValidation(const MasterData &master, const QByteArray &input,
                                                const char *name = "version.json",
                                                const VersionOverrides &overrides = {})
{
    return validateForecast(master, std::string_view(input.constData(), input.size()), name, overrides);
}

inline QString optionalText(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QStringLiteral("~");
}

// Per input row: "ok", or "REASON|field|value" with `~` for null.
inline QStringList rowOutcomes(const ValidationResult &result)
{
    QStringList out;
    for (std::uint64_t i = 0; i < result.rowsIn; ++i)
        out << QStringLiteral("ok");
    for (const Reject &r : result.rejects) {
        if (r.row >= result.rowsIn)
            qFatal("reject row %u out of range", r.row);
        out[qsizetype(r.row)] = QStringLiteral("%1|%2|%3")
                                    .arg(QString::fromLatin1(reasonCodeName(r.reason)), optionalText(r.field),
                                         optionalText(r.value));
    }
    return out;
}

// Compares outcomes where `*` in the expected field or value matches anything.
inline bool outcomeMatches(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('|')), e = expected.split(QLatin1Char('|'));
    if (a.size() != e.size())
        return actual == expected;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (e[i] != QLatin1String("*") && a[i] != e[i])
            return false;
    return true;
}

// Per accepted record: item|location|plant|mrp_area|type|period|period_start|quantity|uom|sources.
inline QStringList acceptedLines(const ValidationResult &result)
{
    QStringList out;
    for (const AcceptedRecord &r : result.accepted) {
        const ItemInfo &item = result.items[r.item];
        const LocationInfo &location = result.locations[r.location];
        QStringList sources;
        for (std::uint32_t i = 0; i < r.sourcesCount; ++i)
            sources << QString::number(result.sources[r.sourcesBegin + i]);
        out << QStringList {QString::fromStdString(item.item),
                            QString::fromStdString(location.location),
                            QString::fromStdString(location.erpPlant),
                            QString::fromStdString(location.mrpArea),
                            QString::fromLatin1(periodLetter(location.periodType)),
                            QString::fromStdString(result.periodLabel(r)),
                            QString::fromStdString(r.periodStart.toString()),
                            QString::fromStdString(formatThousandths(r.quantity)),
                            QString::fromStdString(item.baseUom),
                            sources.join(QLatin1Char(','))}
                   .join(QLatin1Char('|'));
    }
    return out;
}

} // namespace planbridge::test
