#pragma once

#include "consolepage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace planbridge::ui {

class MessageBar;

// Settings: the high-priority SLA (an admin setting in the cache, audited), the console's
// language (this computer only; applies at the next start), and the endpoints in use.
class SettingsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit SettingsPage(Workspace &workspace, QWidget *parent = nullptr);
    void reload() override;
    void saveSla(int minutes);
    void saveLanguage(const QString &code); // "" follows the system

    // The language override in the console's settings, "" when none.
    static QString languageOverride();

private:
    MessageBar *m_message;
    QSpinBox *m_sla;
    QPushButton *m_saveSla;
    QComboBox *m_language;
    QLabel *m_endpoints;
    QLabel *m_user;
};

} // namespace planbridge::ui
