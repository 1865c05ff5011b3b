#pragma once

#include "consolepage.h"

#include <QThreadPool>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class MessageBar;
class TableModel;

// The audit trail: searchable (actor, action, subject, detail), the hash chain verified and the
// verdict shown, and export as JSON lines (the command line's format) or CSV.
class AuditPage : public ConsolePage
{
    Q_OBJECT
public:
    static constexpr int MaxShown = 20'000; // the newest matching entries

    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditPage() override;
    void reload() override;
    void setSearch(const QString &text);
    void verify();
    QString exportJsonLines(const QString &path); // an error text, empty on success

    TableModel *entries() const { return m_entries; }
    EngineJob *loadJob() const { return m_loadJob; }
    QString verdict() const;

private:
    QThreadPool m_pool;
    MessageBar *m_message;
    QLineEdit *m_search;
    QLabel *m_verdict;
    QLabel *m_count;
    QPushButton *m_verify;
    TableModel *m_entries;
    EngineJob *m_loadJob;
    std::shared_ptr<QList<QVariantList>> m_loaded;
};

} // namespace planbridge::ui
