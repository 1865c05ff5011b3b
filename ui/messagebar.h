#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace planbridge::ui {

// An inline message above a page's content: errors and outcomes are said here, in place, instead
// of in dialogs that pile up when a system is down.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showInfo(const QString &text);
    QString text() const;
    bool isError() const { return m_error; }

private:
    void showText(const QString &text, bool error);

    QLabel *m_text;
    bool m_error = false;
};

} // namespace planbridge::ui
