#pragma once

// A cache with its people, a validated and approved synthetic version, and the in-process sandbox
// ERP, for the release tests. Each test ends with the same proof: the ERP holds exactly the
// intended PIR state, nothing was applied twice, and the outbox holds exactly the expected dead
// letters.
#include "../connectors/sandboxpeer.h"
#include "connectors/s4/pirodataclient.h"
#include "engine/forecastvalidation.h"
#include "engine/releaseservice.h"
#include "engine/versionworkflow.h"
#include "net/httpclient.h"
#include "sample/syntheticversion.h"
#include "store/accounts.h"
#include "store/resultstore.h"

#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <set>

namespace releasetest {

using namespace planbridge;

inline s4::PirClientConfig fastClient()
{
    s4::PirClientConfig config;
    config.retry.maxAttempts = 3;
    config.retry.baseDelay = std::chrono::milliseconds(5);
    config.retry.maxDelay = std::chrono::milliseconds(20);
    return config;
}

inline DispatchOptions fastDispatch()
{
    DispatchOptions options;
    options.window = 50; // several rounds even for a small version
    options.maxDeliveryAttempts = 6;
    options.backoff.baseDelay = std::chrono::milliseconds(10);
    options.backoff.maxDelay = std::chrono::milliseconds(50);
    options.write.headersPerChangeset = 10;
    options.write.changesetsPerBatch = 10;
    return options;
}

inline std::vector<s4::PirStateItem> stateOf(const std::vector<s4::PirHeader> &headers)
{
    std::vector<s4::PirStateItem> items;
    for (const s4::PirHeader &h : headers) {
        for (const s4::PirItem &i : h.items)
            items.push_back({ h.product, h.plant, h.mrpArea, h.requirementType, h.version, h.requirementPlan,
                h.requirementSegment, i.period, i.periodType, i.quantity, i.unit });
    }
    std::sort(items.begin(), items.end());
    return items;
}

class ReleaseFixture
{
public:
    // Empty on success, else what went wrong.
    std::string setUp(std::uint64_t rows)
    {
        if (auto error = m_peer.start(); !error.empty())
            return error;
        m_http = std::make_unique<net::HttpClient>(m_peer.clientConfig());
        m_erp = std::make_unique<s4::PirODataClient>(*m_http, fastClient());
        auto cache = store::Cache::open(m_dir.filePath("cache.sqlite").toStdString());
        if (!cache)
            return cache.error().message;
        m_cache = std::move(*cache);
        store::Accounts accounts(*m_cache);
        if (auto error = accounts.bootstrap("admin", { auth::Role::Admin }, "admin-pass", 1000))
            return error->message;
        const auto admin = accounts.signIn("admin", "admin-pass");
        const std::pair<const char *, auth::Role> people[]
            = { { "pia", auth::Role::Planner }, { "ann", auth::Role::Approver },
                  { "sam", auth::Role::Scheduler }, { "sue", auth::Role::IntegrationSupport } };
        for (const auto &[name, role] : people) {
            if (auto error = accounts.addUser(*admin, name, { role }, std::string(name) + "-password", 1000))
                return error->message;
        }
        m_service = std::make_unique<ReleaseService>(*m_cache, *m_erp);
        return approvedVersion("V1", rows);
    }

    // A synthetic version validated, stored, submitted by pia and approved by ann.
    std::string approvedVersion(const std::string &id, std::uint64_t rows, std::uint64_t seed = 3)
    {
        SyntheticSpec spec;
        spec.records = rows;
        spec.seed = seed;
        const std::string folder = m_dir.filePath(QString::fromStdString(id)).toStdString();
        std::filesystem::create_directories(folder);
        const auto files = writeSyntheticVersion(spec, folder);
        if (!files)
            return files.error().message;
        auto result = validateForecastFiles(files->masterPath, files->versionJsonPath, {});
        if (!result)
            return result.error().message;
        VersionWorkflow workflow(*m_cache);
        store::StoredVersion version;
        version.id = id;
        version.plan = "CONSENSUS";
        version.asOf = result->asOf.toString();
        version.bucket = "week";
        const auto pia = session("pia");
        if (auto error = workflow.registerVersion(pia, version))
            return error->message;
        if (auto error = store::ResultStore(*m_cache).save(id, *result))
            return error->message;
        if (auto error = workflow.markValidated(pia, id, "synthetic"))
            return error->message;
        if (auto error = workflow.submit(pia, id))
            return error->message;
        if (auto error = workflow.approve(session("ann"), id))
            return error->message;
        auto mapping = s4::mapToPir(*result, {});
        if (!mapping)
            return mapping.error().message;
        m_headers[id] = mapping->headers;
        return {};
    }

    auth::Session session(const std::string &name)
    {
        return *store::Accounts(*m_cache).signIn(name, name + "-password");
    }

    // What the ERP should hold once `versionId` is posted without the `deadProducts`.
    std::vector<s4::PirStateItem> intended(
        const std::string &versionId, const std::set<std::string> &deadProducts = {})
    {
        std::vector<s4::PirHeader> headers;
        for (const s4::PirHeader &h : m_headers.at(versionId)) {
            if (!deadProducts.count(h.product))
                headers.push_back(h);
        }
        return stateOf(headers);
    }

    std::vector<s4::PirStateItem> erpState()
    {
        net::HttpClient http(m_peer.clientConfig());
        s4::PirODataClient reader(http);
        auto items = reader.readPirState({});
        if (!items)
            return {};
        std::sort(items->begin(), items->end());
        return *items;
    }

    VersionState state(const std::string &id) { return (*store::VersionStore(*m_cache).find(id))->state; }

    connectortest::SandboxPeer &peer() { return m_peer; }
    store::Cache &cache() { return *m_cache; }
    ReleaseService &service() { return *m_service; }
    const std::vector<s4::PirHeader> &headers(const std::string &id) { return m_headers.at(id); }

private:
    QTemporaryDir m_dir;
    connectortest::SandboxPeer m_peer;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<s4::PirODataClient> m_erp;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<ReleaseService> m_service;
    std::map<std::string, std::vector<s4::PirHeader>> m_headers;
};

} // namespace releasetest
