#include "FaultIdentities.h"

#include "BankEnvelope.h"

namespace FaultIdentities {

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString er500 = QStringLiteral("9990000500");
const QString capitalised = QStringLiteral("9990000501");
const QString err400 = QStringLiteral("9990000400");
const QString errorIn200 = QStringLiteral("9990000200");
const QString forbidden = QStringLiteral("9990000403");
const QString unavailable = QStringLiteral("9990000503");
const QString malformed = QStringLiteral("9990000502");
const QString slow = QStringLiteral("9990000408");
const QString dropped = QStringLiteral("9990000444");
} // namespace

QList<Fault> all()
{
    return {
        {er500, QStringLiteral("HTTP 500, ER500 envelope (errorCode \"500\")")},
        {capitalised, QStringLiteral("HTTP 500, capitalised ResponseType/ResponseDetail envelope (\"20005\", RGN)")},
        {err400, QStringLiteral("HTTP 400, ERR400 envelope with a numeric errorCode 400")},
        {errorIn200, QStringLiteral("HTTP 200 carrying an ER envelope (\"OSB-382505\", EXP)")},
        {forbidden, QStringLiteral("HTTP 403, FORBIDDEN envelope (\"1005\", BDA)")},
        {unavailable, QStringLiteral("HTTP 503, text/plain \"Service Unavailable\", no envelope")},
        {malformed, QStringLiteral("HTTP 200 whose body is not valid JSON")},
        {slow, QStringLiteral("answers after --slow-seconds (default 10) with the not-found envelope")},
        {dropped, QStringLiteral("connection closed without any HTTP answer")},
    };
}

std::optional<SandboxReply> replyFor(const QString &govIssueIdentType, const QString &identSerialNum,
                                     int slowDelayMs)
{
    if (govIssueIdentType != QLatin1String("CC"))
        return std::nullopt;
    const QString &n = identSerialNum;
    if (n == er500)
        return SandboxReply::json(StatusCode::InternalServerError, BankEnvelope::internalError());
    if (n == capitalised) {
        return SandboxReply::json(
            StatusCode::InternalServerError,
            BankEnvelope::capitalisedError(QStringLiteral("ER"), QStringLiteral("20005"),
                                           QStringLiteral("ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS"),
                                           QStringLiteral("RGN")));
    }
    if (n == err400) {
        // The only fault whose errorCode is a number, as the document shows it.
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ERR400"), 400,
                                                      QStringLiteral("Payload not found"),
                                                      QStringLiteral("Bad Request")));
    }
    if (n == errorIn200) {
        return SandboxReply::json(StatusCode::Ok,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("OSB-382505"),
                                                      QStringLiteral("OSB Validate action failed"),
                                                      QStringLiteral("EXP")));
    }
    if (n == forbidden)
        return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
    if (n == unavailable) {
        return SandboxReply::raw(StatusCode::ServiceUnavailable, QByteArrayLiteral("text/plain; charset=utf-8"),
                                 QByteArrayLiteral("Service Unavailable"));
    }
    if (n == malformed) {
        // A body cut off mid-object, as a proxy that gave up half-way would send.
        return SandboxReply::raw(
            StatusCode::Ok, QByteArrayLiteral("application/json"),
            QByteArrayLiteral(R"({"responseType":{"value":"OK"},"personInfo":{"govIssueIdent":)"));
    }
    if (n == slow)
        return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound()).delayedBy(slowDelayMs);
    if (n == dropped)
        return SandboxReply::drop();
    return std::nullopt;
}

} // namespace FaultIdentities
