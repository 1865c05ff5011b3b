// planbridge: the desktop console. By default it opens the operations console on the local cache
// (sign-in first); --demo runs it on the built-in sandbox with a seeded scenario, signed in as the
// demo planner. Given --master and --input it instead checks one forecast file in the validation
// window, without touching the cache.
#include "consolewindow.h"
#include "demoenvironment.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "validationjob.h"
#include "validationrequest.h"
#include "version/version.h"
#include "workspace.h"

#include "auth/permissions.h"
#include "engine/demoscenario.h"
#include "store/cache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

namespace {

using planbridge::ui::ConsoleWindow;
using planbridge::ui::DemoEnvironment;
using planbridge::ui::Endpoints;
using planbridge::ui::MainWindow;
using planbridge::ui::ValidationRequest;
using planbridge::ui::Workspace;

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
    QCommandLineOption demo {QStringLiteral("demo"),
                             QCoreApplication::translate(
                                 "main", "Run on the built-in sandbox with a seeded scenario, signed in as the demo "
                                         "planner (another demo user with --user).")};
    QCommandLineOption cache {QStringLiteral("cache"),
                              QCoreApplication::translate("main", "The local cache (default: in the user's data folder)."),
                              QStringLiteral("FILE")};
    QCommandLineOption erp {QStringLiteral("erp"), QCoreApplication::translate("main", "Base URL of the ERP (S/4HANA)."),
                            QStringLiteral("URL")};
    QCommandLineOption planning {QStringLiteral("planning"),
                                 QCoreApplication::translate("main", "Base URL of the planning system (IBP)."),
                                 QStringLiteral("URL")};
    QCommandLineOption user {QStringLiteral("user"), QCoreApplication::translate("main", "User to sign in as."),
                             QStringLiteral("NAME")};
    QCommandLineOption palette {QStringLiteral("palette"),
                                QCoreApplication::translate("main", "Colours: system (default), light or dark."),
                                QStringLiteral("NAME")};
    QCommandLineOption page {QStringLiteral("page"), QStringLiteral("Console page to show (0-7), for screenshots."),
                             QStringLiteral("N")};
    QCommandLineOption records {QStringLiteral("demo-records"), QStringLiteral("Rows of the demo's large version."),
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
        for (QCommandLineOption *hidden : {&tab, &page, &records})
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({master, input, bucket, asOf, versionId, priority, screenshot, lang, tab, demo, cache, erp,
                           planning, user, palette, page, records});
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

// Pictures the window `delayMs` from now (layouts, charts and background loads settle first),
// writes the PNG and quits: status 0, or 1 when the file could not be written.
void screenshotLater(QWidget &window, const QString &path, int delayMs)
{
    QTimer::singleShot(delayMs, &window, [&window, path] {
        if (!window.grab().save(path, "PNG")) {
            failLine(QCoreApplication::translate("main", "could not write %1").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
}

// --screenshot: once the first validation is done, picture the window and quit.
void arrangeScreenshot(MainWindow &window, const QString &path)
{
    auto *job = window.job();
    QObject::connect(job, &planbridge::ui::ValidationJob::finished, &window,
                     [&window, path] { screenshotLater(window, path, 50); });
    QObject::connect(job, &planbridge::ui::ValidationJob::failed, &window, [](const QString &message) {
        failLine(message);
        QCoreApplication::exit(1);
    });
}

// Light or dark colours on the Fusion style; "system" leaves the platform's own.
void applyPalette(const QString &name)
{
    if (name.isEmpty() || name == QStringLiteral("system"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    if (name == QStringLiteral("dark")) {
        const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    }
    QApplication::setPalette(palette);
}

int runConsole(const QCommandLineParser &parser, const Options &options)
{
    std::unique_ptr<DemoEnvironment> demo;
    QString cachePath = parser.value(options.cache);
    Endpoints endpoints;
    endpoints.erpUrl = parser.value(options.erp);
    endpoints.planningUrl = parser.value(options.planning);
    // Endpoint passwords come from the environment, never from the command line.
    endpoints.user = qEnvironmentVariable("PLANBRIDGE_ENDPOINT_USER");
    endpoints.password = qEnvironmentVariable("PLANBRIDGE_ENDPOINT_PASSWORD");
    if (parser.isSet(options.demo)) {
        demo = std::make_unique<DemoEnvironment>();
        QString error;
        const auto records = parser.isSet(options.records) ? parser.value(options.records).toULongLong() : 20'000ull;
        if (!demo->start(&error, records)) {
            failLine(QCoreApplication::translate("main", "the demo could not start: %1").arg(error));
            return 1;
        }
        cachePath = demo->cachePath();
        endpoints = demo->endpoints();
    } else if (cachePath.isEmpty()) {
        auto fallback = planbridge::store::defaultCachePath();
        if (!fallback) {
            failLine(QString::fromStdString(fallback.error().message));
            return 1;
        }
        cachePath = QString::fromStdString(*fallback);
    }
    QString error;
    auto workspace = Workspace::open(cachePath, endpoints, &error);
    if (!workspace) {
        failLine(QCoreApplication::translate("main", "cannot open the cache %1: %2").arg(cachePath, error));
        return 1;
    }
    ConsoleWindow window(*workspace);
    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot)
        window.resize(1600, 1000); // the size the README's screenshots are taken at
    else
        window.restoreSettings();
    window.show();
    workspace->startProbing(5000);
    if (demo) {
        const QString user = parser.isSet(options.user) ? parser.value(options.user) : QStringLiteral("paula");
        if (!workspace->signIn(user, QString::fromLatin1(planbridge::DemoPassword), &error)) {
            failLine(error);
            return 1;
        }
        // Each role starts on what it works on: planners on the revision with rejects, approvers
        // on the version waiting for approval, everyone else on the posted one.
        const auto &scenario = demo->scenario();
        const bool approver = workspace->allows(planbridge::auth::Action::Approve);
        const bool planner = workspace->allows(planbridge::auth::Action::Submit);
        workspace->setCurrentVersion(QString::fromStdString(planner ? scenario.revisionVersion
                                                                    : approver ? scenario.submittedVersion
                                                                               : scenario.postedVersion));
    } else if (!window.signIn(parser.value(options.user))) {
        return 0;
    }
    if (parser.isSet(options.page))
        window.showPage(ConsoleWindow::Page(parser.value(options.page).toInt()));
    if (screenshot)
        screenshotLater(window, parser.value(options.screenshot), 2500); // the pages load in the background
    return QApplication::exec();
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

    // The language: --lang, else the one chosen in Settings, else the system's.
    const QString language
        = parser.isSet(options.lang) ? parser.value(options.lang) : planbridge::ui::SettingsPage::languageOverride();
    if (!language.isEmpty()) {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        installTranslations(locale);
    } else {
        installTranslations(QLocale::system());
    }
    applyPalette(parser.value(options.palette));
    if (auto error = planbridge::store::ensureUserDirectories())
        failLine(QString::fromStdString(error->message));

    if (parser.isSet(options.master) != parser.isSet(options.input)) {
        failLine(QCoreApplication::translate("main", "--master and --input go together"));
        return 2;
    }
    if (options.hasOverrides(parser) && !parser.isSet(options.input)) {
        failLine(QCoreApplication::translate(
            "main", "--bucket, --as-of, --version-id and --priority need --master and --input"));
        return 2;
    }

    if (!parser.isSet(options.master))
        return runConsole(parser, options);

    MainWindow window;
    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot)
        arrangeScreenshot(window, parser.value(options.screenshot));
    else
        window.restoreSettings();
    if (parser.isSet(options.tab))
        window.selectTab(parser.value(options.tab).toInt());
    window.show();

    window.validate(ValidationRequest::fromFiles(parser.value(options.master), parser.value(options.input),
                                                 options.overrides(parser)));
    return QApplication::exec();
}
