#include "rejectionspage.h"

#include "consoledata.h"
#include "enginejob.h"
#include "messagebar.h"
#include "reasoncountmodel.h"
#include "rejectsmodel.h"
#include "resolutionlistmodel.h"
#include "tableviews.h"
#include "versionlistmodel.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "domain/validationresult.h"
#include "engine/resolutionservice.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace planbridge::ui {
namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

std::vector<Resolution> resolutionsOf(const ResolutionDraft &d)
{
    std::vector<Resolution> out;
    Resolution r;
    r.reason = d.reason.toStdString();
    switch (d.kind) {
    case ResolutionDraft::CodeMap:
        r.kind = Resolution::Kind::CodeMap;
        r.codeKind = d.locationCodes ? CodeKind::Location : CodeKind::Item;
        r.canonical = d.canonical.toStdString();
        for (const QString &source : d.sources) {
            r.source = source.toStdString();
            out.push_back(r);
        }
        return out;
    case ResolutionDraft::UnitConversion:
        r.kind = Resolution::Kind::UnitConversion;
        r.item = d.item.isEmpty() ? "*" : d.item.toStdString();
        r.from = d.from.toStdString();
        r.to = d.to.toStdString();
        r.factor = d.factor.toStdString();
        break;
    case ResolutionDraft::Exclude:
        r.kind = Resolution::Kind::Exclude;
        r.rows.assign(d.rows.begin(), d.rows.end());
        break;
    case ResolutionDraft::FixField:
        r.kind = Resolution::Kind::FixField;
        r.row = d.row;
        r.field = d.field.toStdString();
        r.value = d.value.toStdString();
        break;
    }
    out.push_back(r);
    return out;
}

QString detailOf(const Resolution &r)
{
    switch (r.kind) {
    case Resolution::Kind::CodeMap:
        return QStringLiteral("%1 %2 → %3")
            .arg(r.codeKind == CodeKind::Location ? RejectionsPage::tr("location") : RejectionsPage::tr("item"),
                fromStd(r.source), fromStd(r.canonical));
    case Resolution::Kind::UnitConversion:
        return QStringLiteral("%1: 1 %2 = %3 %4").arg(fromStd(r.item), fromStd(r.from), fromStd(r.factor), fromStd(r.to));
    case Resolution::Kind::Exclude:
        return RejectionsPage::tr("rows: %1").arg(r.rows.size());
    case Resolution::Kind::FixField:
        return RejectionsPage::tr("row %1: %2 = %3").arg(r.row).arg(fromStd(r.field), fromStd(r.value));
    }
    return {};
}

} // namespace

RejectionsPage::RejectionsPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(workspace, parent)
    , m_message(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_reasons(new ReasonCountModel(this))
    , m_reasonTable(denseTable(this, QStringLiteral("reasonTable")))
    , m_rejects(new RejectsModel(this))
    , m_rejectsOfReason(new QSortFilterProxyModel(this))
    , m_rejectTable(denseTable(this, QStringLiteral("rejectTable")))
    , m_resolutions(new ResolutionListModel(this))
    , m_map(button(this, QStringLiteral("mapButton"), tr("&Map codes…"),
          tr("Map the selected rows' unknown codes to canonical ones")))
    , m_convert(button(this, QStringLiteral("convertButton"), tr("&Convert units…"),
          tr("Add a unit conversion for the selected rows' unit")))
    , m_exclude(button(this, QStringLiteral("excludeButton"), tr("E&xclude…"),
          tr("Leave the selected rows out of the version, with a reason")))
    , m_fix(button(this, QStringLiteral("fixButton"), tr("&Fix field…"), tr("Replace one field of the selected row")))
    , m_revalidate(button(this, QStringLiteral("revalidateButton"), tr("&Re-validate"),
          tr("Validate the version again with every resolution applied (Ctrl+Shift+V)")))
    , m_cancel(button(this, QStringLiteral("cancelRevalidate"), tr("Cancel"), tr("Stop the re-validation")))
    , m_progress(new QProgressBar(this))
    , m_loadJob(new EngineJob(workspace.cachePath(), &m_pool, this))
    , m_revalidateJob(new EngineJob(workspace.cachePath(), &m_pool, this))
{
    m_message->setObjectName(QStringLiteral("rejectionsMessage"));
    m_title->setObjectName(QStringLiteral("rejectionsTitle"));
    m_counts->setObjectName(QStringLiteral("rejectCounts"));
    m_progress->setObjectName(QStringLiteral("revalidateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    m_revalidate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    m_reasonTable->setModel(m_reasons);
    m_reasonTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectsOfReason->setSourceModel(m_rejects);
    m_rejectsOfReason->setFilterRole(RejectsModel::ReasonCodeRole);
    m_rejectsOfReason->setSortRole(RejectsModel::SortRole);
    m_rejectTable->setModel(m_rejectsOfReason);
    m_rejectTable->setSortingEnabled(true);
    m_rejectTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rejectTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rejectTable->horizontalHeader()->setDefaultSectionSize(120);
    connect(m_reasonTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                selectReason(current.data(ReasonCountModel::ReasonCodeRole).toInt());
        });
    connect(m_rejectTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RejectionsPage::updateActions);

    auto *resolutionTable = denseTable(this, QStringLiteral("resolutionTable"));
    resolutionTable->setModel(m_resolutions);
    resolutionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    resolutionTable->horizontalHeader()->setDefaultSectionSize(200);

    connect(m_map, &QPushButton::clicked, this, [this] { resolveSelection(ResolutionDraft::CodeMap); });
    connect(m_convert, &QPushButton::clicked, this, [this] { resolveSelection(ResolutionDraft::UnitConversion); });
    connect(m_exclude, &QPushButton::clicked, this, [this] { resolveSelection(ResolutionDraft::Exclude); });
    connect(m_fix, &QPushButton::clicked, this, [this] { resolveSelection(ResolutionDraft::FixField); });
    connect(m_revalidate, &QPushButton::clicked, this, &RejectionsPage::revalidate);
    connect(m_cancel, &QPushButton::clicked, m_revalidateJob, &EngineJob::cancel);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_map, m_convert, m_exclude, m_fix })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_revalidate);

    auto *groups = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(new QLabel(tr("Rejects by reason"), groups));
    groupsLayout->addWidget(m_reasonTable);
    auto *rows = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(new QLabel(tr("Rejected rows of the chosen reason (select many)"), rows));
    rowsLayout->addWidget(m_rejectTable);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(groups);
    top->addWidget(rows);
    top->setStretchFactor(1, 2);
    top->setSizes({ 460, 900 });
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Resolutions of this version"), history));
    historyLayout->addWidget(resolutionTable);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_loadJob, &EngineJob::finished, this, [this] {
        if (m_loading)
            showResult(*m_loading);
    });
    connect(m_loadJob, &EngineJob::failed, m_message, &MessageBar::showError);
    connect(m_revalidateJob, &EngineJob::progress, m_progress, [this](int permille) { m_progress->setValue(permille); });
    connect(m_revalidateJob, &EngineJob::finished, this, [this](const QString &message) {
        m_progress->hide();
        m_cancel->hide();
        m_message->showInfo(message);
        m_workspace.notifyCacheChanged();
    });
    connect(m_revalidateJob, &EngineJob::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_cancel->hide();
        m_message->showError(message);
        updateActions();
    });
    connect(&workspace, &Workspace::currentVersionChanged, this, [this] {
        if (isVisible())
            reload();
    });
    updateActions();
}

RejectionsPage::~RejectionsPage()
{
    m_loadJob->cancel();
    m_revalidateJob->cancel();
    m_pool.waitForDone();
}

void RejectionsPage::reload()
{
    load(m_workspace.currentVersion());
}

void RejectionsPage::load(const QString &id)
{
    m_version = id;
    if (id.isEmpty() || !m_workspace.session()) {
        m_title->setText(tr("Choose a version on the Versions page."));
        return;
    }
    auto version = store::VersionStore(m_workspace.cache()).find(id.toStdString());
    m_state = version && *version ? fromStd(std::string(versionStateName((*version)->state))) : QString();
    m_title->setText(tr("<b>Rejections</b> of version %1 (%2)").arg(id.toHtmlEscaped(), VersionListModel::stateText(m_state)));
    auto resolutions = ResolutionService(m_workspace.cache()).list(*m_workspace.session(), id.toStdString());
    QList<ResolutionRow> rows;
    if (resolutions) {
        for (const Resolution &r : *resolutions)
            rows.append({ r.id, fromStd(std::string(resolutionKindName(r.kind))), detailOf(r), fromStd(r.reason),
                fromStd(r.author), fromStd(r.createdAt) });
    }
    m_resolutions->setRows(rows);
    auto slot = m_loading = std::make_shared<ValidationResultPtr>();
    const std::string versionId = id.toStdString();
    m_loadJob->start(QStringLiteral("load rejects"), [slot, versionId](JobContext &context) {
        auto result = store::ResultStore(context.cache).load(versionId);
        if (!result)
            return JobOutcome::failure(fromStd(result.error().message));
        if (*result)
            *slot = std::make_shared<const ValidationResult>(std::move(**result));
        return JobOutcome::success({});
    });
    updateActions();
}

void RejectionsPage::showResult(ValidationResultPtr result)
{
    const int previousReason = m_reasonTable->currentIndex().isValid()
        ? m_reasonTable->currentIndex().data(ReasonCountModel::ReasonCodeRole).toInt()
        : -1;
    m_result = std::move(result);
    m_reasons->setResult(m_result);
    m_rejects->setResult(m_result);
    if (!m_result) {
        m_counts->setText(tr("This version has no validation result yet."));
        return;
    }
    const QLocale locale;
    m_counts->setText(tr("%1 rows in: %2 accepted, %3 rejected, %4 excluded by resolutions.")
                          .arg(locale.toString(qulonglong(m_result->rowsIn)),
                              locale.toString(qulonglong(m_result->rowsAccepted)),
                              locale.toString(qulonglong(m_result->rejects.size())),
                              locale.toString(qulonglong(m_result->rowsExcluded))));
    int row = 0;
    for (int r = 0; r < m_reasons->rowCount(); ++r) {
        if (m_reasons->index(r, 0).data(ReasonCountModel::ReasonCodeRole).toInt() == previousReason)
            row = r;
    }
    if (m_reasons->rowCount() > 0)
        m_reasonTable->setCurrentIndex(m_reasons->index(row, 0));
    else
        selectReason(-1);
    updateActions();
}

void RejectionsPage::selectReason(int reasonCode)
{
    m_rejectsOfReason->setFilterRegularExpression(
        QRegularExpression(QStringLiteral("^%1$").arg(reasonCode)));
    // A group is usually resolved as a whole: its rows start selected, ready for a bulk resolution.
    m_rejectTable->selectAll();
    updateActions();
}

void RejectionsPage::selectAllRejects()
{
    m_rejectTable->selectAll();
}

RejectSelection RejectionsPage::selection() const
{
    RejectSelection selection;
    if (!m_result)
        return selection;
    std::map<QString, int> fields;
    for (const QModelIndex &index : m_rejectTable->selectionModel()->selectedRows()) {
        const int source = m_rejectsOfReason->mapToSource(index).row();
        const Reject &reject = m_result->rejects[std::size_t(source)];
        selection.rows.append(reject.row);
        const QString value = reject.value ? fromStd(*reject.value) : QString();
        if (!value.isEmpty() && !selection.values.contains(value))
            selection.values.append(value);
        if (reject.field)
            ++fields[fromStd(*reject.field)];
    }
    std::sort(selection.rows.begin(), selection.rows.end());
    int best = 0;
    for (const auto &[field, count] : fields) {
        if (count > best) {
            best = count;
            selection.field = field;
        }
    }
    return selection;
}

void RejectionsPage::updateActions()
{
    const bool editable = (m_state == QStringLiteral("validated") || m_state == QStringLiteral("resolving"))
        && m_workspace.allows(auth::Action::Resolve) && !m_revalidateJob->isRunning();
    const qsizetype selected = m_rejectTable->selectionModel()->selectedRows().size();
    m_map->setEnabled(editable && selected > 0);
    m_convert->setEnabled(editable && selected > 0);
    m_exclude->setEnabled(editable && selected > 0);
    m_fix->setEnabled(editable && selected == 1);
    m_revalidate->setEnabled(editable);
    const QString why = !m_workspace.allows(auth::Action::Resolve)
        ? tr("Your roles do not include resolving rejects.")
        : (editable ? QString()
                    : tr("Rejects can be resolved only while the version is validated; this one is %1.")
                          .arg(VersionListModel::stateText(m_state)));
    for (QPushButton *b : { m_map, m_convert, m_exclude, m_fix, m_revalidate })
        b->setStatusTip(why);
}

void RejectionsPage::resolveSelection(ResolutionDraft::Kind kind)
{
    ResolutionDialog dialog(kind, selection(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyResolution(dialog.draft());
}

bool RejectionsPage::applyResolution(const ResolutionDraft &draft)
{
    if (!m_workspace.session() || m_version.isEmpty())
        return false;
    ResolutionService service(m_workspace.cache());
    for (Resolution &resolution : resolutionsOf(draft)) {
        if (auto error = service.add(*m_workspace.session(), m_version.toStdString(), std::move(resolution))) {
            m_message->showError(tr("The resolution was not recorded: %1").arg(fromStd(error->message)));
            return false;
        }
    }
    revalidate();
    return true;
}

void RejectionsPage::revalidate()
{
    if (!m_workspace.session() || m_version.isEmpty())
        return;
    const auth::Session session = *m_workspace.session();
    const std::string id = m_version.toStdString();
    const qulonglong before = m_result ? qulonglong(m_result->rejects.size()) : 0;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_revalidateJob->start(QStringLiteral("re-validate"), [session, id, before](JobContext &context) {
        auto result = ResolutionService(context.cache).revalidate(session, id, [&context](int permille) {
            context.progress(permille, {});
            return !context.cancelled.load();
        });
        if (!result)
            return JobOutcome::failure(tr("Re-validation stopped: %1").arg(fromStd(result.error().message)));
        return JobOutcome::success(tr("Re-validated %1. Rejects before: %2, now: %3.")
                                       .arg(fromStd(id))
                                       .arg(before)
                                       .arg(qulonglong(result->rejects.size())));
    });
    updateActions();
}

} // namespace planbridge::ui
