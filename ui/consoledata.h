#pragma once

// Plain C++ reads from the cache for the pages: the engine's value types turned into the rows the
// models show. Every read goes through the engine with the signed-in session.
#include "versionlistmodel.h"

#include "auth/session.h"
#include "store/cache.h"
#include "store/outboxstore.h"

#include <QString>

namespace planbridge::ui {

QList<VersionRow> loadVersionRows(store::Cache &cache, const auth::Session &session, QString *error);

// An outbox write's state in the user's language: queued, acknowledged, dead, cancelled.
QString outboxStateText(store::OutboxState state);

// The session's roles in the user's language: "planner, approver".
QString rolesText(const auth::Session &session);

inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace planbridge::ui
