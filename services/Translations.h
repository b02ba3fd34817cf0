#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The console's languages: Spanish (Colombia) and English. The `ui/language`
// setting chooses one; empty follows the system locale (Spanish for any
// Spanish locale, English otherwise).
namespace Translations {

inline const QString spanishColombia = QStringLiteral("es_CO");
inline const QString english = QStringLiteral("en");

// "es_CO" or "en" for a setting value and the system locale.
QString resolve(const QString &setting, const QLocale &system = QLocale::system());

// Loads BranchDesk's and Qt's own translations for `language` into the
// application and makes its locale the default (number and date formats).
// Returns false when BranchDesk's translation could not be loaded.
bool install(QCoreApplication &app, const QString &language);

} // namespace Translations
