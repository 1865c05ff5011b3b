#pragma once

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace planbridge::ui {

class AuditPage;
class ConsolePage;
class DashboardsPage;
class ExceptionsPage;
class FeedbackPage;
class RejectionsPage;
class ReleasePage;
class SettingsPage;
class VersionsPage;
class Workspace;

// The operations console: role-aware navigation on the left, the chosen page in the middle, and a
// status bar with the endpoints' reachability, the queue depth, dead letters and offline mode.
// What a role may not do is not shown; the engine checks every action again anyway.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Versions, Rejections, Release, Feedback, Exceptions, Dashboards, Audit, Settings, NumPages };

    explicit ConsoleWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isPageAvailable(Page page) const;
    // Asks for a sign-in (again); false when the user gave up.
    bool signIn(const QString &user = {}, const QString &hint = {});
    void restoreSettings();

    VersionsPage *versionsPage() const { return m_versions; }
    RejectionsPage *rejectionsPage() const { return m_rejections; }
    ReleasePage *releasePage() const { return m_release; }
    FeedbackPage *feedbackPage() const { return m_feedback; }
    ExceptionsPage *exceptionsPage() const { return m_exceptions; }
    DashboardsPage *dashboardsPage() const { return m_dashboards; }
    AuditPage *auditPage() const { return m_audit; }
    SettingsPage *settingsPage() const { return m_settings; }
    QString offlineText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateNavigation();
    void updateStatus();
    void reloadCurrent();
    ConsolePage *page(Page page) const;
    void showAbout();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_offline;
    QLabel *m_userLabel;
    QLabel *m_erpLabel;
    QLabel *m_planningLabel;
    QLabel *m_queueLabel;
    QLabel *m_deadLabel;
    VersionsPage *m_versions;
    RejectionsPage *m_rejections;
    ReleasePage *m_release;
    FeedbackPage *m_feedback;
    ExceptionsPage *m_exceptions;
    DashboardsPage *m_dashboards;
    AuditPage *m_audit;
    SettingsPage *m_settings;
    bool m_persistSettings = false;
};

} // namespace planbridge::ui
