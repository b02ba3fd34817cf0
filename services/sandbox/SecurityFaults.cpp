#include "SecurityFaults.h"

#include "BankEnvelope.h"
#include "BankJson.h"
#include "FaultIdentities.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace {
using StatusCode = SandboxReply::StatusCode;

SandboxReply json(StatusCode status, const QJsonObject &body)
{
    return SandboxReply::json(status, body);
}

// The capitalised envelope as seed 001 prints it: ResponseType/ResponseDetail
// and ErrorCode/ErrorDesc/ErrorType, with "value" left in lower case.
QJsonObject capitalised(const QString &value, const QString &code, const QString &description, const QString &type)
{
    return QJsonObject{{QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("value"), value}}},
                       {QStringLiteral("ResponseDetail"),
                        QJsonObject{{QStringLiteral("ErrorCode"), code},
                                    {QStringLiteral("ErrorDesc"), description},
                                    {QStringLiteral("ErrorType"), type}}}};
}

// Where each security operation carries its customer's identification.
std::optional<QPair<QString, QString>> identificationOf(const QHttpServerRequest &request, const QJsonObject &body)
{
    const auto fromIdent = [](const QJsonObject &ident) -> std::optional<QPair<QString, QString>> {
        const QString number = BankJson::text(ident, QStringLiteral("identSerialNum")).trimmed();
        if (number.isEmpty())
            return std::nullopt;
        const QString type = BankJson::text(ident, QStringLiteral("govIssueIdentType")).trimmed();
        return QPair<QString, QString>{type.isEmpty() ? QStringLiteral("CC") : type, number};
    };
    const QJsonObject transaction = BankJson::object(body, QStringLiteral("transaction"));
    const QJsonObject trn = BankJson::object(body, QStringLiteral("trn"));
    for (const QJsonObject &ident :
         {BankJson::object(body, QStringLiteral("govIssueIdent")),
          BankJson::object(transaction, QStringLiteral("govIssueIdent")),
          BankJson::object(BankJson::object(body, QStringLiteral("trnSrcInfo")), QStringLiteral("blockingInfo")),
          BankJson::object(BankJson::object(trn, QStringLiteral("otp")), QStringLiteral("govIssueIdent"))}) {
        if (auto found = fromIdent(ident))
            return found;
    }
    const QUrlQuery query = request.query();
    QString type;
    QString number;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.compare(QLatin1String("govIssueIdentType"), Qt::CaseInsensitive) == 0)
            type = value.trimmed();
        else if (name.compare(QLatin1String("identSerialNum"), Qt::CaseInsensitive) == 0)
            number = value.trimmed();
    }
    if (number.isEmpty()) {
        // .../channelholds/{identSerialNum}, .../customer/{identserialnum}/validate|password
        const QStringList parts = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            if (parts.at(i) == QLatin1String("channelholds") || parts.at(i) == QLatin1String("customer"))
                number = parts.at(i + 1);
        }
    }
    if (number.isEmpty())
        return std::nullopt;
    return QPair<QString, QString>{type.isEmpty() ? QStringLiteral("CC") : type, number};
}
} // namespace

QList<SecurityFaults::Fault> SecurityFaults::all()
{
    return {
        {QStringLiteral("er500"), QStringLiteral("HTTP 500, ER500 envelope (errorCode \"500\", BDA)")},
        {QStringLiteral("capitalised"),
         QStringLiteral("HTTP 500, ResponseType/ResponseDetail envelope (\"20005\", RGN) as challenge v1 prints it")},
        {QStringLiteral("capitalised-err"),
         QStringLiteral("HTTP 400, ResponseType \"ERR\" envelope (\"00400\", OUD) as challenge v2 maps it")},
        {QStringLiteral("err400"), QStringLiteral("HTTP 400, ERR400 envelope with a numeric errorCode 400")},
        {QStringLiteral("error-in-200"), QStringLiteral("HTTP 200 carrying an ER envelope (\"10\", BDA, validate OTC)")},
        {QStringLiteral("partial-206"), QStringLiteral("HTTP 206, ER envelope \"100\" TX NO PARAMETRIZADA (reto)")},
        {QStringLiteral("user-not-found"), QStringLiteral("HTTP 404, ER envelope \"32\", OUD (the user does not exist)")},
        {QStringLiteral("unauthorized"), QStringLiteral("HTTP 401, UNATHORIZED envelope (\"1004\", BDA); a client retries once with a new token")},
        {QStringLiteral("forbidden"), QStringLiteral("HTTP 403, FORBIDDEN envelope (\"1005\", BDA)")},
        {QStringLiteral("unavailable"), QStringLiteral("HTTP 503, text/plain \"Service Unavailable\", no envelope")},
        {QStringLiteral("malformed"), QStringLiteral("HTTP 200 whose body is not valid JSON")},
        {QStringLiteral("timeout"),
         QStringLiteral("answers after --slow-seconds (default 10) with the 408 TimeOut envelope (\"00408\", OUD)")},
        {QStringLiteral("drop"), QStringLiteral("connection closed without any HTTP answer")},
    };
}

std::optional<SandboxReply> SecurityFaults::reply(const QString &name, int slowDelayMs)
{
    if (name == QLatin1String("er500"))
        return json(StatusCode::InternalServerError, BankEnvelope::internalError());
    if (name == QLatin1String("capitalised")) {
        return json(StatusCode::InternalServerError,
                    capitalised(QStringLiteral("ER"), QStringLiteral("20005"),
                                QStringLiteral("ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS"),
                                QStringLiteral("RGN")));
    }
    if (name == QLatin1String("capitalised-err")) {
        return json(StatusCode::BadRequest,
                    capitalised(QStringLiteral("ERR"), QStringLiteral("00400"),
                                QStringLiteral("Bad Request Hay un error en la estructuraci\u00f3n del JSON de entrada"),
                                QStringLiteral("OUD")));
    }
    if (name == QLatin1String("err400")) {
        return json(StatusCode::BadRequest, BankEnvelope::error(QStringLiteral("ERR400"), 400,
                                                                QStringLiteral("Payload not found"),
                                                                QStringLiteral("Bad Request")));
    }
    if (name == QLatin1String("error-in-200")) {
        return json(StatusCode::Ok, BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("10"),
                                                        QStringLiteral("Error en validar Otc"), QStringLiteral("BDA")));
    }
    if (name == QLatin1String("partial-206")) {
        return json(StatusCode::PartialContent, BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("100"),
                                                                    QStringLiteral("TX NO PARAMETRIZADA"), QString()));
    }
    if (name == QLatin1String("user-not-found")) {
        return json(StatusCode::NotFound,
                    BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("32"),
                                        QStringLiteral("ERROR: Buscando el usuario-El usuario no existe"),
                                        QStringLiteral("OUD")));
    }
    if (name == QLatin1String("unauthorized"))
        return json(StatusCode::Unauthorized, BankEnvelope::unauthorized());
    if (name == QLatin1String("forbidden"))
        return json(StatusCode::Forbidden, BankEnvelope::forbidden());
    if (name == QLatin1String("unavailable")) {
        return SandboxReply::raw(StatusCode::ServiceUnavailable, QByteArrayLiteral("text/plain; charset=utf-8"),
                                 QByteArrayLiteral("Service Unavailable"));
    }
    if (name == QLatin1String("malformed")) {
        return SandboxReply::raw(StatusCode::Ok, QByteArrayLiteral("application/json"),
                                 QByteArrayLiteral(R"({"responseType":{"value":"OK"},"custPswdInfo":{"pswdStatus":)"));
    }
    if (name == QLatin1String("timeout")) {
        return json(StatusCode::RequestTimeout,
                    capitalised(QStringLiteral("ER"), QStringLiteral("00408"),
                                QStringLiteral("TimeOut La solicitud super\u00f3 el tiempo m\u00e1ximo."),
                                QStringLiteral("OUD")))
            .delayedBy(slowDelayMs);
    }
    if (name == QLatin1String("drop"))
        return SandboxReply::drop();
    return std::nullopt;
}

SandboxReply SecurityFaults::control(const QHttpServerRequest &request)
{
    // Anyone who can reach the port must not be able to disturb a class.
    if (!request.remoteAddress().isLoopback())
        return json(StatusCode::Forbidden, BankEnvelope::forbidden());
    // <name> or <name>/<count>
    const QStringList parts = request.url().path().mid(QString::fromLatin1(controlPrefix).size()).split(QLatin1Char('/'));
    const QString name = parts.value(0);
    bool countOk = parts.size() == 1;
    const int count = parts.size() == 2 ? parts.at(1).toInt(&countOk) : 1;
    if (name == QLatin1String("none") && parts.size() == 1) {
        m_armed.clear();
        m_remaining = 0;
        return json(StatusCode::Ok, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    }
    if (!reply(name, 0) || parts.size() > 2 || !countOk || count < 1 || count > maxCount)
        return json(StatusCode::NotFound, BankEnvelope::pathNotFound());
    m_armed = name;
    m_remaining = count;
    return json(StatusCode::Ok, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                            {QStringLiteral("armed"), name},
                                            {QStringLiteral("calls"), count}});
}

std::optional<SandboxReply> SecurityFaults::replyFor(const QHttpServerRequest &request, const QJsonObject &body,
                                                     int slowDelayMs)
{
    if (m_remaining > 0) {
        const QString name = m_armed;
        if (--m_remaining == 0)
            m_armed.clear();
        return reply(name, slowDelayMs);
    }
    if (const auto ident = identificationOf(request, body))
        return FaultIdentities::replyFor(ident->first, ident->second, slowDelayMs);
    return std::nullopt;
}
