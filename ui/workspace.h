#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace planbridge::store {
class Cache;
}
namespace planbridge::auth {
class Session;
enum class Action;
}
namespace planbridge::net {
struct HttpClientConfig;
}

namespace planbridge::ui {

struct ErpConnection;

// Where the console's outside systems are; empty URLs mean "not configured" (offline by choice).
struct Endpoints
{
    QString erpUrl;
    QString planningUrl;
    QString user; // Basic auth for both, when set
    QString password;
};

// Reachability as last probed.
enum class Reachability { Unknown, Online, Offline, NotConfigured };

// What the console works on: the local cache, the signed-in user and the endpoints. The pages get
// it through their constructors; the engine's services are made from it where they are used. The
// cache here belongs to the GUI thread: background jobs open their own connection to the same file
// (SQLite in WAL mode lets them write while the pages read).
class Workspace : public QObject
{
    Q_OBJECT
public:
    // Opens (creating or upgrading) the cache; nullptr with `error` set when that fails.
    static std::unique_ptr<Workspace> open(const QString &cachePath, Endpoints endpoints, QString *error);
    ~Workspace() override;

    store::Cache &cache() { return *m_cache; }
    const QString &cachePath() const { return m_cachePath; }
    const Endpoints &endpoints() const { return m_endpoints; }

    bool signIn(const QString &user, const QString &password, QString *error);
    void signOut();
    const auth::Session *session() const { return m_session.get(); }
    QString userName() const;
    // What the signed-in user's roles allow (false when nobody is signed in). The UI hides and
    // disables with this; the engine checks again on every call.
    bool allows(auth::Action action) const;

    bool hasErp() const { return !m_endpoints.erpUrl.isEmpty(); }
    std::unique_ptr<ErpConnection> connectErp() const;
    Reachability erpReachability() const { return m_erp; }
    Reachability planningReachability() const { return m_planning; }
    // Probes now, and then every `interval` ms (0: only now).
    void startProbing(int intervalMs);

    // The version the pages work on, chosen on the versions page (or any page's picker).
    const QString &currentVersion() const { return m_currentVersion; }
    void setCurrentVersion(const QString &id);

    // A page or job changed the cache: every page reloads what it shows.
    void notifyCacheChanged() { emit cacheChanged(); }

signals:
    void sessionChanged();
    void currentVersionChanged(const QString &id);
    void cacheChanged();
    void reachabilityChanged();
    // The ERP answered again after being unreachable: queued releases can go out.
    void erpBackOnline();

private:
    Workspace(QString cachePath, Endpoints endpoints, std::unique_ptr<store::Cache> cache);
    void probe();
    void applyProbe(Reachability erp, Reachability planning);

    QString m_cachePath;
    Endpoints m_endpoints;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<auth::Session> m_session;
    Reachability m_erp = Reachability::Unknown;
    Reachability m_planning = Reachability::Unknown;
    QString m_currentVersion;
    bool m_probing = false;
    QTimer m_probeTimer;
};

net::HttpClientConfig clientConfig(const QString &baseUrl, const Endpoints &endpoints);

} // namespace planbridge::ui
