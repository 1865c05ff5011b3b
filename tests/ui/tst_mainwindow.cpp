// The console window, offscreen: validates through its background job, shows the result in its
// summary and tabs, filters rejects, charts reasons from the shared model, and cancels. A CSV
// version is opened through the dialog with its bucket and as-of.
#include "consolesettings.h"
#include "mainwindow.h"
#include "openversiondialog.h"
#include "reasonchartview.h"
#include "validationjob.h"
#include "validationrequest.h"

#ifndef Q_MOC_RUN // moc 6.4 cannot parse GCC 12's <concepts>, which the engine's <compare> pulls in
#include "domain/validationresult.h"
#include "sample/sampledata.h"
#endif

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace planbridge;
using namespace planbridge::ui;

namespace {

constexpr int Timeout = 30'000;

// A weekly version of `rows` records against the sample master data; most rows repeat a key, so
// the engine also builds a reject message for each.
std::string largeVersion(int rows)
{
    static const char *const Items[] = {"FG-1000", "FG-2000"};
    static const char *const Channels[] = {"RETAIL", "ONLINE", "WHOLESALE"};
    std::string text = R"({"version_id": "BIG", "as_of": "2026-11-26", "bucket": "week", "records": [)";
    text.reserve(std::size_t(rows) * 110);
    for (int i = 0; i < rows; ++i) {
        const Date start = Date::fromYmd(2026, 11, 30)->addDays(7 * (i % 60));
        text += i ? ",\n" : "\n";
        text += R"({"item": ")" + std::string(Items[i % 2]) + R"(", "location": "P100", "channel": ")"
            + Channels[(i / 60) % 3] + R"(", "bucket_start": ")" + start.toString() + R"(", "quantity": ")"
            + std::to_string(i % 1000) + R"(.5", "uom": "PC"})";
    }
    return text + "]}";
}

ValidationRequest largeRequest()
{
    return ValidationRequest::fromText(std::string(sampleMasterData()), largeVersion(200'000), "big.json");
}

// Five weekly rows for the weekly plant P200: an unknown item and a repeated key are rejected.
constexpr char WeeklyCsv[] = "item,location,channel,bucket_start,quantity,uom\n"
                             "FG-1000,P200,RETAIL,2026-11-30,100,PC\n"
                             "FG-1000,P200,ONLINE,2026-12-07,12.5,CS\n"
                             "FG-2000,P200,RETAIL,2026-12-07,40,PC\n"
                             "X-1,P200,RETAIL,2026-12-07,10,PC\n"
                             "FG-1000,P200,RETAIL,2026-11-30,5,PC\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void validatesSampleInBackground();
    void tabsShowTheResult();
    void rejectsFilterNarrowsRows();
    void reasonActivationFiltersRejects();
    void chartHasOneBarPerReason();
    void cancelStopsLargeRun();
    void newRunDropsStaleResult();
    void failureShowsBanner();
    void actionsHaveShortcuts();
    void openVersionValidatesCsv();
    void csvWithoutVersionFieldsFails();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void validateSample();
    void writeCsvFiles();

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_master;
    QString m_csv;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    planbridge::ui::consoleSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::validateSample()
{
    QSignalSpy finished(m_window->job(), &ValidationJob::finished);
    m_window->reloadSample();
    QVERIFY(child<QProgressBar>("validationProgress")->isVisible());
    QVERIFY(finished.wait(Timeout));
}

void TestMainWindow::validatesSampleInBackground()
{
    QSignalSpy finished(m_window->job(), &ValidationJob::finished);
    QSignalSpy progress(m_window->job(), &ValidationJob::progress);
    m_window->reloadSample();
    QVERIFY(m_window->job()->isRunning());
    QVERIFY(child<QPushButton>("cancelButton")->isVisible());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(progress.last().first().toInt(), 1000);
    const auto result = finished.first().first().value<ValidationResultPtr>();
    QVERIFY(result);
    QCOMPARE(result->rowsIn, 24u);
    QCOMPARE(m_window->result(), result);

    QVERIFY(!child<QProgressBar>("validationProgress")->isVisible());
    QVERIFY(!child<QPushButton>("cancelButton")->isVisible());
    QCOMPARE(child<QLabel>("summaryVersion")->text(), QStringLiteral("DP-2026-11-CONS"));
    QCOMPARE(child<QLabel>("summaryAsOf")->text(), QStringLiteral("2026-11-26"));
    QCOMPARE(child<QLabel>("summaryRowsIn")->text(), QStringLiteral("24"));
    QCOMPARE(child<QLabel>("summaryAccepted")->text(), QStringLiteral("9"));
    QCOMPARE(child<QLabel>("summaryRejected")->text(), QStringLiteral("15"));
    QCOMPARE(child<QLabel>("summaryRecordsOut")->text(), QStringLiteral("10"));
    QCOMPARE(child<QLabel>("summaryAcceptanceRate")->text(), QStringLiteral("37.5 %"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("DP-2026-11-CONS")));
}

void TestMainWindow::tabsShowTheResult()
{
    validateSample();
    auto *tabs = child<QTabWidget>("resultTabs");
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Accepted records (10)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Rejects (15)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Reasons"));
    auto *accepted = child<QTableView>("acceptedView");
    QCOMPARE(accepted->model()->rowCount(), 10);
    QCOMPARE(accepted->model()->index(1, 7).data().toString(), QStringLiteral("12,400.800"));
    QCOMPARE(child<QTableView>("rejectsView")->model()->rowCount(), 15);
    QCOMPARE(child<QTableView>("reasonsView")->model()->rowCount(), 15);

    // Sorting by a header click orders quantities numerically.
    accepted->sortByColumn(7, Qt::DescendingOrder);
    QCOMPARE(accepted->model()->index(0, 7).data().toString(), QStringLiteral("12,400.800"));
    QCOMPARE(accepted->model()->index(9, 7).data().toString(), QStringLiteral("17.500"));

    m_window->selectTab(2);
    QCOMPARE(tabs->currentIndex(), 2);
}

void TestMainWindow::rejectsFilterNarrowsRows()
{
    validateSample();
    m_window->selectTab(1);
    auto *filter = child<QLineEdit>("rejectsFilter");
    auto *view = child<QTableView>("rejectsView");
    QCOMPARE(child<QLabel>("rejectsCount")->text(), QStringLiteral("Showing 15 of 15"));
    QTest::keyClicks(filter, QStringLiteral("unknown_"));
    QCOMPARE(view->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(view->model()->index(row, 1).data().toString().startsWith(QStringLiteral("UNKNOWN_")));
    QCOMPARE(child<QLabel>("rejectsCount")->text(), QStringLiteral("Showing 3 of 15"));
    // Values are searched too: P900 is only in the LOCATION_BLOCKED row.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("P900"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("LOCATION_BLOCKED"));
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 15);
}

void TestMainWindow::reasonActivationFiltersRejects()
{
    validateSample();
    m_window->selectTab(2);
    auto *reasons = child<QTableView>("reasonsView");
    reasons->setFocus();
    reasons->setCurrentIndex(reasons->model()->index(3, 0));
    QTest::keyClick(reasons, Qt::Key_Return);
    QCOMPARE(child<QTabWidget>("resultTabs")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>("rejectsFilter")->text(), QStringLiteral("UNKNOWN_ITEM"));
    QCOMPARE(child<QTableView>("rejectsView")->model()->rowCount(), 1);
}

void TestMainWindow::chartHasOneBarPerReason()
{
    validateSample();
    auto *chart = child<ReasonChartView>("reasonChart");
    const QList<QBarSet *> sets = chart->series()->barSets();
    QCOMPARE(sets.size(), 1);
    const auto result = m_window->result();
    int reasonsSeen = 0;
    for (const auto count : result->rejectsByReason)
        reasonsSeen += count > 0;
    QCOMPARE(sets.first()->count(), reasonsSeen);
    QCOMPARE(sets.first()->sum(), 15.0);
    // The chart lists the table's rows bottom-up, so the table's first row is the top bar.
    auto *table = child<QTableView>("reasonsView")->model();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->series()->attachedAxes().first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), reasonsSeen);
    for (int row = 0; row < table->rowCount(); ++row) {
        const int bar = reasonsSeen - 1 - row;
        QCOMPARE(axis->at(bar), table->index(row, 0).data().toString());
        QCOMPARE(sets.first()->at(bar), table->index(row, 1).data().toDouble());
    }
}

void TestMainWindow::cancelStopsLargeRun()
{
    validateSample();
    ValidationJob *job = m_window->job();
    QSignalSpy progress(job, &ValidationJob::progress);
    QSignalSpy finished(job, &ValidationJob::finished);
    QSignalSpy cancelled(job, &ValidationJob::cancelled);
    m_window->validate(largeRequest());
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(cancel->isVisible());
    // Cancel mid-run: after the engine has reported progress, long before it could finish.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), Timeout);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!job->isRunning());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!child<QProgressBar>("validationProgress")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!job->hasActiveTasks(), Timeout);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    // The version shown before is kept.
    QCOMPARE(child<QLabel>("summaryVersion")->text(), QStringLiteral("DP-2026-11-CONS"));
    QCOMPARE(m_window->result()->rowsIn, 24u);

    // The job is ready for the next run.
    QVERIFY(finished.isEmpty());
    m_window->reloadSample();
    QVERIFY(finished.wait(Timeout));
}

void TestMainWindow::newRunDropsStaleResult()
{
    ValidationJob *job = m_window->job();
    QSignalSpy finished(job, &ValidationJob::finished);
    QSignalSpy cancelled(job, &ValidationJob::cancelled);
    m_window->validate(largeRequest());
    m_window->reloadSample(); // replaces the large run, which must never be shown
    QVERIFY(finished.wait(Timeout));
    QTRY_VERIFY_WITH_TIMEOUT(!job->hasActiveTasks(), Timeout);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(finished.first().first().value<ValidationResultPtr>()->rowsIn, 24u);
    QCOMPARE(child<QLabel>("summaryVersion")->text(), QStringLiteral("DP-2026-11-CONS"));
}

void TestMainWindow::failureShowsBanner()
{
    QSignalSpy failed(m_window->job(), &ValidationJob::failed);
    m_window->validate(ValidationRequest::fromText(std::string(sampleMasterData()), "{\"records\": [", "bad.json"));
    QVERIFY(failed.wait(Timeout));
    QVERIFY(child<QWidget>("errorBanner")->isVisible());
    QVERIFY(child<QLabel>("errorText")->text().contains(QStringLiteral("bad.json")));
    QVERIFY(!child<QProgressBar>("validationProgress")->isVisible());
    validateSample();
    QVERIFY(!child<QWidget>("errorBanner")->isVisible());
}

void TestMainWindow::actionsHaveShortcuts()
{
    QCOMPARE(child<QAction>("actionOpenVersion")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(child<QAction>("actionReloadSample")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(child<QAction>("actionQuit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(!child<QAction>("actionAbout")->text().isEmpty());

    // F5 reloads the sample.
    QSignalSpy finished(m_window->job(), &ValidationJob::finished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(child<QLabel>("summaryRowsIn")->text(), QStringLiteral("24"));
}

void TestMainWindow::writeCsvFiles()
{
    QVERIFY(m_dir.isValid());
    const std::string_view master = sampleMasterData();
    m_master = writeFile(m_dir, QStringLiteral("master.json"), QByteArray(master.data(), qsizetype(master.size())));
    m_csv = writeFile(m_dir, QStringLiteral("weekly.csv"), WeeklyCsv);
}

void TestMainWindow::openVersionValidatesCsv()
{
    writeCsvFiles();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    auto *dialog = m_window->findChild<OpenVersionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("masterPathEdit"))->setText(m_master);
    dialog->findChild<QLineEdit *>(QStringLiteral("versionPathEdit"))->setText(m_csv);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *bucket = dialog->findChild<QComboBox *>(QStringLiteral("bucketCombo"));
    bucket->setCurrentIndex(bucket->findData(QStringLiteral("week")));
    dialog->findChild<QRadioButton *>(QStringLiteral("asOfOverrideRadio"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 11, 26));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("versionIdEdit")), QStringLiteral("DP-CSV"));

    QSignalSpy finished(m_window->job(), &ValidationJob::finished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(child<QLabel>("summaryVersion")->text(), QStringLiteral("DP-CSV"));
    QCOMPARE(child<QLabel>("summaryAsOf")->text(), QStringLiteral("2026-11-26"));
    QCOMPARE(child<QLabel>("summaryRowsIn")->text(), QStringLiteral("5"));
    QCOMPARE(child<QLabel>("summaryAccepted")->text(), QStringLiteral("3"));
    QCOMPARE(child<QLabel>("summaryRejected")->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>("summaryRecordsOut")->text(), QStringLiteral("3"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("DP-CSV – weekly.csv"));
    QTRY_VERIFY(!m_window->findChild<OpenVersionDialog *>()); // deleted once closed
}

// Before the dialog, a CSV version reached the engine without bucket and as-of.
void TestMainWindow::csvWithoutVersionFieldsFails()
{
    writeCsvFiles();
    QSignalSpy failed(m_window->job(), &ValidationJob::failed);
    m_window->validate(ValidationRequest::fromFiles(m_master, m_csv));
    QVERIFY(failed.wait(Timeout));
    QVERIFY(child<QLabel>("errorText")->text().contains(QStringLiteral("as_of is missing")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
