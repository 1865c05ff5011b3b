#include "resulttypes.h"

#include <QLocale>

namespace planbridge::ui {

QString localizedDecimal(std::string_view exact)
{
    const QLocale locale;
    const QString text = toQString(exact);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const qsizetype digitsBegin = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype digitsEnd = point < 0 ? text.size() : point;
    QString result = digitsBegin ? locale.negativeSign() : QString();
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = digitsBegin; i < digitsEnd; ++i) {
        if (group && i > digitsBegin && (digitsEnd - i) % 3 == 0)
            result += locale.groupSeparator();
        result += text.at(i);
    }
    if (point >= 0)
        result += locale.decimalPoint() + text.mid(point + 1);
    return result;
}

} // namespace planbridge::ui
