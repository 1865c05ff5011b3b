#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace planbridge::ui {

// Writes the model's header and display texts as CSV (RFC 4180 quoting), atomically: a failed
// export leaves no half-written file. Returns an error text, empty on success.
QString exportCsv(const QAbstractItemModel &model, const QString &path);

} // namespace planbridge::ui
