#include "feedbackpage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "erpconnection.h"
#include "messagebar.h"
#include "resulttypes.h"
#include "tablemodel.h"
#include "tableviews.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/feedbackservice.h"
#include "store/outboxstore.h"
#include "store/recordstore.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace planbridge::ui {
namespace {

// A lineage tree as plain data, built on the job's thread and turned into items on the GUI thread.
struct LineageNode
{
    QString text;
    std::vector<LineageNode> children;
};

void addNode(QTreeWidgetItem *parent, const LineageNode &node)
{
    auto *item = new QTreeWidgetItem(parent, { node.text });
    for (const LineageNode &child : node.children)
        addNode(item, child);
}

QString text(const std::optional<std::string> &value)
{
    return value ? fromStd(*value) : FeedbackPage::tr("(missing)");
}

} // namespace

FeedbackPage::FeedbackPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_releases(new QComboBox(this))
    , m_plants(new QComboBox(this))
    , m_collect(new QPushButton(tr("Run &MRP and collect feedback"), this))
    , m_summary(new TableModel({ tr("Plant"), tr("Planned orders"), tr("Purchase requisitions"), tr("Shortages"),
                                   tr("Materials released"), tr("Coverage %") },
          this))
    , m_feedback(new TableModel({ tr("Kind"), tr("Document"), tr("Material"), tr("Plant"), tr("Quantity"), tr("Unit"),
                                    tr("Date") },
          this))
    , m_feedbackOfPlant(new QSortFilterProxyModel(this))
    , m_feedbackTable(denseTable(this, QStringLiteral("feedbackTable")))
    , m_lineage(new QTreeWidget(this))
    , m_lineageTitle(new QLabel(this))
    , m_lineageJob(new EngineJob(workspace.cachePath(), &m_pool, this))
    , m_collectJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_message->setObjectName(QStringLiteral("feedbackMessage"));
    m_releases->setObjectName(QStringLiteral("feedbackRelease"));
    m_plants->setObjectName(QStringLiteral("feedbackPlant"));
    m_collect->setObjectName(QStringLiteral("collectButton"));
    m_lineage->setObjectName(QStringLiteral("lineageTree"));
    m_lineage->setHeaderLabel(tr("Lineage"));
    m_lineageTitle->setWordWrap(true);
    m_lineageTitle->setText(tr("Select a planned order, requisition or shortage to trace it back to the forecast."));

    auto *summaryTable = denseTable(this, QStringLiteral("feedbackSummary"));
    summaryTable->setModel(m_summary);
    summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    summaryTable->setMaximumHeight(150);
    m_feedback->setNumericColumns({ QuantityColumn });
    m_feedbackTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_feedbackOfPlant->setSourceModel(m_feedback);
    m_feedbackOfPlant->setFilterKeyColumn(PlantColumn);
    m_feedbackOfPlant->setSortRole(TableModel::RawRole);
    m_feedbackTable->setModel(m_feedbackOfPlant);
    m_feedbackTable->setSortingEnabled(true);
    m_feedbackTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_feedbackTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showLineage(current.row());
        });
    connect(m_releases, &QComboBox::currentTextChanged, this, &FeedbackPage::setRelease);
    connect(m_plants, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_feedbackOfPlant->setFilterFixedString(index <= 0 ? QString() : m_plants->currentText());
    });
    connect(m_collect, &QPushButton::clicked, this, &FeedbackPage::collect);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Release:"), this));
    bar->addWidget(m_releases, 1);
    bar->addWidget(new QLabel(tr("Plant:"), this));
    bar->addWidget(m_plants);
    bar->addWidget(m_collect);
    auto *lineage = new QWidget(this);
    auto *lineageLayout = new QVBoxLayout(lineage);
    lineageLayout->setContentsMargins(0, 0, 0, 0);
    lineageLayout->addWidget(m_lineageTitle);
    lineageLayout->addWidget(m_lineage);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_feedbackTable);
    split->addWidget(lineage);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Execution feedback</b>: what MRP proposed from the released requirements"), this));
    layout->addWidget(m_message);
    layout->addLayout(bar);
    layout->addWidget(summaryTable);
    layout->addWidget(split, 1);

    connect(m_collectJob, &EngineJob::finished, this, [this](const QString &message) {
        m_collect->setEnabled(true);
        m_message->showInfo(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_collectJob, &EngineJob::failed, this, [this](const QString &message) {
        m_collect->setEnabled(true);
        m_message->showError(message);
        m_workspace.notifyCacheChanged();
    });
}

FeedbackPage::~FeedbackPage()
{
    m_lineageJob->cancel();
    m_collectJob->cancel();
    m_pool.waitForDone();
}

void FeedbackPage::reload()
{
    if (!m_workspace.session())
        return;
    // Every release in the cache, newest version first; the current version's is preselected.
    QStringList releases;
    QString preferred;
    store::OutboxStore outbox(m_workspace.cache());
    auto versions = store::VersionStore(m_workspace.cache()).list();
    for (const store::StoredVersion &v : versions ? *versions : std::vector<store::StoredVersion>()) {
        auto of = outbox.releasesOf(v.id);
        for (const store::ReleaseInfo &r : of ? *of : std::vector<store::ReleaseInfo>()) {
            releases.append(fromStd(r.id));
            if (preferred.isEmpty() && fromStd(v.id) == m_workspace.currentVersion())
                preferred = fromStd(r.id);
        }
    }
    const QString keep = m_release.isEmpty() || !releases.contains(m_release) ? preferred : m_release;
    {
        const QSignalBlocker blocker(m_releases);
        m_releases->clear();
        m_releases->addItems(releases);
        m_releases->setCurrentText(keep.isEmpty() ? releases.value(0) : keep);
    }
    m_collect->setEnabled(m_workspace.allows(auth::Action::TriggerMrp) && !m_collectJob->isRunning()
        && m_workspace.hasErp() && !releases.isEmpty());
    m_release = m_releases->currentText();
    loadFeedback();
}

void FeedbackPage::setRelease(const QString &releaseId)
{
    m_release = releaseId;
    loadFeedback();
}

void FeedbackPage::loadFeedback()
{
    m_lineage->clear();
    QList<QVariantList> rows;
    QList<QVariantList> summary;
    if (!m_release.isEmpty() && m_workspace.session()) {
        auto stored = storedFeedback(m_workspace.cache(), *m_workspace.session(), m_release.toStdString());
        if (!stored) {
            m_message->showError(fromStd(stored.error().message));
        } else {
            struct Counts
            {
                qulonglong orders = 0, requisitions = 0, shortages = 0;
                std::set<std::string> short_;
                std::set<std::string> released;
            };
            std::map<std::string, Counts> byPlant;
            for (const auto &o : stored->plannedOrders) {
                rows.append({ tr("planned order"), fromStd(o.id), fromStd(o.material), fromStd(o.plant),
                    localizedDecimal(o.quantity.toString()), fromStd(o.unit), fromStd(o.end.toString()) });
                ++byPlant[o.plant].orders;
            }
            for (const auto &r : stored->requisitions) {
                rows.append({ tr("purchase requisition"), fromStd(r.id + "/" + r.item), fromStd(r.material),
                    fromStd(r.plant), localizedDecimal(r.quantity.toString()), fromStd(r.unit),
                    fromStd(r.delivery.toString()) });
                ++byPlant[r.plant].requisitions;
            }
            for (const auto &sh : stored->shortages) {
                rows.append({ tr("shortage"), QString(), fromStd(sh.material), fromStd(sh.plant),
                    localizedDecimal(sh.quantity.toString()), fromStd(sh.unit), fromStd(sh.start.toString()) });
                ++byPlant[sh.plant].shortages;
                byPlant[sh.plant].short_.insert(sh.material);
            }
            auto items = store::OutboxStore(m_workspace.cache()).items(m_release.toStdString(), store::OutboxState::Acked);
            for (const store::OutboxItem &item : items ? *items : std::vector<store::OutboxItem>())
                byPlant[item.plant].released.insert(item.product);
            for (const auto &[plant, c] : byPlant) {
                // Coverage: the share of released materials MRP could cover without a shortage.
                const double coverage = c.released.empty()
                    ? 0.0
                    : 100.0 * double(c.released.size() - std::min(c.released.size(), c.short_.size()))
                        / double(c.released.size());
                summary.append({ fromStd(plant), c.orders, c.requisitions, c.shortages,
                    qulonglong(c.released.size()), coverage });
            }
        }
    }
    m_feedback->setRows(rows);
    m_summary->setRows(summary);
    const QString plant = m_plants->currentText();
    const QSignalBlocker blocker(m_plants);
    m_plants->clear();
    m_plants->addItem(tr("All plants"));
    for (const QVariantList &row : summary)
        m_plants->addItem(row[0].toString());
    m_plants->setCurrentText(plant);
    m_feedbackOfPlant->setFilterFixedString(m_plants->currentIndex() <= 0 ? QString() : m_plants->currentText());
}

void FeedbackPage::collect()
{
    if (m_release.isEmpty() || !m_workspace.session())
        return;
    const auth::Session session = *m_workspace.session();
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    const std::string release = m_release.toStdString();
    m_collect->setEnabled(false);
    m_message->showInfo(tr("MRP is running for the plants of %1…").arg(m_release));
    m_collectJob->start(QStringLiteral("MRP"), [session, erp, release](JobContext &context) {
        connectors::MrpWait wait;
        wait.pollInterval = std::chrono::milliseconds(200);
        wait.keepWaiting = [&context](const connectors::MrpRun &) { return !context.cancelled.load(); };
        auto report = FeedbackService(context.cache, erp->mrp).collect(session, release, {}, wait);
        if (!report)
            return JobOutcome::failure(tr("MRP feedback not collected: %1").arg(fromStd(report.error().message)));
        const auto &f = report->feedback;
        return JobOutcome::success(tr("MRP run %1. Planned orders: %2, purchase requisitions: %3, shortages: %4.")
                                       .arg(fromStd(report->run.id))
                                       .arg(f.plannedOrders.size())
                                       .arg(f.requisitions.size())
                                       .arg(f.shortages.size()));
    });
}

void FeedbackPage::showLineage(int row)
{
    const QModelIndex index = m_feedbackOfPlant->index(row, 0);
    if (!index.isValid() || !m_workspace.session())
        return;
    const QString kind = index.siblingAtColumn(KindColumn).data().toString();
    const QString document = index.siblingAtColumn(DocumentColumn).data().toString();
    const std::string material = index.siblingAtColumn(MaterialColumn).data().toString().toStdString();
    const std::string plant = index.siblingAtColumn(PlantColumn).data().toString().toStdString();
    const std::string release = m_release.toStdString();
    const auth::Session session = *m_workspace.session();
    auto tree = std::make_shared<std::vector<LineageNode>>();
    m_lineageTitle->setText(tr("Tracing %1 %2 (%3 @ %4)…").arg(kind, document, fromStd(material), fromStd(plant)));
    QPointer<QTreeWidget> view(m_lineage);
    QPointer<QLabel> title(m_lineageTitle);
    connect(m_lineageJob, &EngineJob::finished, m_lineage, [view, title, tree](const QString &summary) {
        if (!view)
            return;
        view->clear();
        for (const LineageNode &node : *tree)
            addNode(view->invisibleRootItem(), node);
        view->expandAll();
        if (title)
            title->setText(summary);
    }, Qt::SingleShotConnection);
    connect(m_lineageJob, &EngineJob::failed, m_lineageTitle, &QLabel::setText, Qt::SingleShotConnection);
    m_lineageJob->start(QStringLiteral("lineage"), [=](JobContext &context) {
        auto lineage = feedbackLineage(context.cache, session, release, material, plant);
        if (!lineage)
            return JobOutcome::failure(fromStd(lineage.error().message));
        store::OutboxStore outbox(context.cache);
        auto releaseInfo = outbox.release(release);
        const std::string version = releaseInfo && *releaseInfo ? (*releaseInfo)->versionId : std::string();
        auto result = store::ResultStore(context.cache).load(version);
        auto forecast = store::RecordStore(context.cache).rows(version, lineage->forecastRows);
        auto writes = outbox.items(release, std::nullopt);

        // Back: the proposal ← its PIR writes ← the ERP records ← the forecast rows.
        LineageNode back { tr("Back: %1 %2 of %3 @ %4").arg(kind, document, fromStd(material), fromStd(plant)), {} };
        for (const store::OutboxItem &w : writes ? *writes : std::vector<store::OutboxItem>()) {
            if (std::find(lineage->writes.begin(), lineage->writes.end(), w.id) == lineage->writes.end())
                continue;
            LineageNode write { tr("PIR write #%1 (%2, %3) key %4").arg(w.id).arg(fromStd(w.product), outboxStateText(w.state), fromStd(w.key)), {} };
            for (const std::int64_t r : lineage->erpRecords) {
                if (!result || !*result || std::size_t(r) >= (*result)->accepted.size())
                    continue;
                const ValidationResult &res = **result;
                const AcceptedRecord &record = res.accepted[std::size_t(r)];
                LineageNode erpRecord { tr("ERP record %1: %2 @ %3, period %4, %5 %6")
                                            .arg(r)
                                            .arg(fromStd(res.items[record.item].item), fromStd(res.locations[record.location].erpPlant),
                                                fromStd(res.periodLabel(record)), localizedDecimal(formatThousandths(record.quantity)),
                                                fromStd(res.items[record.item].baseUom)),
                    {} };
                for (std::uint32_t s = 0; s < record.sourcesCount; ++s) {
                    const std::uint32_t source = res.sources[record.sourcesBegin + s];
                    QString line = tr("forecast row %1").arg(source);
                    for (const store::StoredRecord &f : forecast ? *forecast : std::vector<store::StoredRecord>()) {
                        if (f.row == source)
                            line = tr("forecast row %1: %2 @ %3, %4, %5, %6 %7")
                                       .arg(source)
                                       .arg(text(f.item), text(f.location), text(f.channel), text(f.bucketStart),
                                           text(f.quantity), text(f.uom));
                    }
                    erpRecord.children.push_back({ line, {} });
                }
                write.children.push_back(std::move(erpRecord));
            }
            back.children.push_back(std::move(write));
        }
        tree->push_back(std::move(back));

        // Forward: from those forecast rows to every proposal MRP made for the same material and plant.
        auto stored = storedFeedback(context.cache, session, release);
        LineageNode forward { tr("Forward: what MRP proposed at %1 @ %2 (forecast rows: %3)")
                                  .arg(fromStd(material), fromStd(plant))
                                  .arg(lineage->forecastRows.size()),
            {} };
        if (stored) {
            for (const auto &o : stored->plannedOrders) {
                if (o.material == material && o.plant == plant)
                    forward.children.push_back({ tr("planned order %1: %2 %3 available %4")
                                                     .arg(fromStd(o.id), localizedDecimal(o.quantity.toString()),
                                                         fromStd(o.unit), fromStd(o.end.toString())),
                        {} });
            }
            for (const auto &r : stored->requisitions) {
                if (r.material == material && r.plant == plant)
                    forward.children.push_back({ tr("purchase requisition %1/%2: %3 %4 delivery %5")
                                                     .arg(fromStd(r.id), fromStd(r.item), localizedDecimal(r.quantity.toString()),
                                                         fromStd(r.unit), fromStd(r.delivery.toString())),
                        {} });
            }
            for (const auto &sh : stored->shortages) {
                if (sh.material == material && sh.plant == plant)
                    forward.children.push_back({ tr("shortage from %1: %2 %3")
                                                     .arg(fromStd(sh.start.toString()), localizedDecimal(sh.quantity.toString()),
                                                         fromStd(sh.unit)),
                        {} });
            }
        }
        tree->push_back(std::move(forward));
        return JobOutcome::success(tr("%1 %2 traced to version %6. PIR writes: %3, ERP records: %4, forecast rows: %5.")
                                       .arg(kind, document)
                                       .arg(lineage->writes.size())
                                       .arg(lineage->erpRecords.size())
                                       .arg(lineage->forecastRows.size())
                                       .arg(fromStd(version)));
    });
}

} // namespace planbridge::ui
