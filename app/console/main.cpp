// planbridge: the desktop console. Validates the bundled sample (or the given files) in the
// background and shows the result.
#include "mainwindow.h"
#include "validationjob.h"
#include "validationrequest.h"
#include "version/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

namespace {

using planbridge::ui::MainWindow;
using planbridge::ui::ValidationRequest;

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

struct Options
{
    QCommandLineOption master {QStringLiteral("master"),
                               QCoreApplication::translate("main", "Master data JSON to validate against."),
                               QStringLiteral("FILE")};
    QCommandLineOption input {QStringLiteral("input"),
                              QCoreApplication::translate("main", "Forecast version (JSON or CSV) to validate."),
                              QStringLiteral("FILE")};
    QCommandLineOption bucket {
        QStringLiteral("bucket"),
        QCoreApplication::translate(
            "main", "Bucket of the version: day, week or month (overrides the file; required for CSV)."),
        QStringLiteral("B")};
    QCommandLineOption asOf {
        QStringLiteral("as-of"),
        QCoreApplication::translate("main", "As-of date of the version (overrides the file; required for CSV)."),
        QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption versionId {QStringLiteral("version-id"),
                                  QCoreApplication::translate("main", "Version id (overrides the file's)."),
                                  QStringLiteral("ID")};
    QCommandLineOption priority {
        QStringLiteral("priority"),
        QCoreApplication::translate("main", "Priority: normal or high (overrides the file; default normal)."),
        QStringLiteral("P")};
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window after the first validation, then quit."),
        QStringLiteral("PNG")};
    QCommandLineOption lang {QStringLiteral("lang"),
                             QCoreApplication::translate("main", "Language of the user interface, e.g. de."),
                             QStringLiteral("CODE")};
    QCommandLineOption tab {QStringLiteral("tab"), QStringLiteral("Tab to show (0-2), for screenshots."),
                            QStringLiteral("N")};

    // The version fields given, passed to the engine as they are: it names a bad value itself.
    planbridge::VersionOverrides overrides(const QCommandLineParser &parser) const
    {
        const auto value = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? std::optional<std::string>(parser.value(option).toStdString()) : std::nullopt;
        };
        return {value(versionId), value(bucket), value(asOf), value(priority)};
    }
    bool hasOverrides(const QCommandLineParser &parser) const
    {
        return parser.isSet(bucket) || parser.isSet(asOf) || parser.isSet(versionId) || parser.isSet(priority);
    }

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "PlanBridge: forecast-to-ERP operations console."));
        parser.addHelpOption();
        parser.addVersionOption();
        tab.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({master, input, bucket, asOf, versionId, priority, screenshot, lang, tab});
    }
};

// Installs the console's translation and Qt's own for `locale`; untranslated languages stay English.
void installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("planbridge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void failLine(const QString &message)
{
    std::fprintf(stderr, "planbridge: %s\n", qPrintable(message));
}

// --screenshot: once the first validation is done, picture the window and quit.
void arrangeScreenshot(MainWindow &window, const QString &path)
{
    auto *job = window.job();
    QObject::connect(job, &planbridge::ui::ValidationJob::finished, &window, [&window, path] {
        // Let layouts and the chart's scene settle before grabbing.
        QTimer::singleShot(50, &window, [&window, path] {
            if (!window.grab().save(path, "PNG")) {
                failLine(QCoreApplication::translate("main", "could not write %1").arg(path));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    });
    QObject::connect(job, &planbridge::ui::ValidationJob::failed, &window, [](const QString &message) {
        failLine(message);
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("PlanBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("planbridge"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(planbridge::versionString()));

    if (!hasDisplay()) {
        // Without a display Qt would abort in QApplication. --help and --version still work.
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        Options options;
        options.addTo(parser);
        parser.process(core);
        std::fputs("planbridge: no display found (DISPLAY is not set). Run it in a desktop session, "
                   "or try the headless demo: planbridge-sync demo\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("PlanBridge"));
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);

    if (parser.isSet(options.lang)) {
        const QLocale locale(parser.value(options.lang));
        QLocale::setDefault(locale);
        installTranslations(locale);
    } else {
        installTranslations(QLocale::system());
    }

    if (parser.isSet(options.master) != parser.isSet(options.input)) {
        failLine(QCoreApplication::translate("main", "--master and --input go together"));
        return 2;
    }
    if (options.hasOverrides(parser) && !parser.isSet(options.input)) {
        failLine(QCoreApplication::translate(
            "main", "--bucket, --as-of, --version-id and --priority need --master and --input"));
        return 2;
    }

    MainWindow window;
    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot)
        arrangeScreenshot(window, parser.value(options.screenshot));
    else
        window.restoreSettings();
    if (parser.isSet(options.tab))
        window.selectTab(parser.value(options.tab).toInt());
    window.show();

    if (parser.isSet(options.master))
        window.validate(ValidationRequest::fromFiles(parser.value(options.master), parser.value(options.input),
                                                     options.overrides(parser)));
    else
        window.reloadSample();
    return QApplication::exec();
}
