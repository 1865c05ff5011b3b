#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace planbridge::ui {

class Workspace;

// Sign-in against the cache's accounts. A refused sign-in stays in the dialog with the engine's
// answer (the same for an unknown user and a wrong password); nothing else opens until it succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Workspace &workspace, QWidget *parent = nullptr);

    void setUser(const QString &user);
    // A line under the fields, e.g. the demo's accounts.
    void setHint(const QString &hint);
    QString errorText() const;

    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_hint;
};

} // namespace planbridge::ui
