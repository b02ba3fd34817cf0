#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QString resolve(const QString &setting, const QLocale &system)
{
    const QString wanted = setting.trimmed();
    if (wanted.startsWith(QLatin1String("es"), Qt::CaseInsensitive))
        return spanishColombia;
    if (wanted.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return english;
    return system.language() == QLocale::Spanish ? spanishColombia : english;
}

bool install(QCoreApplication &app, const QString &language)
{
    const bool spanish = language == spanishColombia;
    QLocale::setDefault(spanish ? QLocale(QLocale::Spanish, QLocale::Colombia)
                                : QLocale(QLocale::English, QLocale::UnitedStates));

    // Qt's own strings (standard buttons, file dialogs), when installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + (spanish ? QStringLiteral("es") : QStringLiteral("en")),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/branchdesk_") + language + QStringLiteral(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace Translations
