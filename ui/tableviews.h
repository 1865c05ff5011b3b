#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace planbridge::ui {

// The console's table look, shared by every page: dense rows, alternating colours, whole-row
// selection, no word wrap, no row numbers, the last column stretched.
QTableView *denseTable(QWidget *parent, const QString &objectName);

} // namespace planbridge::ui
