#include "consoledata.h"

#include "engine/kpis.h"
#include "engine/versionworkflow.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace planbridge::ui {

QList<VersionRow> loadVersionRows(store::Cache &cache, const auth::Session &session, QString *error)
{
    VersionWorkflow workflow(cache);
    auto versions = workflow.versions().list();
    auto kpis = versions ? computeKpis(session, cache, loadWorkflowSettings(cache)) : Expected<KpiReport>(versions.error());
    if (!versions || !kpis) {
        if (error)
            *error = fromStd(!versions ? versions.error().message : kpis.error().message);
        return {};
    }
    std::map<std::string, const VersionKpis *> byId;
    for (const VersionKpis &k : kpis->versions)
        byId[k.versionId] = &k;
    QList<VersionRow> rows;
    for (const store::StoredVersion &v : *versions) {
        VersionRow row;
        row.id = fromStd(v.id);
        row.plan = fromStd(v.plan);
        row.state = fromStd(std::string(versionStateName(v.state)));
        row.priority = fromStd(v.priority);
        row.source = fromStd(v.source);
        row.submittedBy = fromStd(v.submittedBy.value_or(""));
        row.approvedBy = fromStd(v.approvedBy.value_or(""));
        row.updatedAt = fromStd(v.updatedAt);
        if (const auto k = byId.find(v.id); k != byId.end()) {
            row.rowsIn = qint64(k->second->rowsIn);
            row.accepted = qint64(k->second->rowsAccepted);
            row.rejected = qint64(k->second->rowsRejected);
            row.posted = k->second->approvalToPostingSeconds.has_value();
        }
        if (const auto deadline = workflow.slaDeadline(v))
            row.slaDeadline = QDateTime::fromMSecsSinceEpoch(
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline->time_since_epoch()).count(),
                Qt::UTC);
        rows.append(row);
    }
    return rows;
}

QString outboxStateText(store::OutboxState state)
{
    switch (state) {
    case store::OutboxState::Queued:
        return QCoreApplication::translate("Outbox", "queued");
    case store::OutboxState::Acked:
        return QCoreApplication::translate("Outbox", "acknowledged");
    case store::OutboxState::Dead:
        return QCoreApplication::translate("Outbox", "dead");
    case store::OutboxState::Cancelled:
        break;
    }
    return QCoreApplication::translate("Outbox", "cancelled");
}

QString rolesText(const auth::Session &session)
{
    QStringList names;
    for (const auth::Role role : session.roles()) {
        switch (role) {
        case auth::Role::Planner:
            names.append(QCoreApplication::translate("Roles", "planner"));
            break;
        case auth::Role::Approver:
            names.append(QCoreApplication::translate("Roles", "approver"));
            break;
        case auth::Role::Scheduler:
            names.append(QCoreApplication::translate("Roles", "scheduler"));
            break;
        case auth::Role::Procurement:
            names.append(QCoreApplication::translate("Roles", "procurement"));
            break;
        case auth::Role::IntegrationSupport:
            names.append(QCoreApplication::translate("Roles", "integration support"));
            break;
        case auth::Role::Admin:
            names.append(QCoreApplication::translate("Roles", "admin"));
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace planbridge::ui
