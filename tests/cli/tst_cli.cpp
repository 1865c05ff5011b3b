// The command-line contract of planbridge-sync: exit codes, stderr, atomic output, flags.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run sync(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString sample(const char *name) { return QStringLiteral(PLANBRIDGE_SOURCE_DIR "/resources/sample/") + name; }

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Exit 2 comes with exactly one line on stderr.
void verifyOneLineError(const Run &r)
{
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
    QVERIFY(r.err.startsWith("planbridge-sync: "));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validateSampleToStdout()
    {
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", sample("version.json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const auto summary = doc.object().value("summary").toObject();
        QCOMPARE(summary.value("rows_in").toInt(), 24);
        QCOMPARE(summary.value("rows_accepted").toInt() + summary.value("rows_rejected").toInt(), 24);
        QCOMPARE(summary.value("records_out").toInt(), doc.object().value("accepted").toArray().size());
        QCOMPARE(doc.object().value("version_id").toString(), "DP-2026-11-CONS");
    }

    void outFileIsWrittenAtomically()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("result.json");
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", sample("version.json"),
                            "--out", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(QJsonDocument::fromJson(readAll(out)).isObject());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"result.json"}); // no temp file left
    }

    void unreadableInputLeavesTargetUntouched_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectInError");
        QTest::addRow("bad json") << QByteArray("{\"as_of\": \"2026-11-26\", \"records\": [") << "v.json" << "line 1";
        QTest::addRow("trailing comma") << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\",\"records\":[],}")
                                        << "v.json" << "trailing comma";
        QTest::addRow("wrong top level") << QByteArray("[1,2]") << "v.json" << "JSON object";
        QTest::addRow("no records") << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\"}") << "v.json"
                                    << "records";
        QTest::addRow("invalid utf-8") << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\",\"records\":[{\"item\":\"\xff\"}]}")
                                       << "v.json" << "UTF-8";
        QTest::addRow("lone surrogate")
            << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\",\"records\":[{\"item\":\"\\ud800\"}]}") << "v.json"
            << "surrogate";
        QTest::addRow("bad bucket") << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"fortnight\",\"records\":[]}")
                                    << "v.json" << "bucket";
        QTest::addRow("bad as_of") << QByteArray("{\"as_of\":\"2026-02-30\",\"bucket\":\"week\",\"records\":[]}")
                                   << "v.json" << "as_of";
        QTest::addRow("bad priority")
            << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\",\"priority\":\"urgent\",\"records\":[]}")
            << "v.json" << "priority";
        QTest::addRow("duplicate top-level key")
            << QByteArray("{\"as_of\":\"2026-11-26\",\"as_of\":\"2026-11-27\",\"bucket\":\"week\",\"records\":[]}")
            << "v.json" << "duplicate key";
        QTest::addRow("csv without as_of flag") << QByteArray("item,location,channel,bucket_start,quantity,uom\n")
                                                << "v.csv" << "as_of";
        QTest::addRow("csv missing column") << QByteArray("item,location,channel,bucket_start,quantity\n") << "v.csv"
                                            << "uom";
        QTest::addRow("csv unterminated quote")
            << QByteArray("item,location,channel,bucket_start,quantity,uom\n\"FG,P1,R,2026-11-30,1,PC\n") << "v.csv"
            << "unterminated";
        QTest::addRow("deep top level") << QByteArray(100000, '[') << "v.json" << "JSON object";
        QTest::addRow("deep record") << QByteArray("{\"as_of\":\"2026-11-26\",\"bucket\":\"week\",\"records\":[")
                                            + QByteArray(100000, '[')
                                     << "v.json" << "nested deeper";
    }

    void unreadableInputLeavesTargetUntouched()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, name);
        QFETCH(QString, expectInError);
        QTemporaryDir dir;
        const QString in = write(dir, name, input);
        const QString out = write(dir, "result.json", "previous result");
        QStringList args {"validate", "--master", sample("master.json"), "--input", in, "--out", out};
        if (name.endsWith(".csv") && expectInError != "as_of")
            args << "--as-of" << "2026-11-26" << "--bucket" << "week";
        const Run r = sync(args);
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(expectInError.toUtf8()), r.err.constData());
        QCOMPARE(readAll(out), QByteArray("previous result"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void noOutputFileOnFailure()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("result.json");
        const Run r = sync({"validate", "--master", dir.filePath("missing.json"), "--input", sample("version.json"),
                            "--out", out});
        verifyOneLineError(r);
        QVERIFY(r.err.contains("missing.json"));
        QVERIFY(!QFile::exists(out));
    }

    void outNamingADirectoryFails()
    {
        QTemporaryDir dir;
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", sample("version.json"), "--out",
                            dir.path()});
        verifyOneLineError(r);
        QVERIFY(r.err.contains("directory"));
    }

    void unwritableOutputFails()
    {
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", sample("version.json"), "--out",
                            "/nonexistent-dir/result.json"});
        verifyOneLineError(r);
    }

    void badMasterDataFails_data()
    {
        QTest::addColumn<QByteArray>("master");
        QTest::addColumn<QString>("expectInError");
        QTest::addRow("repeated key") << QByteArray("{\"items\": [], \"items\": []}") << "duplicate key";
        QTest::addRow("unknown calendar")
            << QByteArray("{\"locations\": [{\"location\": \"P1\", \"erp_plant\": \"1\", \"calendar\": \"X\", "
                          "\"period_type\": \"M\", \"horizon_days\": 10}]}")
            << "unknown calendar";
        QTest::addRow("zero factor")
            << QByteArray("{\"uom_conversions\": [{\"item\": \"*\", \"from\": \"CS\", \"to\": \"PC\", \"factor\": 0}]}")
            << "factor";
        QTest::addRow("bad enum") << QByteArray("{\"items\": [{\"item\": \"A\", \"base_uom\": \"PC\", \"status\": \"gone\"}]}")
                                  << "status";
        QTest::addRow("not an object") << QByteArray("[]") << "object";
    }

    void badMasterDataFails()
    {
        QFETCH(QByteArray, master);
        QFETCH(QString, expectInError);
        QTemporaryDir dir;
        const Run r = sync({"validate", "--master", write(dir, "m.json", master), "--input", sample("version.json")});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(expectInError.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void flagsOverrideTheFile()
    {
        QTemporaryDir dir;
        const QString in = write(dir, "v.json",
                                 "{\"version_id\": \"A\", \"as_of\": \"2020-01-01\", \"bucket\": \"day\", \"records\": []}");
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", in, "--version-id", " B ",
                            "--as-of", "2026-11-26", "--bucket", "week", "--priority", "high"});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value("version_id").toString(), "B");
        QCOMPARE(doc.value("as_of").toString(), "2026-11-26");
    }

    void csvFlatFile()
    {
        QTemporaryDir dir;
        const QString in = write(dir, "v.CSV",
                                 "\xEF\xBB\xBFuom, quantity ,bucket_start,channel,location,item,note\r\n"
                                 "CS,\"1200.5\",2026-11-30,RETAIL,P100,FG-1000,\"a, b\"\r\n"
                                 "\r\n"
                                 "PC,10,2026-12-07,RETAIL,P100\r\n");
        const Run r = sync({"validate", "--master", sample("master.json"), "--input", in, "--as-of", "2026-11-26",
                            "--bucket", "week"});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc.value("version_id").isNull());
        QCOMPARE(doc.value("summary").toObject().value("rows_in").toInt(), 2);
        const auto reject = doc.value("rejects").toArray().at(0).toObject();
        QCOMPARE(reject.value("row").toInt(), 1);
        QCOMPARE(reject.value("reason").toString(), "MALFORMED");
        QCOMPARE(reject.value("field").toString(), "item");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList {};
        QTest::addRow("unknown command") << QStringList {"frobnicate"};
        QTest::addRow("unknown option") << QStringList {"validate", "--colour", "red"};
        QTest::addRow("missing value") << QStringList {"validate", "--master"};
        QTest::addRow("missing input") << QStringList {"validate", "--master", "m.json"};
        QTest::addRow("bad record count") << QStringList {"generate", "--records", "ten", "--out", "/tmp/x"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = sync(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void helpDocumentsEveryOption()
    {
        const Run r = sync({"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"validate", "generate", "demo", "--master", "--input", "--version-id", "--bucket",
                                   "--as-of", "--priority", "--out", "--records", "--seed", "Exit status"})
            QVERIFY2(r.out.contains(option), option);
        QCOMPARE(sync({"validate", "--help"}).exitCode, 0);
        // The project version from CMake and the commit of the build, e.g. "0.1.0 (commit abc1234)".
        const QString version = QString::fromUtf8(sync({"--version"}).out);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^planbridge-sync \d+\.\d+\.\d+ \(commit ([0-9a-f]{7,}|unknown)\)\n$)"))
                     .match(version)
                     .hasMatch(),
                 qPrintable(version));
    }

    void demoRunsHeadless()
    {
        const Run r = sync({"demo"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Rejects by reason"));
        QVERIFY(r.out.contains("NO_WORKING_DAYS"));
        // ...then the whole cycle against the in-process sandbox.
        QVERIFY2(r.out.contains("5 writes acknowledged, 0 dead letters"), r.out.constData());
        QVERIFY(r.out.contains("may not approve"));
        QVERIFY(r.out.contains("10 items held, as released"));
        QVERIFY(r.out.contains("is feedback-complete"));
        QVERIFY(r.out.contains("chain intact"));
        QVERIFY(!sync({"demo", "--no-cycle"}).out.contains("full cycle"));
    }

    void generatedVersionCoversEveryReason()
    {
        QTemporaryDir dir;
        const Run g = sync({"generate", "--records", "20000", "--seed", "7", "--out", dir.path()});
        QCOMPARE(g.exitCode, 0);
        for (const char *input : {"version.json", "version.csv"}) {
            QStringList args {"validate", "--master", dir.filePath("master.json"), "--input", dir.filePath(input)};
            if (QString(input).endsWith(".csv"))
                args << "--as-of" << "2026-11-26" << "--bucket" << "week";
            const Run r = sync(args);
            QCOMPARE(r.exitCode, 0);
            const auto summary = QJsonDocument::fromJson(r.out).object().value("summary").toObject();
            QCOMPARE(summary.value("rows_in").toInt(), 20000);
            const auto reasons = summary.value("rejects_by_reason").toObject();
            QCOMPARE(reasons.size(), 15);
            const double share = summary.value("rows_rejected").toDouble() / 20000.0;
            QVERIFY2(share > 0.01 && share < 0.06, qPrintable(QString::number(share)));
        }
        // The same seed gives the same files.
        QTemporaryDir again;
        QCOMPARE(sync({"generate", "--records", "20000", "--seed", "7", "--out", again.path()}).exitCode, 0);
        QCOMPARE(readAll(again.filePath("version.json")), readAll(dir.filePath("version.json")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
