#pragma once

#include "consolepage.h"

#include <QThreadPool>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class MessageBar;
class TableModel;

// Integration support's desk: the outbox's dead letters and retries, technical failures apart from
// business rejections, searchable by correlation id (the release id) or idempotency key; each
// message with its request payload and the ERP's answer, secrets masked; replay of one or many
// with the idempotency guarantee stated; and the health of each endpoint.
class ExceptionsPage : public ConsolePage
{
    Q_OBJECT
public:
    enum Columns { IdColumn, ReleaseColumn, ProductColumn, PlantColumn, StateColumn, OutcomeColumn, AttemptsColumn, StatusColumn, ErrorColumn, UpdatedColumn, NumColumns };

    explicit ExceptionsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ExceptionsPage() override;
    void reload() override;

    void setSearch(const QString &text);
    void selectAll();
    // Replays the selected messages; `confirm` false skips the question (tests).
    void replaySelected(bool confirm = true);
    static QString confirmationText(int count);

    TableModel *messages() const { return m_messages; }
    EngineJob *replayJob() const { return m_replayJob; }
    QString detailText() const;

private:
    void showDetail();
    void updateHealth();

    QThreadPool m_pool;
    MessageBar *m_message;
    QComboBox *m_state;
    QComboBox *m_outcome;
    QLineEdit *m_search;
    TableModel *m_messages;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_replay;
    TableModel *m_health;
    QLabel *m_count;
    EngineJob *m_replayJob;
    QStringList m_payloads; // per row of m_messages: request and answer, secrets masked
    QList<bool> m_dead; // per row: a dead letter (what replay takes)
};

// Replaces credentials in a message text with "***": Basic and Bearer tokens, and JSON or header
// fields named like password, secret, token or authorization.
QString maskSecrets(QString text);

} // namespace planbridge::ui
