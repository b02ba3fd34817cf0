#include "SecurityRoutes.h"

#include "BankEnvelope.h"
#include "BankJson.h"
#include "PasswordPolicy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString passwordStatusPath = QStringLiteral("/api/security-management/v1/user/password/status");
const QString passwordStatusChangePath = QStringLiteral("/security-management/v1/customer/password/status");
const QString generateOtcV1Path = QStringLiteral("/securityManagement/V1/generateOTC");
const QString generateOtcV3Path = QStringLiteral("/securityManagement/V3/generateOTC");
const QString validateOtcPath = QStringLiteral("/securityManagement/V1/validateOTC");
const QString challengeV1Path = QStringLiteral("/retoManagement/v1/Customer");
const QString digitalEnrollmentPath = QStringLiteral("/userManagement/v1/Customer");
const QString changePasswordPath = QStringLiteral("/user-management/v1/customer");
const QString createUserPath = QStringLiteral("/security-management/v1/customer");
const QString customerPrefix = QStringLiteral("/security-management/v1/customer/");
const QString withdrawalOtpPath = QStringLiteral("/security-management/v1/withdrawal/otp");
const QString correspondentPath = QStringLiteral("/api/security-management/v3/withdrawal/otp");
const QString channelHoldsPath = QStringLiteral("/security-management/v1/channelholds");
const QString authenticationLevelPath = QStringLiteral("/reto-management/v1/authentication-level");
const QString authenticationChannelPath = QStringLiteral("/reto-management/v1/authentication-channel");
const QString challengeV2Path = QStringLiteral("/reto-management/v2/customer");

// Training table of pseudo-channels (the document refers to a table it does
// not print): description -> channel/subchannel.
const QList<std::tuple<QString, QString, QString>> pseudoChannels{
    {QStringLiteral("INTERNET"), QStringLiteral("007"), QStringLiteral("00")},
    {QStringLiteral("APP"), QStringLiteral("015"), QStringLiteral("00")},
    {QStringLiteral("OFICINAS"), QStringLiteral("001"), QStringLiteral("00")},
    {QStringLiteral("ATM"), QStringLiteral("003"), QStringLiteral("00")},
    {QStringLiteral("IVR"), QStringLiteral("009"), QStringLiteral("00")},
};

SandboxReply json(StatusCode status, const QJsonObject &body)
{
    return SandboxReply::json(status, body);
}

SandboxReply ok(const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}});
    return json(StatusCode::Ok, body);
}

SandboxReply error(StatusCode status, const QString &code, const QString &description, const QString &type)
{
    return json(status, BankEnvelope::error(QStringLiteral("ER"), code, description, type));
}

// The capitalised envelope as this document prints it ("value" stays lower case).
SandboxReply capitalised(StatusCode status, const QString &code, const QString &description, const QString &type)
{
    return json(status,
                QJsonObject{{QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("ER")}}},
                            {QStringLiteral("ResponseDetail"),
                             QJsonObject{{QStringLiteral("ErrorCode"), code},
                                         {QStringLiteral("ErrorDesc"), description},
                                         {QStringLiteral("ErrorType"), type}}}});
}

SandboxReply badRequest()
{
    return json(StatusCode::BadRequest, BankEnvelope::badRequest());
}

QString keyOf(const DemoCustomer &customer)
{
    return customer.basicData.govIssueIdentType + QLatin1Char(':') + customer.basicData.identSerialNum;
}

QJsonObject securityOf(const DemoCustomer &customer)
{
    return customer.record.value(QStringLiteral("security")).toObject();
}

const DemoCustomer *byIdent(SandboxContext &context, const QJsonObject &ident)
{
    return context.customers().findByIdentification(
        BankJson::text(ident, QStringLiteral("govIssueIdentType")).trimmed(),
        BankJson::text(ident, QStringLiteral("identSerialNum")).trimmed());
}

const DemoCustomer *byNumber(SandboxContext &context, const QString &number)
{
    for (const DemoCustomer &customer : context.customers().all()) {
        if (customer.basicData.identSerialNum == number)
            return &customer;
    }
    return nullptr;
}

QString nowStamp(const QString &format)
{
    return QDateTime::currentDateTime().toString(format);
}

// Training "encryption" of passwords and sealed OTPs: base64 of the UTF-8
// text (README). Production values are encrypted with the bank's keys.
QString unseal(const QString &sealed)
{
    return QString::fromUtf8(QByteArray::fromBase64(sealed.toLatin1()));
}

QString lastDigits(const QString &number, int count)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.rightJustified(count, QLatin1Char('0')).right(count);
}

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

std::optional<SandboxReply> SecurityRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    const Method method = request.method();
    const auto is = [&](const QString &p, Method m) { return path == p && method == m; };
    if (method == Method::Post && path.startsWith(QLatin1String(SecurityFaults::controlPrefix)))
        return m_faults.control(request);

    const bool known =
        is(passwordStatusPath, Method::Get) || is(passwordStatusChangePath, Method::Post)
        || is(generateOtcV1Path, Method::Post) || is(generateOtcV3Path, Method::Post)
        || is(validateOtcPath, Method::Post) || is(challengeV1Path, Method::Post)
        || is(digitalEnrollmentPath, Method::Post) || is(digitalEnrollmentPath, Method::Get)
        || is(changePasswordPath, Method::Put) || is(createUserPath, Method::Post)
        || (method == Method::Get && path.startsWith(customerPrefix)
            && (path.endsWith(QLatin1String("/validate")) || path.endsWith(QLatin1String("/password"))))
        || is(withdrawalOtpPath, Method::Post) || is(correspondentPath, Method::Post)
        || (method == Method::Get && path.startsWith(channelHoldsPath + QLatin1Char('/')))
        || is(channelHoldsPath, Method::Post) || is(authenticationLevelPath, Method::Post)
        || is(authenticationChannelPath, Method::Post) || is(challengeV2Path, Method::Post);
    if (!known)
        return std::nullopt;
    if (auto refusal = context.checkBankCall(request))
        return refusal;

    QJsonObject body;
    if (method != Method::Get) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return badRequest();
        body = document.object();
    }
    // After the token and envelope checks, as the bank's own failures come.
    if (auto fault = m_faults.replyFor(request, body, context.settings().slowReplyMs))
        return fault;

    if (is(passwordStatusPath, Method::Get))
        return passwordStatus(request, context);
    if (is(passwordStatusChangePath, Method::Post))
        return changePasswordStatus(body, context);
    if (is(generateOtcV1Path, Method::Post) || is(generateOtcV3Path, Method::Post))
        return generateOtc(body, context);
    if (is(validateOtcPath, Method::Post))
        return validateOtc(body, context);
    if (is(challengeV1Path, Method::Post))
        return challengeV1(body, context);
    if (path == digitalEnrollmentPath)
        return digitalEnrollment(request, body, context);
    if (is(changePasswordPath, Method::Put))
        return changePassword(body, context);
    if (is(createUserPath, Method::Post))
        return createUser(body, context);
    if (path.startsWith(customerPrefix)) {
        const QString rest = path.mid(customerPrefix.size());
        return cardValidation(request, rest.section(QLatin1Char('/'), 0, 0), context);
    }
    if (is(withdrawalOtpPath, Method::Post))
        return withdrawalOtp(body, context);
    if (is(correspondentPath, Method::Post))
        return correspondentWithdrawal(body, context);
    if (method == Method::Get)
        return consultChannelHolds(request, path.mid(channelHoldsPath.size() + 1), context);
    if (is(channelHoldsPath, Method::Post))
        return changeChannelHold(body, context);
    if (is(authenticationLevelPath, Method::Post))
        return authenticationLevel(body, context);
    if (is(authenticationChannelPath, Method::Post))
        return authenticationChannel(body, context);
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    return m_engine.handle(body, customer, QString::fromLatin1(request.value("X-Invoker-TxId")));
}

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

SandboxReply SecurityRoutes::generateOtc(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QString issue = BankJson::text(BankJson::object(body, QStringLiteral("otc")), QStringLiteral("otcIssue"));
    if (issue.isEmpty())
        return badRequest();
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("1006"), QStringLiteral("NO FOUND"), QStringLiteral("BDA"));
    // The code "sent" to the customer: last 6 digits of the ID (README).
    m_oneTimeCodes.insert(keyOf(*customer) + QLatin1Char('|') + issue, lastDigits(customer->basicData.identSerialNum, 6));
    return ok(QJsonObject{{QStringLiteral("otc"),
                           QJsonObject{{QStringLiteral("idOtc"), QString::number(++m_counter).rightJustified(3, QLatin1Char('0'))}}}});
}

SandboxReply SecurityRoutes::validateOtc(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QJsonObject otc = BankJson::object(body, QStringLiteral("otc"));
    const QString issue = BankJson::text(otc, QStringLiteral("otcIssue"));
    const QString value = BankJson::text(otc, QStringLiteral("otcValue"));
    if (!customer || issue.isEmpty() || value.isEmpty())
        return badRequest();
    const QString key = keyOf(*customer) + QLatin1Char('|') + issue;
    if (m_oneTimeCodes.value(key) != value)
        return error(StatusCode::Ok, QStringLiteral("10"), QStringLiteral("Error en validar Otc"), QStringLiteral("BDA"));
    m_oneTimeCodes.remove(key); // a code validates once
    return ok();
}

SandboxReply SecurityRoutes::challengeV1(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QJsonObject tx = BankJson::object(body, QStringLiteral("tx"));
    if (!customer || BankJson::text(tx, QStringLiteral("id")).isEmpty())
        return capitalised(StatusCode::BadRequest, QStringLiteral("20005"),
                           QStringLiteral("ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS"),
                           QStringLiteral("RGN"));
    const QString code = QString::fromLatin1(
        QCryptographicHash::hash((customer->basicData.identSerialNum + QString::number(++m_counter)).toUtf8(),
                                 QCryptographicHash::Md5).toHex().toUpper());
    return ok(QJsonObject{{QStringLiteral("authorization"),
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("SI")}, {QStringLiteral("code"), code}}}});
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

SandboxReply SecurityRoutes::cardValidation(const QHttpServerRequest &request, const QString &identSerialNum,
                                            SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const QString type = query.queryItemValue(QStringLiteral("govIssueIdentType"));
    const QString acctType = query.queryItemValue(QStringLiteral("acctType"));
    const QString secret = query.queryItemValue(QStringLiteral("secretId"));
    const QString acctId = query.queryItemValue(QStringLiteral("acctId"));
    if (type.isEmpty())
        return capitalised(StatusCode::BadRequest, QStringLiteral("45"), QStringLiteral("Tipo de identificacion invalido"),
                           QStringLiteral("VAL"));
    const DemoCustomer *customer = context.customers().findByIdentification(type, identSerialNum);
    if (!customer)
        return capitalised(StatusCode::NotFound, QStringLiteral("00097"), QStringLiteral("No se encontraron datos del cliente"),
                           QStringLiteral("OCP"));
    // Training cards: last six digits = last six of the ID; PIN = the last
    // four of the ID read backwards, CVV = the last three backwards (README),
    // so a masked ID in the journal never spells a PIN.
    const QString number = customer->basicData.identSerialNum;
    const auto backwards = [](QString digits) {
        std::reverse(digits.begin(), digits.end());
        return digits;
    };
    if (acctType == QLatin1String("DBC")) {
        if (acctId != lastDigits(number, 6))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00403"),
                               QStringLiteral("El n\u00famero de tarjeta no coincide con las tarjetas de d\u00e9bito"),
                               QStringLiteral("RGN"));
        if (secret != backwards(lastDigits(number, 4)))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00301"),
                               QStringLiteral("La clave no coincide con el registrada"), QStringLiteral("RGN"));
        return ok();
    }
    if (acctType == QLatin1String("CCA")) {
        if (acctId != lastDigits(number, 6))
            return capitalised(StatusCode::NotFound, QStringLiteral("00103"),
                               QStringLiteral("El n\u00famero de tarjeta no coincide con las tarjetas de cr\u00e9dito"),
                               QStringLiteral("RGN"));
        if (secret != backwards(lastDigits(number, 3)))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00201"),
                               QStringLiteral("El CVV no coincide con el registrado"), QStringLiteral("RGN"));
        return ok();
    }
    return capitalised(StatusCode::BadRequest, QStringLiteral("00400"),
                       QStringLiteral("Bad Request Hay un error en la estructuraci\u00f3n del JSON de entrada"),
                       QStringLiteral("OUD"));
}

SandboxReply SecurityRoutes::withdrawalOtp(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject ident = BankJson::object(body, QStringLiteral("govIssueIdent"));
    const QJsonObject xfer = BankJson::object(body, QStringLiteral("xFerInfo"));
    const QString acctId = BankJson::text(BankJson::object(xfer, QStringLiteral("depAcctIdFrom")), QStringLiteral("acctId"));
    const auto amount = BankJson::number(BankJson::member(BankJson::object(xfer, QStringLiteral("curAmt")), QStringLiteral("amt")));
    const QString idOtc = BankJson::text(BankJson::object(body, QStringLiteral("otc")), QStringLiteral("idOtc"));
    if (acctId.isEmpty() || !amount || *amount <= 0 || idOtc.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("OSB-382505"),
                     QStringLiteral("OSB Validate action failed validation"), QStringLiteral("EXP"));
    const DemoCustomer *customer = byIdent(context, ident);
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("00001"), QStringLiteral("NO EXISTE NUMERO DE PRESTAMO"),
                     QStringLiteral("RGN"));
    // Six digits, different every time, valid for one withdrawal.
    const QByteArray seed = (customer->basicData.identSerialNum + acctId + QString::number(++m_counter)
                             + QString::number(QDateTime::currentMSecsSinceEpoch()))
                                .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(hash[0])) << 16) | (quint32(quint8(hash[1])) << 8) | quint8(hash[2]);
    const QString otp = QString::number(n % 1000000).rightJustified(6, QLatin1Char('0'));
    m_withdrawalOtps.insert(customer->basicData.identSerialNum, {otp, qint64(*amount)});
    return json(StatusCode::Created,
                QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}},
                            {QStringLiteral("otpInfo"), QJsonObject{{QStringLiteral("otpValue"), otp}}}});
}

SandboxReply SecurityRoutes::correspondentWithdrawal(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject trn = BankJson::object(body, QStringLiteral("trn"));
    const QJsonObject otp = BankJson::object(trn, QStringLiteral("otp"));
    const QString acctId = BankJson::text(BankJson::object(trn, QStringLiteral("depAcctIdFrom")), QStringLiteral("acctId"));
    const QString number =
        BankJson::text(BankJson::object(otp, QStringLiteral("govIssueIdent")), QStringLiteral("identSerialNum"));
    const auto amount = BankJson::number(BankJson::member(BankJson::object(otp, QStringLiteral("curAmt")), QStringLiteral("amt")));
    if (acctId.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("05620"), QStringLiteral("NO EXISTE NMERO DE CUENTA"),
                     QStringLiteral("RGN"));
    if (!byNumber(context, number) || !amount)
        return error(StatusCode::BadRequest, QStringLiteral("00001"), QStringLiteral("NO EXISTE NUMERO DE PRESTAMO"),
                     QStringLiteral("RGN"));
    const auto it = m_withdrawalOtps.constFind(number);
    const QString given = unseal(BankJson::text(otp, QStringLiteral("otpValue")));
    if (it == m_withdrawalOtps.constEnd() || it->otp != given || it->amount != qint64(*amount))
        return error(StatusCode::BadRequest, QStringLiteral("00404"), QStringLiteral("OTP INVALIDA O YA UTILIZADA"),
                     QStringLiteral("RGN"));
    m_withdrawalOtps.remove(number); // an OTP pays out once
    return ok(QJsonObject{{QStringLiteral("trn"),
                           QJsonObject{{QStringLiteral("approvalId"), QString::number(224670 + ++m_counter)},
                                       {QStringLiteral("depAcctId"),
                                        QJsonObject{{QStringLiteral("acctId"), acctId},
                                                    {QStringLiteral("acctType"), QStringLiteral("AHORROS")}}}}}});
}

QJsonArray &SecurityRoutes::holdsOf(const DemoCustomer &customer)
{
    const QString key = keyOf(customer);
    auto it = m_channelHolds.find(key);
    if (it == m_channelHolds.end())
        it = m_channelHolds.insert(key, securityOf(customer).value(QStringLiteral("channelHolds")).toArray());
    return it.value();
}

SandboxReply SecurityRoutes::consultChannelHolds(const QHttpServerRequest &request, const QString &identSerialNum,
                                                 SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const auto item = [&query](const char *name) {
        // The document writes GovIssueIdentType and RecordsXPage capitalised; accept any casing.
        for (const auto &pair : query.queryItems(QUrl::FullyDecoded)) {
            if (pair.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return pair.second.trimmed();
        }
        return QString();
    };
    const QString status = item("status");
    bool okFirst = false;
    bool okPerPage = false;
    const int first = item("initialRecord").toInt(&okFirst);
    const int perPage = item("RecordsXPage").toInt(&okPerPage);
    const bool lockedOnly = status == QLatin1String("Locked") || status == QLatin1String("B");
    if ((!lockedOnly && status != QLatin1String("All") && status != QLatin1String("T")) || !okFirst || first < 1
        || !okPerPage || perPage < 1 || perPage > 20)
        return error(StatusCode::BadRequest, QStringLiteral(""), QStringLiteral(""), QStringLiteral(""));
    const DemoCustomer *customer = context.customers().findByIdentification(item("GovIssueIdentType"), identSerialNum);
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("00001"), QStringLiteral("NO EXISTEN REGISTROS"),
                     QStringLiteral("DAT"));
    QJsonArray matching;
    for (const QJsonValue &row : holdsOf(*customer)) {
        // Rows are kept as the document's example prints them: the words of
        // "type" and "status" swapped.
        if (!lockedOnly || row.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Lock"))
            matching.append(row);
    }
    QJsonArray page;
    for (int i = first - 1; i < matching.size() && page.size() < perPage; ++i)
        page.append(matching.at(i));
    return ok(QJsonObject{{QStringLiteral("trnSrcInfo"),
                           QJsonObject{{QStringLiteral("resultsPagesGeneric"),
                                        QJsonObject{{QStringLiteral("totalRecords"),
                                                     QString::number(matching.size()).rightJustified(4, QLatin1Char('0'))},
                                                    {QStringLiteral("recordsXPage"),
                                                     QString::number(page.size()).rightJustified(2, QLatin1Char('0'))}}},
                                       {QStringLiteral("blockingInfo"), page}}}});
}

SandboxReply SecurityRoutes::changeChannelHold(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject b = BankJson::object(BankJson::object(body, QStringLiteral("trnSrcInfo")), QStringLiteral("blockingInfo"));
    const DemoCustomer *customer = context.customers().findByIdentification(
        BankJson::text(b, QStringLiteral("govIssueIdentType")), BankJson::text(b, QStringLiteral("identSerialNum")));
    QString channel = BankJson::text(b, QStringLiteral("channel"));
    QString subChannel = BankJson::text(b, QStringLiteral("subChannel"));
    const QString desc = BankJson::text(b, QStringLiteral("channelDesc")).trimmed();
    const QString action = BankJson::text(b, QStringLiteral("action"));
    const QString type = BankJson::text(b, QStringLiteral("type"));
    const QString acctId = BankJson::text(b, QStringLiteral("acctId"));
    const QString user = BankJson::text(b, QStringLiteral("user"));
    const QString branch = BankJson::text(b, QStringLiteral("branchId"));
    const auto failure = [] {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER500"), QStringLiteral(""), QStringLiteral(""),
                                                      QStringLiteral("")));
    };
    if (!desc.isEmpty()) {
        if (!channel.isEmpty() || !subChannel.isEmpty())
            return failure();
        bool found = false;
        for (const auto &[name, c, s] : pseudoChannels) {
            if (name.compare(desc, Qt::CaseInsensitive) == 0) {
                channel = c;
                subChannel = s;
                found = true;
            }
        }
        if (!found)
            return failure();
    }
    const bool lock = action == QLatin1String("Lock") || action == QLatin1String("S");
    const bool unlock = action == QLatin1String("Unlock") || action == QLatin1String("N");
    const bool product = type == QLatin1String("Product") || type == QLatin1String("P");
    const bool user_ = type == QLatin1String("User") || type == QLatin1String("C");
    if (!customer || channel.isEmpty() || (!lock && !unlock) || (!product && !user_) || (product && acctId.isEmpty())
        || user.isEmpty() || branch.isEmpty())
        return failure();

    QJsonArray &holds = holdsOf(*customer);
    const QString stamp = nowStamp(QStringLiteral("yyyy-MM-dd hh.mm.ss AP"));
    const QString scope = product ? QStringLiteral("Product") : QStringLiteral("User");
    for (qsizetype i = 0; i < holds.size(); ++i) {
        QJsonObject row = holds.at(i).toObject();
        if (row.value(QStringLiteral("channel")).toString() != channel
            || row.value(QStringLiteral("subChannel")).toString() != subChannel
            || row.value(QStringLiteral("status")).toString() != scope
            || (product && row.value(QStringLiteral("acctId")).toString() != acctId))
            continue;
        const bool isLocked = row.value(QStringLiteral("type")).toString() == QLatin1String("Lock");
        if (isLocked == lock)
            return failure(); // already in that state
        row.insert(QStringLiteral("type"), lock ? QStringLiteral("Lock") : QStringLiteral("Unlock"));
        const QJsonObject who{{QStringLiteral("user"), user}, {QStringLiteral("branchId"), branch},
                              {QStringLiteral("establishDt"), stamp}};
        if (lock) {
            row.insert(QStringLiteral("user"), user);
            row.insert(QStringLiteral("branchId"), branch);
            row.insert(QStringLiteral("establishDt"), stamp);
            row.insert(QStringLiteral("unblockingInfo"),
                       QJsonObject{{QStringLiteral("user"), QString()}, {QStringLiteral("branchId"), QString()},
                                   {QStringLiteral("establishDt"), QString()}});
        } else {
            row.insert(QStringLiteral("unblockingInfo"), who);
        }
        holds.replace(i, row);
        return ok();
    }
    if (!lock)
        return failure(); // nothing to unlock
    holds.append(QJsonObject{
        {QStringLiteral("channel"), channel},
        {QStringLiteral("subChannel"), subChannel},
        {QStringLiteral("type"), QStringLiteral("Lock")},
        {QStringLiteral("status"), scope},
        {QStringLiteral("acctId"), product ? acctId : QString()},
        {QStringLiteral("user"), user},
        {QStringLiteral("branchId"), branch},
        {QStringLiteral("establishDt"), stamp},
        {QStringLiteral("unblockingInfo"),
         QJsonObject{{QStringLiteral("user"), QString()}, {QStringLiteral("branchId"), QString()},
                     {QStringLiteral("establishDt"), QString()}}},
    });
    return ok();
}

SandboxReply SecurityRoutes::authenticationLevel(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject t = BankJson::object(body, QStringLiteral("transaction"));
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    const QString trnRqUID = BankJson::text(t, QStringLiteral("trnRqUID"));
    // Training table of transactions; anything else is "not parameterised".
    static const QHash<QString, QPair<QString, QString>> levels{
        {QStringLiteral("101261"), {QStringLiteral("CANCELACI\u00bf\u00bfN TARJETA CR\u00bf\u00bfDITO"), QStringLiteral("3")}},
        {QStringLiteral("100090"), {QStringLiteral("PAGO PSE"), QStringLiteral("2")}},
        {QStringLiteral("900006"), {QStringLiteral("RETIRO SIN TARJETA"), QStringLiteral("2")}},
        {QStringLiteral("100001"), {QStringLiteral("CONSULTA DE SALDO"), QStringLiteral("1")}},
    };
    if (!byIdent(context, ident))
        return badRequest();
    if (!levels.contains(trnRqUID))
        return SandboxReply::json(StatusCode::PartialContent,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("100"),
                                                      QStringLiteral("TX NO PARAMETRIZADA"), QString()));
    return ok(QJsonObject{{QStringLiteral("transaction"),
                           QJsonObject{{QStringLiteral("govIssueIdent"), ident},
                                       {QStringLiteral("requestNumber"), BankJson::text(t, QStringLiteral("requestNumber"))},
                                       {QStringLiteral("desc"), levels.value(trnRqUID).first},
                                       {QStringLiteral("trnRqUID"), trnRqUID},
                                       {QStringLiteral("authLevel"), levels.value(trnRqUID).second}}}});
}

SandboxReply SecurityRoutes::authenticationChannel(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject t = BankJson::object(body, QStringLiteral("transaction"));
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    const QString trnRqUID = BankJson::text(t, QStringLiteral("trnRqUID"));
    const QString txId = BankJson::text(t, QStringLiteral("txId"));
    if (!byIdent(context, ident) || trnRqUID.isEmpty() || txId.isEmpty())
        return SandboxReply::json(StatusCode::PartialContent,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("100"),
                                                      QStringLiteral("TX NO PARAMETRIZADA"), QString()));
    const QString code =
        QString::fromLatin1(QCryptographicHash::hash((trnRqUID + txId + QString::number(++m_counter)).toUtf8(),
                                                     QCryptographicHash::Sha1).toHex().toUpper())
        + trnRqUID + txId.leftJustified(10, QLatin1Char(' ')) + nowStamp(QStringLiteral("yyyyMMddHHmmsszzz")) + QStringLiteral("000");
    return ok(QJsonObject{{QStringLiteral("transaction"),
                           QJsonObject{{QStringLiteral("govIssueIdent"), ident},
                                       {QStringLiteral("trnSrcInfo"),
                                        QJsonObject{{QStringLiteral("requestNumber"),
                                                     BankJson::text(BankJson::object(t, QStringLiteral("trnSrcInfo")),
                                                                    QStringLiteral("requestNumber"))}}},
                                       {QStringLiteral("question"), QJsonObject{{QStringLiteral("quantity"), 0}}},
                                       {QStringLiteral("trace"),
                                        QJsonObject{{QStringLiteral("iteration"), QJsonObject{{QStringLiteral("value"), 0}}},
                                                    {QStringLiteral("retry"), QJsonObject{{QStringLiteral("value"), 0}}}}},
                                       {QStringLiteral("authorization"),
                                        QJsonObject{{QStringLiteral("value"), QStringLiteral("SI")}, {QStringLiteral("code"), code}}},
                                       {QStringLiteral("reason"), QString()},
                                       {QStringLiteral("questionList"), BankJson::member(t, QStringLiteral("questionList"))}}}});
}
