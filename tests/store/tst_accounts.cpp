// Accounts and permissions: slow salted hashes, the first account, sign-in that does not tell an
// unknown name from a wrong password, the role matrix, and every refusal audited.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "auth/passwordhash.h"
#include "store/accounts.h"
#endif

using namespace planbridge;
using namespace planbridge::store;
using auth::Action;
using auth::Role;

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Action)

namespace {

constexpr int FastIterations = 1000; // the tests' accounts; the product's default is 600,000

std::vector<AuditEntry> entries(Cache &cache)
{
    std::vector<AuditEntry> all;
    cache.audit().forEach([&](const AuditEntry &e) { return all.push_back(e), true; });
    return all;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cache = Cache::open(m_dir->filePath("cache.sqlite").toStdString());
        QVERIFY(cache.ok());
        m_cache = std::move(*cache);
        m_accounts = std::make_unique<Accounts>(*m_cache);
    }

    void hashesAreSaltedAndSlow()
    {
        const auto first = auth::hashPassword("correct horse", 5000);
        const auto second = auth::hashPassword("correct horse", 5000);
        QVERIFY(first && second);
        QVERIFY(*first != *second); // a fresh salt each time
        QVERIFY(first->starts_with("pbkdf2-sha256$5000$"));
        QVERIFY(auth::verifyPassword("correct horse", *first));
        QVERIFY(!auth::verifyPassword("correct horsE", *first));
        QVERIFY(!auth::verifyPassword("", *first));
        // The count travels with the hash: a default raised later still reads old hashes.
        QVERIFY(auth::verifyPassword("correct horse", *auth::hashPassword("correct horse", 1)));
    }

    void malformedStoredHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        const QString key(64, '0');
        const QString salt(32, '0');
        QTest::addRow("empty") << "";
        QTest::addRow("other scheme") << "bcrypt$1000$" + salt + "$" + key;
        QTest::addRow("no iterations") << "pbkdf2-sha256$$" + salt + "$" + key;
        QTest::addRow("negative") << "pbkdf2-sha256$-1$" + salt + "$" + key;
        QTest::addRow("huge count") << "pbkdf2-sha256$999999999999$" + salt + "$" + key;
        QTest::addRow("odd hex") << "pbkdf2-sha256$10$0$" + key;
        QTest::addRow("not hex") << "pbkdf2-sha256$10$zz$" + key;
        QTest::addRow("short key") << "pbkdf2-sha256$10$" + salt + "$00";
        QTest::addRow("extra part") << "pbkdf2-sha256$10$" + salt + "$" + key + "$x";
    }

    void malformedStoredHashesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!auth::verifyPassword("anything", stored.toStdString()));
    }

    void firstAccountIsAnAdminAndOnlyOnce()
    {
        QVERIFY(!m_accounts->hasUsers());
        QVERIFY(m_accounts->bootstrap("root", { Role::Planner }, "long enough", FastIterations));
        QVERIFY(!m_accounts->bootstrap("root", { Role::Admin }, "long enough", FastIterations));
        QVERIFY(m_accounts->hasUsers());
        const auto again = m_accounts->bootstrap("second", { Role::Admin }, "long enough", FastIterations);
        QVERIFY(again);
        QVERIFY(again->message.find("already has accounts") != std::string::npos);
    }

    void signInChecksTheCredential()
    {
        QVERIFY(!m_accounts->bootstrap("admin", { Role::Admin }, "admin-pass", FastIterations));
        const auto admin = m_accounts->signIn("admin", "admin-pass");
        QVERIFY(admin.ok());
        QVERIFY(!m_accounts->addUser(*admin, "pia", { Role::Planner }, "planner-pass", FastIterations));
        const auto pia = m_accounts->signIn("pia", "planner-pass");
        QVERIFY(pia.ok());
        QCOMPARE(pia->user(), std::string("pia"));
        QVERIFY(pia->roles() == std::set<Role>({ Role::Planner }));

        const auto wrong = m_accounts->signIn("pia", "Planner-pass");
        const auto unknown = m_accounts->signIn("nobody", "planner-pass");
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().message, unknown.error().message); // no probing for names
        const auto log = entries(*m_cache);
        QCOMPARE(std::count_if(log.begin(), log.end(),
                     [](const AuditEntry &e) { return e.action == "auth.sign-in-refused"; }),
            2);
        for (const AuditEntry &e : log)
            QVERIFY2(e.detail.find("pass") == std::string::npos, e.detail.c_str()); // no password in the log
    }

    void accountRulesAreEnforced_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::addRow("short password") << "ok"
                                        << "1234567"
                                        << "at least 8 characters";
        QTest::addRow("empty name") << ""
                                    << "long enough"
                                    << "a user name is";
        QTest::addRow("hostile name") << "x'; DROP TABLE users; --"
                                      << "long enough"
                                      << "a user name is";
        QTest::addRow("control char") << "a\nb"
                                      << "long enough"
                                      << "a user name is";
        QTest::addRow("duplicate") << "admin"
                                   << "long enough"
                                   << "already exists";
    }

    void accountRulesAreEnforced()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QVERIFY(!m_accounts->bootstrap("admin", { Role::Admin }, "admin-pass", FastIterations));
        const auto admin = m_accounts->signIn("admin", "admin-pass");
        const auto error = m_accounts->addUser(
            *admin, name.toStdString(), { Role::Planner }, password.toStdString(), FastIterations);
        QVERIFY(error);
        QVERIFY2(QString::fromStdString(error->message).contains(expected), error->message.c_str());
    }

    void onlyAnAdminManagesUsersAndRefusalsAreAudited()
    {
        QVERIFY(!m_accounts->bootstrap("admin", { Role::Admin }, "admin-pass", FastIterations));
        const auto admin = m_accounts->signIn("admin", "admin-pass");
        QVERIFY(!m_accounts->addUser(*admin, "sam", { Role::Scheduler }, "scheduler", FastIterations));
        const auto sam = m_accounts->signIn("sam", "scheduler");
        const auto refused = m_accounts->addUser(*sam, "eve", { Role::Admin }, "whatever!", FastIterations);
        QVERIFY(refused);
        QCOMPARE(refused->message, std::string("user sam (scheduler) may not manage users"));
        QVERIFY(!m_accounts->list(*sam).ok());
        const auto log = entries(*m_cache);
        QCOMPARE(log.back().action, std::string("access.denied"));
        QCOMPARE(log.back().actor, std::string("sam"));
        QVERIFY(!m_accounts->signIn("eve", "whatever!").ok());
        const auto users = m_accounts->list(*admin);
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2u);
        QCOMPARE(users->back().createdBy, std::string("admin"));
        QVERIFY(m_cache->audit().verify().ok());
    }

    void roleMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("planner submits") << Role::Planner << Action::Submit << true;
        QTest::addRow("planner resolves") << Role::Planner << Action::Resolve << true;
        QTest::addRow("planner cannot approve") << Role::Planner << Action::Approve << false;
        QTest::addRow("planner cannot release") << Role::Planner << Action::Release << false;
        QTest::addRow("approver approves") << Role::Approver << Action::Approve << true;
        QTest::addRow("approver releases") << Role::Approver << Action::Release << true;
        QTest::addRow("approver cannot submit") << Role::Approver << Action::Submit << false;
        QTest::addRow("scheduler cannot release") << Role::Scheduler << Action::Release << false;
        QTest::addRow("scheduler triggers MRP") << Role::Scheduler << Action::TriggerMrp << true;
        QTest::addRow("procurement reads feedback") << Role::Procurement << Action::ViewFeedback << true;
        QTest::addRow("procurement cannot replay") << Role::Procurement << Action::Replay << false;
        QTest::addRow("support replays") << Role::IntegrationSupport << Action::Replay << true;
        QTest::addRow("support cannot approve") << Role::IntegrationSupport << Action::Approve << false;
        QTest::addRow("admin manages users") << Role::Admin << Action::ManageUsers << true;
        QTest::addRow("admin cannot release") << Role::Admin << Action::Release << false;
        QTest::addRow("admin cannot approve") << Role::Admin << Action::Approve << false;
    }

    void roleMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QCOMPARE(auth::roleAllows(role, action), allowed);
    }

    void roleNamesRoundTrip()
    {
        for (const Role role : auth::allRoles())
            QCOMPARE(auth::parseRole(auth::roleName(role)), std::optional<Role>(role));
        QCOMPARE(parseRoles("approver,scheduler"),
            std::optional<std::set<Role>>({ Role::Approver, Role::Scheduler }));
        QVERIFY(!parseRoles("approver,king"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Accounts> m_accounts;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
