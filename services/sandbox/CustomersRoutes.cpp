#include "CustomersRoutes.h"

#include "BankEnvelope.h"
#include "FaultIdentities.h"
#include "IdentificationType.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString basicDataV4Path = QStringLiteral("/customerAccountManagement/v4/basicData");

constexpr qsizetype maxIdentSerialNumLength = 20; // seed: 1..20 characters
constexpr qsizetype minCellphoneDigits = 7;
constexpr qsizetype maxCellphoneDigits = 15; // E.164

SandboxReply badRequest()
{
    return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

std::optional<SandboxReply> CustomersRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    if (path == basicDataV4Path && request.method() == QHttpServerRequest::Method::Get) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        return basicDataV4(request, context);
    }
    return std::nullopt;
}

SandboxReply CustomersRoutes::basicDataV4(const QHttpServerRequest &request, SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const auto value = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    };
    const bool byIdentification = query.hasQueryItem(QStringLiteral("govIssueIdentType"))
                                  || query.hasQueryItem(QStringLiteral("identSerialNum"));
    const bool byCellphone = query.hasQueryItem(QStringLiteral("cellphone"));
    if (byIdentification == byCellphone) // neither form, or both
        return badRequest();

    if (byCellphone) {
        const QString cellphone = value(QStringLiteral("cellphone"));
        const QString digits = DemoCustomers::cellphoneDigits(cellphone);
        for (const QChar c : cellphone) {
            if (!c.isDigit() && c != QLatin1Char(' ') && c != QLatin1Char('+') && c != QLatin1Char('-'))
                return badRequest();
        }
        if (digits.size() < minCellphoneDigits || digits.size() > maxCellphoneDigits)
            return badRequest();
        if (const DemoCustomer *customer = context.customers().findByCellphone(cellphone))
            return SandboxReply::json(StatusCode::Ok, customer->basicData.toJson());
        return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound());
    }

    const auto type = IdentificationTypes::fromCode(value(QStringLiteral("govIssueIdentType")));
    const QString number = value(QStringLiteral("identSerialNum"));
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength)
        return badRequest();
    if (IdentificationTypes::isNumeric(*type) && !allDigits(number))
        return badRequest();
    const QString typeCode = IdentificationTypes::code(*type);

    if (auto fault = FaultIdentities::replyFor(typeCode, number, context.settings().slowReplyMs))
        return *fault;
    if (const DemoCustomer *customer = context.customers().findByIdentification(typeCode, number))
        return SandboxReply::json(StatusCode::Ok, customer->basicData.toJson());
    return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound());
}

