// Resolutions of rejects on the bundled sample: code maps, a unit conversion, excluded rows and a
// fixed field, each recorded with its author, re-validated into a new result whose reject count
// falls, with row numbers (and so lineage) unchanged; and the rules around them.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "engine/resolutionservice.h"
#include "engine/versionworkflow.h"
#include "sample/sampledata.h"
#include "store/accounts.h"
#include "store/recordstore.h"
#include "store/resultstore.h"
#endif

using namespace planbridge;

namespace {

std::map<std::uint32_t, ReasonCode> rejectsOf(const ValidationResult &result)
{
    std::map<std::uint32_t, ReasonCode> rows;
    for (const Reject &r : result.rejects)
        rows[r.row] = r.reason;
    return rows;
}

Resolution codeMap(const std::string &source, const std::string &canonical)
{
    Resolution r;
    r.kind = Resolution::Kind::CodeMap;
    r.codeKind = CodeKind::Location;
    r.source = source;
    r.canonical = canonical;
    r.reason = "P555 is the old code of P100";
    return r;
}

} // namespace

class TestResolution : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::move(*store::Cache::open(m_dir->filePath("cache.sqlite").toStdString()));
        store::Accounts accounts(*m_cache);
        QVERIFY(!accounts.bootstrap("admin", { auth::Role::Admin }, "admin-pass", 1000));
        const auto admin = *accounts.signIn("admin", "admin-pass");
        QVERIFY(!accounts.addUser(admin, "pia", { auth::Role::Planner }, "pia-password", 1000));
        QVERIFY(!accounts.addUser(admin, "ann", { auth::Role::Approver }, "ann-password", 1000));
        m_pia = std::make_unique<auth::Session>(*accounts.signIn("pia", "pia-password"));
        m_ann = std::make_unique<auth::Session>(*accounts.signIn("ann", "ann-password"));

        const auto master = loadMasterData(sampleMasterData());
        const auto result = validateForecast(*master, sampleVersion(), SampleVersionName, {});
        m_before = *result;
        VersionWorkflow workflow(*m_cache);
        store::StoredVersion version;
        version.id = "S1";
        QVERIFY(!workflow.registerVersion(*m_pia, version));
        QVERIFY(!store::ResultStore(*m_cache).save("S1", *result));
        QVERIFY(!workflow.markValidated(*m_pia, "S1", "imported"));
        m_service = std::make_unique<ResolutionService>(*m_cache);
        QVERIFY(!m_service->keepInputs(
            "S1", sampleMasterData(), sampleVersion(), std::string(SampleVersionName), {}));
    }

    void eachKindFixesItsRowsAndTheCountFalls()
    {
        const auto before = rejectsOf(m_before);
        QCOMPARE(before.at(8), ReasonCode::UnknownLocation);
        QCOMPARE(before.at(13), ReasonCode::UomUnconvertible);
        QCOMPARE(before.at(19), ReasonCode::QuantityInvalid);

        QVERIFY(!m_service->add(*m_pia, "S1", codeMap("P555", "P100")));
        Resolution convert;
        convert.kind = Resolution::Kind::UnitConversion;
        convert.item = "FG-1000";
        convert.from = "BOX";
        convert.to = "PC";
        convert.factor = "12";
        convert.reason = "a box holds 12";
        QVERIFY(!m_service->add(*m_pia, "S1", convert));
        Resolution exclude;
        exclude.kind = Resolution::Kind::Exclude;
        exclude.rows = { 7, 20 };
        exclude.reason = "test rows from the planning system";
        QVERIFY(!m_service->add(*m_pia, "S1", exclude));
        Resolution fix;
        fix.kind = Resolution::Kind::FixField;
        fix.row = 19;
        fix.field = "quantity";
        fix.value = "5";
        fix.reason = "sign typo";
        QVERIFY(!m_service->add(*m_pia, "S1", fix));
        QCOMPARE((*VersionWorkflow(*m_cache).versions().find("S1"))->state, VersionState::Resolving);

        const auto after = m_service->revalidate(*m_pia, "S1");
        QVERIFY2(after.ok(), after.ok() ? "" : after.error().message.c_str());
        const auto rejects = rejectsOf(*after);
        for (const std::uint32_t row : { 7u, 20u })
            QVERIFY(!rejects.count(row)); // excluded: neither rejected...
        QCOMPARE(after->rowsExcluded, std::uint64_t(2));
        QCOMPARE(after->rowsIn, m_before.rowsIn); // ...and the rows keep their numbers
        QVERIFY(!rejects.count(8)); // P555 is P100 now
        QVERIFY(!rejects.count(13)); // 1 BOX = 12 PC now
        // The fixed quantity is valid now, and makes row 19 the same key as the now-accepted row 13.
        QCOMPARE(rejects.at(19), ReasonCode::DuplicateKey);
        std::set<std::uint32_t> rejected;
        for (const auto &[row, reason] : rejects)
            rejected.insert(row);
        QCOMPARE(rejected, std::set<std::uint32_t>({ 6, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19 }));
        QCOMPARE(m_before.rejects.size(), 15u); // 15 → 11
        QCOMPARE(after->rowsAccepted + after->rejects.size() + after->rowsExcluded, after->rowsIn);
        // The stored result is the new one, and the version is validated again, with history.
        QCOMPARE((**store::ResultStore(*m_cache).load("S1")).rejects.size(), after->rejects.size());
        const auto history = *VersionWorkflow(*m_cache).versions().history("S1");
        QCOMPARE(history.back().state, VersionState::Validated);
        QVERIFY2(history.back().note.find("re-validated with 4 resolutions") != std::string::npos,
            history.back().note.c_str());
        QCOMPARE(history.size(), 7u); // pulled, validated, 4 × resolving, validated

        const auto listed = *m_service->list(*m_pia, "S1");
        QCOMPARE(listed.size(), 4u);
        QCOMPARE(listed[1].author, std::string("pia"));
        QCOMPARE(listed[1].factor, std::string("12"));
        QCOMPARE(listed[2].rows, std::vector<std::uint32_t>({ 7, 20 }));
        QVERIFY(!listed[3].createdAt.empty());
        QVERIFY(m_cache->audit().verify().ok());
    }

    // The input rows kept as rows: filtered, searched, sorted and paged in the cache.
    void recordsArePagedFromTheCache()
    {
        store::RecordStore records(*m_cache);
        store::RecordQuery all;
        QCOMPARE(*records.count("S1", all), std::size_t(m_before.rowsIn));
        store::RecordQuery p555;
        p555.location = "P555";
        const auto found = *records.page("S1", p555);
        QCOMPARE(found.size(), 1u);
        QCOMPARE(found[0].row, 8u);
        store::RecordQuery missing;
        missing.offset = 20;
        missing.limit = 1;
        const auto last = *records.page("S1", missing);
        QCOMPARE(last.size(), 1u);
        QCOMPARE(last[0].row, 20u);
        QVERIFY(!last[0].item.has_value()); // row 20 has no item: kept as null, as it came
        store::RecordQuery search;
        search.search = "FG-1000";
        search.sort = store::RecordQuery::Sort::Location;
        search.descending = true;
        search.limit = 3;
        const auto page = *records.page("S1", search);
        QCOMPARE(page.size(), 3u);
        QVERIFY(*page[0].location >= *page[1].location && *page[1].location >= *page[2].location);
        QVERIFY(*records.count("S1", search) > 3);
        store::RecordQuery hostile;
        hostile.search = "%'; DROP TABLE version_records; --";
        QCOMPARE(*records.count("S1", hostile), 0u);
        QCOMPARE(*records.count("S1", all), std::size_t(m_before.rowsIn));
    }

    void resolutionsAreChecked_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty code map") << int(Resolution::Kind::CodeMap) << ""
                                        << "P100"
                                        << "needs a source code";
        QTest::addRow("bad factor") << int(Resolution::Kind::UnitConversion) << "BOX"
                                    << "-1"
                                    << "not a positive decimal";
        QTest::addRow("row out of range") << int(Resolution::Kind::Exclude) << "999"
                                          << ""
                                          << "row 999 is not in the version";
        QTest::addRow("unknown field") << int(Resolution::Kind::FixField) << "3"
                                       << "colour"
                                       << "is not one of item";
    }

    void resolutionsAreChecked()
    {
        QFETCH(int, kind);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        Resolution r;
        r.kind = Resolution::Kind(kind);
        r.reason = "because";
        r.source = a.toStdString();
        r.canonical = b.toStdString();
        r.from = a.toStdString();
        r.to = "PC";
        r.factor = b.toStdString();
        if (r.kind == Resolution::Kind::Exclude)
            r.rows = { a.toUInt() };
        r.row = a.toUInt();
        r.field = b.toStdString();
        const auto error = m_service->add(*m_pia, "S1", r);
        QVERIFY(error);
        QVERIFY2(QString::fromStdString(error->message).contains(expected), error->message.c_str());
    }

    void rulesAroundResolutions()
    {
        QVERIFY(m_service->add(*m_ann, "S1", codeMap("P555", "P100"))); // approvers do not resolve
        Resolution noReason = codeMap("P555", "P100");
        noReason.reason.clear();
        QVERIFY(m_service->add(*m_pia, "S1", noReason));
        QVERIFY(!m_service->add(*m_pia, "S1", codeMap("P555", "P100")));
        VersionWorkflow workflow(*m_cache);
        const auto early = workflow.submit(*m_pia, "S1");
        QVERIFY(early); // unresolved changes must be re-validated before submitting
        QVERIFY(early->message.find("re-validate it first") != std::string::npos);
        QVERIFY(m_service->revalidate(*m_pia, "S1").ok());
        QVERIFY(!workflow.submit(*m_pia, "S1"));
        QVERIFY(m_service->add(*m_pia, "S1", codeMap("P900", "P100"))); // submitted: too late
        QVERIFY(!m_service->revalidate(*m_ann, "S1").ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<auth::Session> m_pia;
    std::unique_ptr<auth::Session> m_ann;
    std::unique_ptr<ResolutionService> m_service;
    ValidationResult m_before;
};

QTEST_GUILESS_MAIN(TestResolution)
#include "tst_resolution.moc"
