// The connectors' OData codecs without a server: $batch bodies and answers, IBP pages and the
// catalogue, PIR read-back pages, and the stable Repeatability-Request-ID.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "connectors/ibp/ibpresponse.h"
#include "connectors/odata/batchrequest.h"
#include "connectors/odata/batchresponse.h"
#include "connectors/s4/pirrequestid.h"
#include "connectors/s4/pirstate.h"
#endif

using namespace planbridge;

class TestODataParsers : public QObject
{
    Q_OBJECT

private slots:
    void batchRequestUsesCrlfAndContentLength()
    {
        connectors::BatchOperation op { "POST", "PlannedIndepRqmt",
            { { "Content-Type", "application/json" } }, "{\"a\":1}" };
        const auto request = connectors::buildChangesetBatch({ { op, op }, { op } }, "abc");
        QCOMPARE(request.contentType, std::string("multipart/mixed; boundary=batch_abc"));
        for (std::size_t i = 0; i < request.body.size(); ++i) {
            if (request.body[i] == '\n')
                QVERIFY2(i > 0 && request.body[i - 1] == '\r', "bare LF in the $batch body");
        }
        QVERIFY(
            request.body.find("--changeset_abc_0\r\nContent-Type: application/http\r\n"
                              "Content-Transfer-Encoding: binary\r\n\r\nPOST PlannedIndepRqmt HTTP/1.1\r\n")
            != std::string::npos);
        QVERIFY(request.body.find("Content-Length: 7\r\n\r\n{\"a\":1}\r\n--changeset_abc_0")
            != std::string::npos);
        QVERIFY(request.body.find("--changeset_abc_1--\r\n") != std::string::npos);
        QVERIFY(request.body.ends_with("--batch_abc--\r\n"));
    }

    void batchResponseSplitsChangesets_data()
    {
        QTest::addColumn<bool>("bareLf");
        QTest::addRow("CRLF") << false;
        QTest::addRow("bare LF") << true;
    }

    void batchResponseSplitsChangesets()
    {
        QFETCH(bool, bareLf);
        std::string body
            = "preamble\r\n--B\r\nContent-Type: multipart/mixed; boundary=\"C\"\r\n\r\n"
              "--C\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
              "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
              "9\r\n\r\n{\"d\":{}}\n\r\n"
              "--C\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n\r\n--C--\r\n"
              "\r\n--B\r\nContent-Type: application/http\r\n\r\n"
              "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n"
              "{\"error\":{\"code\":\"X/"
              "1\",\"message\":{\"lang\":\"en\",\"value\":\"no\"}}}\r\n--B--\r\nepilogue";
        if (bareLf) {
            std::string lf;
            for (char c : body) {
                if (c != '\r')
                    lf += c;
            }
            body = lf;
            body.replace(body.find("Content-Length: 9"), 17, "Content-Length: 9"); // {"d":{}}\n is 9 bytes
        }
        const auto parts = connectors::parseBatchResponse("multipart/mixed; boundary=B", body);
        QVERIFY2(parts.ok(), parts.ok() ? "" : parts.error().message.c_str());
        QCOMPARE(parts->size(), std::size_t(2));
        QVERIFY((*parts)[0].changeset);
        QCOMPARE((*parts)[0].responses.size(), std::size_t(2));
        QCOMPARE((*parts)[0].responses[0].status, 201);
        QCOMPARE((*parts)[0].responses[0].body, std::string("{\"d\":{}}\n"));
        QCOMPARE((*parts)[0].responses[0].headers.get("content-type").value_or(""),
            std::string("application/json"));
        QCOMPARE((*parts)[0].responses[1].status, 204);
        QVERIFY(!(*parts)[1].changeset);
        QCOMPARE((*parts)[1].responses[0].status, 400);
        QVERIFY((*parts)[1].responses[0].body.find("X/1") != std::string::npos);
    }

    void batchResponseErrors_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::addRow("empty") << "multipart/mixed; boundary=B"
                               << "";
        QTest::addRow("no boundary param") << "multipart/mixed"
                                           << "--B--";
        QTest::addRow("header without colon") << "multipart/mixed; boundary=B"
                                              << "--B\r\nnonsense\r\n\r\nx\r\n--B--";
        QTest::addRow("text after boundary") << "multipart/mixed; boundary=B"
                                             << "--Bxyz\r\n\r\n--B--";
        QTest::addRow("status out of range")
            << "multipart/mixed; boundary=B"
            << "--B\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 999 X\r\n\r\n--B--";
        QTest::addRow("nested without close")
            << "multipart/mixed; boundary=B"
            << "--B\r\nContent-Type: multipart/mixed; boundary=C\r\n\r\n--C\r\n\r\n--B--";
    }

    void batchResponseErrors()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        const auto parts = connectors::parseBatchResponse(contentType.toStdString(), body.toStdString());
        QVERIFY(!parts.ok());
        QVERIFY(!parts.error().message.empty());
    }

    void keyFigurePageKeepsKinds()
    {
        const auto page = ibp::parseKeyFigurePage(
            R"({"d":{"__count":3,"results":[)"
            R"({"PRDID":"A","LOCID":"L","CUSTID":"C","PERIODID3_TSTAMP":"2026-12-01T00:00:00","UOMTOID":"PC","CONSENSUSDEMAND":"1.500"},)"
            R"({"PRDID":"B","PERIODID3_TSTAMP":"/Date(1796083200000)/","CONSENSUSDEMAND":12.25,"UOMTOID":null},)"
            R"({"PRDID":["x"],"PERIODID3_TSTAMP":"soon"}]}})",
            "PERIODID3_TSTAMP");
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
        QCOMPARE(page->totalCount.value_or(0), std::size_t(3));
        const auto &r = page->records;
        QCOMPARE(r[0][RecordField::BucketStart].text, std::string("2026-12-01"));
        QCOMPARE(r[0][RecordField::Quantity].text, std::string("1.500"));
        QCOMPARE(r[0][RecordField::Channel].text, std::string("C"));
        QCOMPARE(r[1][RecordField::BucketStart].text, std::string("2026-12-01"));
        QVERIFY(r[1][RecordField::Quantity].kind == RawField::Kind::Number);
        QCOMPARE(r[1][RecordField::Quantity].text, std::string("12.25"));
        QVERIFY(r[1][RecordField::Uom].kind == RawField::Kind::Null);
        QVERIFY(r[1][RecordField::Location].kind == RawField::Kind::Missing);
        QVERIFY(r[2][RecordField::Item].kind == RawField::Kind::Other);
        QCOMPARE(
            r[2][RecordField::BucketStart].text, std::string("soon")); // the validator calls it MALFORMED
    }

    void catalogueMapsBuckets()
    {
        const auto versions = ibp::parseVersionCatalogue(
            R"({"d":{"results":[{"VERSIONID":"A","PERIODFIELD":"PERIODID3_TSTAMP","PERIODTYPE":"M",)"
            R"("ASOFDATE":"2026-11-26T00:00:00","PRIORITY":"high"}]}})");
        QVERIFY(versions.ok());
        QCOMPARE(versions->front().bucket, std::string("month"));
        QCOMPARE(versions->front().asOf, std::string("2026-11-26"));
        QCOMPARE(versions->front().priority, std::string("high"));
    }

    void pirStatePageNeedsStringKeys()
    {
        const std::string good
            = R"({"d":{"__count":"1","results":[{"Product":"P","Plant":"1710","MRPArea":"1710",)"
              R"("PlndIndepRqmtType":"VSF","PlndIndepRqmtVersion":"00","RequirementPlan":"",)"
              R"("RequirementSegment":"","PlndIndepRqmtPeriod":"202701","PeriodType":"W",)"
              R"("PlannedQuantity":"1.000","UnitOfMeasure":"PC"}]}})";
        const auto page = s4::parsePirStatePage(good);
        QVERIFY(page.ok());
        QCOMPARE(page->items.front().quantity, std::string("1.000"));
        std::string bad = good;
        bad.replace(bad.find("\"1.000\""), 7, "1");
        const auto broken = s4::parsePirStatePage(bad);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.find("PlannedQuantity") != std::string::npos);
    }

    void requestIdsAreStable()
    {
        // FNV-1a 128 reference values: the empty string hashes to the offset basis.
        QCOMPARE(s4::stableRequestId(""), std::string("6c62272e07bb014262b821756295c58d"));
        QCOMPARE(s4::stableRequestId("a"), std::string("d228cb696f1a8caf78912b704e4a8964"));
        s4::PirHeader header { "FG-1", "1710", "1710", "VSF", "00", "", "", true,
            { { "202701", "W", "1.000", "PC", 0 } } };
        const std::string id = s4::pirRequestId("V1", header);
        QCOMPARE(id.size(), std::size_t(32));
        QCOMPARE(s4::pirRequestId("V1", header), id);
        QVERIFY(s4::pirRequestId("V2", header) != id);
        header.items[0].quantity = "2.000";
        QVERIFY(s4::pirRequestId("V1", header) != id);
    }
};

QTEST_GUILESS_MAIN(TestODataParsers)
#include "tst_odataparsers.moc"
