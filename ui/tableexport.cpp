#include "tableexport.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace planbridge::ui {
namespace {

QString quoted(QString text)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula; numbers stay numbers.
    bool number = false;
    QLocale().toDouble(text, &number);
    if (!number)
        text.toDouble(&number);
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && !number)
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.startsWith(QLatin1Char('\''))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QString exportCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return file.errorString();
    QTextStream out(&file);
    const int columns = model.columnCount();
    // Grids (pivot, heat map) label their rows; plain tables number them, which CSV leaves out.
    const bool rowLabels = model.rowCount() > 0
        && model.headerData(0, Qt::Vertical).toString() != QStringLiteral("1");
    if (rowLabels)
        out << ',';
    for (int c = 0; c < columns; ++c)
        out << (c ? QStringLiteral(",") : QString()) << quoted(model.headerData(c, Qt::Horizontal).toString());
    out << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        if (rowLabels)
            out << quoted(model.headerData(r, Qt::Vertical).toString()) << ',';
        for (int c = 0; c < columns; ++c)
            out << (c ? QStringLiteral(",") : QString()) << quoted(model.index(r, c).data().toString());
        out << '\n';
    }
    out.flush();
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace planbridge::ui
