// The version lifecycle and the workflow up to release: the transition table, four-eyes,
// permissions checked and refusals audited, supersession by a newer version of the same plan,
// history kept across re-validation, and the high-priority SLA clock.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "engine/versionworkflow.h"
#include "store/accounts.h"
#include "store/settings.h"
#endif

using namespace planbridge;
using auth::Role;
using S = VersionState;

Q_DECLARE_METATYPE(VersionState)

namespace {

store::StoredVersion version(
    const std::string &id, const std::string &plan = "CONSENSUS", const std::string &priority = "normal")
{
    store::StoredVersion v;
    v.id = id;
    v.plan = plan;
    v.source = "file:" + id + ".json";
    v.asOf = "2026-11-26";
    v.bucket = "week";
    v.priority = priority;
    return v;
}

} // namespace

class TestVersionWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<VersionState>("from");
        QTest::addColumn<VersionState>("to");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("validate") << S::Pulled << S::Validated << true;
        QTest::addRow("re-validate") << S::Validated << S::Validated << true;
        QTest::addRow("resolve") << S::Validated << S::Resolving << true;
        QTest::addRow("re-validate after resolving") << S::Resolving << S::Validated << true;
        QTest::addRow("no submit while resolving") << S::Resolving << S::Submitted << false;
        QTest::addRow("no submit before validation") << S::Pulled << S::Submitted << false;
        QTest::addRow("approve") << S::Submitted << S::Approved << true;
        QTest::addRow("send back") << S::Submitted << S::Validated << true;
        QTest::addRow("no release before approval") << S::Submitted << S::Released << false;
        QTest::addRow("release") << S::Approved << S::Released << true;
        QTest::addRow("post") << S::Released << S::Posting << true;
        QTest::addRow("cancel while queued") << S::Released << S::Cancelled << true;
        QTest::addRow("no cancel while posting") << S::Posting << S::Cancelled << false;
        QTest::addRow("posting never superseded") << S::Posting << S::Superseded << false;
        QTest::addRow("queued release never superseded") << S::Released << S::Superseded << false;
        QTest::addRow("approved may be superseded") << S::Approved << S::Superseded << true;
        QTest::addRow("partial, then replayed") << S::PartiallyPosted << S::Posting << true;
        QTest::addRow("MRP after posting") << S::Posted << S::MrpTriggered << true;
        QTest::addRow("feedback") << S::MrpTriggered << S::FeedbackComplete << true;
        QTest::addRow("superseded is final") << S::Superseded << S::Validated << false;
        QTest::addRow("cancelled is final") << S::Cancelled << S::Pulled << false;
    }

    void transitions()
    {
        QFETCH(VersionState, from);
        QFETCH(VersionState, to);
        QFETCH(bool, allowed);
        QCOMPARE(canTransition(from, to), allowed);
        QCOMPARE(parseVersionState(versionStateName(from)), std::optional<VersionState>(from));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cache = store::Cache::open(m_dir->filePath("cache.sqlite").toStdString());
        QVERIFY(cache.ok());
        m_cache = std::move(*cache);
        store::Accounts accounts(*m_cache);
        QVERIFY(!accounts.bootstrap("admin", { Role::Admin }, "admin-pass", 1000));
        const auto admin = accounts.signIn("admin", "admin-pass");
        const std::pair<const char *, Role> people[] = { { "pia", Role::Planner }, { "paul", Role::Planner },
            { "ann", Role::Approver }, { "sam", Role::Scheduler } };
        for (const auto &[name, role] : people)
            QVERIFY(!accounts.addUser(*admin, name, { role }, std::string(name) + "-password", 1000));
        // One who both plans and approves: four-eyes must still stop them approving their own.
        QVERIFY(!accounts.addUser(*admin, "both", { Role::Planner, Role::Approver }, "both-password", 1000));
        m_workflow = std::make_unique<VersionWorkflow>(*m_cache);
    }

    void fullPathToApproval()
    {
        const auto pia = session("pia");
        const auto ann = session("ann");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        QVERIFY(!m_workflow->markValidated(pia, "V1", "10 rows: 8 accepted, 2 rejected"));
        QVERIFY(!m_workflow->submit(pia, "V1"));
        QVERIFY(!m_workflow->approve(ann, "V1"));
        const auto stored = *m_workflow->versions().find("V1");
        QCOMPARE(stored->state, S::Approved);
        QCOMPARE(stored->submittedBy, std::optional<std::string>("pia"));
        QCOMPARE(stored->approvedBy, std::optional<std::string>("ann"));
        const auto history = *m_workflow->versions().history("V1");
        QStringList states;
        for (const auto &change : history)
            states << QString::fromStdString(
                std::string(versionStateName(change.state)) + "/" + change.actor);
        QCOMPARE(states, QStringList({ "pulled/pia", "validated/pia", "submitted/pia", "approved/ann" }));
        QCOMPARE(history[1].note, std::string("10 rows: 8 accepted, 2 rejected"));
        QVERIFY(m_cache->audit().verify().ok());
    }

    void fourEyes()
    {
        const auto both = session("both");
        QVERIFY(!m_workflow->registerVersion(both, version("V1")));
        QVERIFY(!m_workflow->markValidated(both, "V1", ""));
        QVERIFY(!m_workflow->submit(both, "V1"));
        const auto refused = m_workflow->approve(both, "V1");
        QVERIFY(refused);
        QVERIFY2(refused->message.find("four-eyes: both submitted version V1 and cannot also approve it")
                != std::string::npos,
            refused->message.c_str());
        QCOMPARE((*m_workflow->versions().find("V1"))->state, S::Submitted);
        QVERIFY(!m_workflow->approve(session("ann"), "V1"));
        QCOMPARE(lastAudit().action, std::string("version.state"));
        QVERIFY(auditActions().contains("access.denied"));
    }

    void permissionsAreCheckedAndRefusalsAudited()
    {
        const auto pia = session("pia");
        const auto sam = session("sam");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        QVERIFY(!m_workflow->markValidated(pia, "V1", ""));
        const auto schedulerSubmits = m_workflow->submit(sam, "V1");
        QVERIFY(schedulerSubmits);
        QCOMPARE(schedulerSubmits->message, std::string("user sam (scheduler) may not submit"));
        QCOMPARE(lastAudit().action, std::string("access.denied"));
        QCOMPARE(lastAudit().actor, std::string("sam"));
        QVERIFY(!m_workflow->submit(pia, "V1"));
        QVERIFY(m_workflow->approve(pia, "V1")); // planners do not approve
        QVERIFY(m_workflow->approve(sam, "V1"));
        QCOMPARE((*m_workflow->versions().find("V1"))->state, S::Submitted);
    }

    void lifecycleIsChecked()
    {
        const auto pia = session("pia");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        const auto early = m_workflow->submit(pia, "V1");
        QVERIFY(early);
        QCOMPARE(early->message, std::string("version V1 is pulled: it cannot become submitted"));
        QVERIFY(m_workflow->submit(pia, "NOPE"));
        QVERIFY(m_workflow->registerVersion(pia, version("V1"))); // an id only once
    }

    void sendBackAndResubmitKeepsHistory()
    {
        const auto pia = session("pia");
        const auto ann = session("ann");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        QVERIFY(!m_workflow->markValidated(pia, "V1", "first"));
        QVERIFY(!m_workflow->submit(pia, "V1"));
        QVERIFY(m_workflow->sendBack(ann, "V1", "")); // a reason is required
        QVERIFY(!m_workflow->sendBack(ann, "V1", "PLT-7 rows still rejected"));
        QVERIFY(!m_workflow->markValidated(pia, "V1", "second"));
        QVERIFY(!m_workflow->submit(session("paul"), "V1"));
        QVERIFY(!m_workflow->approve(ann, "V1"));
        const auto history = *m_workflow->versions().history("V1");
        QCOMPARE(history.size(), 7u);
        QCOMPARE(history[3].note, std::string("sent back: PLT-7 rows still rejected"));
        QCOMPARE((*m_workflow->versions().find("V1"))->submittedBy, std::optional<std::string>("paul"));
    }

    void newerVersionSupersedesOnlyUnreleasedOnes()
    {
        const auto pia = session("pia");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        QVERIFY(!m_workflow->registerVersion(pia, version("OTHER", "ANOTHER-PLAN")));
        QVERIFY(!m_workflow->registerVersion(pia, version("V2")));
        QCOMPARE((*m_workflow->versions().find("V1"))->state, S::Superseded);
        QCOMPARE((*m_workflow->versions().find("OTHER"))->state, S::Pulled);
        QCOMPARE(m_workflow->versions().history("V1")->back().note, std::string("superseded by V2"));
        // A release under way is left alone.
        QVERIFY(!m_workflow->markValidated(pia, "V2", ""));
        QVERIFY(!m_workflow->submit(pia, "V2"));
        QVERIFY(!m_workflow->approve(session("ann"), "V2"));
        QVERIFY(!m_workflow->versions().transition("V2", S::Released, "ann"));
        QVERIFY(!m_workflow->registerVersion(pia, version("V3")));
        QCOMPARE((*m_workflow->versions().find("V2"))->state, S::Released);
    }

    void cancelRules()
    {
        const auto pia = session("pia");
        const auto ann = session("ann");
        QVERIFY(!m_workflow->registerVersion(pia, version("V1")));
        QVERIFY(m_workflow->cancel(pia, "V1", "")); // needs a reason
        QVERIFY(!m_workflow->cancel(pia, "V1", "wrong file"));
        QVERIFY(!m_workflow->registerVersion(pia, version("V2", "P2")));
        QVERIFY(!m_workflow->markValidated(pia, "V2", ""));
        QVERIFY(!m_workflow->submit(pia, "V2"));
        QVERIFY(!m_workflow->approve(ann, "V2"));
        QVERIFY(!m_workflow->versions().transition("V2", S::Released, "ann"));
        QVERIFY(m_workflow->cancel(pia, "V2", "too late for planners")); // queued: the approver's call
        QVERIFY(!m_workflow->cancel(ann, "V2", "ERP maintenance tonight"));
        QCOMPARE((*m_workflow->versions().find("V2"))->state, S::Cancelled);
    }

    void highPriorityCarriesAnSla()
    {
        const auto pia = session("pia");
        QVERIFY(!m_workflow->registerVersion(pia, version("HOT", "HOT", "high")));
        QVERIFY(!m_workflow->markValidated(pia, "HOT", ""));
        QVERIFY(!m_workflow->submit(pia, "HOT"));
        QVERIFY(!m_workflow->slaDeadline(**m_workflow->versions().find("HOT"))); // not before approval
        QVERIFY(!m_workflow->approve(session("ann"), "HOT"));
        const auto hot = **m_workflow->versions().find("HOT");
        const auto deadline = m_workflow->slaDeadline(hot);
        QVERIFY(deadline);
        QCOMPARE(std::chrono::duration_cast<std::chrono::seconds>(*deadline - *parseUtcIso(*hot.approvedAt))
                     .count(),
            15 * 60);
        QCOMPARE(parseUtcIso("2026-11-26T18:25:16.123Z")->time_since_epoch().count() > 0, true);
        QVERIFY(!parseUtcIso("2026-11-26 18:25:16"));
    }

    void slaIsAnAdminSetting()
    {
        const auto admin = *store::Accounts(*m_cache).signIn("admin", "admin-pass");
        store::Settings settings(*m_cache);
        QVERIFY(settings.set(session("pia"), store::Settings::HighPrioritySlaMinutes, "30")); // not an admin
        QCOMPARE(lastAudit().action, std::string("access.denied"));
        for (const char *wrong : { "0", "1441", "ten", "15.5", "" })
            QVERIFY(settings.set(admin, store::Settings::HighPrioritySlaMinutes, wrong));
        QVERIFY(settings.set(admin, "no.such.setting", "1"));
        QVERIFY(!settings.set(admin, store::Settings::HighPrioritySlaMinutes, "20"));
        QCOMPARE(lastAudit().action, std::string("settings.change"));

        VersionWorkflow workflow(*m_cache); // reads the setting
        const auto pia = session("pia");
        QVERIFY(!workflow.registerVersion(pia, version("HOT", "HOT", "high")));
        QVERIFY(!workflow.markValidated(pia, "HOT", ""));
        QVERIFY(!workflow.submit(pia, "HOT"));
        QVERIFY(!workflow.approve(session("ann"), "HOT"));
        const auto hot = **workflow.versions().find("HOT");
        QCOMPARE(std::chrono::duration_cast<std::chrono::minutes>(
                     *workflow.slaDeadline(hot) - *parseUtcIso(*hot.approvedAt))
                     .count(),
            20);
    }

private:
    auth::Session session(const std::string &name)
    {
        store::Accounts accounts(*m_cache);
        return *accounts.signIn(name, name + "-password");
    }

    store::AuditEntry lastAudit()
    {
        store::AuditEntry last;
        m_cache->audit().forEach([&](const store::AuditEntry &e) { return last = e, true; });
        return last;
    }

    QStringList auditActions()
    {
        QStringList actions;
        m_cache->audit().forEach(
            [&](const store::AuditEntry &e) { return actions << QString::fromStdString(e.action), true; });
        return actions;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<VersionWorkflow> m_workflow;
};

QTEST_GUILESS_MAIN(TestVersionWorkflow)
#include "tst_versionworkflow.moc"
