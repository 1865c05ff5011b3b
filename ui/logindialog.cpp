#include "logindialog.h"

#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planbridge::ui {

LoginDialog::LoginDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Sign in to PlanBridge"));
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sign in with your PlanBridge account. What you can see and do follows "
                                "your roles."),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
    m_password->setFocus();
}

void LoginDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    QString error;
    if (!m_workspace.signIn(m_user->text().trimmed(), m_password->text(), &error)) {
        m_error->setText(tr("Sign-in refused: %1").arg(error));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

} // namespace planbridge::ui
