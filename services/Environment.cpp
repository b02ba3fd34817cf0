#include "Environment.h"

QString Environment::kindName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Training: return QStringLiteral("Training");
    case EnvironmentKind::Sandbox: return QStringLiteral("Sandbox");
    case EnvironmentKind::QA: return QStringLiteral("QA");
    case EnvironmentKind::Live: return QStringLiteral("Live");
    }
    return {};
}

QString Environment::displayName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Training: return tr("Training");
    case EnvironmentKind::Sandbox: return tr("Sandbox");
    case EnvironmentKind::QA: return tr("QA");
    case EnvironmentKind::Live: return tr("Live");
    }
    return {};
}

std::optional<EnvironmentKind> Environment::kindFromName(const QString &name)
{
    for (EnvironmentKind kind : {EnvironmentKind::Training, EnvironmentKind::Sandbox, EnvironmentKind::QA,
                                 EnvironmentKind::Live}) {
        if (kindName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString Environment::documentName(ApiDocument api)
{
    switch (api) {
    case ApiDocument::CustomersManagement: return QStringLiteral("customers-management");
    case ApiDocument::SecurityManagement: return QStringLiteral("security-management");
    case ApiDocument::PolicyManagement: return QStringLiteral("policy-management");
    case ApiDocument::ItauCustomerByAccount: return QStringLiteral("itau-customer-by-account");
    case ApiDocument::OpenBankProject: return QStringLiteral("open-bank-project");
    }
    return {};
}

QList<ApiDocument> Environment::documents()
{
    return {ApiDocument::CustomersManagement, ApiDocument::SecurityManagement, ApiDocument::PolicyManagement,
            ApiDocument::ItauCustomerByAccount, ApiDocument::OpenBankProject};
}

Environment Environment::defaults(EnvironmentKind kind)
{
    Environment env;
    env.kind = kind;
    // Base URIs as written in the seed documents. policy-management and the
    // Itau document give none (the Itau page only names a placeholder
    // domain): those stay empty until IT configures them.
    const auto cloudhub = [](const char *api, const char *stage, const char *path) {
        return QUrl(QStringLiteral("https://%1-api-services-%2.us-e1.cloudhub.io/api/%3")
                        .arg(QLatin1String(api), QLatin1String(stage), QLatin1String(path)));
    };
    const char *stage = nullptr;
    switch (kind) {
    case EnvironmentKind::Training:
        return env; // the training server's URL is known only once it runs
    case EnvironmentKind::Sandbox: stage = "dev"; break;
    case EnvironmentKind::QA: stage = "qa"; break;
    case EnvironmentKind::Live: stage = "prod"; break;
    }
    env.baseUris.insert(ApiDocument::CustomersManagement,
                        cloudhub("customers-management", stage, "customersManagement/v1"));
    env.baseUris.insert(ApiDocument::SecurityManagement,
                        cloudhub("security-management", stage, "securityManagement/v1"));
    env.baseUris.insert(ApiDocument::OpenBankProject, QUrl(QStringLiteral("https://api.ttk.com.mk")));
    return env;
}

Environment Environment::training(const QUrl &serverUrl, const QList<QSslCertificate> &ca)
{
    Environment env;
    env.kind = EnvironmentKind::Training;
    for (ApiDocument api : documents())
        env.baseUris.insert(api, serverUrl);
    env.caCertificates = ca;
    return env;
}
