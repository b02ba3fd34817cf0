#include "ApiError.h"

#include "BankJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace {

struct Envelope
{
    bool present = false;
    QString value; // responseType.value
    QString code;
    QString description;
    QString type;
};

// The bank documents use responseType/responseDetail with errorCode/...,
// ResponseType/ResponseDetail with ErrorCode/..., and sometimes nest the
// envelope one level down (insurance case create). OBP sends
// {"code": 400, "message": "OBP-20001: ..."}; Itau {"codigo", "mensagem"}.
Envelope findEnvelope(const QJsonObject &root, int depth = 0)
{
    Envelope env;
    const QJsonValue responseType = BankJson::member(root, QStringLiteral("responseType"));
    const QJsonValue responseDetail = BankJson::member(root, QStringLiteral("responseDetail"));
    if (responseType.isObject() || responseDetail.isObject() || responseType.isString()) {
        env.present = true;
        env.value = responseType.isObject()
                        ? BankJson::text(responseType.toObject(), QStringLiteral("value"))
                        : BankJson::text(responseType);
        const QJsonObject detail = responseDetail.toObject();
        env.code = BankJson::text(detail, QStringLiteral("errorCode"));
        env.description = BankJson::text(detail, QStringLiteral("errorDesc"));
        env.type = BankJson::text(detail, QStringLiteral("errorType"));
        return env;
    }
    const QString message = BankJson::text(root, QStringLiteral("message"));
    static const QRegularExpression obpCode(QStringLiteral("^(OBP-\\d+)"));
    if (const auto m = obpCode.match(message); m.hasMatch()) {
        env.present = true;
        env.value = QStringLiteral("ER");
        env.code = m.captured(1);
        env.description = message;
        return env;
    }
    // Itau's APIs answer errors as {"codigo": "...", "mensagem": "...",
    // "campos": [{"campo": ..., "mensagem": ...}]}; seed 003 documents only the
    // statuses. No responseType: a 2xx with this shape stays a success.
    if (const QJsonValue mensagem = root.value(QStringLiteral("mensagem")); mensagem.isString()) {
        env.present = true;
        env.code = BankJson::text(root, QStringLiteral("codigo"));
        env.description = mensagem.toString();
        const QJsonArray campos = root.value(QStringLiteral("campos")).toArray();
        if (!campos.isEmpty()) {
            const QJsonObject campo = campos.first().toObject();
            env.description += QStringLiteral(" (%1: %2)").arg(BankJson::text(campo, QStringLiteral("campo")),
                                                               BankJson::text(campo, QStringLiteral("mensagem")));
        }
        return env;
    }
    if (depth == 0) {
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.value().isObject()) {
                Envelope nested = findEnvelope(it.value().toObject(), depth + 1);
                if (nested.present)
                    return nested;
            }
        }
    }
    return env;
}

bool isErrorValue(const QString &value)
{
    // ER, ER500, ERR, ERR400 ...; OK and WR (warning) are successes.
    return value.trimmed().toUpper().startsWith(QLatin1String("ER"));
}

bool meansNotFound(const Envelope &env)
{
    const QString d = env.description.toUpper();
    return d.contains(QLatin1String("NO ENCONTR")) || d.contains(QLatin1String("NO EXISTE"))
           || d.contains(QLatin1String("NO FOUND")) || d.contains(QLatin1String("NOT FOUND"));
}

ApiError::Kind kindForStatus(int status)
{
    if (status == 400 || status == 422)
        return ApiError::Kind::InvalidRequest;
    if (status == 401)
        return ApiError::Kind::Unauthorized;
    if (status == 403)
        return ApiError::Kind::Forbidden;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 408 || status == 504)
        return ApiError::Kind::Timeout;
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Business;
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

std::optional<ApiError> ApiError::fromHttpReply(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    Envelope env;
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        env = findEnvelope(document.object());

    const bool httpOk = httpStatus >= 200 && httpStatus < 300;
    if (httpOk && !(env.present && isErrorValue(env.value)))
        return std::nullopt;

    ApiError error;
    error.httpStatus = httpStatus;
    error.responseType = env.value;
    error.code = env.code;
    error.type = env.type;
    error.description = env.description.trimmed();
    if (httpOk) {
        // An error envelope inside a 200: the bank refused on a rule.
        error.kind = meansNotFound(env) ? Kind::NotFound : Kind::Business;
        // ER500 in a 200 body is still the bank's server failing.
        if (env.value.contains(QLatin1String("500")))
            error.kind = Kind::Server;
    } else {
        error.kind = kindForStatus(httpStatus);
    }
    if (!env.present && !body.isEmpty()) {
        // No envelope: keep a short, printable excerpt for support.
        error.detail = QString::fromUtf8(body.left(200)).simplified();
    }
    return error;
}

QStringList ApiError::obpMissingRoles() const
{
    // "OBP-20006: User is missing one or more roles: CanCreateCustomer or
    // CanCreateCustomerAtAnyBank" (the roles joined with " or ").
    const qsizetype colon = description.indexOf(QLatin1String("roles:"));
    if (code != QLatin1String("OBP-20006") || colon < 0)
        return {};
    static const QRegularExpression role(QStringLiteral("\\bCan[A-Za-z]+"));
    QStringList roles;
    for (auto it = role.globalMatch(description.mid(colon)); it.hasNext();)
        roles << it.next().captured(0);
    return roles;
}

namespace {

// What to do about the Open Bank Project codes of its Customer section.
QString obpAdvice(const ApiError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("OBP-20001"))
        return ApiError::tr("You are not logged in to Open Bank Project, or the login has expired. Log in with "
                            "your OBP user and try again.");
    if (code == QLatin1String("OBP-20004"))
        return ApiError::tr("Open Bank Project did not accept the user name, password or consumer key. Check "
                            "them and log in again.");
    if (code == QLatin1String("OBP-20006")) {
        const QStringList roles = error.obpMissingRoles();
        return roles.isEmpty()
                   ? ApiError::tr("Your OBP user lacks a role this operation needs. Ask your OBP administrator "
                                  "for it at this bank, then log in again.")
                   : ApiError::tr("Your OBP user lacks the role %1 at this bank. Ask your OBP administrator to "
                                  "grant it, then log in again.")
                         .arg(roles.join(ApiError::tr(" or ")));
    }
    if (code == QLatin1String("OBP-20005"))
        return ApiError::tr("No OBP user has that USER_ID. Check the user id.");
    if (code == QLatin1String("OBP-30001"))
        return ApiError::tr("Open Bank Project has no bank with that BANK_ID. Choose another bank.");
    if (code == QLatin1String("OBP-30111"))
        return ApiError::tr("The BANK_ID may contain only letters, digits, '-', '.' and '_'. Correct it.");
    if (code == QLatin1String("OBP-30006"))
        return ApiError::tr("That customer number is already used at this bank. Use another number.");
    if (code == QLatin1String("OBP-30007"))
        return ApiError::tr("That user is already linked to a customer at this bank.");
    if (code == QLatin1String("OBP-30008"))
        return ApiError::tr("Your OBP user is not linked to any customer here.");
    if (code == QLatin1String("OBP-30046"))
        return ApiError::tr("No customer was found for that CUSTOMER_ID or customer number. Check it and search "
                            "again.");
    if (code == QLatin1String("OBP-30051"))
        return ApiError::tr("Open Bank Project could not create the customer. Check the data and try again.");
    if (code == QLatin1String("OBP-10001") || code == QLatin1String("OBP-10002"))
        return ApiError::tr("Open Bank Project rejected the data sent. Check the fields and try again.");
    if (code == QLatin1String("OBP-00012"))
        return ApiError::tr("This Open Bank Project instance does not allow the customer firehose.");
    if (code == QLatin1String("OBP-50000") && error.httpStatus == 404)
        return ApiError::tr("Nothing was found with that id. Refresh the list and try again.");
    if (code == QLatin1String("OBP-50000"))
        return ApiError::tr("Open Bank Project had an internal error. Try again in a few minutes; if it persists, "
                            "call the support desk with the reference below.");
    return {};
}

} // namespace

QString ApiError::userMessage() const
{
    if (isObp()) {
        const QString advice = obpAdvice(*this);
        if (!advice.isEmpty())
            return description.isEmpty() ? advice
                                         : advice + QLatin1Char(' ') + tr("Open Bank Project says: \"%1\".").arg(description);
    }
    QString message;
    switch (kind) {
    case Kind::Network:
        message = tr("The bank service could not be reached. Check the network connection and try again; "
                     "if it persists, call the support desk.");
        break;
    case Kind::Timeout:
        message = tr("The bank service did not answer in time. Nothing was changed by this search; try again "
                     "in a moment.");
        break;
    case Kind::Tls:
        message = tr("The bank service's security certificate could not be verified, so nothing was sent. "
                     "Call the support desk: do not continue on this workstation.");
        break;
    case Kind::Unauthorized:
        message = tr("The bank service did not accept this workstation's credentials. Ask the support desk "
                     "to check the client credentials for this environment.");
        break;
    case Kind::Forbidden:
        message = tr("This operation is not allowed for your user or workstation. Ask your supervisor for "
                     "the permission.");
        break;
    case Kind::NotFound:
        message = tr("No record was found for the data entered. Check the data and search again.");
        break;
    case Kind::InvalidRequest:
        message = tr("The bank rejected the data sent. Check the fields and try again.");
        break;
    case Kind::Business:
        message = tr("The bank did not accept the operation.");
        break;
    case Kind::Server:
        message = tr("The bank service had an internal error. Try again in a few minutes; if it persists, "
                     "call the support desk with the reference below.");
        break;
    case Kind::MalformedReply:
        message = tr("The bank service sent an answer that could not be read. Try again; if it persists, "
                     "call the support desk with the reference below.");
        break;
    case Kind::Cancelled:
        message = tr("The operation was cancelled. Nothing else was sent.");
        break;
    case Kind::Credentials:
        message = tr("The client credentials for this environment are not available. %1")
                      .arg(detail.isEmpty() ? tr("Set them in Settings.") : detail);
        return message;
    case Kind::Configuration:
        message = tr("This environment is not configured for this operation. %1").arg(detail);
        return message.trimmed();
    }
    if (!description.isEmpty())
        message += QLatin1Char(' ') + tr("Bank says: \"%1\".").arg(description);
    return message;
}

QString ApiError::supportReference() const
{
    QStringList parts;
    if (!code.isEmpty())
        parts << (type.isEmpty() ? tr("Bank code %1").arg(code) : tr("Bank code %1 (%2)").arg(code, type));
    if (!responseType.isEmpty())
        parts << responseType;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!transactionId.isEmpty())
        parts << tr("Tx %1").arg(transactionId);
    if (parts.isEmpty() && !detail.isEmpty())
        parts << detail;
    return parts.join(QStringLiteral(" · "));
}

QString ApiError::outcomeCode() const
{
    return kindName(kind);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::InvalidRequest: return QStringLiteral("invalid-request");
    case Kind::Business: return QStringLiteral("refused");
    case Kind::Server: return QStringLiteral("server-error");
    case Kind::MalformedReply: return QStringLiteral("malformed-reply");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Credentials: return QStringLiteral("credentials");
    case Kind::Configuration: return QStringLiteral("configuration");
    }
    return QStringLiteral("error");
}
