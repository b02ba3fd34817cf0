#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

// [Life] certificate: the policy's certificate as a PDF (base64 in the reply).
struct CertificateRequest
{
    QString productIdNumber; // sent as "productIdnumber", the document's spelling
    QString policyId;        // number on the wire when numeric, as printed
    QDate effDt;             // YYYY-MM-DD
    QString certCode;

    QJsonObject toJson() const;
    static CertificateRequest fromJson(const QJsonObject &json);
    bool isComplete() const { return !productIdNumber.isEmpty() && !policyId.isEmpty(); }
};

struct CertificateResult
{
    QString errorCode;
    QString errorDesc;
    QByteArray pdf; // decoded binData

    // The decoded bytes start like a PDF file ("%PDF-"). The form also opens
    // them with QPdfDocument before showing or saving anything.
    bool looksLikePdf() const { return pdf.startsWith("%PDF-"); }

    static std::optional<CertificateResult> fromJson(const QJsonObject &json);
    static QJsonObject replyFor(const QByteArray &pdf);
    // "Certificate-<policy>-<certificate>.pdf", safe as a file name.
    static QString defaultFileName(const QString &policyId, const QString &certCode);
};
