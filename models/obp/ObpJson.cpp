#include "ObpJson.h"

#include "BankJson.h"

#include <QRegularExpression>

namespace ObpJson {

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00Z");
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << BankJson::text(item);
    return result;
}

QJsonArray array(const QStringList &strings)
{
    QJsonArray result;
    for (const QString &s : strings)
        result.append(s);
    return result;
}

QJsonObject onlyKeys(QJsonObject object, const QStringList &keys)
{
    if (keys.isEmpty())
        return object;
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            object.remove(key);
    }
    return object;
}

bool isValidBankId(const QString &bankId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z._-]{1,254}$"));
    return pattern.match(bankId).hasMatch();
}

bool isAmount(const QString &amount)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,15}(\\.\\d{1,4})?$"));
    return pattern.match(amount).hasMatch();
}

bool isCurrency(const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(currency).hasMatch();
}

bool isEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

} // namespace ObpJson
