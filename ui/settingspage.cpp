#include "settingspage.h"

#include "consoledata.h"
#include "consolesettings.h"
#include "messagebar.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "engine/versionworkflow.h"
#include "store/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace planbridge::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
}

SettingsPage::SettingsPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_sla(new QSpinBox(this))
    , m_saveSla(new QPushButton(tr("Save"), this))
    , m_language(new QComboBox(this))
    , m_endpoints(new QLabel(this))
    , m_user(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_sla->setObjectName(QStringLiteral("slaMinutes"));
    m_sla->setRange(1, 1440);
    m_sla->setSuffix(tr(" min"));
    m_saveSla->setObjectName(QStringLiteral("saveSla"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_endpoints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoints->setWordWrap(true);
    connect(m_saveSla, &QPushButton::clicked, this, [this] { saveSla(m_sla->value()); });
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { saveLanguage(m_language->itemData(index).toString()); });

    auto *workflow = new QGroupBox(tr("Release workflow (admin, for everyone using this cache)"), this);
    auto *slaRow = new QHBoxLayout;
    slaRow->addWidget(m_sla);
    slaRow->addWidget(m_saveSla);
    slaRow->addStretch(1);
    auto *workflowForm = new QFormLayout(workflow);
    workflowForm->addRow(tr("High-priority SLA, approval to posting:"), slaRow);
    auto *console = new QGroupBox(tr("This console"), this);
    auto *consoleForm = new QFormLayout(console);
    consoleForm->addRow(tr("Language (at the next start):"), m_language);
    consoleForm->addRow(tr("Signed in as:"), m_user);
    consoleForm->addRow(tr("Endpoints:"), m_endpoints);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Settings</b>"), this));
    layout->addWidget(m_message);
    layout->addWidget(workflow);
    layout->addWidget(console);
    layout->addStretch(1);
}

QString SettingsPage::languageOverride()
{
    return consoleSettings().value(LanguageKey).toString();
}

void SettingsPage::reload()
{
    m_sla->setValue(int(loadWorkflowSettings(m_workspace.cache()).highPrioritySla.count()));
    const bool admin = m_workspace.allows(auth::Action::Configure);
    m_sla->setEnabled(admin);
    m_saveSla->setEnabled(admin);
    m_saveSla->setToolTip(admin ? QString() : tr("Only an admin changes workflow settings."));
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageOverride())));
    const auth::Session *session = m_workspace.session();
    m_user->setText(session ? tr("%1 (%2)").arg(fromStd(session->user()), rolesText(*session)) : QString());
    const Endpoints &e = m_workspace.endpoints();
    m_endpoints->setText(tr("ERP %1 · planning %2 · cache %3")
                             .arg(e.erpUrl.isEmpty() ? tr("not configured") : e.erpUrl,
                                 e.planningUrl.isEmpty() ? tr("not configured") : e.planningUrl,
                                 m_workspace.cachePath()));
}

void SettingsPage::saveSla(int minutes)
{
    if (auto error = store::Settings(m_workspace.cache())
                         .set(*m_workspace.session(), store::Settings::HighPrioritySlaMinutes, std::to_string(minutes)))
        m_message->showError(tr("Not saved: %1").arg(fromStd(error->message)));
    else
        m_message->showInfo(tr("The high-priority SLA is now %1 min.").arg(minutes));
    m_workspace.notifyCacheChanged();
}

void SettingsPage::saveLanguage(const QString &code)
{
    auto settings = consoleSettings();
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
    m_message->showInfo(tr("The console uses the new language from its next start."));
}

} // namespace planbridge::ui
