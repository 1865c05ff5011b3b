#include "exceptionspage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "erpconnection.h"
#include "messagebar.h"
#include "tablemodel.h"
#include "tableviews.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/releaseservice.h"
#include "store/outboxstore.h"
#include "store/versionstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace planbridge::ui {
namespace {

constexpr int MaxShown = 10'000;

QString reachabilityText(Reachability r)
{
    switch (r) {
    case Reachability::Online:
        return ExceptionsPage::tr("reachable");
    case Reachability::Offline:
        return ExceptionsPage::tr("UNREACHABLE");
    case Reachability::NotConfigured:
        return ExceptionsPage::tr("not configured");
    case Reachability::Unknown:
        break;
    }
    return ExceptionsPage::tr("checking…");
}

// How a failed write failed, as people read it.
QString outcomeText(const std::string &outcome, int attempts)
{
    if (outcome == "business")
        return ExceptionsPage::tr("business");
    if (outcome == "technical")
        return ExceptionsPage::tr("technical");
    return attempts > 0 ? ExceptionsPage::tr("retrying") : QString();
}

} // namespace

QString maskSecrets(QString text)
{
    static const QRegularExpression tokens(QStringLiteral(R"((Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fields(
        QStringLiteral(R"re(("?[A-Za-z_-]*(password|secret|token|authorization)[A-Za-z_-]*"?\s*[:=]\s*)("[^"]*"|[^\s,}&]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(tokens, QStringLiteral("\\1 ***"));
    text.replace(fields, QStringLiteral("\\1\"***\""));
    return text;
}

ExceptionsPage::ExceptionsPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_state(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_messages(new TableModel({ tr("Id"), tr("Correlation id"), tr("Product"), tr("Plant"), tr("State"), tr("Kind"),
                                    tr("Attempts"), tr("HTTP"), tr("Error"), tr("Updated") },
          this))
    , m_table(denseTable(this, QStringLiteral("exceptionTable")))
    , m_detail(new QPlainTextEdit(this))
    , m_replay(new QPushButton(tr("Re&play selected…"), this))
    , m_health(new TableModel({ tr("Endpoint"), tr("URL"), tr("Status") }, this))
    , m_count(new QLabel(this))
    , m_replayJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_message->setObjectName(QStringLiteral("exceptionsMessage"));
    m_state->setObjectName(QStringLiteral("exceptionState"));
    m_outcome->setObjectName(QStringLiteral("exceptionKind"));
    m_search->setObjectName(QStringLiteral("exceptionSearch"));
    m_detail->setObjectName(QStringLiteral("exceptionDetail"));
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_state->addItems({ tr("Dead letters and retries"), tr("Dead letters"), tr("Retries (queued)"), tr("Everything") });
    m_outcome->addItems({ tr("Technical and business"), tr("Technical only"), tr("Business only") });
    m_search->setPlaceholderText(tr("Correlation id, idempotency key, product or plant"));
    m_search->setClearButtonEnabled(true);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFont(QStringLiteral("monospace")));
    m_table->setModel(m_messages);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *health = denseTable(this, QStringLiteral("endpointHealth"));
    health->setModel(m_health);
    health->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    health->setMaximumHeight(110);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ExceptionsPage::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ExceptionsPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &ExceptionsPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExceptionsPage::showDetail);
    connect(m_replay, &QPushButton::clicked, this, [this] { replaySelected(true); });
    connect(&workspace, &Workspace::reachabilityChanged, this, &ExceptionsPage::updateHealth);
    connect(m_replayJob, &EngineJob::finished, this, [this](const QString &message) {
        m_message->showInfo(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_replayJob, &EngineJob::failed, this, [this](const QString &message) {
        m_message->showError(message);
        m_workspace.notifyCacheChanged();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_outcome);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_replay);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Exceptions</b>: messages the ERP did not take, and their retries"), this));
    layout->addWidget(m_message);
    layout->addWidget(health);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    updateHealth();
}

ExceptionsPage::~ExceptionsPage()
{
    m_replayJob->cancel();
    m_pool.waitForDone();
}

void ExceptionsPage::setSearch(const QString &text)
{
    m_search->setText(text);
    reload();
}

void ExceptionsPage::selectAll()
{
    m_table->selectAll();
}

QString ExceptionsPage::detailText() const
{
    return m_detail->toPlainText();
}

void ExceptionsPage::updateHealth()
{
    const Endpoints &e = m_workspace.endpoints();
    m_health->setRows({ { tr("ERP"), e.erpUrl, reachabilityText(m_workspace.erpReachability()) },
        { tr("Planning"), e.planningUrl, reachabilityText(m_workspace.planningReachability()) } });
}

void ExceptionsPage::reload()
{
    updateHealth();
    if (!m_workspace.session())
        return;
    if (!m_workspace.allows(auth::Action::ViewExceptions)) {
        m_messages->setRows({});
        m_message->showError(tr("Your roles do not include viewing exceptions."));
        return;
    }
    store::OutboxStore outbox(m_workspace.cache());
    auto versions = store::VersionStore(m_workspace.cache()).list();
    const QString search = m_search->text().trimmed();
    const int state = m_state->currentIndex();
    const int kind = m_outcome->currentIndex();
    QList<QVariantList> rows;
    QStringList payloads;
    QStringList tips;
    QList<bool> dead;
    std::size_t matched = 0;
    for (const store::StoredVersion &v : versions ? *versions : std::vector<store::StoredVersion>()) {
        auto releases = outbox.releasesOf(v.id);
        for (const store::ReleaseInfo &r : releases ? *releases : std::vector<store::ReleaseInfo>()) {
            std::optional<store::OutboxState> only;
            if (state == 1)
                only = store::OutboxState::Dead;
            else if (state == 2)
                only = store::OutboxState::Queued;
            auto items = outbox.items(r.id, only);
            for (const store::OutboxItem &item : items ? *items : std::vector<store::OutboxItem>()) {
                if (state == 0 && item.state != store::OutboxState::Dead && item.state != store::OutboxState::Queued)
                    continue;
                if (state == 2 && item.attempts == 0)
                    continue; // not a retry: never tried yet
                if ((kind == 1 && item.outcome == "business") || (kind == 2 && item.outcome != "business"))
                    continue;
                if (!search.isEmpty()) {
                    const QString haystack = fromStd(item.releaseId + ' ' + item.key + ' ' + item.product + ' ' + item.plant);
                    if (!haystack.contains(search, Qt::CaseInsensitive))
                        continue;
                }
                if (++matched > std::size_t(MaxShown))
                    continue;
                rows.append({ qlonglong(item.id), fromStd(item.releaseId), fromStd(item.product), fromStd(item.plant),
                    outboxStateText(item.state), outcomeText(item.outcome, item.attempts), item.attempts,
                    item.lastStatus ? QVariant(*item.lastStatus) : QVariant(QString()),
                    fromStd(item.errorCode.empty() ? item.lastError : item.errorCode + ": " + item.lastError),
                    fromStd(item.updatedAt) });
                const QByteArray json = QByteArray::fromStdString(item.payload);
                const QJsonDocument document = QJsonDocument::fromJson(json);
                const QString request = document.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
                payloads.append(maskSecrets(tr("Correlation id: %1\nIdempotency key (Repeatability-Request-ID): %2\n"
                                               "Attempts: %3, next attempt: %4\n\nRequest payload:\n%5\nERP answer: %6 %7\n%8")
                                                .arg(fromStd(item.releaseId), fromStd(item.key))
                                                .arg(item.attempts)
                                                .arg(fromStd(item.nextAttemptAt), request)
                                                .arg(item.lastStatus ? QString::number(*item.lastStatus) : tr("none"),
                                                    fromStd(item.errorCode), fromStd(item.lastError))));
                tips.append(maskSecrets(fromStd(item.lastError)));
                dead.append(item.state == store::OutboxState::Dead);
            }
        }
    }
    m_messages->setRows(rows);
    m_messages->setRowToolTips(tips);
    m_payloads = payloads;
    m_dead = dead;
    const QLocale locale;
    m_count->setText(matched > std::size_t(MaxShown)
            ? tr("%1 of %2 shown").arg(locale.toString(MaxShown), locale.toString(qulonglong(matched)))
            : tr("Messages: %L1").arg(qulonglong(matched)));
    m_replay->setEnabled(m_workspace.allows(auth::Action::Replay) && m_workspace.hasErp());
    m_replay->setToolTip(m_workspace.allows(auth::Action::Replay) ? QString()
                                                                  : tr("Your roles do not include replaying messages."));
    // The first message's detail right away: it is usually the one being looked into.
    if (m_messages->rowCount() > 0 && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(0);
    showDetail();
}

void ExceptionsPage::showDetail()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_detail->setPlainText(tr("Select a message to see its request and the ERP's answer."));
        return;
    }
    const int row = selected.front().row();
    m_detail->setPlainText(row < m_payloads.size() ? m_payloads[row] : QString());
}

QString ExceptionsPage::confirmationText(int count)
{
    return tr("Replay the selected dead letters (%1)?\n\nEach one is resent with its original idempotency key "
              "(Repeatability-Request-ID). If an earlier attempt did reach the ERP, the ERP recognises the key "
              "and applies the write only once, so replaying never doubles a requirement.")
        .arg(count);
}

void ExceptionsPage::replaySelected(bool confirm)
{
    std::map<std::string, std::vector<std::int64_t>> byRelease;
    int count = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (!m_dead.value(index.row()))
            continue; // queued messages go out by themselves
        byRelease[m_messages->value(index.row(), ReleaseColumn).toString().toStdString()].push_back(
            m_messages->value(index.row(), IdColumn).toLongLong());
        ++count;
    }
    if (count == 0) {
        m_message->showError(tr("Select one or more dead letters to replay."));
        return;
    }
    if (confirm
        && QMessageBox::question(this, tr("Replay"), confirmationText(count), QMessageBox::Yes | QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    const auth::Session session = *m_workspace.session();
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    m_message->showInfo(tr("Replaying the selected dead letters (%1)…").arg(count));
    m_replayJob->start(QStringLiteral("replay"), [session, erp, byRelease](JobContext &context) {
        ReleaseService service(context.cache, erp->pirs);
        std::size_t acked = 0, dead = 0, queued = 0;
        for (const auto &[release, ids] : byRelease) {
            DispatchOptions options;
            options.waitBudget = std::chrono::seconds(10);
            options.progress = [&context](const store::OutboxCounts &) { return !context.cancelled.load(); };
            auto report = service.replay(session, release, ids, options);
            if (!report)
                return JobOutcome::failure(tr("Replay of %1 refused: %2").arg(fromStd(release), fromStd(report.error().message)));
            acked += report->counts.acked;
            dead += report->counts.dead;
            queued += report->counts.queued;
        }
        const QString summary = tr("Replayed. The releases now hold acknowledged writes: %1, dead letters: %2, queued: %3.")
                                    .arg(acked)
                                    .arg(dead)
                                    .arg(queued);
        return dead > 0 ? JobOutcome::failure(summary) : JobOutcome::success(summary);
    });
}

} // namespace planbridge::ui
