// The hash-chained audit log: entries chain by SHA-256, the table refuses UPDATE and DELETE, and
// an entry edited, deleted from the middle or cut off the end behind the triggers' back makes
// verify() fail and name the entry.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "store/cache.h"
#include "store/sha256.h"
#endif

using namespace planbridge;
using namespace planbridge::store;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cache = Cache::open(m_dir->filePath("cache.sqlite").toStdString());
        QVERIFY2(cache.ok(), cache.ok() ? "" : cache.error().message.c_str());
        m_cache = std::move(*cache);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_cache->audit()
                        .append("planner1", "version.submit", "V" + std::to_string(i),
                            "{\"rows\":" + std::to_string(i) + "}")
                        .ok());
    }

    void sha256MatchesTheStandardVectors()
    {
        QCOMPARE(
            sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"),
            std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void entriesChain()
    {
        std::vector<AuditEntry> entries;
        QVERIFY(!m_cache->audit().forEach([&](const AuditEntry &e) { return entries.push_back(e), true; }));
        QCOMPARE(entries.size(), 5u);
        QCOMPARE(entries[0].prevHash, std::string(64, '0'));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].seq, std::int64_t(i + 1));
            QCOMPARE(entries[i].hash, AuditLog::hashOf(entries[i]));
            if (i > 0)
                QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
        }
        QVERIFY(entries[0].at.ends_with("Z") && entries[0].at.size() == 24);
        const AuditVerification verified = m_cache->audit().verify();
        QVERIFY2(verified.ok(), verified.problem.c_str());
        QCOMPARE(verified.entries, std::int64_t(5));
        QCOMPARE(verified.headHash, entries.back().hash);
    }

    void theTableRefusesEditsAndDeletes()
    {
        QVERIFY(m_cache->db().exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").has_value());
        QVERIFY(m_cache->db().exec("DELETE FROM audit_log WHERE seq = 2").has_value());
        QVERIFY(m_cache->audit().verify().ok());
    }

    void tamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("brokenAt");
        QTest::addColumn<QString>("problem");
        QTest::addRow("edited detail") << "UPDATE audit_log SET detail = '{\"rows\":9}' WHERE seq = 3" << 3
                                       << "entry 3 was changed after it was written";
        QTest::addRow("forged hash") << "UPDATE audit_log SET hash = '" + QString(64, 'a') + "' WHERE seq = 2"
                                     << 2 << "entry 2 was changed after it was written";
        QTest::addRow("deleted in the middle")
            << "DELETE FROM audit_log WHERE seq = 4" << 4 << "entry 4 is missing";
        QTest::addRow("cut off the end")
            << "DELETE FROM audit_log WHERE seq = 5" << 5 << "entries were cut off the end";
    }

    void tamperingIsFoundAndNamed()
    {
        QFETCH(QString, sql);
        QFETCH(int, brokenAt);
        QFETCH(QString, problem);
        // Someone with the file and the sqlite3 shell: drop the guards, then edit.
        QVERIFY(!m_cache->db().exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete"));
        QVERIFY(!m_cache->db().exec(sql.toStdString()));
        const AuditVerification verified = m_cache->audit().verify();
        QVERIFY(!verified.ok());
        QCOMPARE(*verified.brokenAt, std::int64_t(brokenAt));
        QVERIFY2(QString::fromStdString(verified.problem).contains(problem), verified.problem.c_str());
    }

    // Whoever knows the scheme can make an edited entry consistent with itself; the next entry
    // still names its predecessor's old hash.
    void aRehashedEntryBreaksTheNext()
    {
        AuditEntry second;
        m_cache->audit().forEach(
            [&](const AuditEntry &e) { return e.seq == 2 ? (second = e, false) : true; });
        second.actor = "mallory";
        second.hash = AuditLog::hashOf(second);
        QVERIFY(!m_cache->db().exec("DROP TRIGGER audit_log_no_update"));
        QVERIFY(!m_cache->db().exec(
            "UPDATE audit_log SET actor = 'mallory', hash = '" + second.hash + "' WHERE seq = 2"));
        const AuditVerification verified = m_cache->audit().verify();
        QCOMPARE(verified.brokenAt, std::optional<std::int64_t>(3));
        QVERIFY2(verified.problem.find("entry 3 does not follow the entry before it") != std::string::npos,
            verified.problem.c_str());
    }

    void appendJoinsTheCallersTransaction()
    {
        bool appended = false;
        const auto failed = m_cache->db().transaction([&]() -> std::optional<EngineError> {
            appended = m_cache->audit().append("approver1", "version.approve", "V1").ok();
            return EngineError { "the approval itself failed" };
        });
        QVERIFY(failed);
        QVERIFY(appended);
        const AuditVerification verified = m_cache->audit().verify();
        QVERIFY(verified.ok());
        QCOMPARE(verified.entries, std::int64_t(5)); // the entry went with the rolled-back change
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
