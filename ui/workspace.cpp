#include "workspace.h"

#include "erpconnection.h"

#include "auth/session.h"
#include "store/accounts.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace planbridge::ui {
namespace {

// Any HTTP answer below 500 means the system is there (a 401 or 404 still proves it listens);
// no answer, or a 5xx such as an outage's 503, means it is not usable now.
// The services' service documents: cheap to ask for, and answered by the service itself, so an
// outage behind a working gateway shows as one.
constexpr const char *ErpProbePath = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV/";
constexpr const char *PlanningProbePath = "/sap/opu/odata/IBP/PLANNING_DATA_API_SRV/";

Reachability probeUrl(const QString &baseUrl, const char *path, const Endpoints &endpoints)
{
    if (baseUrl.isEmpty())
        return Reachability::NotConfigured;
    net::HttpClientConfig config = clientConfig(baseUrl, endpoints);
    config.connectTimeout = std::chrono::milliseconds(2000);
    config.totalTimeout = std::chrono::milliseconds(4000);
    net::HttpClient http(config);
    net::HttpRequest request;
    request.url = path;
    const auto response = http.send(request);
    return response && response->status < 500 ? Reachability::Online : Reachability::Offline;
}

} // namespace

net::HttpClientConfig clientConfig(const QString &baseUrl, const Endpoints &endpoints)
{
    net::HttpClientConfig config;
    config.baseUrl = baseUrl.toStdString();
    if (!endpoints.user.isEmpty()) {
        config.authKind = net::AuthKind::Basic;
        config.basic.user = endpoints.user.toStdString();
        config.basic.password = endpoints.password.toStdString();
    }
    return config;
}

std::unique_ptr<Workspace> Workspace::open(const QString &cachePath, Endpoints endpoints, QString *error)
{
    auto cache = store::Cache::open(cachePath.toStdString());
    if (!cache) {
        if (error)
            *error = QString::fromStdString(cache.error().message);
        return nullptr;
    }
    return std::unique_ptr<Workspace>(new Workspace(cachePath, std::move(endpoints), std::move(*cache)));
}

Workspace::Workspace(QString cachePath, Endpoints endpoints, std::unique_ptr<store::Cache> cache)
    : m_cachePath(std::move(cachePath))
    , m_endpoints(std::move(endpoints))
    , m_cache(std::move(cache))
{
    connect(&m_probeTimer, &QTimer::timeout, this, &Workspace::probe);
}

Workspace::~Workspace() = default;

bool Workspace::signIn(const QString &user, const QString &password, QString *error)
{
    auto session = store::Accounts(*m_cache).signIn(user.toStdString(), password.toStdString());
    if (!session) {
        if (error)
            *error = QString::fromStdString(session.error().message);
        return false;
    }
    m_session = std::make_unique<auth::Session>(std::move(*session));
    emit sessionChanged();
    return true;
}

void Workspace::signOut()
{
    m_session.reset();
    emit sessionChanged();
}

QString Workspace::userName() const
{
    return m_session ? QString::fromStdString(m_session->user()) : QString();
}

bool Workspace::allows(auth::Action action) const
{
    return m_session && m_session->allows(action);
}

std::unique_ptr<ErpConnection> Workspace::connectErp() const
{
    return std::make_unique<ErpConnection>(clientConfig(m_endpoints.erpUrl, m_endpoints));
}

void Workspace::setCurrentVersion(const QString &id)
{
    if (id == m_currentVersion)
        return;
    m_currentVersion = id;
    emit currentVersionChanged(id);
}

void Workspace::startProbing(int intervalMs)
{
    probe();
    if (intervalMs > 0)
        m_probeTimer.start(intervalMs);
}

void Workspace::probe()
{
    if (m_probing)
        return; // the last probe is still waiting for a timeout
    m_probing = true;
    QPointer<Workspace> self(this);
    const Endpoints endpoints = m_endpoints;
    // A detached run: a probe ends within its timeouts, and the pointer guards a closed console.
    (void)QtConcurrent::run([self, endpoints] {
        const Reachability erp = probeUrl(endpoints.erpUrl, ErpProbePath, endpoints);
        const Reachability planning = probeUrl(endpoints.planningUrl, PlanningProbePath, endpoints);
        QMetaObject::invokeMethod(
            qApp, [self, erp, planning] {
                if (self)
                    self->applyProbe(erp, planning);
            },
            Qt::QueuedConnection);
    });
}

void Workspace::applyProbe(Reachability erp, Reachability planning)
{
    m_probing = false;
    const bool back = m_erp == Reachability::Offline && erp == Reachability::Online;
    if (erp == m_erp && planning == m_planning)
        return;
    m_erp = erp;
    m_planning = planning;
    emit reachabilityChanged();
    if (back)
        emit erpBackOnline();
}

} // namespace planbridge::ui
