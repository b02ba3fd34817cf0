#include "NameByAccount.h"

#include "BankJson.h"
#include "IdentificationType.h"

#include <QRegularExpression>
#include <QUrl>

FieldIssues NameByAccountQuery::validate() const
{
    FieldIssues issues;
    const auto type = IdentificationTypes::fromCode(govIssueIdentType.trimmed().toUpper());
    if (!type)
        issues.append({QStringLiteral("govIssueIdentType"), tr("Choose the identification type.")});
    const QString number = identSerialNum.trimmed();
    if (number.isEmpty())
        issues.append({QStringLiteral("identSerialNum"), tr("Enter the identification number.")});
    else if (number.size() > maxIdentSerialNumLength)
        issues.append({QStringLiteral("identSerialNum"),
                       tr("The identification number has at most %1 characters.").arg(maxIdentSerialNumLength)});
    else if (type && IdentificationTypes::isNumeric(*type) && !number.contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
        issues.append({QStringLiteral("identSerialNum"), tr("This identification type has digits only.")});
    const QString account = acctId.trimmed();
    if (account.isEmpty())
        issues.append({QStringLiteral("acctId"), tr("Enter the account number.")});
    else if (account.size() > maxAcctIdLength || !account.contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
        issues.append({QStringLiteral("acctId"),
                       tr("The account number has digits only, at most %1.").arg(maxAcctIdLength)});
    return issues;
}

QString NameByAccountQuery::path() const
{
    return QStringLiteral("/customer-management/customer/identserialnum/%1/acctid/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(identSerialNum.trimmed())),
             QString::fromLatin1(QUrl::toPercentEncoding(acctId.trimmed())));
}

QList<QPair<QString, QString>> NameByAccountQuery::queryItems() const
{
    return {{QStringLiteral("govIssueIdentType"), govIssueIdentType.trimmed().toUpper()}};
}

std::optional<NameByAccountReply> NameByAccountReply::fromJson(const QJsonObject &json)
{
    const QJsonObject personName =
        BankJson::object(BankJson::object(json, QStringLiteral("custInfo")), QStringLiteral("personName"));
    if (BankJson::member(personName, QStringLiteral("fullName")).isUndefined())
        return std::nullopt;
    NameByAccountReply reply;
    reply.fullName = BankJson::text(personName, QStringLiteral("fullName")).trimmed();
    return reply;
}

QJsonObject NameByAccountReply::toJson() const
{
    return QJsonObject{{QStringLiteral("custInfo"),
                        QJsonObject{{QStringLiteral("personName"), QJsonObject{{QStringLiteral("fullName"), fullName}}}}}};
}

NameByAccountProblem nameByAccountProblem(int httpStatus, const QString &code)
{
    const QString c = code.trimmed();
    if (c == QLatin1String("05622"))
        return NameByAccountProblem::NotHolder;
    if (c == QLatin1String("05620"))
        return NameByAccountProblem::NoAccount;
    if (c == QLatin1String("05621"))
        return NameByAccountProblem::NoHolder;
    if (httpStatus == 404 && (c.compare(QLatin1String("SQLCODE"), Qt::CaseInsensitive) == 0 || c == QLatin1String("00001")))
        return NameByAccountProblem::NoCustomer;
    if (httpStatus >= 500)
        return NameByAccountProblem::BankFailure;
    return NameByAccountProblem::Other;
}
