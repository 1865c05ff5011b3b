// Execution feedback after a release: MRP for the plants the release wrote to, the planned orders,
// requisitions and shortages kept with the release, and lineage from a feedback row back to the
// PIR writes, the ERP records and the forecast rows.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/s4/mrpodataclient.h"
#include "engine/feedbackservice.h"
#include "engine/kpis.h"
#include "releasefixture.h"
#endif

using namespace planbridge;
using namespace releasetest;

class TestFeedback : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<ReleaseFixture>();
        const std::string error = m_fixture->setUp(1500);
        QVERIFY2(error.empty(), error.c_str());
        m_http = std::make_unique<net::HttpClient>(m_fixture->peer().clientConfig());
        m_mrp = std::make_unique<s4::MrpODataClient>(*m_http);
        m_service = std::make_unique<FeedbackService>(m_fixture->cache(), *m_mrp);
    }

    void cleanup()
    {
        m_service.reset();
        m_mrp.reset();
        m_http.reset();
        m_fixture.reset();
    }

    void collectsAndLinksBackToTheForecast()
    {
        const auto ann = m_fixture->session("ann");
        const auto sam = m_fixture->session("sam");
        const auto early = m_service->collect(sam, "REL-V1-1");
        QVERIFY(!early.ok()); // no release yet
        const auto release = *m_fixture->service().release(ann, "V1");
        QVERIFY(!m_service->collect(sam, release).ok()); // released, not posted
        QVERIFY(m_fixture->service().dispatch(ann, release, fastDispatch())->finished);

        const auto refused = m_service->collect(m_fixture->session("pia"), release);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, std::string("user pia (planner) may not trigger MRP"));

        connectors::MrpWait wait;
        wait.pollInterval = std::chrono::milliseconds(20);
        const auto report = m_service->collect(sam, release, Date::parse("2026-11-30"), wait);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(int(report->run.state), int(connectors::MrpRunState::Finished));
        std::set<std::string> plants;
        for (const auto &h : m_fixture->headers("V1"))
            plants.insert(h.plant);
        QCOMPARE(std::set<std::string>(report->plants.begin(), report->plants.end()), plants);
        const auto &f = report->feedback;
        QVERIFY(!f.plannedOrders.empty() || !f.requisitions.empty());
        QCOMPARE(m_fixture->state("V1"), VersionState::FeedbackComplete);

        // What is stored is what was read.
        const auto stored = m_service->stored(m_fixture->session("pia"), release);
        QVERIFY(stored.ok());
        QVERIFY(stored->plannedOrders == f.plannedOrders);
        QVERIFY(stored->requisitions == f.requisitions);
        QVERIFY(stored->shortages == f.shortages);

        // Lineage of a proposal: the writes for its material and plant, their ERP records, and the
        // forecast rows those came from.
        const std::string material
            = f.plannedOrders.empty() ? f.requisitions.front().material : f.plannedOrders.front().material;
        const std::string plant
            = f.plannedOrders.empty() ? f.requisitions.front().plant : f.plannedOrders.front().plant;
        const auto lineage = m_service->lineage(sam, release, material, plant);
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->writes.size(), 1u);
        QVERIFY(!lineage->erpRecords.empty());
        QVERIFY(!lineage->forecastRows.empty());
        const auto result = **store::ResultStore(m_fixture->cache()).load("V1");
        std::set<std::uint32_t> expectedRows;
        for (const std::int64_t seq : lineage->erpRecords) {
            const AcceptedRecord &r = result.accepted[std::size_t(seq)];
            QCOMPARE(result.items[r.item].item, material);
            QCOMPARE(result.locations[r.location].erpPlant, plant);
            for (std::uint32_t i = 0; i < r.sourcesCount; ++i)
                expectedRows.insert(result.sources[r.sourcesBegin + i]);
        }
        QCOMPARE(std::set<std::uint32_t>(lineage->forecastRows.begin(), lineage->forecastRows.end()),
            expectedRows);
        QVERIFY(m_service->lineage(sam, release, "NO-SUCH", plant)->writes.empty());

        // A second run replaces the feedback rather than adding to it.
        const auto again = m_service->collect(sam, release, Date::parse("2026-11-30"), wait);
        QVERIFY(again.ok());
        QCOMPARE(m_service->stored(sam, release)->plannedOrders.size(), f.plannedOrders.size());
        QVERIFY(m_fixture->cache().audit().verify().ok());
    }

    // The KPIs of a version taken through the whole cycle, and an SLA breach.
    void kpisFromTheCache()
    {
        const auto ann = m_fixture->session("ann");
        const auto sam = m_fixture->session("sam");
        const auto release = *m_fixture->service().release(ann, "V1");
        QVERIFY(m_fixture->service().dispatch(ann, release, fastDispatch())->finished);
        connectors::MrpWait wait;
        wait.pollInterval = std::chrono::milliseconds(20);
        QVERIFY(m_service->collect(sam, release, Date::parse("2026-11-30"), wait).ok());

        auto report = computeKpis(sam, m_fixture->cache());
        QVERIFY(report.ok());
        QCOMPARE(report->versions.size(), 1u);
        const VersionKpis &k = report->versions.front();
        const auto result = **store::ResultStore(m_fixture->cache()).load("V1");
        QCOMPARE(k.rowsIn, std::uint64_t(1500));
        QCOMPARE(k.rowsAccepted, result.rowsAccepted);
        QCOMPARE(k.rowsRejected, std::uint64_t(result.rejects.size()));
        QCOMPARE(k.writes, m_fixture->headers("V1").size());
        QCOMPARE(k.acknowledged, k.writes);
        QCOMPARE(k.queued + k.deadLetters + k.retries, 0u);
        QVERIFY(k.approvalToPostingSeconds && *k.approvalToPostingSeconds >= 0
            && *k.approvalToPostingSeconds < 60);
        QVERIFY(k.mrpTriggerSeconds.has_value());
        QVERIFY(k.feedbackComplete);
        QVERIFY(!k.slaSeconds); // normal priority: no SLA
        QCOMPARE(report->feedbackCompletion, 1.0);
        QCOMPARE(report->acceptanceRate, double(result.rowsAccepted) / 1500.0);
        QCOMPARE(*report->latencyP95, *k.approvalToPostingSeconds);

        // Pretend it was high priority and approved an hour before posting: a breach of the 15 min.
        QVERIFY(!m_fixture->cache().db().exec("UPDATE versions SET priority = 'high', approved_at = "
                                              "'2020-01-01T00:00:00.000Z' WHERE id = 'V1'"));
        report = computeKpis(sam, m_fixture->cache());
        QCOMPARE(report->versions.front().slaSeconds, std::optional<double>(900));
        QCOMPARE(report->versions.front().slaMet, std::optional<bool>(false));
        QCOMPARE(report->slaBreaches, 1u);
        const auto json = nlohmann::json::parse(kpisJson(*report));
        QCOMPARE(json["sla_breaches"].get<int>(), 1);
        QCOMPARE(json["versions"][0]["version"].get<std::string>(), std::string("V1"));
    }

private:
    std::unique_ptr<ReleaseFixture> m_fixture;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<s4::MrpODataClient> m_mrp;
    std::unique_ptr<FeedbackService> m_service;
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
