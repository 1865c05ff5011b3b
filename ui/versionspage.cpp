#include "versionspage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "erpconnection.h"
#include "gridmodel.h"
#include "grids.h"
#include "messagebar.h"
#include "openversiondialog.h"
#include "recordtablemodel.h"
#include "tableviews.h"
#include "validationrequest.h"
#include "versionlistmodel.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/erpimpact.h"
#include "engine/versionimport.h"
#include "io/inputfile.h"
#include "store/resultstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace planbridge::ui {
namespace {

QLineEdit *filterField(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

VersionsPage::VersionsPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_versions(new VersionListModel(this))
    , m_sortedVersions(new QSortFilterProxyModel(this))
    , m_versionTable(denseTable(this, QStringLiteral("versionList")))
    , m_tabs(new QTabWidget(this))
    , m_records(new RecordTableModel(workspace.cachePath(), this))
    , m_recordTable(denseTable(this, QStringLiteral("recordTable")))
    , m_item(filterField(this, QStringLiteral("filterItem"), tr("Item")))
    , m_location(filterField(this, QStringLiteral("filterLocation"), tr("Location")))
    , m_channel(filterField(this, QStringLiteral("filterChannel"), tr("Channel")))
    , m_bucket(filterField(this, QStringLiteral("filterBucket"), tr("Bucket start (YYYY-MM-DD)")))
    , m_search(filterField(this, QStringLiteral("filterSearch"), tr("Search item, location or channel")))
    , m_recordCount(new QLabel(this))
    , m_pivot(new GridModel(this))
    , m_pivotLabel(new QLabel(this))
    , m_impact(new GridModel(this))
    , m_impactLabel(new QLabel(this))
    , m_compare(new QPushButton(tr("Compare with the ERP"), this))
    , m_importJob(new EngineJob(workspace.cachePath(), &m_pool, this))
    , m_impactJob(new EngineJob(workspace.cachePath(), &m_pool, this))
    , m_pivotJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_pool.setMaxThreadCount(2);
    m_message->setObjectName(QStringLiteral("versionsMessage"));
    m_sortedVersions->setSourceModel(m_versions);
    m_versionTable->setModel(m_sortedVersions);
    m_versionTable->setSortingEnabled(true);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_workspace.setCurrentVersion(current.data(VersionListModel::VersionIdRole).toString());
        });
    connect(&workspace, &Workspace::currentVersionChanged, this, &VersionsPage::onVersionChosen);

    // Records: the filters apply a moment after typing stops, so a fast typist starts one query.
    auto *records = new QWidget(this);
    auto *filters = new QHBoxLayout;
    for (QLineEdit *field : { m_item, m_location, m_channel, m_bucket })
        filters->addWidget(field, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_recordCount);
    m_recordCount->setObjectName(QStringLiteral("recordCount"));
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &VersionsPage::applyFilter);
    for (QLineEdit *field : { m_item, m_location, m_channel, m_bucket, m_search }) {
        connect(field, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, &VersionsPage::applyFilter);
    }
    m_recordTable->setModel(m_records);
    m_recordTable->setSortingEnabled(true);
    m_recordTable->sortByColumn(RecordTableModel::RowColumn, Qt::AscendingOrder);
    m_recordTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_recordTable->horizontalHeader()->setDefaultSectionSize(130);
    connect(m_records, &RecordTableModel::countChanged, this, [this](qint64 count) {
        m_recordCount->setText(tr("Rows: %L1").arg(count));
    });
    connect(m_records, &RecordTableModel::loadFailed, m_message, &MessageBar::showError);
    auto *recordsLayout = new QVBoxLayout(records);
    recordsLayout->addLayout(filters);
    recordsLayout->addWidget(m_recordTable);

    auto *pivot = new QWidget(this);
    auto *pivotTable = denseTable(pivot, QStringLiteral("pivotTable"));
    pivotTable->verticalHeader()->show();
    pivotTable->setModel(m_pivot);
    auto *pivotLayout = new QVBoxLayout(pivot);
    m_pivotLabel->setObjectName(QStringLiteral("pivotLabel"));
    pivotLayout->addWidget(m_pivotLabel);
    pivotLayout->addWidget(pivotTable);

    auto *impact = new QWidget(this);
    auto *impactTable = denseTable(impact, QStringLiteral("impactTable"));
    impactTable->verticalHeader()->show();
    impactTable->setModel(m_impact);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_impactLabel->setObjectName(QStringLiteral("impactTotals"));
    m_impactLabel->setText(tr("Compare the version with the PIRs the ERP holds now: new buckets are green, "
                              "changed ones amber, those set to zero red."));
    m_impactLabel->setWordWrap(true);
    connect(m_compare, &QPushButton::clicked, this, &VersionsPage::compareWithErp);
    auto *impactBar = new QHBoxLayout;
    impactBar->addWidget(m_compare);
    impactBar->addWidget(m_impactLabel, 1);
    auto *impactLayout = new QVBoxLayout(impact);
    impactLayout->addLayout(impactBar);
    impactLayout->addWidget(impactTable);

    m_tabs->setObjectName(QStringLiteral("versionTabs"));
    m_tabs->addTab(records, tr("&Records"));
    m_tabs->addTab(pivot, tr("&Pivot"));
    m_tabs->addTab(impact, tr("ERP &diff"));

    auto *importButton = new QPushButton(tr("&Import version…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(importButton, &QPushButton::clicked, this, &VersionsPage::importFiles);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Versions</b> in the local cache"), this);
    top->addWidget(title, 1);
    top->addWidget(importButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versionTable);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_importJob, &EngineJob::finished, this, [this](const QString &message) {
        m_message->showInfo(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_importJob, &EngineJob::failed, m_message, &MessageBar::showError);
    connect(m_impactJob, &EngineJob::finished, this, [this](const QString &summary) {
        m_compare->setEnabled(true);
        showGrid(m_impact, m_impactLabel, m_impactGrid, summary);
    });
    connect(m_impactJob, &EngineJob::failed, this, [this](const QString &message) {
        m_compare->setEnabled(true);
        m_impactLabel->setText(message);
        m_message->showError(message);
    });
    connect(m_pivotJob, &EngineJob::finished, this,
        [this](const QString &summary) { showGrid(m_pivot, m_pivotLabel, m_pivotGrid, summary); });
    connect(m_pivotJob, &EngineJob::failed, m_pivotLabel, &QLabel::setText);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_versions->tick(QDateTime::currentDateTimeUtc()); });
    m_clock.start();
}

VersionsPage::~VersionsPage()
{
    for (EngineJob *job : { m_importJob, m_impactJob, m_pivotJob })
        job->cancel();
    m_pool.waitForDone();
}

void VersionsPage::reload()
{
    if (!m_workspace.session())
        return;
    QString error;
    m_versions->setRows(loadVersionRows(m_workspace.cache(), *m_workspace.session(), &error));
    if (!error.isEmpty())
        m_message->showError(error);
    const QString current = m_workspace.currentVersion();
    const int row = m_versions->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_sortedVersions->mapFromSource(m_versions->index(row, 0));
        m_versionTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (!m_versions->rows().isEmpty()) {
        m_workspace.setCurrentVersion(m_versions->rows().front().id);
    }
    onVersionChosen(m_workspace.currentVersion());
}

void VersionsPage::onVersionChosen(const QString &id)
{
    if (id.isEmpty())
        return;
    if (id != m_records->version()) {
        m_records->setVersion(id);
        m_impact->setGrid({});
        m_impactLabel->setText(tr("Compare version %1 with the PIRs the ERP holds now.").arg(id));
    }
    // The pivot reads the whole result: again only when the version or its result changed, not
    // on every change of the cache.
    const int row = m_versions->rowOf(id);
    const QString pivotKey = id + QLatin1Char('@') + (row >= 0 ? m_versions->rows()[row].updatedAt : QString());
    if (pivotKey != m_pivotKey) {
        m_pivotKey = pivotKey;
        loadPivot(id);
    }
}

void VersionsPage::applyFilter()
{
    m_filterDelay.stop();
    RecordTableModel::Filter filter;
    filter.item = m_item->text();
    filter.location = m_location->text();
    filter.channel = m_channel->text();
    filter.bucketStart = m_bucket->text();
    filter.search = m_search->text();
    m_records->setFilter(filter);
}

void VersionsPage::showGrid(
    GridModel *model, QLabel *label, const std::shared_ptr<GridData> &grid, const QString &summary)
{
    QString text = summary;
    if (grid->hiddenRows > 0)
        text += QLatin1Char(' ')
            + tr("(the first %1 rows; %2 more not shown)").arg(grid->rows.size()).arg(grid->hiddenRows);
    model->setGrid(std::move(*grid));
    label->setText(text);
}

void VersionsPage::loadPivot(const QString &id)
{
    if (!m_workspace.session())
        return;
    const std::string version = id.toStdString();
    auto grid = m_pivotGrid = std::make_shared<GridData>();
    m_pivotJob->start(QStringLiteral("pivot"), [version, grid](JobContext &context) {
        auto result = store::ResultStore(context.cache).load(version);
        if (!result || !*result)
            return JobOutcome::success(tr("Version %1 has no validation result.").arg(fromStd(version)));
        *grid = pivotGrid(**result);
        return JobOutcome::success(tr("ERP records by item @ plant and period, in base units: %L1.")
                                       .arg(qulonglong((*result)->accepted.size())));
    });
}

void VersionsPage::compareWithErp()
{
    const QString id = m_workspace.currentVersion();
    if (id.isEmpty() || !m_workspace.hasErp()) {
        m_message->showError(tr("No ERP is configured: start the console with --erp URL or --demo."));
        return;
    }
    auto erp = std::shared_ptr<ErpConnection>(m_workspace.connectErp().release());
    auto grid = m_impactGrid = std::make_shared<GridData>();
    const std::string version = id.toStdString();
    m_compare->setEnabled(false);
    m_impactJob->start(QStringLiteral("ERP diff"), [version, grid, erp](JobContext &context) {
        auto result = store::ResultStore(context.cache).load(version);
        if (!result)
            return JobOutcome::failure(fromStd(result.error().message));
        if (!*result)
            return JobOutcome::failure(tr("Version %1 has no validation result.").arg(fromStd(version)));
        auto state = erp->pirs.readPirState({});
        if (!state)
            return JobOutcome::failure(tr("The ERP could not be read: %1").arg(fromStd(state.error().message)));
        auto impact = computeErpImpact(**result, {}, *state);
        if (!impact)
            return JobOutcome::failure(fromStd(impact.error().message));
        *grid = impactGrid(*impact);
        const ImpactTotals &t = impact->totals;
        return JobOutcome::success(tr("Releasing %1, PIR buckets: new %2, changed %3, set to zero %4, unchanged %5; "
                                      "ERP buckets it leaves alone: %6.")
                                       .arg(fromStd(version))
                                       .arg(t.creates)
                                       .arg(t.changes)
                                       .arg(t.zeroOuts)
                                       .arg(t.unchanged)
                                       .arg(impact->untouched));
    });
}

void VersionsPage::importFiles()
{
    OpenVersionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !m_workspace.session())
        return;
    const ValidationRequest request = dialog.request();
    const auth::Session session = *m_workspace.session();
    m_importJob->start(QStringLiteral("import"), [request, session](JobContext &context) {
        ImportRequest import;
        std::string error;
        if (request.fromFiles()) {
            auto master = readWholeFile(request.masterPath, error);
            auto input = master ? readWholeFile(request.inputPath, error) : std::nullopt;
            if (!input)
                return JobOutcome::failure(fromStd(error));
            import.masterText = std::move(*master);
            import.inputText = std::move(*input);
            import.inputName = request.inputPath;
        } else {
            import.masterText = *request.masterText;
            import.inputText = *request.inputText;
            import.inputName = request.inputName;
        }
        import.overrides = request.overrides;
        auto imported = importVersion(context.cache, session, import, [&context](int permille) {
            context.progress(permille, {});
            return !context.cancelled.load();
        });
        if (!imported)
            return JobOutcome::failure(fromStd(imported.error().message));
        return JobOutcome::success(tr("Version %1 imported: %2")
                                       .arg(fromStd(imported->version.id), fromStd(imported->note)));
    });
}

} // namespace planbridge::ui
