// PIR payloads: mapping accepted records to the 7-part header and 9-part item keys, and contract
// tests of the JSON we send against SAP's published OpenAPI description of the service.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#ifndef Q_MOC_RUN
#include "connectors/s4/pirpayload.h"
#include "engine/forecastvalidation.h"
#include "sample/sampledata.h"
#endif

using namespace planbridge;

namespace {

QJsonObject schemas()
{
    QFile f(QStringLiteral(PIR_OPENAPI_FILE));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", PIR_OPENAPI_FILE);
    return QJsonDocument::fromJson(f.readAll()).object().value("components").toObject().value("schemas").toObject();
}

ValidationResult validate(const QByteArray &master, const QByteArray &version)
{
    auto md = loadMasterData(master.toStdString());
    if (!md)
        qFatal("master: %s", md.error().message.c_str());
    auto result = validateForecast(*md, version.toStdString(), "v.json", {});
    if (!result)
        qFatal("version: %s", result.error().message.c_str());
    return std::move(*result);
}

ValidationResult sampleResult()
{
    auto md = loadMasterData(sampleMasterData());
    return std::move(*validateForecast(*md, sampleVersion(), SampleVersionName, {}));
}

// Every property of `object` must be declared in `schema` as a string within its maxLength; a decimal
// string must also respect the 13,3 limits the schema states.
void verifyAgainstSchema(const QJsonObject &object, const QJsonObject &schema, const QString &where)
{
    const QJsonObject properties = schema.value("properties").toObject();
    for (const QString &required : schema.value("required").toVariant().toStringList())
        QVERIFY2(object.contains(required), qPrintable(where + " lacks required " + required));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject property = properties.value(it.key()).toObject();
        QVERIFY2(!property.isEmpty(), qPrintable(where + ": " + it.key() + " is not in the contract"));
        if (it.key() == "to_PlndIndepRqmtItem")
            continue;
        QCOMPARE(property.value("type").toString(), QString("string"));
        QVERIFY2(it.value().isString(), qPrintable(where + ": " + it.key() + " must be a JSON string"));
        const QString value = it.value().toString();
        if (property.contains("maxLength"))
            QVERIFY2(value.size() <= property.value("maxLength").toInt(),
                     qPrintable(where + ": " + it.key() + " is wider than the contract"));
        if (property.value("format").toString() == "decimal") {
            static const QRegularExpression decimal(QStringLiteral("^-?[0-9]{1,10}\\.[0-9]{3}$"));
            QVERIFY2(decimal.match(value).hasMatch(), qPrintable(where + ": " + it.key() + " = " + value));
            QVERIFY(value.toDouble() <= property.value("maximum").toDouble());
        }
    }
}

} // namespace

class TestPirPayload : public QObject
{
    Q_OBJECT

private slots:
    void sampleMapsToHeadersAndItems()
    {
        const ValidationResult result = sampleResult();
        const auto mapping = s4::mapToPir(result, {});
        QVERIFY(mapping.ok());
        QVERIFY(mapping->issues.empty());
        std::size_t items = 0;
        QStringList keys;
        for (const auto &h : mapping->headers) {
            items += h.items.size();
            keys << QString::fromStdString(h.product + "/" + h.plant + "/" + h.mrpArea);
        }
        QCOMPARE(items, result.accepted.size());
        QCOMPARE(keys, QStringList({"FG-1000/1710/1710", "FG-1000/1720/1720", "FG-1000/1730/1730", "FG-2000/1710/1710",
                                    "RM-300/1710/1710"}));
        const auto &first = mapping->headers.front();
        QCOMPARE(first.requirementType, std::string("VSF"));
        QCOMPARE(first.version, std::string("00"));
        QCOMPARE(first.items.at(1).period, std::string("202612"));
        QCOMPARE(first.items.at(1).periodType, std::string("M"));
        QCOMPARE(first.items.at(1).quantity, std::string("12400.800"));
        QCOMPARE(first.items.at(1).unit, std::string("PC"));
        QCOMPARE(first.items.at(1).record, 1u);
    }

    void deepInsertMatchesTheContract()
    {
        const QJsonObject all = schemas();
        const QJsonObject headerSchema = all.value("API_PLND_INDEP_RQMT_SRV.PlannedIndepRqmtType-create").toObject();
        const QJsonObject itemSchema = all.value("API_PLND_INDEP_RQMT_SRV.PlannedIndepRqmtItemType-create").toObject();
        QVERIFY(!headerSchema.isEmpty() && !itemSchema.isEmpty());
        const auto mapping = s4::mapToPir(sampleResult(), {});
        for (const auto &header : mapping->headers) {
            const auto body = QJsonDocument::fromJson(QByteArray::fromStdString(s4::deepInsertBody(header))).object();
            verifyAgainstSchema(body, headerSchema, "header");
            // The 7 keys are sent even when empty: "" rather than omitted or null.
            QCOMPARE(body.value("RequirementPlan").toString(), QString(""));
            QCOMPARE(body.value("PlndIndepRqmtIsActive").toString(), QString("X"));
            const QJsonArray items = body.value("to_PlndIndepRqmtItem").toObject().value("results").toArray();
            QCOMPARE(std::size_t(items.size()), header.items.size());
            for (const auto &item : items)
                verifyAgainstSchema(item.toObject(), itemSchema, "item");
        }
    }

    void keyPredicateQuotesAndEncodes()
    {
        s4::PirHeader h {"FG 1'A/é", "1710", "1710-A", "VSF", "00", "", "", true, {}};
        QCOMPARE(s4::headerKeyPredicate(h),
                 std::string("(Product='FG%201''A%2F%C3%A9',Plant='1710',MRPArea='1710-A',PlndIndepRqmtType='VSF',"
                             "PlndIndepRqmtVersion='00',RequirementPlan='',RequirementSegment='')"));
    }

    void recordsTheErpCannotTakeAreIssues_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QByteArray>("plant");
        QTest::addColumn<QByteArray>("uom");
        QTest::addColumn<QString>("field");
        QTest::addRow("product of 41 characters") << QByteArray(41, 'P') << QByteArray("1710") << QByteArray("PC")
                                                  << "Product";
        QTest::addRow("product of 40 characters fits") << QByteArray(40, 'P') << QByteArray("1710") << QByteArray("PC")
                                                       << "";
        QTest::addRow("40 two-byte characters fit") << QByteArray("é").repeated(40) << QByteArray("1710")
                                                    << QByteArray("PC") << "";
        QTest::addRow("plant of 5") << QByteArray("FG") << QByteArray("17100") << QByteArray("PC") << "Plant";
        QTest::addRow("unit of 4") << QByteArray("FG") << QByteArray("1710") << QByteArray("PACK") << "UnitOfMeasure";
    }

    void recordsTheErpCannotTakeAreIssues()
    {
        QFETCH(QByteArray, item);
        QFETCH(QByteArray, plant);
        QFETCH(QByteArray, uom);
        QFETCH(QString, field);
        const QByteArray master = "{\"items\":[{\"item\":\"" + item + "\",\"base_uom\":\"" + uom
            + "\"}],\"locations\":[{\"location\":\"L\",\"erp_plant\":\"" + plant
            + "\",\"calendar\":\"C\",\"period_type\":\"M\",\"horizon_days\":400}],"
              "\"item_locations\":[{\"item\":\""
            + item + "\",\"location\":\"L\"}],\"calendars\":[{\"calendar\":\"C\"}]}";
        const QByteArray version = "{\"as_of\":\"2026-11-26\",\"bucket\":\"month\",\"records\":[{\"item\":\"" + item
            + "\",\"location\":\"L\",\"channel\":\"R\",\"bucket_start\":\"2027-01-01\",\"quantity\":\"5\",\"uom\":\""
            + uom + "\"}]}";
        const auto mapping = s4::mapToPir(validate(master, version), {});
        QVERIFY(mapping.ok());
        if (field.isEmpty()) {
            QVERIFY(mapping->issues.empty());
            QCOMPARE(mapping->headers.size(), std::size_t(1));
        } else {
            QCOMPARE(mapping->issues.size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(mapping->issues.front().field), field);
            QVERIFY(mapping->headers.empty());
        }
    }

    void sumsOverTheErpLimitAreIssues()
    {
        const QByteArray master = R"({"items":[{"item":"FG","base_uom":"PC"}],
            "locations":[{"location":"L","erp_plant":"1710","calendar":"C","period_type":"M","horizon_days":400}],
            "item_locations":[{"item":"FG","location":"L"}],"calendars":[{"calendar":"C"}]})";
        const QByteArray version = R"({"as_of":"2026-11-26","bucket":"month","records":[
            {"item":"FG","location":"L","channel":"A","bucket_start":"2027-01-01","quantity":"9999999999.999","uom":"PC"},
            {"item":"FG","location":"L","channel":"B","bucket_start":"2027-01-01","quantity":"0.001","uom":"PC"}]})";
        const auto mapping = s4::mapToPir(validate(master, version), {});
        QCOMPARE(mapping->issues.size(), std::size_t(1));
        QCOMPARE(mapping->issues.front().field, std::string("PlannedQuantity"));
        QVERIFY(mapping->issues.front().message.find("10000000000.000") != std::string::npos);
    }

    void settingsOutsideTheContractAreErrors()
    {
        s4::PirSettings settings;
        settings.requirementType = "VSFXX";
        QVERIFY(!s4::mapToPir(sampleResult(), settings).ok());
        settings = {};
        settings.version = "001";
        QVERIFY(!s4::mapToPir(sampleResult(), settings).ok());
        settings = {};
        settings.version = "";
        QVERIFY(!s4::mapToPir(sampleResult(), settings).ok());
    }
};

QTEST_GUILESS_MAIN(TestPirPayload)
#include "tst_pirpayload.moc"
