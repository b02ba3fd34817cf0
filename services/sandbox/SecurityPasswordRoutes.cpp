// security-management: password status and lock, digital enrollment,
// change password, create user / recover password.
#include "SecurityRoutes.h"
#include "SecurityRouteSupport.h"

#include "BankJson.h"
#include "PasswordPolicy.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace SecurityRouteSupport;

namespace {
using Method = QHttpServerRequest::Method;

// The first OUD rule `password` breaks, as the bank answers it (change
// password and create user / recover password tables, codes 1008-1020).
std::optional<SandboxReply> policyRefusal(const QString &password, const QString &identSerialNum,
                                          const QString &previous)
{
    const auto violations = PasswordPolicy().check(password, identSerialNum, previous);
    if (violations.isEmpty())
        return std::nullopt;
    static const QHash<QString, QString> descriptions{
        {QStringLiteral("1020"), QStringLiteral("La cantidad de caracteres de la clave no concuerda con la establecida en la politica")},
        {QStringLiteral("1008"), QStringLiteral("La clave es igual al numero de identificacion")},
        {QStringLiteral("1009"), QStringLiteral("La clave tiene todos los caracteres repetidos")},
        {QStringLiteral("1019"), QStringLiteral("La clave contiene un numero mayor de caracteres repetidos o consecutivos")},
        {QStringLiteral("1010"), QStringLiteral("La clave tiene caracteres especiales y/o espacios")},
        {QStringLiteral("1011"), QStringLiteral("La clave empieza por el numero 0")},
        {QStringLiteral("1012"), QStringLiteral("La clave contiene solo numeros")},
        {QStringLiteral("1013"), QStringLiteral("La clave contiene solo letras")},
        {QStringLiteral("1014"), QStringLiteral("La clave es igual a la anterior")},
        {QStringLiteral("1015"), QStringLiteral("La clave no es alfanumerica")},
    };
    const QString code = violations.first().code;
    return error(StatusCode::BadRequest, code, descriptions.value(code), QStringLiteral("OUD"));
}
} // namespace

bool SecurityRoutes::passwordLocked(const DemoCustomer &customer) const
{
    const auto it = m_passwordLocked.constFind(keyOf(customer));
    if (it != m_passwordLocked.constEnd())
        return *it;
    return BankJson::text(securityOf(customer), QStringLiteral("pswdStatus")) == QLatin1String("3");
}

SandboxReply SecurityRoutes::passwordStatus(const QHttpServerRequest &request, SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
    };
    if (value("transactionId").isEmpty())
        return badRequest();
    const DemoCustomer *customer = nullptr;
    const QString alias = value("SPName");
    if (!alias.isEmpty()) {
        for (const DemoCustomer &c : context.customers().all()) {
            if (BankJson::text(securityOf(c), QStringLiteral("spName")).compare(alias, Qt::CaseInsensitive) == 0)
                customer = &c;
        }
    } else {
        customer = context.customers().findByIdentification(value("govIssueIdentType"), value("identSerialNum"));
    }
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("32"),
                     QStringLiteral("ERROR: Buscando el usuario-El usuario no existe"), QStringLiteral("OUD"));
    const bool locked = passwordLocked(*customer);
    return ok(QJsonObject{
        {QStringLiteral("custPswdInfo"),
         QJsonObject{{QStringLiteral("pswdStatus"), locked ? QStringLiteral("3") : QStringLiteral("1")},
                     {QStringLiteral("desc"), locked ? QStringLiteral("Bloqueado") : QStringLiteral("Activo")}}},
        {QStringLiteral("contactInfo"),
         QJsonObject{{QStringLiteral("cellPhone"), customer->basicData.contactCellPhone.isEmpty()
                                                       ? customer->basicData.cellPhone
                                                       : customer->basicData.contactCellPhone},
                     {QStringLiteral("emailAddr"), customer->basicData.emailAddr}}},
    });
}

SandboxReply SecurityRoutes::changePasswordStatus(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QString status = BankJson::text(BankJson::object(body, QStringLiteral("custPswd")), QStringLiteral("status"));
    bool lock = false;
    if (status == QLatin1String("Locked") || status == QLatin1String("3"))
        lock = true;
    else if (status != QLatin1String("Active") && status != QLatin1String("1"))
        return error(StatusCode::BadRequest, QStringLiteral("1001"), QStringLiteral("El estado de la clave es invalido"),
                     QStringLiteral("RGN"));
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("32"), QStringLiteral("El usuario no existe"),
                     QStringLiteral("RGN"));
    if (passwordLocked(*customer) == lock)
        return error(StatusCode::BadRequest, QStringLiteral("132"),
                     QStringLiteral("La clave ya se encuentra en el estado solicitado"), QStringLiteral("RGN"));
    m_passwordLocked.insert(keyOf(*customer), lock);
    return ok(QJsonObject{{QStringLiteral("status"),
                           QJsonObject{{QStringLiteral("statusDesc"), QStringLiteral("Cambio estado clave de usuario Exitosa.")},
                                       {QStringLiteral("endDt"), nowStamp(QStringLiteral("yyyy-MM-dd-HH:mm:ss.zzz"))}}}});
}

SandboxReply SecurityRoutes::digitalEnrollment(const QHttpServerRequest &request, const QJsonObject &body,
                                               SandboxContext &context)
{
    const DemoCustomer *customer = nullptr;
    if (request.method() == Method::Get) {
        const QUrlQuery query = request.query();
        customer = context.customers().findByIdentification(query.queryItemValue(QStringLiteral("govIssueIdentType")),
                                                            query.queryItemValue(QStringLiteral("identSerialNum")));
    } else {
        customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    }
    if (!customer)
        return capitalised(StatusCode::NotFound, QStringLiteral("00097"), QStringLiteral("No se encontraron datos del cliente"),
                           QStringLiteral("OCP"));
    const QString key = keyOf(*customer);
    if (request.method() == Method::Get) {
        if (m_enrolled.contains(key))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00068"), QStringLiteral("Usuario ya existe."),
                               QStringLiteral("OUD"));
        return ok();
    }
    if (m_enrolled.contains(key))
        return capitalised(StatusCode::BadRequest, QStringLiteral("00068"), QStringLiteral("Usuario ya existe."),
                           QStringLiteral("OUD"));
    m_enrolled.insert(key);
    return json(StatusCode::Created, QJsonObject{{QStringLiteral("responseType"),
                                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}}});
}

SandboxReply SecurityRoutes::changePassword(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject ident = BankJson::object(body, QStringLiteral("govIssueIdent"));
    const DemoCustomer *customer = byIdent(context, ident);
    const QString current = BankJson::text(BankJson::object(body, QStringLiteral("custPswd")), QStringLiteral("cryptPswd"));
    const QString next = BankJson::text(BankJson::object(body, QStringLiteral("subjectPswd")), QStringLiteral("cryptPswd"));
    if (current.isEmpty() || next.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("1016"), QStringLiteral("Faltan campos obligatorios del usuario"),
                     QStringLiteral("OUD"));
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("51011"), QStringLiteral("CLIENTE NO EXISTE BCSC"),
                     QStringLiteral("SCL"));
    if (passwordLocked(*customer))
        return error(StatusCode::BadRequest, QStringLiteral("1005"),
                     QStringLiteral("ERROR: autenticacion-La clave se encuentra bloqueada"), QStringLiteral("OUD"));
    if (auto refusal = policyRefusal(unseal(next), customer->basicData.identSerialNum, unseal(current)))
        return *refusal;
    return json(StatusCode::Created, QJsonObject{{QStringLiteral("responseType"),
                                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}}});
}

SandboxReply SecurityRoutes::createUser(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QString flag = BankJson::text(BankJson::object(body, QStringLiteral("recuperationFlag")), QStringLiteral("value"));
    const QString password = BankJson::text(BankJson::object(body, QStringLiteral("infoPassword")), QStringLiteral("password"));
    if ((flag != QLatin1String("S") && flag != QLatin1String("N")) || password.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("1016"), QStringLiteral("Faltan campos obligatorios del usuario"),
                     QStringLiteral("OUD"));
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("51011"), QStringLiteral("CLIENTE NO EXISTE BCSC"),
                     QStringLiteral("SCL"));
    if (auto refusal = policyRefusal(unseal(password), customer->basicData.identSerialNum, QString()))
        return *refusal;
    const QString key = keyOf(*customer);
    if (flag == QLatin1String("N") && m_users.contains(key))
        return error(StatusCode::BadRequest, QStringLiteral("00068"), QStringLiteral("El usuario ya existe"),
                     QStringLiteral("OUD"));
    m_users.insert(key);
    return json(StatusCode::Created, QJsonObject{{QStringLiteral("responseType"),
                                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}}});
}
