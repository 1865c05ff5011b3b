#pragma once

#include "resulttypes.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace planbridge::ui {

class ResultTabs;
class SummaryHeader;
class ValidationJob;
struct ValidationRequest;

// The console's main window: the key figures of one validated forecast version above tabs with
// its accepted records, rejects and rejects by reason. Validation runs in the background.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ValidationJob *job() const { return m_job.get(); }
    const ValidationResultPtr &result() const { return m_result; }

    void validate(const ValidationRequest &request);
    void reloadSample();
    void openVersion();
    void cancelValidation();
    void selectTab(int index);
    // Restores the saved geometry and layout, and saves them again when the window closes.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    QWidget *createErrorBanner();
    void setBusy(bool busy);
    void onProgress(int permille);
    void onFinished(const ValidationResultPtr &result);
    void onFailed(const QString &message);
    void onCancelled();
    void showAbout();

    // Declared before the job: the job waits for its runs on destruction, then the pool goes.
    QThreadPool m_pool;
    std::unique_ptr<ValidationJob> m_job;
    ValidationResultPtr m_result;
    QString m_resultLabel;
    bool m_persistSettings = false;

    SummaryHeader *m_summary = nullptr;
    ResultTabs *m_tabs = nullptr;
    QFrame *m_errorBanner = nullptr;
    QLabel *m_errorText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace planbridge::ui
