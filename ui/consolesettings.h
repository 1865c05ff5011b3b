#pragma once

#include <QSettings>

namespace planbridge::ui {

// The console's own settings store. Tests keep it apart from the user's with
// QStandardPaths::setTestModeEnabled().
inline QSettings consoleSettings()
{
    return QSettings(QStringLiteral("PlanBridge"), QStringLiteral("planbridge"));
}

} // namespace planbridge::ui
