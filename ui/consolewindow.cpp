#include "consolewindow.h"

#include "auditpage.h"
#include "consoledata.h"
#include "consolesettings.h"
#include "dashboardspage.h"
#include "exceptionspage.h"
#include "feedbackpage.h"
#include "logindialog.h"
#include "rejectionspage.h"
#include "releasepage.h"
#include "settingspage.h"
#include "versionspage.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "store/outboxstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace planbridge::ui {
namespace {

// Who may see each page: any one of these actions is enough.
std::vector<auth::Action> pageActions(ConsoleWindow::Page page)
{
    using A = auth::Action;
    switch (page) {
    case ConsoleWindow::Versions:
    case ConsoleWindow::Dashboards:
        return { A::ViewVersions };
    case ConsoleWindow::Rejections:
        return { A::Resolve, A::Submit, A::Approve };
    case ConsoleWindow::Release:
        return { A::Submit, A::Approve, A::Release, A::Resume, A::CancelRelease };
    case ConsoleWindow::Feedback:
        return { A::ViewFeedback };
    case ConsoleWindow::Exceptions:
        return { A::ViewExceptions };
    case ConsoleWindow::Audit:
        return { A::ViewAudit };
    case ConsoleWindow::Settings:
    case ConsoleWindow::NumPages:
        break;
    }
    return {};
}

QString reachabilityLine(const QString &system, Reachability r)
{
    switch (r) {
    case Reachability::Online:
        return ConsoleWindow::tr("%1: online").arg(system);
    case Reachability::Offline:
        return ConsoleWindow::tr("%1: OFFLINE").arg(system);
    case Reachability::NotConfigured:
        return ConsoleWindow::tr("%1: not configured").arg(system);
    case Reachability::Unknown:
        break;
    }
    return ConsoleWindow::tr("%1: checking…").arg(system);
}

} // namespace

ConsoleWindow::ConsoleWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_offline(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_erpLabel(new QLabel(this))
    , m_planningLabel(new QLabel(this))
    , m_queueLabel(new QLabel(this))
    , m_deadLabel(new QLabel(this))
    , m_versions(new VersionsPage(workspace, this))
    , m_rejections(new RejectionsPage(workspace, this))
    , m_release(new ReleasePage(workspace, this))
    , m_feedback(new FeedbackPage(workspace, this))
    , m_exceptions(new ExceptionsPage(workspace, this))
    , m_dashboards(new DashboardsPage(workspace, this))
    , m_audit(new AuditPage(workspace, this))
    , m_settings(new SettingsPage(workspace, this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("PlanBridge"));
    for (ConsolePage *p : std::initializer_list<ConsolePage *> { m_versions, m_rejections, m_release, m_feedback,
             m_exceptions, m_dashboards, m_audit, m_settings })
        m_stack->addWidget(p);

    const QString names[NumPages] = { tr("Versions"), tr("Rejections"), tr("Release"), tr("Execution feedback"),
        tr("Exceptions"), tr("Dashboards"), tr("Audit trail"), tr("Settings") };
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (int i = 0; i < NumPages; ++i) {
        auto *item = new QListWidgetItem(names[i], m_navigation);
        item->setData(Qt::UserRole, i);
        item->setToolTip(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText));
    }
    m_navigation->setMinimumWidth(170);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_stack->setCurrentIndex(item->data(Qt::UserRole).toInt());
        reloadCurrent();
    });
    auto *dock = new QDockWidget(tr("Navigation"), this);
    dock->setObjectName(QStringLiteral("navigationDock"));
    dock->setWidget(m_navigation);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    // Roomy entries, easy to hit and to read at a glance.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 8px; }"));
    m_navigation->setMaximumWidth(220);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; "
                                            "padding: 6px; }"));
    m_offline->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offline);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (QLabel *label : { m_erpLabel, m_planningLabel, m_queueLabel, m_deadLabel })
        statusBar()->addPermanentWidget(label);
    statusBar()->addWidget(m_userLabel);
    m_erpLabel->setObjectName(QStringLiteral("erpStatus"));
    m_planningLabel->setObjectName(QStringLiteral("planningStatus"));
    m_queueLabel->setObjectName(QStringLiteral("queueStatus"));
    m_deadLabel->setObjectName(QStringLiteral("deadLetterStatus"));
    m_userLabel->setObjectName(QStringLiteral("userStatus"));

    createMenus();
    connect(&workspace, &Workspace::sessionChanged, this, [this] {
        updateNavigation();
        updateStatus();
        reloadCurrent();
    });
    connect(&workspace, &Workspace::cacheChanged, this, [this] {
        updateStatus();
        reloadCurrent();
    });
    connect(&workspace, &Workspace::reachabilityChanged, this, &ConsoleWindow::updateStatus);
    resize(1400, 900);
    updateNavigation();
    updateStatus();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import version…"), this, [this] {
        showPage(Versions);
        m_versions->importFiles();
    });
    import->setShortcut(QKeySequence::Open);
    QAction *refresh = file->addAction(tr("&Refresh"), this, [this] {
        m_workspace.startProbing(0);
        m_workspace.notifyCacheChanged();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    file->addAction(tr("Sign &out…"), this, [this] {
        m_workspace.signOut();
        if (!signIn())
            close();
    });
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < NumPages; ++i) {
        QAction *action = view->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PlanBridge"), this, &ConsoleWindow::showAbout);
}

bool ConsoleWindow::isPageAvailable(Page p) const
{
    const auto actions = pageActions(p);
    if (actions.empty())
        return m_workspace.session() != nullptr;
    return std::any_of(actions.begin(), actions.end(), [this](auth::Action a) { return m_workspace.allows(a); });
}

void ConsoleWindow::updateNavigation()
{
    for (int i = 0; i < NumPages; ++i)
        m_navigation->item(i)->setHidden(!isPageAvailable(Page(i)));
    if (!isPageAvailable(currentPage())) {
        for (int i = 0; i < NumPages; ++i) {
            if (isPageAvailable(Page(i))) {
                showPage(Page(i));
                break;
            }
        }
    }
}

void ConsoleWindow::showPage(Page p)
{
    if (!isPageAvailable(p))
        return;
    m_navigation->setCurrentRow(p);
}

ConsoleWindow::Page ConsoleWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

ConsolePage *ConsoleWindow::page(Page p) const
{
    return qobject_cast<ConsolePage *>(m_stack->widget(p));
}

void ConsoleWindow::reloadCurrent()
{
    if (m_workspace.session())
        page(currentPage())->reload();
}

QString ConsoleWindow::offlineText() const
{
    return m_offline->isHidden() ? QString() : m_offline->text();
}

void ConsoleWindow::updateStatus()
{
    const auth::Session *session = m_workspace.session();
    m_userLabel->setText(session ? tr("Signed in as %1 (%2)")
                                       .arg(QString::fromStdString(session->user()), rolesText(*session))
                                 : tr("Not signed in"));
    m_erpLabel->setText(reachabilityLine(tr("ERP"), m_workspace.erpReachability()));
    m_planningLabel->setText(reachabilityLine(tr("Planning"), m_workspace.planningReachability()));
    const bool erpDown = m_workspace.erpReachability() == Reachability::Offline;
    const bool planningDown = m_workspace.planningReachability() == Reachability::Offline;
    if (erpDown || planningDown) {
        const QString which = erpDown && planningDown ? tr("The ERP and the planning system are unreachable.")
            : erpDown                                 ? tr("The ERP is unreachable.")
                                                      : tr("The planning system is unreachable.");
        m_offline->setText(tr("Offline mode. %1 Review, resolutions, submission and approval keep working from the "
                              "local cache; releases stay queued and go out by themselves when the ERP is back.")
                               .arg(which));
        m_offline->show();
    } else {
        m_offline->hide();
    }
    // One grouped count of the outbox, not the KPIs: this runs on every change of the cache.
    if (session) {
        auto counts = store::OutboxStore(m_workspace.cache()).totals();
        if (counts) {
            m_queueLabel->setText(tr("Queue: %1").arg(counts->queued));
            m_deadLabel->setText(tr("Dead letters: %1").arg(counts->dead));
            m_deadLabel->setStyleSheet(counts->dead ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
        }
    }
}

bool ConsoleWindow::signIn(const QString &user, const QString &hint)
{
    LoginDialog dialog(m_workspace, this);
    dialog.setUser(user);
    dialog.setHint(hint);
    return dialog.exec() == QDialog::Accepted;
}

void ConsoleWindow::restoreSettings()
{
    m_persistSettings = true;
    auto settings = consoleSettings();
    restoreGeometry(settings.value(QStringLiteral("console/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("console/state")).toByteArray());
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistSettings) {
        auto settings = consoleSettings();
        settings.setValue(QStringLiteral("console/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("console/state"), saveState());
    }
    QMainWindow::closeEvent(event);
}

void ConsoleWindow::showAbout()
{
    QMessageBox::about(this, tr("About PlanBridge"),
        tr("<h3>PlanBridge %1</h3><p>Moves approved demand forecasts into ERP execution and brings the execution "
           "feedback back to the people who plan.</p><p>Cache: %2</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), m_workspace.cachePath().toHtmlEscaped()));
}

} // namespace planbridge::ui
