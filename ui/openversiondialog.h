#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace planbridge::ui {

class VersionFieldsBox;
struct ValidationRequest;

// "Open forecast version": the master data file, the forecast version file and the version fields
// that replace the file's. A CSV version carries no version fields, so for it the bucket and the
// as-of are required before it can be validated. Remembers its directory and values between runs.
class OpenVersionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenVersionDialog(QWidget *parent = nullptr);
    ~OpenVersionDialog() override;

    QString masterPath() const;
    QString versionPath() const;
    void setMasterPath(const QString &path);
    void setVersionPath(const QString &path);
    // Whether the version file reads as CSV, decided the way the engine decides.
    bool isCsv() const;
    bool isComplete() const;
    // The files and the chosen overrides; fields left on "From file" are not overridden.
    ValidationRequest request() const;

    // Accepting needs complete input, and remembers the values for next time.
    void done(int result) override;

private:
    QWidget *createFileRow(QLineEdit *edit, const char *buttonName, const QString &toolTip,
                           void (OpenVersionDialog::*browse)());
    QLayout *createHint();
    void browseMaster();
    void browseVersion();
    QString startDirectory(const QString &path) const;
    void updateFormat();
    void updateState();
    void restoreSettings();
    void saveSettings(bool values) const;

    QLineEdit *m_masterEdit = nullptr;
    QLineEdit *m_versionEdit = nullptr;
    VersionFieldsBox *m_fields = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_hintIcon = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace planbridge::ui
