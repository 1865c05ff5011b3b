#pragma once

// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "io/forecastreader.h"

// Shared by the reader tests: a RecordSink that prints each row in one compact line, so a test
// compares a whole read as a QStringList.
//
// A row is its six fields in contract order joined by '|': `-` missing, `null`, `"text"` for a
// string (raw, untrimmed), `#lexeme` for a number, `~json` for anything else in compact JSON. A row
// with a shape problem prints as `NotAnObject`, `TooManyFields` or `DuplicateKey(key)`.
namespace planbridge::test {

inline QString describeField(const RawField &field)
{
    const QString text = QString::fromUtf8(field.text.data(), qsizetype(field.text.size()));
    switch (field.kind) {
    case RawField::Kind::Missing:
        return QStringLiteral("-");
    case RawField::Kind::Null:
        return QStringLiteral("null");
    case RawField::Kind::String:
        return QLatin1Char('"') + text + QLatin1Char('"');
    case RawField::Kind::Number:
        return QLatin1Char('#') + text;
    case RawField::Kind::Other:
        return QLatin1Char('~') + text;
    }
    return QStringLiteral("?");
}

inline QString describeRecord(const RawRecord &record)
{
    switch (record.shape) {
    case RawRecord::Shape::NotAnObject:
        return QStringLiteral("NotAnObject");
    case RawRecord::Shape::TooManyFields:
        return QStringLiteral("TooManyFields");
    case RawRecord::Shape::DuplicateKey:
        return QStringLiteral("DuplicateKey(%1)").arg(QString::fromStdString(record.duplicateKey));
    case RawRecord::Shape::Ok:
        break;
    }
    QStringList fields;
    for (const RawField &f : record.fields)
        fields << describeField(f);
    return fields.join(QLatin1Char('|'));
}

// version_id|as_of|bucket|priority in the same notation.
inline QString describeVersionFields(const VersionFields &fields)
{
    return QStringList {describeField(fields.versionId), describeField(fields.asOf), describeField(fields.bucket),
                        describeField(fields.priority)}
        .join(QLatin1Char('|'));
}

class RecordingSink : public RecordSink
{
public:
    void beginRecords(const VersionFields &fieldsSoFar) override
    {
        ++beginCalls;
        fieldsAtBegin = describeVersionFields(fieldsSoFar);
        if (!rows.isEmpty())
            rowsBeforeBegin = true;
    }
    void record(const RawRecord &r) override
    {
        if (beginCalls == 0)
            rowsBeforeBegin = true;
        rows << describeRecord(r);
    }
    bool progress(std::size_t consumed, std::size_t total) override
    {
        ++progressCalls;
        lastConsumed = consumed;
        lastTotal = total;
        return !cancelAtFirstProgress;
    }

    QStringList rows;
    QString fieldsAtBegin;
    int beginCalls = 0;
    bool rowsBeforeBegin = false;
    int progressCalls = 0;
    std::size_t lastConsumed = 0;
    std::size_t lastTotal = 0;
    bool cancelAtFirstProgress = false;
};

// Checks that a reader error says where: "line L, column C: what". Returns {L, C}, or {-1, -1}.
inline std::pair<int, int> errorPosition(const std::string &message)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+), column (\\d+): \\S.*$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(QString::fromStdString(message));
    if (!match.hasMatch())
        return {-1, -1};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace planbridge::test
