#pragma once

// A real trytond for the end-to-end tests: installer/tryton-env.sh copies the cached seeded
// database into a temporary folder and starts the server on a free loopback port; the destructor
// stops it. available() is false (with the reason) when trytond is not installed.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <string>

namespace trytontest {

class TrytonEnv
{
public:
    TrytonEnv() = default;
    ~TrytonEnv() { stop(); }
    TrytonEnv(const TrytonEnv &) = delete;
    TrytonEnv &operator=(const TrytonEnv &) = delete;

    static QString script() { return QStringLiteral(PLANBRIDGE_SOURCE_DIR "/installer/tryton-env.sh"); }

    static bool installed()
    {
        QProcess check;
        check.start("bash", { script(), "check" });
        return check.waitForFinished(30'000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0;
    }

    // Empty on success, else what went wrong (the script's own words).
    std::string start()
    {
        QProcess p;
        p.start("bash", { script(), "start", m_dir.path() });
        if (!p.waitForFinished(300'000))
            return "tryton-env.sh start did not finish in 300 s";
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const auto match = QRegularExpression("url=(\\S+) database=(\\S+)").match(out);
        if (p.exitCode() != 0 || !match.hasMatch())
            return ("tryton-env.sh start failed: " + out + err).toStdString();
        m_url = match.captured(1).toStdString();
        m_database = match.captured(2).toStdString();
        m_started = true;
        return {};
    }

    void stop()
    {
        if (!m_started)
            return;
        QProcess p;
        p.start("bash", { script(), "stop", m_dir.path() });
        p.waitForFinished(30'000);
        m_started = false;
    }

    const std::string &url() const { return m_url; }
    const std::string &database() const { return m_database; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::string m_url;
    std::string m_database;
    bool m_started = false;
};

} // namespace trytontest
