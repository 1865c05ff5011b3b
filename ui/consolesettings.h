#pragma once

#include <QSettings>
#include <QStandardPaths>

namespace planbridge::ui {

// The console's own settings (window layout, language): $XDG_CONFIG_HOME/planbridge/console.conf,
// beside the rest of PlanBridge's configuration. Tests keep it apart from the user's with
// QStandardPaths::setTestModeEnabled().
inline QSettings consoleSettings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/planbridge/console.conf"),
        QSettings::IniFormat);
}

} // namespace planbridge::ui
