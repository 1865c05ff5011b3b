// The console's small models under QAbstractItemModelTester, the SLA clock's text, secret masking
// in message details, and CSV export (quoting, formula-looking cells, atomic writes).
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include "exceptionspage.h"
#include "gridmodel.h"
#include "resolutionlistmodel.h"
#include "tableexport.h"
#include "tablemodel.h"
#include "versionlistmodel.h"

using namespace planbridge::ui;

class TestConsoleModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void tableModelShowsNumbersInTheLocale()
    {
        TableModel model({ QStringLiteral("Plant"), QStringLiteral("Creates"), QStringLiteral("Share") });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ { QStringLiteral("1710"), qulonglong(12345), 99.5 }, { QStringLiteral("1720"), 0, 0.0 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12,345"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("99.5"));
        QCOMPARE(model.index(0, 1).data(TableModel::RawRole).toULongLong(), qulonglong(12345));
        QVERIFY(model.index(0, 1).data(Qt::TextAlignmentRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
        model.setNumericColumns({ 0 });
        QVERIFY(model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
        model.setRowToolTips({ QStringLiteral("first") });
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("first"));
        QVERIFY(!model.index(1, 2).data(Qt::ToolTipRole).isValid());
        QVERIFY(!model.value(5, 0).isValid());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void gridModelLabelsRowsAndColumns()
    {
        GridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GridData grid;
        grid.rows = { QStringLiteral("FG-1 @ 1710"), QStringLiteral("FG-2 @ 1710") };
        grid.columns = { QStringLiteral("202650"), QStringLiteral("202651"), QStringLiteral("202652") };
        grid.cells.resize(6);
        grid.cells[4] = { QStringLiteral("7"), QColor(Qt::green), QStringLiteral("create") };
        model.setGrid(grid);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("FG-2 @ 1710"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("202652"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("create"));
        QVERIFY(model.index(1, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        // A grid whose cells do not match its labels is padded, never read out of bounds.
        grid.cells.resize(1);
        model.setGrid(grid);
        QCOMPARE(model.index(1, 2).data().toString(), QString());
    }

    void versionListShowsTheSlaClock_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<int>("secondsToDeadline"); // INT_MIN: not approved yet
        QTest::addColumn<bool>("posted");
        QTest::addColumn<QString>("text");
        QTest::addRow("normal priority has no SLA") << "normal" << 600 << false << "";
        QTest::addRow("before approval") << "high" << INT_MIN << false << "starts at approval";
        QTest::addRow("running") << "high" << 725 << false << "12:05 left";
        QTest::addRow("last second") << "high" << 0 << false << "0:00 left";
        QTest::addRow("breached") << "high" << -185 << false << "breached 3 min ago";
        QTest::addRow("posted stops the clock") << "high" << -185 << true << "stopped";
    }

    void versionListShowsTheSlaClock()
    {
        QFETCH(QString, priority);
        QFETCH(int, secondsToDeadline);
        QFETCH(bool, posted);
        QFETCH(QString, text);
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        VersionRow row;
        row.priority = priority;
        row.posted = posted;
        if (secondsToDeadline != INT_MIN)
            row.slaDeadline = now.addSecs(secondsToDeadline);
        QCOMPARE(VersionListModel::slaText(row, now), text);
    }

    void versionListModel()
    {
        VersionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VersionRow a;
        a.id = QStringLiteral("V1");
        a.state = QStringLiteral("partially-posted");
        a.rowsIn = 1000000;
        a.rejected = 3;
        VersionRow b;
        b.id = QStringLiteral("V2");
        b.state = QStringLiteral("submitted");
        model.setRows({ a, b });
        QCOMPARE(model.rowOf(QStringLiteral("V2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("V9")), -1);
        QCOMPARE(model.index(0, VersionListModel::StateColumn).data().toString(), QStringLiteral("partially posted"));
        QCOMPARE(model.index(0, VersionListModel::RowsColumn).data().toString(), QStringLiteral("1,000,000"));
        QCOMPARE(model.index(1, 0).data(VersionListModel::VersionIdRole).toString(), QStringLiteral("V2"));
        QVERIFY(model.index(0, VersionListModel::RejectedColumn).data(Qt::ForegroundRole).isValid());
        model.tick(QDateTime::currentDateTimeUtc());
    }

    void resolutionListModel()
    {
        ResolutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ { 1, QStringLiteral("code-map"), QStringLiteral("location P555 → P100"), QStringLiteral("old code"),
            QStringLiteral("paula"), QStringLiteral("2026-11-26T12:00:00.000Z") } });
        QCOMPARE(model.index(0, ResolutionListModel::AuthorColumn).data().toString(), QStringLiteral("paula"));
        QCOMPARE(model.headerData(ResolutionListModel::AtColumn, Qt::Horizontal).toString(), QStringLiteral("When (UTC)"));
    }

    void secretsAreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("leak");
        QTest::addRow("basic header") << "Authorization: Basic ZGVtbzpkZW1v" << "ZGVtbzpkZW1v";
        QTest::addRow("bearer token") << "bearer eyJhbGciOi.abc.def" << "eyJhbGciOi";
        QTest::addRow("json password") << R"({"user":"x","password":"hunter2"})" << "hunter2";
        QTest::addRow("json client secret") << R"({"client_secret": "s3cr3t"})" << "s3cr3t";
        QTest::addRow("form token") << "grant_type=x&access_token=abc123&y=1" << "abc123";
        QTest::addRow("csrf header") << "x-csrf-token: 9f8e7d" << "9f8e7d";
    }

    void secretsAreMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, leak);
        const QString masked = maskSecrets(text);
        QVERIFY2(!masked.contains(leak), qPrintable(masked));
        QVERIFY(masked.contains(QStringLiteral("***")));
    }

    void ordinaryTextIsNotMasked()
    {
        const QString text = QStringLiteral("Material FG-2000 is blocked for planning (PPH_PIR/012)");
        QCOMPARE(maskSecrets(text), text);
    }

    void csvExportQuotesAndDefusesFormulas()
    {
        TableModel model({ QStringLiteral("Name"), QStringLiteral("Note") });
        model.setRows({ { QStringLiteral("a,b"), QStringLiteral("say \"hi\"") },
            { QStringLiteral("=SUM(A1)"), QStringLiteral("-12") }, { QStringLiteral("line\nbreak"), 42 } });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(exportCsv(model, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text,
            QStringLiteral("Name,Note\n\"a,b\",\"say \"\"hi\"\"\"\n\"'=SUM(A1)\",-12\n\"line\nbreak\",42\n"));
    }

    void csvExportToAMissingFolderFailsWithoutAFile()
    {
        TableModel model({ QStringLiteral("A") });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
        QVERIFY(!exportCsv(model, path).isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
