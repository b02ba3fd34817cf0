#include "ObpDirectLogin.h"

#include <QRegularExpression>

FieldIssues ObpDirectLogin::validate() const
{
    FieldIssues issues;
    const auto check = [&issues](const char *field, const QString &value, const QString &missing) {
        if (value.isEmpty())
            issues.append({QString::fromLatin1(field), missing});
        else if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')))
            issues.append({QString::fromLatin1(field), tr("Cannot contain a double quote or a comma.")});
    };
    check("username", username.trimmed(), tr("Enter your OBP user name."));
    check("password", password, tr("Enter your OBP password."));
    check("consumer_key", consumerKey.trimmed(), tr("Enter the consumer key of this application."));
    return issues;
}

QByteArray ObpDirectLogin::loginHeader() const
{
    return QStringLiteral("username=\"%1\",password=\"%2\",consumer_key=\"%3\"")
        .arg(username.trimmed(), password, consumerKey.trimmed())
        .toUtf8();
}

QByteArray ObpDirectLogin::tokenHeader(const QString &token)
{
    return QStringLiteral("token=\"%1\"").arg(token).toUtf8();
}

QHash<QString, QString> ObpDirectLogin::parseHeader(const QByteArray &value)
{
    QString text = QString::fromUtf8(value).trimmed();
    if (text.startsWith(QLatin1String("DirectLogin"), Qt::CaseInsensitive))
        text = text.mid(11).trimmed();
    QHash<QString, QString> parameters;
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)\\s*=\\s*(\"([^\"]*)\"|[^,\\s]*)"));
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        parameters.insert(m.captured(1), m.captured(3).isNull() ? m.captured(2) : m.captured(3));
    }
    return parameters;
}

std::optional<ObpLoginToken> ObpLoginToken::fromJson(const QJsonObject &json)
{
    const QString token = json.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return std::nullopt;
    return ObpLoginToken{token};
}
