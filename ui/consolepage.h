#pragma once

#include <QWidget>

namespace planbridge::ui {

class Workspace;

// One page of the console (Versions, Rejections, …). The window reloads the visible page when the
// cache changes and when the user turns to it, so hidden pages cost nothing.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    ConsolePage(Workspace &workspace, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_workspace(workspace)
    {
    }
    virtual void reload() = 0;

protected:
    Workspace &m_workspace;
};

} // namespace planbridge::ui
