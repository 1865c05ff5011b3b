#include "mainwindow.h"

#include "consolesettings.h"
#include "openversiondialog.h"
#include "resulttabs.h"
#include "summaryheader.h"
#include "validationjob.h"
#include "validationrequest.h"

#include "domain/validationresult.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace planbridge::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_job(std::make_unique<ValidationJob>(&m_pool))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PlanBridge"));
    m_job->setObjectName(QStringLiteral("validationJob"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 0);
    layout->setSpacing(8);
    m_summary = new SummaryHeader(central);
    m_summary->setObjectName(QStringLiteral("summaryHeader"));
    layout->addWidget(m_summary);
    layout->addWidget(createErrorBanner());
    m_tabs = new ResultTabs(central);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createActions();
    createStatusBar();
    resize(1280, 800);

    connect(m_job.get(), &ValidationJob::progress, this, &MainWindow::onProgress);
    connect(m_job.get(), &ValidationJob::finished, this, &MainWindow::onFinished);
    connect(m_job.get(), &ValidationJob::failed, this, &MainWindow::onFailed);
    connect(m_job.get(), &ValidationJob::cancelled, this, &MainWindow::onCancelled);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createErrorBanner()
{
    m_errorBanner = new QFrame;
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(m_errorBanner);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(size, size), devicePixelRatioF()));
    m_errorText = new QLabel;
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_errorText, 1);
    m_errorBanner->hide();
    return m_errorBanner;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(tr("&Open version…"), this, &MainWindow::openVersion);
    m_openAction->setObjectName(QStringLiteral("actionOpenVersion"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Validate a forecast version file against a master data file"));
    m_reloadAction = file->addAction(tr("&Reload sample"), this, &MainWindow::reloadSample);
    m_reloadAction->setObjectName(QStringLiteral("actionReloadSample"));
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setStatusTip(tr("Validate the bundled sample version again"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PlanBridge"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the running validation and keep the version shown"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelValidation);
    setBusy(false);
}

void MainWindow::validate(const ValidationRequest &request)
{
    const QString label = request.label;
    m_job->start(request);
    m_progress->setValue(0);
    setBusy(true);
    statusBar()->showMessage(tr("Validating %1…").arg(label));
}

void MainWindow::reloadSample()
{
    validate(ValidationRequest::sample());
}

void MainWindow::openVersion()
{
    // Window-modal and not blocking: the event loop, the running validation and tests carry on.
    auto *dialog = new OpenVersionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { validate(dialog->request()); });
    dialog->open();
}

void MainWindow::cancelValidation()
{
    m_job->cancel();
}

void MainWindow::selectTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void MainWindow::onProgress(int permille)
{
    m_progress->setValue(permille);
}

void MainWindow::onFinished(const ValidationResultPtr &result)
{
    setBusy(false);
    m_result = result;
    m_resultLabel = m_job->currentLabel();
    m_errorBanner->hide();
    m_summary->setResult(result, m_resultLabel);
    m_tabs->setResult(result);
    // The platform appends the application's display name ("PlanBridge") where titles show it.
    setWindowTitle(result->versionId ? tr("%1 – %2").arg(toQString(*result->versionId), m_resultLabel)
                                     : m_resultLabel);
    statusBar()->showMessage(tr("Validated %1 in %2 ms").arg(m_resultLabel, QLocale().toString(m_job->lastElapsedMs())));
}

void MainWindow::onFailed(const QString &message)
{
    setBusy(false);
    // The engine's message names the file and the position already.
    m_errorText->setText(tr("Could not validate: %1").arg(message));
    m_errorBanner->show();
    statusBar()->showMessage(tr("Validation of %1 failed").arg(m_job->currentLabel()));
}

void MainWindow::onCancelled()
{
    setBusy(false);
    statusBar()->showMessage(m_result ? tr("Validation cancelled; still showing %1").arg(m_resultLabel)
                                      : tr("Validation cancelled"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PlanBridge"),
                       tr("<h3>PlanBridge %1</h3>"
                          "<p>Forecast-to-ERP operations console.</p>"
                          "<p>Validates approved demand forecasts against master data and turns them "
                          "into ERP planned independent requirements.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    m_persistSettings = true;
    QSettings s = consoleSettings();
    restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_tabs->setCurrentIndex(s.value(QStringLiteral("mainWindow/tab"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistSettings) {
        QSettings s = consoleSettings();
        s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
        s.setValue(QStringLiteral("mainWindow/state"), saveState());
        s.setValue(QStringLiteral("mainWindow/tab"), m_tabs->currentIndex());
    }
    m_job->cancel();
    event->accept();
}

} // namespace planbridge::ui
