#pragma once

// Runs the built planbridge-sync as a child process, with one password variable set, the way a
// connections file's <secret>_env setting reads it.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace synctest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run sync(const QStringList &args, const char *passwordVariable, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(passwordVariable, password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLANBRIDGE_SYNC_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace synctest
