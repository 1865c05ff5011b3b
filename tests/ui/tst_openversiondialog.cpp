// The "Open forecast version" dialog, offscreen: a CSV version needs bucket and as-of before OK
// is enabled, a JSON version may keep its own fields, the request carries the chosen overrides,
// and the values come back next time. With PLANBRIDGE_SCREENSHOT_DIR set it also saves pictures.
#include <QtTest>

#include "consolesettings.h"
#include "openversiondialog.h"

#ifndef Q_MOC_RUN // moc 6.4 cannot parse GCC 12's <concepts>, which the engine's <compare> pulls in
#include "validationrequest.h"
#endif

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace planbridge;
using namespace planbridge::ui;

namespace {

// An override as the test compares it; "-" when the file's field is kept.
QString field(const std::optional<std::string> &value)
{
    return value ? QString::fromStdString(*value) : QStringLiteral("-");
}

const QString CsvHint = QStringLiteral("A CSV file carries no version fields: choose the bucket and the as-of date.");

} // namespace

class TestOpenVersionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDialogCannotValidate();
    void detectsFormatLikeTheEngine_data();
    void detectsFormatLikeTheEngine();
    void csvNeedsBucketAndAsOf();
    void jsonMayKeepItsFields();
    void switchingBackToJsonOffersFromFileAgain();
    void missingFileDisablesOk();
    void requestCarriesOverrides();
    void remembersValues();
    void screenshots();

private:
    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton *okButton() const { return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok); }
    QString write(const QString &name, const QByteArray &content) const;
    void openFiles(const QString &version);

    QTemporaryDir m_dir;
    QString m_master;
    std::unique_ptr<OpenVersionDialog> m_dialog;
};

QString TestOpenVersionDialog::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOpenVersionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_master = write(QStringLiteral("master.json"), "{}");
    write(QStringLiteral("version.csv"), "item,location,channel,bucket_start,quantity,uom\n");
    write(QStringLiteral("version.json"), "{\"records\": []}");
}

void TestOpenVersionDialog::init()
{
    planbridge::ui::consoleSettings().clear();
    m_dialog = std::make_unique<OpenVersionDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestOpenVersionDialog::cleanup()
{
    m_dialog.reset();
}

void TestOpenVersionDialog::openFiles(const QString &version)
{
    child<QLineEdit>("masterPathEdit")->setText(m_master);
    auto *edit = child<QLineEdit>("versionPathEdit");
    edit->clear();
    QTest::keyClicks(edit, version);
}

void TestOpenVersionDialog::emptyDialogCannotValidate()
{
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(child<QLabel>("hintLabel")->text(),
             QStringLiteral("Choose the master data file and the forecast version file."));
    QVERIFY(child<QPushButton>("masterBrowseButton")->isEnabled());
    QVERIFY(child<QPushButton>("versionBrowseButton")->isEnabled());
    QCOMPARE(child<QGroupBox>("versionFieldsGroup")->title(), QStringLiteral("Version fields"));
    QCOMPARE(child<QComboBox>("bucketCombo")->currentText(), QStringLiteral("From file"));
    QVERIFY(child<QRadioButton>("asOfFromFileRadio")->isChecked());
    QVERIFY(!child<QDateEdit>("asOfEdit")->isEnabled());
}

// The extension decides in any case; otherwise the first non-blank byte, after a BOM.
void TestOpenVersionDialog::detectsFormatLikeTheEngine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("csv");
    QTest::addRow("csv") << "a.csv" << QByteArray("item\n") << true;
    QTest::addRow("CSV upper case") << "b.CSV" << QByteArray("{\"x\": 1}") << true;
    QTest::addRow("Json mixed case") << "c.Json" << QByteArray("item,location\n") << false;
    QTest::addRow("sniffed json") << "d.txt" << QByteArray(" \r\n\t{\"records\": []}") << false;
    QTest::addRow("sniffed json after BOM") << "e" << QByteArray("\xEF\xBB\xBF\n{}") << false;
    QTest::addRow("sniffed csv") << "f.dat" << QByteArray("\n item,location\n") << true;
}

void TestOpenVersionDialog::detectsFormatLikeTheEngine()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, csv);
    openFiles(write(name, content));
    QCOMPARE(m_dialog->isCsv(), csv);
    QCOMPARE(child<QComboBox>("bucketCombo")->findData(QString()) == 0, !csv);
    QCOMPARE(child<QRadioButton>("asOfFromFileRadio")->isEnabled(), !csv);
    QCOMPARE(okButton()->isEnabled(), !csv);
}

void TestOpenVersionDialog::csvNeedsBucketAndAsOf()
{
    openFiles(m_dir.filePath(QStringLiteral("version.csv")));
    auto *bucket = child<QComboBox>("bucketCombo");
    auto *fromFile = child<QRadioButton>("asOfFromFileRadio");
    auto *dateRadio = child<QRadioButton>("asOfOverrideRadio");
    auto *hint = child<QLabel>("hintLabel");
    QVERIFY(m_dialog->isCsv());
    QCOMPARE(bucket->count(), 3);
    QCOMPARE(bucket->findText(QStringLiteral("From file")), -1);
    QCOMPARE(bucket->currentIndex(), -1);
    QVERIFY(!fromFile->isEnabled());
    QVERIFY(!fromFile->isChecked() && !dateRadio->isChecked());
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(hint->text(), CsvHint);
    QCOMPARE(child<QComboBox>("priorityCombo")->itemText(0), QStringLiteral("Default (normal)"));

    bucket->setCurrentIndex(bucket->findData(QStringLiteral("week")));
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(hint->text(), CsvHint);

    QTest::mouseClick(dateRadio, Qt::LeftButton);
    QVERIFY(dateRadio->isChecked());
    QVERIFY(child<QDateEdit>("asOfEdit")->isEnabled());
    QVERIFY(okButton()->isEnabled());
    QVERIFY(hint->text().isEmpty());
}

void TestOpenVersionDialog::jsonMayKeepItsFields()
{
    openFiles(m_dir.filePath(QStringLiteral("version.json")));
    QVERIFY(!m_dialog->isCsv());
    QCOMPARE(child<QComboBox>("bucketCombo")->currentText(), QStringLiteral("From file"));
    QVERIFY(child<QRadioButton>("asOfFromFileRadio")->isChecked());
    QVERIFY(okButton()->isEnabled());
    QVERIFY(child<QLabel>("hintLabel")->text().isEmpty());

    const ValidationRequest request = m_dialog->request();
    QVERIFY(request.fromFiles());
    QCOMPARE(field(request.overrides.bucket), QStringLiteral("-"));
    QCOMPARE(field(request.overrides.asOf), QStringLiteral("-"));
    QCOMPARE(field(request.overrides.versionId), QStringLiteral("-"));
    QCOMPARE(field(request.overrides.priority), QStringLiteral("-"));
}

void TestOpenVersionDialog::switchingBackToJsonOffersFromFileAgain()
{
    openFiles(m_dir.filePath(QStringLiteral("version.csv")));
    auto *bucket = child<QComboBox>("bucketCombo");
    bucket->setCurrentIndex(bucket->findData(QStringLiteral("month")));
    openFiles(m_dir.filePath(QStringLiteral("version.json")));
    QCOMPARE(bucket->itemText(0), QStringLiteral("From file"));
    QCOMPARE(bucket->currentData().toString(), QStringLiteral("month")); // the user's choice stays
    QVERIFY(child<QRadioButton>("asOfFromFileRadio")->isEnabled());
    QVERIFY(child<QRadioButton>("asOfFromFileRadio")->isChecked());
    QCOMPARE(child<QComboBox>("priorityCombo")->itemText(0), QStringLiteral("From file"));
    QVERIFY(okButton()->isEnabled());
}

void TestOpenVersionDialog::missingFileDisablesOk()
{
    openFiles(m_dir.filePath(QStringLiteral("nowhere.json")));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("hintLabel")->text().startsWith(QStringLiteral("There is no version file at")));
    // Not accepted by Return either.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->accept();
    QCOMPARE(accepted.count(), 0);
}

void TestOpenVersionDialog::requestCarriesOverrides()
{
    const QString csv = m_dir.filePath(QStringLiteral("version.csv"));
    openFiles(csv);
    auto *bucket = child<QComboBox>("bucketCombo");
    bucket->setCurrentIndex(bucket->findData(QStringLiteral("month")));
    child<QRadioButton>("asOfOverrideRadio")->setChecked(true);
    child<QDateEdit>("asOfEdit")->setDate(QDate(2026, 11, 26));
    QTest::keyClicks(child<QLineEdit>("versionIdEdit"), QStringLiteral(" DP-2026-12 "));
    auto *priority = child<QComboBox>("priorityCombo");
    priority->setCurrentIndex(priority->findData(QStringLiteral("high")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const ValidationRequest request = m_dialog->request();
    QCOMPARE(QString::fromStdString(request.masterPath), m_master);
    QCOMPARE(QString::fromStdString(request.inputPath), csv);
    QCOMPARE(request.label, QStringLiteral("version.csv"));
    QCOMPARE(field(request.overrides.bucket), QStringLiteral("month"));
    QCOMPARE(field(request.overrides.asOf), QStringLiteral("2026-11-26"));
    QCOMPARE(field(request.overrides.versionId), QStringLiteral("DP-2026-12"));
    QCOMPARE(field(request.overrides.priority), QStringLiteral("high"));
}

void TestOpenVersionDialog::remembersValues()
{
    requestCarriesOverrides();
    m_dialog = std::make_unique<OpenVersionDialog>();
    QCOMPARE(m_dialog->masterPath(), m_master);
    QCOMPARE(m_dialog->versionPath(), m_dir.filePath(QStringLiteral("version.csv")));
    QCOMPARE(child<QComboBox>("bucketCombo")->currentData().toString(), QStringLiteral("month"));
    QVERIFY(child<QRadioButton>("asOfOverrideRadio")->isChecked());
    QCOMPARE(child<QDateEdit>("asOfEdit")->date(), QDate(2026, 11, 26));
    QCOMPARE(child<QLineEdit>("versionIdEdit")->text(), QStringLiteral("DP-2026-12"));
    QCOMPARE(child<QComboBox>("priorityCombo")->currentData().toString(), QStringLiteral("high"));
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(planbridge::ui::consoleSettings()
                 .value(QStringLiteral("paths/lastDirectory"))
                 .toString(),
             m_dir.path());
}

// Pictures of the dialog for review, in English and German: a JSON version, then a CSV version
// before and after its fields are chosen.
void TestOpenVersionDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("PLANBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PLANBRIDGE_SCREENSHOT_DIR is not set");
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(PLANBRIDGE_QM_DIR "/planbridge_de.qm")));
    for (const bool de : {false, true}) {
        if (de)
            QCoreApplication::installTranslator(&german);
        m_dialog = std::make_unique<OpenVersionDialog>();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        const QString lang = de ? QStringLiteral("de") : QStringLiteral("en");
        openFiles(m_dir.filePath(QStringLiteral("version.json")));
        QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/openversion-json-%1.png").arg(lang)));
        openFiles(m_dir.filePath(QStringLiteral("version.csv")));
        QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/openversion-csv-%1.png").arg(lang)));
        child<QComboBox>("bucketCombo")->setCurrentIndex(1);
        child<QRadioButton>("asOfOverrideRadio")->setChecked(true);
        QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/openversion-csv-set-%1.png").arg(lang)));
    }
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestOpenVersionDialog)
#include "tst_openversiondialog.moc"
