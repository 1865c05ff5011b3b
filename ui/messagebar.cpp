#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace planbridge::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void MessageBar::showError(const QString &text)
{
    showText(text, true);
}

void MessageBar::showInfo(const QString &text)
{
    showText(text, false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showText(const QString &text, bool error)
{
    m_error = error;
    m_text->setText(text);
    // Fixed light colours with dark text read the same in the light and the dark palette.
    setStyleSheet(error ? QStringLiteral("QFrame { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; }")
                        : QStringLiteral("QFrame { background: #e8f4fd; color: #0c3c60; border: 1px solid #b8daff; }"));
    show();
}

} // namespace planbridge::ui
