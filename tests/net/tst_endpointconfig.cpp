// The connections file: endpoints, auth kinds, TLS options, and secrets that come only from the
// environment or from owner-only files, with errors that name the setting but never the value.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "endpointfixtures.h"
#include "net/endpointconfig.h"

#include <cstdlib>
#include <sys/stat.h>
#endif

using namespace planbridge::net;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content, int mode = 0600)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    f.close();
    ::chmod(path.toLocal8Bit().constData(), static_cast<mode_t>(mode));
    return path;
}

std::string errorOf(const QString &path, const char *name)
{
    const auto settings = loadEndpointSettings(path.toStdString(), name);
    return settings.ok() ? std::string("(no error)") : settings.error().message;
}

} // namespace

class TestEndpointConfig : public QObject
{
    Q_OBJECT

private slots:
    void basicAuthFromTheEnvironment()
    {
        QTemporaryDir dir;
        ::setenv("PB_TEST_ERP_PASSWORD", "s3cret", 1);
        const QString path = write(dir, "c.json", BasicFromEnvironment);
        const auto s = loadEndpointSettings(path.toStdString(), "erp");
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        QCOMPARE(s->http.authKind, AuthKind::Basic);
        QCOMPARE(s->http.basic.user, std::string("COMM"));
        QCOMPARE(s->http.basic.password, std::string("s3cret"));
        QVERIFY(s->http.verifyPeer && s->http.verifyHost); // TLS verification stays on by default
        QCOMPARE(s->http.proxyUrl, std::string("http://proxy:3128"));
        QCOMPARE(s->http.connectTimeout.count(), 2500);
        QCOMPARE(s->options.at("requirement_type"), std::string("VSF"));
        QCOMPARE(s->options.at("page_size"), std::string("5000"));
    }

    void oauth2SecretFromAnOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString secretFile = write(dir, "secret", "client-secret\n", 0600);
        const QString path = write(dir, "c.json", QByteArray(OAuth2Head) + secretFile.toUtf8() + OAuth2Tail);
        const auto s = loadEndpointSettings(path.toStdString(), "planning");
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        QCOMPARE(s->http.authKind, AuthKind::OAuth2ClientCredentials);
        QCOMPARE(s->http.oauth2.clientSecret, std::string("client-secret"));
        QCOMPARE(s->http.caFile, std::string("/etc/ssl/certs/ca-certificates.crt"));
        QCOMPARE(s->http.clientCertFile, std::string("c.pem"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("literal password") << QByteArray(LiteralPassword) << "must not hold a secret";
        QTest::addRow("unset variable") << QByteArray(UnsetVariable) << "PB_TEST_NOT_SET";
        QTest::addRow("no secret source") << QByteArray(NoSecretSource) << "password_env";
        QTest::addRow("unknown auth kind") << QByteArray(UnknownAuthKind)
                                           << "kind";
        QTest::addRow("no url") << QByteArray(NoUrl) << "url";
        QTest::addRow("no such endpoint") << QByteArray(OnlyPlanning) << "\"erp\"";
        QTest::addRow("bad json") << QByteArray("{\"erp\": ") << "not valid JSON";
        QTest::addRow("verify as text") << QByteArray(VerifyAsText)
                                        << "verify";
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ::unsetenv("PB_TEST_NOT_SET");
        QTemporaryDir dir;
        const std::string error = errorOf(write(dir, "c.json", json), "erp");
        QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
        QVERIFY2(error.find("hunter2") == std::string::npos, "a secret leaked into the error");
    }

    void secretFileReadableByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QString secretFile = write(dir, "secret", "hunter2", 0644);
        const QString path = write(dir, "c.json", QByteArray(PasswordFileHead) + secretFile.toUtf8() + PasswordFileTail);
        const std::string error = errorOf(path, "erp");
        QVERIFY2(error.find("chmod 600") != std::string::npos, error.c_str());
        QVERIFY(error.find("hunter2") == std::string::npos);
    }

    void explicitVerifyOffIsHonoured()
    {
        QTemporaryDir dir;
        const auto s = loadEndpointSettings(
            write(dir, "c.json", VerifyOff).toStdString(), "erp");
        QVERIFY(s.ok());
        QVERIFY(!s->http.verifyPeer && !s->http.verifyHost);
    }

    void defaultPathFollowsXdg()
    {
        ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
        QCOMPARE(defaultConnectionsPath(), std::string("/tmp/xdg-test/planbridge/connections.json"));
        ::unsetenv("XDG_CONFIG_HOME");
        ::setenv("HOME", "/home/planner", 1);
        QCOMPARE(defaultConnectionsPath(), std::string("/home/planner/.config/planbridge/connections.json"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointConfig)
#include "tst_endpointconfig.moc"
