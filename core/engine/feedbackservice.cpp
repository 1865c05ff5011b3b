#include "engine/feedbackservice.h"

#include "engine/releaseservice.h"
#include "store/accounts.h"
#include "store/outboxstore.h"
#include "store/versionstore.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <set>
#include <sstream>

namespace planbridge {
namespace {

using auth::Action;
using store::Statement;

std::vector<std::int64_t> numbers(const std::string &list)
{
    std::vector<std::int64_t> values;
    std::stringstream stream(list);
    for (std::string item; std::getline(stream, item, ',');) {
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
        if (error == std::errc() && end == item.data() + item.size())
            values.push_back(value); // anything else was not written by the outbox: skipped
    }
    return values;
}

Decimal decimalOf(const std::string &text)
{
    return parseQuantityString(text).value;
}

Date dateOf(const std::string &text)
{
    return Date::parse(text).value_or(Date());
}

} // namespace

FeedbackService::FeedbackService(store::Cache &cache, connectors::ErpExecution &erp)
    : m_cache(cache)
    , m_erp(erp)
{
}

Expected<FeedbackReport> FeedbackService::collect(const auth::Session &session, const std::string &releaseId,
    std::optional<Date> runDate, const connectors::MrpWait &wait)
{
    if (auto refused = store::authorize(m_cache.audit(), session, Action::TriggerMrp, releaseId))
        return *refused;
    auto found = findRelease(m_cache, releaseId);
    if (!found)
        return found.error();
    const std::string versionId = found->version.id;
    store::OutboxStore outbox(m_cache);
    store::VersionStore versions(m_cache);
    const VersionState state = found->version.state;
    if (state != VersionState::Posted && state != VersionState::PartiallyPosted
        && state != VersionState::MrpTriggered && state != VersionState::FeedbackComplete)
        return EngineError { "version " + versionId + " is " + std::string(versionStateName(state))
            + ": MRP runs once its release is posted" };
    auto acked = outbox.items(releaseId, store::OutboxState::Acked);
    if (!acked)
        return acked.error();
    std::set<std::string> plantSet;
    for (const store::OutboxItem &item : *acked)
        plantSet.insert(item.plant);
    if (plantSet.empty())
        return EngineError { "release " + releaseId + " wrote nothing to the ERP: no plant to plan" };
    FeedbackReport report;
    report.plants.assign(plantSet.begin(), plantSet.end());

    connectors::MrpRunRequest request;
    request.plants = report.plants;
    request.runDate = runDate;
    request.text = "PlanBridge " + releaseId;
    auto started = m_erp.startMrp(request);
    if (!started)
        return started.error();
    std::string plantsText;
    for (const std::string &plant : report.plants)
        plantsText.append(plantsText.empty() ? "" : ",").append(plant);
    std::int64_t runRow = 0;
    auto failed = m_cache.db().transaction([&]() -> std::optional<EngineError> {
        Statement *insert = m_cache.db().prepare(
            "INSERT INTO mrp_runs (release_id, job, run_count, plants, state, message, started_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!insert)
            return m_cache.db().error("cannot record the MRP run");
        insert->bind(1, releaseId).bind(2, started->id).bind(3, started->runCount).bind(4, plantsText);
        insert->bind(5, connectors::mrpRunStateName(started->state))
            .bind(6, started->message)
            .bind(7, store::utcNowIso());
        if (!insert->run())
            return EngineError { "cannot record the MRP run: " + insert->error() };
        runRow = m_cache.db().lastInsertId();
        if (state != VersionState::MrpTriggered)
            return versions.transition(versionId, VersionState::MrpTriggered, session.user(),
                "MRP job " + started->id + " for plants " + plantsText);
        return std::nullopt;
    });
    if (failed)
        return *failed;

    auto finished = connectors::awaitMrp(m_erp, *started, wait);
    if (!finished)
        return finished.error();
    report.run = *finished;
    Statement *update = m_cache.db().prepare(
        "UPDATE mrp_runs SET state = ?2, message = ?3, finished_at = ?4 WHERE id = ?1");
    if (update)
        update->bind(1, runRow)
            .bind(2, connectors::mrpRunStateName(finished->state))
            .bind(3, finished->message)
            .bind(4, store::utcNowIso())
            .run();
    if (finished->state == connectors::MrpRunState::Aborted) {
        m_cache.audit().append(session.user(), "mrp.aborted", releaseId,
            nlohmann::json { { "job", finished->id }, { "message", finished->message } }.dump());
        return EngineError { "MRP job " + finished->id + " was aborted by the ERP: " + finished->message };
    }
    auto feedback = m_erp.readFeedback(report.plants);
    if (!feedback)
        return feedback.error();
    report.feedback = std::move(*feedback);
    failed = m_cache.db().transaction([&]() -> std::optional<EngineError> {
        if (auto error = save(releaseId, report.feedback))
            return error;
        const nlohmann::json detail
            = { { "job", finished->id }, { "planned_orders", report.feedback.plannedOrders.size() },
                  { "purchase_requisitions", report.feedback.requisitions.size() },
                  { "shortages", report.feedback.shortages.size() } };
        if (auto entry = m_cache.audit().append(session.user(), "feedback.collect", releaseId, detail.dump());
            !entry)
            return entry.error();
        return versions.transition(versionId, VersionState::FeedbackComplete, session.user(),
            std::to_string(report.feedback.plannedOrders.size()) + " planned orders, "
                + std::to_string(report.feedback.requisitions.size()) + " requisitions, "
                + std::to_string(report.feedback.shortages.size()) + " shortages");
    });
    if (failed)
        return *failed;
    return report;
}

std::optional<EngineError> FeedbackService::save(
    const std::string &releaseId, const connectors::ExecutionFeedback &f)
{
    store::Database &db = m_cache.db();
    for (const char *table : { "feedback_planned_orders", "feedback_requisitions", "feedback_shortages" }) {
        Statement *clear = db.prepare(std::string("DELETE FROM ") + table + " WHERE release_id = ?1");
        if (!clear || !clear->bind(1, releaseId).run())
            return db.error("cannot replace the feedback of " + releaseId);
    }
    Statement *order
        = db.prepare("INSERT INTO feedback_planned_orders VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    Statement *req = db.prepare(
        "INSERT INTO feedback_requisitions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    Statement *shortage
        = db.prepare("INSERT INTO feedback_shortages VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!order || !req || !shortage)
        return db.error("cannot store feedback");
    for (const auto &o : f.plannedOrders) {
        order->reset();
        order->bind(1, releaseId).bind(2, o.id).bind(3, o.material).bind(4, o.plant).bind(5, o.mrpArea);
        order->bind(6, o.quantity.toString())
            .bind(7, o.unit)
            .bind(8, o.start.toString())
            .bind(9, o.end.toString());
        if (!order->bind(10, std::int64_t(o.firm)).run())
            return EngineError { "cannot store feedback: " + order->error() };
    }
    for (const auto &r : f.requisitions) {
        req->reset();
        req->bind(1, releaseId).bind(2, r.id).bind(3, r.item).bind(4, r.material).bind(5, r.plant);
        req->bind(6, r.quantity.toString())
            .bind(7, r.unit)
            .bind(8, r.delivery.toString())
            .bind(9, r.release.toString());
        if (!req->bind(10, r.supplier).bind(11, std::int64_t(r.fixed)).run())
            return EngineError { "cannot store feedback: " + req->error() };
    }
    for (std::size_t i = 0; i < f.shortages.size(); ++i) {
        const auto &s = f.shortages[i];
        shortage->reset();
        shortage->bind(1, releaseId)
            .bind(2, std::int64_t(i))
            .bind(3, s.material)
            .bind(4, s.plant)
            .bind(5, s.mrpArea);
        shortage->bind(6, s.quantity.toString()).bind(7, s.unit).bind(8, s.start.toString());
        shortage->bindOptional(9, s.end ? std::optional<std::string>(s.end->toString()) : std::nullopt);
        if (!shortage->run())
            return EngineError { "cannot store feedback: " + shortage->error() };
    }
    return std::nullopt;
}

Expected<connectors::ExecutionFeedback> FeedbackService::stored(
    const auth::Session &session, const std::string &releaseId)
{
    return storedFeedback(m_cache, session, releaseId);
}

Expected<Lineage> FeedbackService::lineage(const auth::Session &session, const std::string &releaseId,
    const std::string &material, const std::string &plant)
{
    return feedbackLineage(m_cache, session, releaseId, material, plant);
}

Expected<connectors::ExecutionFeedback> storedFeedback(
    store::Cache &cache, const auth::Session &session, const std::string &releaseId)
{
    if (auto refused = store::authorize(cache.audit(), session, Action::ViewFeedback, releaseId))
        return *refused;
    store::Database &db = cache.db();
    connectors::ExecutionFeedback f;
    Statement *orders = db.prepare(
        "SELECT planned_order, material, plant, mrp_area, quantity, unit, start_date, "
        "end_date, firm FROM feedback_planned_orders WHERE release_id = ?1 ORDER BY planned_order");
    Statement *reqs = db.prepare(
        "SELECT requisition, item, material, plant, quantity, unit, delivery_date, release_date, "
        "supplier, fixed FROM feedback_requisitions WHERE release_id = ?1 ORDER BY requisition, item");
    Statement *shorts = db.prepare("SELECT material, plant, mrp_area, quantity, unit, start_date, end_date "
                                   "FROM feedback_shortages WHERE release_id = ?1 ORDER BY seq");
    if (!orders || !reqs || !shorts)
        return db.error("cannot read feedback");
    for (orders->bind(1, releaseId); orders->step() == Statement::Step::Row;)
        f.plannedOrders.push_back(
            { orders->text(0), orders->text(1), orders->text(2), orders->text(3), decimalOf(orders->text(4)),
                orders->text(5), dateOf(orders->text(6)), dateOf(orders->text(7)), orders->integer(8) != 0 });
    for (reqs->bind(1, releaseId); reqs->step() == Statement::Step::Row;)
        f.requisitions.push_back({ reqs->text(0), reqs->text(1), reqs->text(2), reqs->text(3),
            decimalOf(reqs->text(4)), reqs->text(5), dateOf(reqs->text(6)), dateOf(reqs->text(7)),
            reqs->text(8), reqs->integer(9) != 0 });
    for (shorts->bind(1, releaseId); shorts->step() == Statement::Step::Row;) {
        connectors::ShortageFeedback s { shorts->text(0), shorts->text(1), shorts->text(2),
            decimalOf(shorts->text(3)), shorts->text(4), dateOf(shorts->text(5)), std::nullopt };
        if (!shorts->isNull(6))
            s.end = dateOf(shorts->text(6));
        f.shortages.push_back(std::move(s));
    }
    for (Statement *s : { orders, reqs, shorts }) {
        if (!s->error().empty())
            return EngineError { "cannot read feedback: " + s->error() };
        s->reset();
    }
    return f;
}

Expected<Lineage> feedbackLineage(store::Cache &cache, const auth::Session &session,
    const std::string &releaseId, const std::string &material, const std::string &plant)
{
    if (auto refused = store::authorize(cache.audit(), session, Action::ViewFeedback, releaseId))
        return *refused;
    store::Database &db = cache.db();
    Statement *writes = db.prepare(
        "SELECT o.id, o.records, r.version_id FROM outbox o JOIN releases r ON r.id = o.release_id "
        "WHERE o.release_id = ?1 AND o.product = ?2 AND o.plant = ?3 ORDER BY o.seq");
    Statement *record = db.prepare("SELECT substr(v.sources, e.sources_begin * 4 + 1, e.sources_count * 4) "
                                   "FROM erp_records e JOIN version_results v ON v.version_id = e.version_id "
                                   "WHERE e.version_id = ?1 AND e.seq = ?2");
    if (!writes || !record)
        return db.error("cannot read lineage");
    Lineage lineage;
    std::string versionId;
    std::set<std::uint32_t> rows;
    for (writes->bind(1, releaseId).bind(2, material).bind(3, plant);
         writes->step() == Statement::Step::Row;) {
        lineage.writes.push_back(writes->integer(0));
        versionId = writes->text(2);
        for (const std::int64_t seq : numbers(writes->text(1)))
            lineage.erpRecords.push_back(seq);
    }
    writes->reset();
    for (const std::int64_t seq : lineage.erpRecords) {
        record->reset();
        if (record->bind(1, versionId).bind(2, seq).step() != Statement::Step::Row)
            continue;
        const std::string bytes = record->text(0);
        for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
            std::uint32_t row = 0;
            for (int b = 0; b < 4; ++b)
                row |= std::uint32_t(static_cast<unsigned char>(bytes[i + std::size_t(b)])) << (8 * b);
            rows.insert(row);
        }
    }
    record->reset();
    lineage.forecastRows.assign(rows.begin(), rows.end());
    return lineage;
}

} // namespace planbridge
