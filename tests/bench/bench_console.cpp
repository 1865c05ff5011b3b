// The console's record table on a 1M-record version, measured as a user meets it (offscreen Qt):
// the time from choosing the version to the first rows shown, the time a filter or a sort takes
// to show its rows, the longest the GUI thread is blocked while scrolling through the table, and
// the process's peak memory. Medians over --runs runs.
// Usage: QT_QPA_PLATFORM=offscreen bench_console [records] [--runs N]
#include "recordtablemodel.h"
#include "versionspage.h"
#include "workspace.h"

#include "auth/session.h"
#include "engine/demoscenario.h"
#include "engine/versionimport.h"
#include "io/inputfile.h"
#include "sample/syntheticversion.h"
#include "store/accounts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace planbridge;
using namespace planbridge::ui;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Peak resident memory of this process (VmHWM), in MB.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return -1;
}

// Milliseconds until the model has shown rows of the current query.
double timeUntilRows(RecordTableModel &model, const std::function<void()> &start)
{
    QElapsedTimer timer;
    bool shown = false;
    const auto connection = QObject::connect(&model, &RecordTableModel::rowsLoaded, [&shown] { shown = true; });
    timer.start();
    start();
    while (!shown)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Milliseconds until the model knows how many rows the current query has (after its first rows).
double timeUntilCount(RecordTableModel &model, const std::function<void()> &start)
{
    QElapsedTimer timer;
    bool counted = false;
    const auto connection = QObject::connect(&model, &RecordTableModel::countChanged, [&counted] { counted = true; });
    timer.start();
    start();
    while (!counted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::uint64_t records = 1'000'000;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            records = std::strtoull(argv[i], nullptr, 10);
    }
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    QElapsedTimer setup;
    setup.start();
    SyntheticSpec spec;
    spec.records = records;
    auto files = writeSyntheticVersion(spec, folder);
    std::string error;
    auto master = readWholeFile(files->masterPath, error);
    auto input = readWholeFile(files->versionJsonPath, error);
    QString openError;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("cache.sqlite")), {}, &openError);
    if (!workspace || !master || !input) {
        std::fprintf(stderr, "setup failed: %s %s\n", qPrintable(openError), error.c_str());
        return 1;
    }
    {
        store::Accounts accounts(workspace->cache());
        accounts.bootstrap("admin", { auth::Role::Admin }, "bench-password", 1000);
        auto admin = accounts.signIn("admin", "bench-password");
        accounts.addUser(*admin, "planner", { auth::Role::Planner }, "bench-password", 1000);
    }
    workspace->signIn(QStringLiteral("planner"), QStringLiteral("bench-password"), &openError);
    ImportRequest request;
    request.masterText = std::move(*master);
    request.inputText = std::move(*input);
    request.inputName = files->versionJsonPath;
    auto imported = importVersion(workspace->cache(), *workspace->session(), request);
    if (!imported) {
        std::fprintf(stderr, "import failed: %s\n", imported.error().message.c_str());
        return 1;
    }
    const QString version = QString::fromStdString(imported->version.id);
    std::printf("setup: %llu records imported into the cache in %.1f s\n",
        static_cast<unsigned long long>(records), double(setup.elapsed()) / 1000.0);

    VersionsPage page(*workspace);
    page.resize(1600, 1000);
    page.show();
    RecordTableModel &model = *page.records();
    auto *table = page.findChild<QTableView *>(QStringLiteral("recordTable"));

    std::vector<double> open, filter, search, sortItem, sortBucket, stalls, openCount, searchCount;
    for (int run = 0; run < runs; ++run) {
        workspace->setCurrentVersion(QString());
        model.setVersion(QString());
        open.push_back(timeUntilRows(model, [&] { model.setVersion(version); }));
        RecordTableModel::Filter byLocation;
        byLocation.location = QStringLiteral("P107");
        filter.push_back(timeUntilRows(model, [&] { model.setFilter(byLocation); }));
        RecordTableModel::Filter bySearch;
        bySearch.search = QStringLiteral("FG-10004");
        search.push_back(timeUntilRows(model, [&] { model.setFilter(bySearch); }));
        model.setFilter({});
        model.setVersion(QString());
        openCount.push_back(timeUntilCount(model, [&] { model.setVersion(version); }));
        searchCount.push_back(timeUntilCount(model, [&] { model.setFilter(bySearch); }));
        model.setFilter({});
        sortItem.push_back(timeUntilRows(model, [&] { table->sortByColumn(RecordTableModel::ItemColumn, Qt::AscendingOrder); }));
        sortBucket.push_back(
            timeUntilRows(model, [&] { table->sortByColumn(RecordTableModel::BucketColumn, Qt::DescendingOrder); }));
        table->sortByColumn(RecordTableModel::RowColumn, Qt::AscendingOrder);
        (void)timeUntilRows(model, [] {});

        // Scrolling: jump through the table as a dragged scroll bar does, 200 positions, and
        // watch the event loop: a 2 ms timer reports the longest gap between its ticks.
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        double worst = 0;
        QTimer tick;
        tick.setInterval(2);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, double(now - last) / 1e6);
            last = now;
        });
        tick.start();
        QScrollBar *bar = table->verticalScrollBar();
        auto *random = QRandomGenerator::global();
        for (int step = 0; step < 200; ++step) {
            bar->setValue(int(random->bounded(bar->maximum() + 1)));
            QElapsedTimer frame;
            frame.start();
            while (frame.elapsed() < 16) // one frame at 60 Hz
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        tick.stop();
        stalls.push_back(worst);
    }
    std::printf("%-44s %10s %10s\n", "measure (median of runs)", "ms", "target");
    std::printf("%-44s %10.1f %10s\n", "open the version: first rows shown", median(open), "<= 1000");
    std::printf("%-44s %10.1f %10s\n", "filter location = P107: rows shown", median(filter), "<= 300");
    std::printf("%-44s %10.1f %10s\n", "search \"FG-10004\": rows shown", median(search), "<= 300");
    std::printf("%-44s %10.1f %10s\n", "sort by item: rows shown", median(sortItem), "<= 300");
    std::printf("%-44s %10.1f %10s\n", "sort by bucket, descending: rows shown", median(sortBucket), "<= 300");
    std::printf("%-44s %10.1f %10s\n", "open: row count known (1M rows)", median(openCount), "-");
    std::printf("%-44s %10.1f %10s\n", "search: row count known (full scan)", median(searchCount), "-");
    std::printf("%-44s %10.1f %10s\n", "longest GUI stall while scrolling", median(stalls), "<= 50");
    std::printf("%-44s %10.0f %10s\n", "peak memory (MB)", peakMegabytes(), "<= 800");
    std::printf("rows: %d in the table; runs: %d\n", model.rowCount(), runs);
    return 0;
}
