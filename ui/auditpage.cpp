#include "auditpage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "messagebar.h"
#include "tableexport.h"
#include "tablemodel.h"
#include "tableviews.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "store/accounts.h"
#include "store/auditlog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <deque>

namespace planbridge::ui {

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_search(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_count(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_entries(new TableModel({ tr("#"), tr("When (UTC)"), tr("Who"), tr("Action"), tr("Subject"), tr("Detail") }, this))
    , m_loadJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search who, action, subject or detail (Enter)"));
    m_search->setClearButtonEnabled(true);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    auto *exportJson = new QPushButton(tr("Export JSON lines…"), this);
    auto *exportTable = new QPushButton(tr("Export CSV…"), this);
    auto *table = denseTable(this, QStringLiteral("auditTable"));
    table->setModel(m_entries);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_search, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            reload();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportJson, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QStringLiteral("audit.jsonl"),
            tr("JSON lines (*.jsonl)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportJsonLines(path); !error.isEmpty())
            m_message->showError(error);
        else
            m_message->showInfo(tr("The audit trail is in %1.").arg(path));
    });
    connect(exportTable, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the shown entries"), QStringLiteral("audit.csv"),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportCsv(*m_entries, path); !error.isEmpty())
            m_message->showError(error);
    });
    connect(m_loadJob, &EngineJob::finished, this, [this](const QString &count) {
        if (m_loaded) {
            m_entries->setRows(*m_loaded);
            QStringList details; // the whole detail, which the column cuts off
            for (const QVariantList &row : *m_loaded)
                details.append(row.back().toString());
            m_entries->setRowToolTips(details);
        }
        m_count->setText(count);
    });
    connect(m_loadJob, &EngineJob::failed, m_message, &MessageBar::showError);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_verify);
    bar->addWidget(exportJson);
    bar->addWidget(exportTable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Audit trail</b>: every sign-in, decision and delivery, hash-chained"), this));
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    layout->addLayout(bar);
    layout->addWidget(table, 1);
}

AuditPage::~AuditPage()
{
    m_loadJob->cancel();
    m_pool.waitForDone();
}

QString AuditPage::verdict() const
{
    return m_verdict->text();
}

void AuditPage::setSearch(const QString &text)
{
    m_search->setText(text);
    reload();
}

void AuditPage::reload()
{
    if (!m_workspace.session())
        return;
    if (!m_workspace.allows(auth::Action::ViewAudit)) {
        m_entries->setRows({});
        m_message->showError(tr("Your roles do not include the audit trail."));
        return;
    }
    const QString search = m_search->text().trimmed();
    auto loaded = m_loaded = std::make_shared<QList<QVariantList>>();
    m_loadJob->start(QStringLiteral("audit"), [search, loaded](JobContext &context) {
        std::deque<QVariantList> newest;
        qulonglong matched = 0;
        auto failed = context.cache.audit().forEach([&](const store::AuditEntry &e) {
            const QString detail = fromStd(e.detail);
            if (!search.isEmpty()) {
                const QString haystack = fromStd(e.actor + ' ' + e.action + ' ' + e.subject) + QLatin1Char(' ') + detail;
                if (!haystack.contains(search, Qt::CaseInsensitive))
                    return !context.cancelled.load();
            }
            ++matched;
            newest.push_back({ qlonglong(e.seq), fromStd(e.at), fromStd(e.actor), fromStd(e.action), fromStd(e.subject), detail });
            if (newest.size() > std::size_t(MaxShown))
                newest.pop_front();
            return !context.cancelled.load();
        });
        if (failed)
            return JobOutcome::failure(fromStd(failed->message));
        // Newest first: what just happened is what people look for.
        for (auto it = newest.rbegin(); it != newest.rend(); ++it)
            loaded->append(*it);
        const QLocale locale;
        return JobOutcome::success(matched > qulonglong(MaxShown)
                ? tr("newest %1 of %2 entries").arg(locale.toString(MaxShown), locale.toString(matched))
                : tr("Entries: %L1").arg(matched));
    });
    verify();
}

void AuditPage::verify()
{
    if (!m_workspace.allows(auth::Action::ViewAudit))
        return;
    const store::AuditVerification v = m_workspace.cache().audit().verify();
    if (v.ok()) {
        m_verdict->setStyleSheet(QStringLiteral("color: #1e7e34;"));
        m_verdict->setText(tr("✔ Chain intact: %1 entries, head hash %2").arg(v.entries).arg(fromStd(v.headHash.substr(0, 16)) + QStringLiteral("…")));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        m_verdict->setText(tr("✘ Chain broken at entry %1: %2").arg(*v.brokenAt).arg(fromStd(v.problem)));
    }
}

QString AuditPage::exportJsonLines(const QString &path)
{
    if (auto refused = store::authorize(m_workspace.cache().audit(), *m_workspace.session(), auth::Action::ViewAudit, "audit"))
        return fromStd(refused->message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    auto failed = m_workspace.cache().audit().forEach([&file](const store::AuditEntry &e) {
        const std::string line = store::auditEntryJson(e) + '\n';
        return file.write(line.data(), qint64(line.size())) == qint64(line.size());
    });
    if (failed)
        return fromStd(failed->message);
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace planbridge::ui
