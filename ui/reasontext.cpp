#include "reasontext.h"

#include "resulttypes.h"

#include "domain/reasoncode.h"

#include <QCoreApplication>

#include <array>

namespace planbridge::ui {
namespace {

constexpr std::array<const char *, ReasonCodeCount> Descriptions = {
    QT_TRANSLATE_NOOP("ReasonText", "A field is missing, has the wrong type or holds an invalid date."),
    QT_TRANSLATE_NOOP("ReasonText", "The quantity is not a number, is negative, too large or has more than 3 decimals."),
    QT_TRANSLATE_NOOP("ReasonText", "The bucket does not start where a bucket of the version's type starts."),
    QT_TRANSLATE_NOOP("ReasonText", "The item is not in the master data."),
    QT_TRANSLATE_NOOP("ReasonText", "The location is not in the master data."),
    QT_TRANSLATE_NOOP("ReasonText", "The channel is not in the master data's channel list."),
    QT_TRANSLATE_NOOP("ReasonText", "The item is inactive."),
    QT_TRANSLATE_NOOP("ReasonText", "The location is blocked."),
    QT_TRANSLATE_NOOP("ReasonText", "The item is not planned at this location."),
    QT_TRANSLATE_NOOP("ReasonText", "No conversion leads from the unit sent to the item's base unit."),
    QT_TRANSLATE_NOOP("ReasonText", "The bucket starts after the location's planning horizon."),
    QT_TRANSLATE_NOOP("ReasonText", "The bucket ends before the item's lead time has passed."),
    QT_TRANSLATE_NOOP("ReasonText", "The item is bought at this location but has no supplier."),
    QT_TRANSLATE_NOOP("ReasonText", "An earlier row has the same item, location, channel and bucket."),
    QT_TRANSLATE_NOOP("ReasonText", "The plant calendar has no working day in the bucket."),
};

} // namespace

QString reasonCodeText(ReasonCode code)
{
    return toQString(reasonCodeName(code));
}

QString reasonDescription(ReasonCode code)
{
    return QCoreApplication::translate("ReasonText", Descriptions[static_cast<std::size_t>(code)]);
}

} // namespace planbridge::ui
