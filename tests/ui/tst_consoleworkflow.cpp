// The console driven through its real widgets against the built-in sandbox: sign-in, role-aware
// navigation, a bulk code map with re-validation, four-eyes approval, release to 100 %, lineage
// of a planned order, replay of a dead letter, offline mode, exports, and every model under
// QAbstractItemModelTester.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

#include "auditpage.h"
#include "chartpanel.h"
#include "consolewindow.h"
#include "dashboardspage.h"
#include "enginejob.h"
#include "exceptionspage.h"
#include "feedbackpage.h"
#include "gridmodel.h"
#include "logindialog.h"
#include "messagebar.h"
#include "reasoncountmodel.h"
#include "recordtablemodel.h"
#include "rejectionspage.h"
#include "releasepage.h"
#include "resolutiondialog.h"
#include "tablemodel.h"
#include "versionlistmodel.h"
#include "versionspage.h"
#include "workspace.h"

#ifndef Q_MOC_RUN
#include "demoenvironment.h"
#include "domain/reasoncode.h"
#include "store/accounts.h"
#endif

#include <memory>

using namespace planbridge;
using namespace planbridge::ui;

namespace {

constexpr int JobTimeout = 60'000; // asan builds are slow; nothing here waits on a clock otherwise

// Waits for the job's next finished or failed signal; returns its message.
QString waitForJob(EngineJob *job)
{
    QSignalSpy finished(job, &EngineJob::finished);
    QSignalSpy failed(job, &EngineJob::failed);
    if (!job->isRunning() && finished.isEmpty() && failed.isEmpty())
        return QStringLiteral("(not running)");
    (void)QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, JobTimeout);
    if (!finished.isEmpty())
        return finished.front().front().toString();
    return failed.isEmpty() ? QStringLiteral("(timed out)") : QStringLiteral("FAILED: ") + failed.front().front().toString();
}

} // namespace

class TestConsoleWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_demo.start(&error, 2'000), qPrintable(error));
        m_workspace = Workspace::open(m_demo.cachePath(), m_demo.endpoints(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_window = std::make_unique<ConsoleWindow>(*m_workspace);
        m_window->resize(1600, 1000);
        m_window->show();
        // Every model of every page under the tester from the start, through all that follows.
        const QList<QAbstractItemModel *> models = {
            m_window->versionsPage()->versions(), m_window->versionsPage()->records(),
            m_window->rejectionsPage()->reasons(), m_window->feedbackPage()->feedback(),
            m_window->exceptionsPage()->messages(), m_window->auditPage()->entries() };
        for (QAbstractItemModel *model : models)
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model));
        // And every other model of the window: grids, chart tables, resolutions, proxies.
        for (QAbstractItemModel *model : m_window->findChildren<QAbstractItemModel *>()) {
            if (!models.contains(model))
                m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model));
        }
    }

    void signInRefusesAWrongPasswordInPlace()
    {
        LoginDialog dialog(*m_workspace);
        dialog.findChild<QLineEdit *>(QStringLiteral("loginUser"))->setText(QStringLiteral("paula"));
        dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(QStringLiteral("wrong-password"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("refused")), qPrintable(dialog.errorText()));
        QVERIFY(!m_workspace->session());

        dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(QString::fromLatin1(DemoPassword));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_workspace->userName(), QStringLiteral("paula"));
    }

    void navigationFollowsTheRoles()
    {
        signIn("paula");
        QVERIFY(m_window->isPageAvailable(ConsoleWindow::Rejections));
        QVERIFY(!m_window->isPageAvailable(ConsoleWindow::Exceptions));
        QVERIFY(!m_window->isPageAvailable(ConsoleWindow::Audit));
        signIn("ines");
        QVERIFY(m_window->isPageAvailable(ConsoleWindow::Exceptions));
        QVERIFY(m_window->isPageAvailable(ConsoleWindow::Audit));
        QVERIFY(!m_window->isPageAvailable(ConsoleWindow::Rejections));
        // Support resumes releases, so it has the release page, but approving stays the approver's.
        m_window->showPage(ConsoleWindow::Release);
        QVERIFY(!m_window->releasePage()->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    }

    void versionsPageShowsTheCacheAndPagesRecords()
    {
        signIn("paula");
        m_window->showPage(ConsoleWindow::Versions);
        VersionsPage *page = m_window->versionsPage();
        QCOMPARE(page->versions()->rowCount(), 5);
        m_workspace->setCurrentVersion(QString::fromStdString(m_demo.scenario().submittedVersion));
        QTRY_COMPARE_WITH_TIMEOUT(page->records()->rowCount(), 2000, JobTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->records()->index(0, RecordTableModel::ItemColumn).data().toString()
                != QStringLiteral("…"),
            JobTimeout);
        // A filter runs in the cache: only rows of that location remain.
        const QString location = page->records()->index(0, RecordTableModel::LocationColumn).data().toString();
        RecordTableModel::Filter filter;
        filter.location = location;
        page->records()->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(page->records()->rowCount() > 0 && page->records()->rowCount() < 2000, JobTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(page->records()->index(0, RecordTableModel::LocationColumn).data().toString(),
            location, JobTimeout);
        page->records()->setFilter({});
        m_workspace->setCurrentVersion(QString::fromStdString(m_demo.scenario().revisionVersion));
    }

    void plannerResolvesARejectGroupByBulkCodeMap()
    {
        signIn("paula");
        m_workspace->setCurrentVersion(QString::fromStdString(m_demo.scenario().revisionVersion));
        m_window->showPage(ConsoleWindow::Rejections);
        RejectionsPage *page = m_window->rejectionsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->result() != nullptr, JobTimeout);
        auto *counts = page->findChild<QLabel *>(QStringLiteral("rejectCounts"));
        QVERIFY2(counts->text().contains(QStringLiteral("15 rejected")), qPrintable(counts->text()));

        page->selectReason(int(ReasonCode::UnknownLocation));
        page->selectAllRejects();
        QCOMPARE(page->selection().values, QStringList { QStringLiteral("P555") });
        // The dialog is modal: fill it in once it is up, as a person would, and apply.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ResolutionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("resolutionTarget"))->setText(QStringLiteral("P100"));
            dialog->findChild<QLineEdit *>(QStringLiteral("resolutionReason"))
                ->setText(QStringLiteral("P555 is the old code of P100"));
            dialog->accept();
        });
        auto *map = page->findChild<QPushButton *>(QStringLiteral("mapButton"));
        QVERIFY(map->isEnabled());
        QTest::mouseClick(map, Qt::LeftButton);
        QVERIFY(waitForJob(page->revalidateJob()).contains(QStringLiteral("Rejects before: 15, now: 14")));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("14 rejected")), JobTimeout);
        auto *resolutions = page->findChild<QTableView *>(QStringLiteral("resolutionTable"));
        QCOMPARE(resolutions->model()->rowCount(), 1);
        QCOMPARE(resolutions->model()->index(0, 3).data().toString(), QStringLiteral("paula")); // who
        QVERIFY(!resolutions->model()->index(0, 4).data().toString().isEmpty()); // when
    }

    void theSubmitterApprovingIsRefusedWithAVisibleReason()
    {
        // A user with both roles submits; the engine's four-eyes rule refuses the same user's approval.
        signIn("ada");
        store::Accounts accounts(m_workspace->cache());
        QVERIFY(!accounts.addUser(*m_workspace->session(), "petra", { auth::Role::Planner, auth::Role::Approver },
            DemoPassword, 1000));
        signIn("petra");
        m_workspace->setCurrentVersion(QString::fromStdString(m_demo.scenario().revisionVersion));
        m_window->showPage(ConsoleWindow::Release);
        ReleasePage *page = m_window->releasePage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        auto *fourEyes = page->findChild<QLabel *>(QStringLiteral("fourEyes"));
        QVERIFY2(fourEyes->text().contains(QStringLiteral("Four-eyes")), qPrintable(fourEyes->text()));
        auto *approve = page->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        auto *message = page->findChild<MessageBar *>(QStringLiteral("releaseMessage"));
        QVERIFY(!message->isHidden() && message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("four-eyes")), qPrintable(message->text()));

        signIn("arno");
        m_window->showPage(ConsoleWindow::Release);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());
    }

    void releaseProgressReachesHundredPercent()
    {
        signIn("arno");
        m_window->showPage(ConsoleWindow::Release);
        ReleasePage *page = m_window->releasePage();
        waitForJob(page->impactJob()); // the preview the page starts by itself
        auto *impact = page->findChild<QTableView *>(QStringLiteral("impactByPlant"));
        QVERIFY2(impact->model()->rowCount() > 0,
            qPrintable(page->findChild<QLabel *>(QStringLiteral("impactByPlantTotals"))->text()));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
        const QString outcome = waitForJob(page->releaseJob());
        // The demo ERP blocks one product: its write ends as a dead letter, everything else posts.
        QVERIFY2(outcome.contains(QStringLiteral("dead letter")), qPrintable(outcome));
        auto *progress = page->findChild<QProgressBar *>(QStringLiteral("releaseProgress"));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("releaseStats"))->text().contains(QStringLiteral("writes/s")));
    }

    void schedulerOpensTheLineageOfAPlannedOrder()
    {
        signIn("sara");
        m_window->showPage(ConsoleWindow::Feedback);
        FeedbackPage *page = m_window->feedbackPage();
        page->setRelease(QString::fromStdString(m_demo.scenario().releaseId));
        auto *table = page->findChild<QTableView *>(QStringLiteral("feedbackTable"));
        int plannedOrder = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, FeedbackPage::KindColumn).data().toString() == QStringLiteral("planned order"))
                plannedOrder = r;
        }
        QVERIFY(plannedOrder >= 0);
        page->showLineage(plannedOrder);
        const QString summary = waitForJob(page->lineageJob());
        QVERIFY2(summary.contains(QStringLiteral("forecast row")), qPrintable(summary));
        QTreeWidget *tree = page->lineageTree();
        QCOMPARE(tree->topLevelItemCount(), 2); // back, and forward again
        QTreeWidgetItem *back = tree->topLevelItem(0);
        QVERIFY(back->childCount() > 0);
        QTreeWidgetItem *write = back->child(0);
        QVERIFY2(write->text(0).startsWith(QStringLiteral("PIR write")), qPrintable(write->text(0)));
        QVERIFY(write->childCount() > 0);
        QTreeWidgetItem *erpRecord = write->child(0);
        QVERIFY2(erpRecord->text(0).startsWith(QStringLiteral("ERP record")), qPrintable(erpRecord->text(0)));
        QVERIFY(erpRecord->childCount() > 0);
        QVERIFY2(erpRecord->child(0)->text(0).startsWith(QStringLiteral("forecast row")),
            qPrintable(erpRecord->child(0)->text(0)));
        QVERIFY(tree->topLevelItem(1)->childCount() > 0);
    }

    void supportReplaysADeadLetter()
    {
        signIn("ines");
        m_window->showPage(ConsoleWindow::Exceptions);
        ExceptionsPage *page = m_window->exceptionsPage();
        const QString release = QString::fromStdString(m_demo.scenario().releaseId);
        page->setSearch(release);
        QCOMPARE(page->messages()->rowCount(), 1);
        QCOMPARE(page->messages()->value(0, ExceptionsPage::StateColumn).toString(), QStringLiteral("dead"));
        QCOMPARE(page->messages()->value(0, ExceptionsPage::OutcomeColumn).toString(), QStringLiteral("business"));
        page->selectAll();
        QVERIFY(page->detailText().contains(QStringLiteral("Idempotency key")));
        QVERIFY(ExceptionsPage::confirmationText(1).contains(QStringLiteral("only once")));
        // The master data is fixed in the ERP; the replay then goes through with the same key.
        QVERIFY(m_demo.setFaults(R"({"blocked_products": []})"));
        page->replaySelected(false);
        const QString outcome = waitForJob(page->replayJob());
        QVERIFY2(outcome.contains(QStringLiteral("dead letters: 0")), qPrintable(outcome));
        QTRY_COMPARE_WITH_TIMEOUT(page->messages()->rowCount(), 0, JobTimeout);
    }

    void auditTrailShowsTheChainAndSearches()
    {
        signIn("ines");
        m_window->showPage(ConsoleWindow::Audit);
        AuditPage *page = m_window->auditPage();
        QVERIFY2(page->verdict().contains(QStringLiteral("Chain intact")), qPrintable(page->verdict()));
        page->setSearch(QStringLiteral("resolution"));
        waitForJob(page->loadJob());
        QVERIFY(page->entries()->rowCount() > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        QCOMPARE(page->exportJsonLines(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("{\"seq\":1,"));
    }

    void dashboardsExportEveryChart()
    {
        signIn("arno");
        m_window->showPage(ConsoleWindow::Dashboards);
        QTemporaryDir dir;
        for (ChartPanel *chart : m_window->dashboardsPage()->charts()) {
            const QString base = dir.filePath(QString::number(quintptr(chart)));
            QCOMPARE(chart->exportCsv(base + QStringLiteral(".csv")), QString());
            QVERIFY(chart->exportPng(base + QStringLiteral(".png")));
            QVERIFY(QFileInfo(base + QStringLiteral(".png")).size() > 0);
        }
        // The rejects chart reads the same model its table shows.
        ChartPanel *rejects = m_window->dashboardsPage()->charts().at(2);
        QVERIFY(rejects->model()->rowCount() >= 15);
    }

    void offlineIsSaidPlainlyAndReleasesQueue()
    {
        signIn("arno");
        QVERIFY(m_demo.setFaults(R"({"outage": true})"));
        QSignalSpy changed(m_workspace.get(), &Workspace::reachabilityChanged);
        m_workspace->startProbing(0);
        QVERIFY(changed.wait(JobTimeout));
        QCOMPARE(m_workspace->erpReachability(), Reachability::Offline);
        QVERIFY(m_window->offlineText().contains(QStringLiteral("Offline mode")));
        // Review from the cache still works.
        m_window->showPage(ConsoleWindow::Versions);
        QCOMPARE(m_window->versionsPage()->versions()->rowCount(), 5);
        // Approval works offline, and a release queues instead of failing.
        m_workspace->setCurrentVersion(QString::fromStdString(m_demo.scenario().submittedVersion));
        m_window->showPage(ConsoleWindow::Release);
        ReleasePage *page = m_window->releasePage();
        page->setOutageWait(std::chrono::milliseconds(0));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
        const QString queued = waitForJob(page->releaseJob());
        QVERIFY2(queued.contains(QStringLiteral("stay queued")), qPrintable(queued));

        // The ERP is back: the console sends the queued release by itself.
        QVERIFY(m_demo.setFaults(R"({"outage": false})"));
        QSignalSpy back(m_workspace.get(), &Workspace::erpBackOnline);
        QSignalSpy started(page->releaseJob(), &EngineJob::started);
        m_workspace->startProbing(0);
        QVERIFY(back.wait(JobTimeout));
        QVERIFY(m_window->offlineText().isEmpty());
        QCOMPARE(started.size(), 1);
        const QString posted = waitForJob(page->releaseJob());
        QVERIFY2(posted.contains(QStringLiteral("is posted")), qPrintable(posted));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
        m_workspace.reset();
    }

private:
    void signIn(const char *user)
    {
        QString error;
        QVERIFY2(m_workspace->signIn(QString::fromLatin1(user), QString::fromLatin1(DemoPassword), &error),
            qPrintable(error));
    }

    DemoEnvironment m_demo;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConsoleWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestConsoleWorkflow)
#include "tst_consoleworkflow.moc"
