#include "DisplayFormat.h"

namespace DisplayFormat {

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTime(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
}

QString money(double amount, const QString &currency, const QLocale &locale)
{
    const QString number = locale.toString(amount, 'f', 2);
    // Colombian usage writes pesos with the dollar sign; other currencies,
    // and English, keep the ISO code so nobody reads US dollars.
    if (locale.language() == QLocale::Spanish && currency == QLatin1String("COP"))
        return QStringLiteral("$ ") + number;
    return currency + QLatin1Char(' ') + number;
}

} // namespace DisplayFormat
