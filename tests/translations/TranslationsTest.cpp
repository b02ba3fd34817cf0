#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString sourceDir = QStringLiteral(BRANCHDESK_SOURCE_DIR);

struct Untranslated
{
    QString context;
    QString source;
    QString why;
};

// Every message of a .ts whose translation is missing, empty or unfinished.
QList<Untranslated> untranslatedMessages(const QString &tsPath)
{
    QFile file(tsPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << tsPath.toStdString();
    QXmlStreamReader xml(&file);
    QList<Untranslated> result;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            if (type == QLatin1String("unfinished")) {
                result.append({context, source, QStringLiteral("unfinished")});
                continue;
            }
            // Plural forms carry <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                result.append({context, source, QStringLiteral("empty")});
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return result;
}

} // namespace

TEST(Translations, EverySpanishStringOfTheSourcesIsTranslated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("branchdesk_es_CO.ts"));
    ASSERT_TRUE(QFile::copy(sourceDir + QStringLiteral("/resources/translations/branchdesk_es_CO.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    // Same invocation as scripts/update-translations.sh.
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(BRANCHDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("services"),
                   QStringLiteral("-ts"), ts});
    ASSERT_TRUE(lupdate.waitForFinished(90000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().constData();

    const QList<Untranslated> missing = untranslatedMessages(ts);
    std::string list;
    for (const Untranslated &m : missing)
        list += "\n  [" + m.context.toStdString() + "] \"" + m.source.toStdString() + "\" (" + m.why.toStdString() + ")";
    EXPECT_TRUE(missing.isEmpty()) << missing.size()
                                   << " string(s) lack a Spanish translation; run scripts/update-translations.sh "
                                      "and translate resources/translations/branchdesk_es_CO.ts:"
                                   << list;
}

TEST(Translations, CompiledSpanishIsEmbeddedAndTranslates)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/branchdesk_es_CO.qm")));
    EXPECT_FALSE(translator.isEmpty());
    EXPECT_EQ(translator.translate("IdentificationTypes", "Citizenship card"), QStringLiteral("Cédula de ciudadanía"));
    QTranslator englishTranslator;
    EXPECT_TRUE(englishTranslator.load(QStringLiteral(":/i18n/branchdesk_en.qm")));
}

TEST(Translations, LanguageFollowsTheSettingThenTheSystem)
{
    const QLocale spanishSystem(QLocale::Spanish, QLocale::Spain);
    const QLocale englishSystem(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(Translations::resolve(QString(), spanishSystem), Translations::spanishColombia);
    EXPECT_EQ(Translations::resolve(QString(), englishSystem), Translations::english);
    EXPECT_EQ(Translations::resolve(QStringLiteral("en"), spanishSystem), Translations::english);
    EXPECT_EQ(Translations::resolve(QStringLiteral("es_CO"), englishSystem), Translations::spanishColombia);
}

// A translation that drops or adds a %1 or %n shows the wrong text (or
// nothing) to the teller: placeholders must match the source.
TEST(Translations, SpanishKeepsEveryPlaceholder)
{
    QFile file(sourceDir + QStringLiteral("/resources/translations/branchdesk_es_CO.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d|n)"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found << it.next().captured(0);
        found.sort();
        return found;
    };
    QString source;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.isEmpty())
                continue;
            QStringList expected = placeholders(source);
            QStringList actual = placeholders(text);
            // Plural forms repeat the text once per form.
            expected.removeDuplicates();
            actual.removeDuplicates();
            EXPECT_EQ(actual, expected) << source.toStdString() << " => " << text.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);
}
