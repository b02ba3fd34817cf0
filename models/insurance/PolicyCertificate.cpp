#include "PolicyCertificate.h"

#include "BankJson.h"
#include "PolicyParts.h"

#include <QRegularExpression>

namespace {
QJsonValue numberWhenNumeric(const QString &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(value);
}
} // namespace

QJsonObject CertificateRequest::toJson() const
{
    QJsonObject info{{QStringLiteral("policyId"), numberWhenNumeric(policyId)},
                     {QStringLiteral("effDt"), PolicyDates::iso(effDt)},
                     {QStringLiteral("certCode"), numberWhenNumeric(certCode)}};
    return {{QStringLiteral("product"), QJsonObject{{QStringLiteral("productIdnumber"), productIdNumber}}},
            {QStringLiteral("insuranceInfo"), info}};
}

CertificateRequest CertificateRequest::fromJson(const QJsonObject &json)
{
    CertificateRequest r;
    // BankJson::member matches productIdNumber too (case-insensitive).
    r.productIdNumber = BankJson::text(BankJson::object(json, QStringLiteral("product")), QStringLiteral("productIdnumber"));
    const QJsonObject info = BankJson::object(json, QStringLiteral("insuranceInfo"));
    r.policyId = BankJson::text(info, QStringLiteral("policyId"));
    r.effDt = BankJson::date(BankJson::text(info, QStringLiteral("effDt")));
    r.certCode = BankJson::text(info, QStringLiteral("certCode"));
    return r;
}

std::optional<CertificateResult> CertificateResult::fromJson(const QJsonObject &json)
{
    const QJsonValue data = BankJson::member(BankJson::object(json, QStringLiteral("insuranceInfo")), QStringLiteral("binData"));
    if (!data.isString())
        return std::nullopt;
    CertificateResult r;
    const QJsonObject detail = BankJson::object(json, QStringLiteral("responseDetail"));
    r.errorCode = BankJson::text(detail, QStringLiteral("errorCode"));
    r.errorDesc = BankJson::text(detail, QStringLiteral("errorDesc"));
    // Line breaks inside the base64 are tolerated (the document prints one).
    QByteArray base64 = data.toString().toLatin1();
    base64.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
    r.pdf = QByteArray::fromBase64(base64);
    return r;
}

QJsonObject CertificateResult::replyFor(const QByteArray &pdf)
{
    return {{QStringLiteral("responseDetail"),
             QJsonObject{{QStringLiteral("errorCode"), QString()}, {QStringLiteral("errorDesc"), QString()}}},
            {QStringLiteral("insuranceInfo"), QJsonObject{{QStringLiteral("binData"), QString::fromLatin1(pdf.toBase64())}}}};
}

QString CertificateResult::defaultFileName(const QString &policyId, const QString &certCode)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString policy = policyId;
    QString certificate = certCode;
    return QStringLiteral("Certificate-%1-%2.pdf").arg(policy.remove(unsafe), certificate.remove(unsafe));
}
