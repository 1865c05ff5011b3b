#pragma once

// Plain C++ reads from the cache for the pages: the engine's value types turned into the rows the
// models show. Every read goes through the engine with the signed-in session.
#include "versionlistmodel.h"

#include "auth/session.h"
#include "store/cache.h"

#include <QString>

namespace planbridge::ui {

QList<VersionRow> loadVersionRows(store::Cache &cache, const auth::Session &session, QString *error);

inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace planbridge::ui
