#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

// The five API documents the console speaks.
enum class ApiDocument {
    CustomersManagement,
    SecurityManagement,
    PolicyManagement,
    ItauCustomerByAccount,
    OpenBankProject,
};

enum class EnvironmentKind { Training, Sandbox, QA, Live };

// Where the bank's services are for one environment and what to trust there.
struct Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
public:
    EnvironmentKind kind = EnvironmentKind::Training;
    QMap<ApiDocument, QUrl> baseUris;
    // Trust exactly these CAs when non-empty; otherwise the system CA set.
    QList<QSslCertificate> caCertificates;
    int timeoutMs = 30000;

    QString name() const { return kindName(kind); }
    QUrl baseUri(ApiDocument api) const { return baseUris.value(api); }

    static QString kindName(EnvironmentKind kind);          // "Training", "Sandbox", "QA", "Live"
    static QString displayName(EnvironmentKind kind);       // translated
    static std::optional<EnvironmentKind> kindFromName(const QString &name);
    static QString documentName(ApiDocument api);           // "customers-management" ...
    static QList<ApiDocument> documents();

    // The base URIs written in the seed documents (editable in Settings).
    static Environment defaults(EnvironmentKind kind);
    // Training: every document served by the local training server.
    static Environment training(const QUrl &serverUrl, const QList<QSslCertificate> &ca);
};
