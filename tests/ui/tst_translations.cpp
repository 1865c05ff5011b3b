// The console's catalogues stay complete: every message of translations/planbridge_<lang>.ts is
// finished, carries a non-empty translation (two numerus forms for German and Spanish), keeps the
// source's placeholders, accelerator, HTML tags and outer spaces, and the .qm the build compiles
// from it (the one the console embeds under :/i18n) answers with exactly that translation.
//
// A failure names every offending message as  context | "source" : problem,  so after a source
// change the fix is: run the update_translations target, translate what is listed, run again.
#include <QtTest>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one translation, or the numerus forms
};

QString tsPath(const QString &lang)
{
    return QStringLiteral(PLANBRIDGE_SOURCE_DIR "/translations/planbridge_%1.ts").arg(lang);
}

QString qmPath(const QString &lang)
{
    return QStringLiteral(PLANBRIDGE_QM_DIR "/planbridge_%1.qm").arg(lang);
}

// Every <message> of a .ts file, or an error.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.forms.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                    }
                } else {
                    xml.skipCurrentElement(); // location, extracomment, translatorcomment, ...
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

bool isObsolete(const Message &m)
{
    return m.type == u"vanished" || m.type == u"obsolete";
}

QString label(const Message &m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("%1 | \"%2\"").arg(m.context, source);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[1-9n]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// An accelerator: "&" before a character, "&&" being a literal ampersand.
bool hasAccelerator(const QString &text)
{
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&]"));
    return pattern.match(rest).hasMatch();
}

QSet<QString> htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*>"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// What is wrong with one translation form, if anything.
QStringList formProblems(const Message &m, const QString &form)
{
    QStringList problems;
    if (form.trimmed().isEmpty()) {
        problems << QStringLiteral("empty translation");
        return problems;
    }
    const QSet<QString> want = placeholders(m.source);
    const QSet<QString> have = placeholders(form);
    if (!have.contains(want))
        problems << QStringLiteral("lacks placeholder(s) %1").arg(sorted(want - have));
    if (!want.contains(have))
        problems << QStringLiteral("has placeholder(s) %1 the source does not").arg(sorted(have - want));
    if (hasAccelerator(m.source) && !hasAccelerator(form))
        problems << QStringLiteral("lost the & accelerator");
    const QSet<QString> tags = htmlTags(m.source);
    if (!htmlTags(form).contains(tags))
        problems << QStringLiteral("lost HTML tag(s) %1").arg(sorted(tags - htmlTags(form)));
    if (m.source.startsWith(QLatin1Char(' ')) != form.startsWith(QLatin1Char(' '))
        || m.source.endsWith(QLatin1Char(' ')) != form.endsWith(QLatin1Char(' ')))
        problems << QStringLiteral("leading/trailing spaces differ from the source");
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void compiledCatalogueMatches_data();
    void compiledCatalogueMatches();
    void compiledCatalogueTranslatesKnownStrings_data();
    void compiledCatalogueTranslatesKnownStrings();
};

static void languages()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestTranslations::catalogueIsComplete_data()
{
    languages();
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readTs(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(tsPath(lang))));

    QStringList failures;
    int live = 0;
    for (const Message &m : messages) {
        if (isObsolete(m))
            continue; // no longer in the sources: neither shipped nor counted
        ++live;
        QStringList problems;
        if (m.type == u"unfinished")
            problems << QStringLiteral("unfinished");
        if (m.numerus && m.forms.size() != 2)
            problems << QStringLiteral("%1 numerus form(s) instead of 2").arg(m.forms.size());
        if (m.forms.isEmpty())
            problems << QStringLiteral("no translation");
        for (const QString &form : m.forms) {
            for (const QString &problem : formProblems(m, form)) {
                if (!problems.contains(problem))
                    problems << problem;
            }
        }
        if (!problems.isEmpty())
            failures << QStringLiteral("  %1 : %2").arg(label(m), problems.join(QStringLiteral("; ")));
    }
    QVERIFY(live > 0);
    if (!failures.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 of %2 messages in %3 need work (run the update_translations target, "
                                        "then translate them):\n%4")
                             .arg(failures.size())
                             .arg(live)
                             .arg(tsPath(lang), failures.join(QLatin1Char('\n')))));
    }
}

void TestTranslations::compiledCatalogueMatches_data()
{
    languages();
}

// The .qm built from the .ts (embedded by the console as :/i18n/planbridge_<lang>.qm) gives back
// every translation of the .ts: it is neither stale nor missing a message.
void TestTranslations::compiledCatalogueMatches()
{
    QFETCH(QString, lang);
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(lang)), qPrintable(QStringLiteral("cannot load %1").arg(qmPath(lang))));
    QCOMPARE(translator.language().left(2), lang);

    QString error;
    const QList<Message> messages = readTs(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList failures;
    for (const Message &m : messages) {
        if (isObsolete(m) || m.type == u"unfinished" || m.forms.isEmpty())
            continue; // reported by catalogueIsComplete
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            // German and Spanish: form 0 for n == 1, form 1 otherwise.
            const int counts[] = { 1, 2 };
            for (int i = 0; i < m.forms.size() && i < 2; ++i) {
                const QString got = translator.translate(context.constData(), source.constData(), disambiguation, counts[i]);
                if (got != m.forms.at(i))
                    failures << QStringLiteral("  %1 (n=%2): .qm has \"%3\"").arg(label(m)).arg(counts[i]).arg(got);
            }
        } else {
            const QString got = translator.translate(context.constData(), source.constData(), disambiguation);
            if (got != m.forms.first())
                failures << QStringLiteral("  %1: .qm has \"%2\"").arg(label(m), got);
        }
    }
    if (!failures.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 differs from %2 (rebuild the planbridge_lrelease target):\n%3")
                             .arg(qmPath(lang), tsPath(lang), failures.join(QLatin1Char('\n')))));
    }
}

void TestTranslations::compiledCatalogueTranslatesKnownStrings_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("versions");
    QTest::addColumn<QString>("oneRow");
    QTest::addColumn<QString>("fiveRows");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Versionen")
                        << QStringLiteral("seit 1 Min. überschritten") << QStringLiteral("seit 5 Min. überschritten");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Versiones")
                        << QStringLiteral("incumplido hace 1 min") << QStringLiteral("incumplido hace 5 min");
}

// Through QCoreApplication, the way the console's widgets ask for their strings.
void TestTranslations::compiledCatalogueTranslatesKnownStrings()
{
    QFETCH(QString, lang);
    QFETCH(QString, versions);
    QFETCH(QString, oneRow);
    QFETCH(QString, fiveRows);
    QTranslator translator;
    QVERIFY(translator.load(qmPath(lang)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString page = QCoreApplication::translate("planbridge::ui::ConsoleWindow", "Versions");
    const QString one = QCoreApplication::translate("planbridge::ui::VersionListModel", "breached %n min ago", nullptr, 1);
    const QString five = QCoreApplication::translate("planbridge::ui::VersionListModel", "breached %n min ago", nullptr, 5);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(page, versions);
    QCOMPARE(one, oneRow);
    QCOMPARE(five, fiveRows);
    // Without the catalogue the console speaks English.
    QCOMPARE(QCoreApplication::translate("planbridge::ui::ConsoleWindow", "Versions"), QStringLiteral("Versions"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
