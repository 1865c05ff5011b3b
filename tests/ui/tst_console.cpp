// The console's command line: --bucket, --as-of, --version-id and --priority reach the engine as
// they do for planbridge-sync, so a CSV version can be opened straight from a shell.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// --screenshot quits after the first validation: 0 once shown, 1 with the engine's message.
Run console(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PLANBRIDGE_CONSOLE_BINARY), args);
    if (!p.waitForFinished(60'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString sample(const char *name)
{
    return QStringLiteral(PLANBRIDGE_SOURCE_DIR "/resources/sample/") + name;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("weekly.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("item,location,channel,bucket_start,quantity,uom\n"
                   "FG-1000,P200,RETAIL,2026-11-30,100,PC\n");
    }

    void csvNeedsVersionFields()
    {
        const Run r = console(csvArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("as_of is missing"), r.err.constData());
    }

    void versionFieldsReachTheEngine()
    {
        const Run r
            = console(csvArgs() + QStringLiteral("--bucket week --as-of 2026-11-26 --priority high").split(u' '));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("window.png"))).size() > 0);
    }

    void badFieldIsNamed()
    {
        const Run r = console(csvArgs() + QStringLiteral("--bucket fortnight --as-of 2026-11-26").split(u' '));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bucket \"fortnight\" must be day, week or month"), r.err.constData());
    }

    void fieldsNeedInput()
    {
        const Run r = console({QStringLiteral("--as-of"), QStringLiteral("2026-11-26")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("need --master and --input"));
    }

    void helpListsVersionFields()
    {
        const Run r = console({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *flag : {"--bucket <B>", "--as-of <YYYY-MM-DD>", "--version-id <ID>", "--priority <P>"})
            QVERIFY2(r.out.contains(flag), flag);
    }

private:
    QStringList csvArgs() const
    {
        return {QStringLiteral("--master"),     sample("master.json"),
                QStringLiteral("--input"),      m_csv,
                QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("window.png"))};
    }

    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
