// The sandbox planning system over real loopback HTTP: seeding from a canonical version file, the
// version catalogue, key-figure reads with $select aggregation, $filter, paging and counts, auth,
// and OData v2 errors.
#include <QtTest>

#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "sandbox/sandboxserver.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#endif

using namespace planbridge::sandbox;

namespace {

const std::string Root = "/sap/opu/odata/IBP/PLANNING_DATA_API_SRV";

// 3 products × 2 locations × 2 channels × 5 weeks = 60 rows; quantity = 1.5 × (week + 1).
void writeSeed(const QString &dir)
{
    nlohmann::json records = nlohmann::json::array();
    for (const char *product : {"FG-1", "FG-2", "FG-3"}) {
        for (const char *location : {"P1", "P2"}) {
            for (const char *channel : {"RETAIL", "ONLINE"}) {
                const char *weeks[] = {"2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04"};
                for (int week = 0; week < 5; ++week) {
                    records.push_back({{"item", product}, {"location", location}, {"channel", channel},
                                       {"bucket_start", weeks[week]}, {"quantity", std::to_string(week + 1) + ".5"},
                                       {"uom", "PC"}});
                }
            }
        }
    }
    records.push_back({{"item", "BROKEN"}}); // a row the planning system cannot hold
    const nlohmann::json doc = {{"version_id", "DP-1"}, {"as_of", "2026-11-26"}, {"bucket", "week"},
                                {"priority", "high"}, {"records", records}};
    QFile f(dir + "/version.json");
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the seed");
    f.write(QByteArray::fromStdString(doc.dump()));
}

} // namespace

class TestSandboxPlanning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeSeed(m_dir.path());
        SandboxOptions options;
        options.requireAuth = true;
        options.user = "planner";
        options.password = "secret";
        options.seedDir = m_dir.path().toStdString();
        const auto port = m_server.start(options);
        QVERIFY2(port.ok(), port.ok() ? "" : port.error().message.c_str());
        m_client = std::make_unique<httplib::Client>("127.0.0.1", *port);
        m_client->set_basic_auth("planner", "secret");
        m_client->set_read_timeout(10, 0);
    }

    void catalogueListsTheSeededVersion()
    {
        const auto res = m_client->Get(Root + "/PlanningVersions");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const auto d = nlohmann::json::parse(res->body)["d"]["results"];
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0]["VERSIONID"].get<std::string>(), std::string("DP-1"));
        QCOMPARE(d[0]["PERIODFIELD"].get<std::string>(), std::string("PERIODID4_TSTAMP"));
        QCOMPARE(d[0]["ASOFDATE"].get<std::string>(), std::string("2026-11-26"));
    }

    void pagesCoverEveryRowOnce()
    {
        std::set<std::string> seen;
        std::size_t count = 0;
        for (int skip = 0;; skip += 7) {
            const auto res = m_client->Get(Root + "/PBDEMAND?$select=PRDID,LOCID,CUSTID,PERIODID4_TSTAMP,CONSENSUSDEMAND"
                                                  "&$filter=VERSIONID%20eq%20'DP-1'&$inlinecount=allpages&$format=json&$top=7&$skip="
                                           + std::to_string(skip));
            QVERIFY(res);
            QCOMPARE(res->status, 200);
            const auto d = nlohmann::json::parse(res->body)["d"];
            count = std::stoul(d["__count"].get<std::string>());
            if (d["results"].empty())
                break;
            for (const auto &row : d["results"]) {
                QVERIFY(row.contains("__metadata"));
                seen.insert(row["PRDID"].get<std::string>() + row["LOCID"].get<std::string>()
                            + row["CUSTID"].get<std::string>() + row["PERIODID4_TSTAMP"].get<std::string>());
            }
        }
        QCOMPARE(count, std::size_t(60));
        QCOMPARE(seen.size(), std::size_t(60));
    }

    void selectAggregatesAndFilterNarrows()
    {
        httplib::Params params {{"$select", "PRDID,CONSENSUSDEMAND"},
                                {"$filter", "VERSIONID eq 'DP-1' and LOCID eq 'P1' and PERIODID4_TSTAMP ge "
                                            "datetime'2026-12-21T00:00:00'"}};
        const auto res = m_client->Get(Root + "/PBDEMAND", params, httplib::Headers {});
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const auto rows = nlohmann::json::parse(res->body)["d"]["results"];
        QCOMPARE(rows.size(), std::size_t(3));
        // weeks 2, 3 and 4 (3.5 + 4.5 + 5.5) for 2 channels
        QCOMPARE(rows[0]["PRDID"].get<std::string>(), std::string("FG-1"));
        QCOMPARE(rows[0]["CONSENSUSDEMAND"].get<std::string>(), std::string("27.000"));
        QVERIFY(!rows[0].contains("LOCID"));
    }

    void errorsAreODataErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no version") << "$select=PRDID" << "VERSIONID";
        QTest::addRow("unknown version") << "$filter=VERSIONID eq 'DP-9'" << "DP-9";
        QTest::addRow("unknown property") << "$filter=VERSIONID eq 'DP-1'&$select=COLOUR" << "COLOUR";
        QTest::addRow("or") << "$filter=VERSIONID eq 'DP-1' or PRDID eq 'X'" << "and";
        QTest::addRow("xml") << "$filter=VERSIONID eq 'DP-1'&$format=xml" << "$format";
    }

    void errorsAreODataErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        httplib::Params params;
        for (const QString &pair : query.split('&')) {
            const auto eq = pair.indexOf('=');
            params.emplace(pair.left(eq).toStdString(), pair.mid(eq + 1).toStdString());
        }
        const auto res = m_client->Get(Root + "/PBDEMAND", params, httplib::Headers {});
        QVERIFY(res);
        QCOMPARE(res->status, 400);
        const auto error = nlohmann::json::parse(res->body)["error"];
        const std::string message = error["message"]["value"].get<std::string>();
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(error["message"]["lang"].get<std::string>(), std::string("en"));
    }

    void credentialsAreRequired()
    {
        httplib::Client anonymous("127.0.0.1", m_server.port());
        const auto res = anonymous.Get(Root + "/PlanningVersions");
        QVERIFY(res);
        QCOMPARE(res->status, 401);
    }

    void writesAreRefused()
    {
        const auto res = m_client->Post(Root + "/PBDEMAND", "{}", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 405);
    }

    void missingSeedFolderFailsToStart()
    {
        SandboxServer other;
        SandboxOptions options;
        options.seedDir = m_dir.filePath("nope").toStdString();
        const auto port = other.start(options);
        QVERIFY(!port.ok());
        QVERIFY(port.error().message.find("nope") != std::string::npos);
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
    std::unique_ptr<httplib::Client> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxPlanning)
#include "tst_sandboxplanning.moc"
