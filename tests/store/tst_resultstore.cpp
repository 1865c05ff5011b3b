// Validation results in the cache: a stored result reads back identical (compared through the
// result writer, field for field), re-validation replaces it whole, a synthetic 20k-row version
// round-trips with its lineage, and damaged rows are reported, not trusted.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "engine/forecastvalidation.h"
#include "io/resultwriter.h"
#include "sample/sampledata.h"
#include "sample/syntheticversion.h"
#include "store/resultstore.h"
#include "store/versionstore.h"

#include <cstdio>
#endif

using namespace planbridge;

namespace {

// The result as `validate` would write it.
std::string written(const ValidationResult &result)
{
    char *buffer = nullptr;
    std::size_t size = 0;
    std::FILE *out = open_memstream(&buffer, &size);
    writeValidationResult(result, out);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

ValidationResult sampleResult()
{
    auto master = loadMasterData(sampleMasterData());
    auto result = validateForecast(*master, sampleVersion(), SampleVersionName, {});
    return std::move(*result);
}

} // namespace

class TestResultStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cache = store::Cache::open(m_dir->filePath("cache.sqlite").toStdString());
        QVERIFY(cache.ok());
        m_cache = std::move(*cache);
        store::StoredVersion v;
        v.id = "V1";
        v.plan = "P";
        QVERIFY(!store::VersionStore(*m_cache).add(v, "pia"));
    }

    void sampleRoundTrips()
    {
        const ValidationResult original = sampleResult();
        QVERIFY(!original.rejects.empty() && !original.accepted.empty());
        store::ResultStore results(*m_cache);
        QVERIFY(!results.load("V1")->has_value()); // never validated
        QVERIFY(!results.save("V1", original));
        const auto loaded = results.load("V1");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QVERIFY(loaded->has_value());
        ValidationResult copy = **loaded;
        copy.versionId = original.versionId; // the cache knows it by its own id
        QCOMPARE(written(copy), written(original));
        QVERIFY(copy.rejectsByReason == original.rejectsByReason);
        QCOMPARE(copy.sources, original.sources);
    }

    void revalidationReplaces()
    {
        store::ResultStore results(*m_cache);
        QVERIFY(!results.save("V1", sampleResult()));
        ValidationResult smaller = sampleResult();
        smaller.accepted.resize(1);
        smaller.rejects.clear();
        QVERIFY(!results.save("V1", smaller));
        const auto loaded = results.load("V1");
        QCOMPARE((*loaded)->accepted.size(), 1u);
        QVERIFY((*loaded)->rejects.empty());
    }

    void syntheticVersionRoundTrips()
    {
        SyntheticSpec spec;
        spec.records = 20'000;
        const auto files = writeSyntheticVersion(spec, m_dir->path().toStdString());
        QVERIFY(files.ok());
        const auto original = validateForecastFiles(files->masterPath, files->versionJsonPath, {});
        QVERIFY(original.ok());
        store::ResultStore results(*m_cache);
        QVERIFY(!results.save("V1", *original));
        ValidationResult copy = **results.load("V1");
        copy.versionId = original->versionId;
        QCOMPARE(copy.accepted.size(), original->accepted.size());
        QVERIFY(written(copy) == written(*original));
    }

    void damagedRowsAreReported()
    {
        store::ResultStore results(*m_cache);
        QVERIFY(!results.save("V1", sampleResult()));
        QVERIFY(!m_cache->db().exec("UPDATE erp_records SET quantity = '12x' WHERE seq = 0"));
        const auto loaded = results.load("V1");
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.find("the stored result of version V1 is damaged (ERP record 0)")
                != std::string::npos,
            loaded.error().message.c_str());
    }

    void unknownVersionCannotBeStored()
    {
        QVERIFY(store::ResultStore(*m_cache).save("NOPE", sampleResult())); // foreign key: the version first
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
};

QTEST_GUILESS_MAIN(TestResultStore)
#include "tst_resultstore.moc"
