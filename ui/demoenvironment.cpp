#include "demoenvironment.h"

#include "erpconnection.h"

#include "engine/demoscenario.h"
#include "sample/sampledata.h"
#include "sandbox/sandboxserver.h"
#include "store/cache.h"

#include <QDir>
#include <QFile>

namespace planbridge::ui {

DemoEnvironment::DemoEnvironment()
    : m_server(std::make_unique<sandbox::SandboxServer>())
{
}

DemoEnvironment::~DemoEnvironment()
{
    m_server->stop();
}

bool DemoEnvironment::start(QString *error, std::uint64_t syntheticRecords)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_folder.isValid())
        return fail(QStringLiteral("cannot create a folder for the demo"));
    // The sandbox's MRP knows the sample's materials from the seed folder's master.json.
    const QString seed = m_folder.filePath(QStringLiteral("sandbox"));
    QDir().mkpath(seed);
    QFile master(seed + QStringLiteral("/master.json"));
    const std::string_view text = sampleMasterData();
    if (!master.open(QIODevice::WriteOnly) || master.write(text.data(), qint64(text.size())) != qint64(text.size()))
        return fail(QStringLiteral("cannot write the sandbox's master data"));
    master.close();
    sandbox::SandboxOptions options;
    options.seedDir = seed.toStdString();
    options.faults.blockedProducts = { BlockedProduct };
    auto port = m_server->start(options);
    if (!port)
        return fail(QString::fromStdString(port.error().message));
    m_baseUrl = QString::fromStdString(m_server->baseUrl());

    auto cache = store::Cache::open(cachePath().toStdString());
    if (!cache)
        return fail(QString::fromStdString(cache.error().message));
    ErpConnection erp(clientConfig(m_baseUrl, {}));
    DemoScenarioOptions scenario;
    scenario.syntheticRecords = syntheticRecords;
    auto seeded = seedDemoScenario(**cache, m_folder.filePath(QStringLiteral("synthetic")).toStdString(), &erp.pirs,
        &erp.mrp, scenario);
    if (!seeded)
        return fail(QString::fromStdString(seeded.error().message));
    m_scenario = *seeded;
    return true;
}

QString DemoEnvironment::cachePath() const
{
    return m_folder.filePath(QStringLiteral("cache.sqlite"));
}

Endpoints DemoEnvironment::endpoints() const
{
    Endpoints e;
    e.erpUrl = m_baseUrl;
    e.planningUrl = m_baseUrl;
    return e;
}

bool DemoEnvironment::setFaults(const std::string &json)
{
    net::HttpClient http(clientConfig(m_baseUrl, {}));
    net::HttpRequest request;
    request.method = net::HttpMethod::Post;
    request.url = "/sandbox/admin/faults";
    request.headers.set("Content-Type", "application/json");
    request.body = json;
    auto response = http.send(request);
    return response && response->status < 300;
}

void DemoEnvironment::stopSandbox()
{
    m_server->stop();
}

} // namespace planbridge::ui
