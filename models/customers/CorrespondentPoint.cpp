#include "CorrespondentPoint.h"

#include "BankJson.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}
} // namespace

void CorrespondentPoint::stamp(const QTime &now)
{
    transactionHour = now.toString(QStringLiteral("HH:mm:ss"));
    trnRqUID = QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

FieldIssues CorrespondentPoint::validate() const
{
    FieldIssues issues;
    if (!matches(transactionHour, "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"))
        issues.append({QStringLiteral("trn.transactionHour"), tr("The transaction hour must be HH:MM:SS.")});
    if (!matches(trnRqUID, "^[0-9]{6}$"))
        issues.append({QStringLiteral("trn.trnRqUID"), tr("The audit number has 6 digits.")});
    if (!matches(code.trimmed(), "^[0-9A-Za-z]{1,15}$"))
        issues.append({QStringLiteral("trn.code"), tr("Enter the service point code (up to 15 letters or digits).")});
    if (branchName.trimmed().isEmpty())
        issues.append({QStringLiteral("trn.branchName"), tr("Enter the service point name.")});
    if (!matches(cityId.trimmed(), "^[0-9]{5,6}$"))
        issues.append({QStringLiteral("trn.cityId"), tr("The DANE municipality code has 5 or 6 digits.")});
    if (city.trimmed().isEmpty())
        issues.append({QStringLiteral("trn.city"), tr("Enter the municipality name.")});
    if (!matches(stateProv.trimmed(), "^[0-9]{2}$"))
        issues.append({QStringLiteral("trn.stateProv"), tr("The DANE department code has 2 digits.")});
    if (!matches(acctId.trimmed(), "^[0-9]{1,20}$"))
        issues.append({QStringLiteral("trn.depAcctIdFrom.acctId"),
                       tr("Enter the correspondent's account number (digits only).")});
    return issues;
}

void CorrespondentPoint::writeTo(QJsonObject &trn) const
{
    trn.insert(QStringLiteral("transactionHour"), transactionHour);
    trn.insert(QStringLiteral("trnRqUID"), trnRqUID);
    trn.insert(QStringLiteral("code"), code.trimmed());
    trn.insert(QStringLiteral("branchName"), branchName.trimmed());
    trn.insert(QStringLiteral("cityId"), cityId.trimmed());
    trn.insert(QStringLiteral("city"), city.trimmed());
    trn.insert(QStringLiteral("stateProv"), stateProv.trimmed());
}

CorrespondentPoint CorrespondentPoint::readFrom(const QJsonObject &trn)
{
    using BankJson::text;
    CorrespondentPoint point;
    point.transactionHour = text(trn, QStringLiteral("transactionHour"));
    point.trnRqUID = text(trn, QStringLiteral("trnRqUID"));
    point.code = text(trn, QStringLiteral("code"));
    point.branchName = text(trn, QStringLiteral("branchName"));
    point.cityId = text(trn, QStringLiteral("cityId"));
    point.city = text(trn, QStringLiteral("city"));
    point.stateProv = text(trn, QStringLiteral("stateProv"));
    point.acctId = text(BankJson::object(trn, QStringLiteral("depAcctIdFrom")), QStringLiteral("acctId"));
    return point;
}
