#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <memory>
#include <string_view>

// Headers that moc reads forward-declare engine types: moc 6.4 cannot parse <concepts>, which the
// engine's <compare> pulls in with GCC 12.
namespace planbridge {
struct ValidationResult;
}

namespace planbridge::ui {

// One validation result shared read-only by the models, the chart and the summary: models read it
// on demand instead of copying rows, so a million records cost nothing extra.
using ValidationResultPtr = std::shared_ptr<const ValidationResult>;

// TextAlignmentRole as a plain int, the form every view and delegate of Qt 6.4 understands.
inline QVariant rightAligned()
{
    return static_cast<int>((Qt::AlignRight | Qt::AlignVCenter).toInt());
}

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// An exact decimal from the engine ("12400.800") in the locale's notation ("12,400.800",
// "12.400,800"): only separators change, every digit stays, nothing passes through a double.
QString localizedDecimal(std::string_view exact);

} // namespace planbridge::ui

Q_DECLARE_METATYPE(planbridge::ui::ValidationResultPtr)
