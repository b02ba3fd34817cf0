#include "AccountRoutes.h"

#include "BankEnvelope.h"
#include "BankJson.h"
#include "ConsultOwner.h"
#include "ConsultPila.h"
#include "NameByAccount.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString ownerPath = QStringLiteral("/customer-management/v1/status-basic-data");
const QString pilaPath = QStringLiteral("/customer-management/v1/query-pila");

SandboxReply bankError(StatusCode status, const QString &responseType, const QString &code, const QString &description,
                       const QString &type)
{
    return SandboxReply::json(status, BankEnvelope::error(responseType, code, description, type));
}

// The rows of "Get customer name by account"'s error table.
SandboxReply notHolder()
{
    return bankError(StatusCode::BadRequest, QStringLiteral("ER"), QStringLiteral("05622"),
                     QStringLiteral("CLIENTE NO ES TITULAR DE LA CUENTA"), QStringLiteral("RGN"));
}
SandboxReply noAccount()
{
    return bankError(StatusCode::NotFound, QStringLiteral("ER"), QStringLiteral("05620"),
                     QStringLiteral("NO EXISTE NÚMERO DE CUENTA"), QStringLiteral("RGN"));
}
SandboxReply noHolder()
{
    return bankError(StatusCode::NotFound, QStringLiteral("ER"), QStringLiteral("05621"),
                     QStringLiteral("NO EXISTE TITULAR PARA LA CTA"), QStringLiteral("RGN"));
}
SandboxReply noCustomer()
{
    return bankError(StatusCode::NotFound, QStringLiteral("ER"), QStringLiteral("SQLCODE"),
                     QStringLiteral("NO EXISTE REGISTRO CC0105CLIENTNUM"), QStringLiteral("ORA"));
}

// client_id and client_secret: the headers these operations' tables require.
bool hasClientHeaders(const QHttpServerRequest &request, const SandboxContext &context)
{
    return QString::fromLatin1(request.value(QByteArrayLiteral("client_id"))) == context.settings().clientId
           && QString::fromLatin1(request.value(QByteArrayLiteral("client_secret"))) == context.settings().clientSecret;
}

StatusCode statusOf(int status)
{
    return static_cast<StatusCode>(status);
}
} // namespace

QString AccountRoutes::builtInPath()
{
    return QStringLiteral(":/sandbox/accounts.json");
}

AccountRoutes::AccountRoutes()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("training data %s is missing", qPrintable(builtInPath()));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : data.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject a = value.toObject();
        Account account{a.value(QStringLiteral("acctId")).toString(), a.value(QStringLiteral("acctType")).toString(), {}};
        if (a.value(QStringLiteral("holder")).isObject()) {
            const QJsonObject h = a.value(QStringLiteral("holder")).toObject();
            account.holder = Holder{h.value(QStringLiteral("govIssueIdentType")).toString(),
                                    h.value(QStringLiteral("identSerialNum")).toString(),
                                    h.value(QStringLiteral("fullName")).toString()};
        }
        m_accounts.insert(account.acctId, account);
    }
    for (const QJsonValue &value : data.value(QStringLiteral("faults")).toArray())
        m_faults.insert(value.toObject().value(QStringLiteral("acctId")).toString(), value.toObject());
    for (const QJsonValue &value : data.value(QStringLiteral("pilaForms")).toArray())
        m_pilaForms.append(value.toObject());
}

std::optional<SandboxReply> AccountRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    const Method method = request.method();
    static const QRegularExpression nameByAccountPath(
        QStringLiteral("^/customer-management/customer/identserialnum/([^/]+)/acctid/([^/]+)$"));
    const auto nameMatch = nameByAccountPath.match(path);
    const bool isName = method == Method::Get && nameMatch.hasMatch();
    const bool isOwner = method == Method::Post && path == ownerPath;
    const bool isPila = method == Method::Post && path == pilaPath;
    if (!isName && !isOwner && !isPila)
        return std::nullopt;
    if (auto refusal = context.checkBankCall(request))
        return refusal;
    if (isName) {
        return nameByAccount(request, context, QUrl::fromPercentEncoding(nameMatch.captured(1).toLatin1()),
                             QUrl::fromPercentEncoding(nameMatch.captured(2).toLatin1()));
    }
    if (!hasClientHeaders(request, context))
        return SandboxReply::json(StatusCode::Unauthorized, BankEnvelope::unauthorized());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    return isOwner ? owner(document.object()) : pila(document.object());
}

std::optional<SandboxReply> AccountRoutes::fault(const QString &acctId) const
{
    const auto it = m_faults.constFind(acctId);
    if (it == m_faults.constEnd())
        return std::nullopt;
    const QJsonObject f = *it;
    return bankError(statusOf(f.value(QStringLiteral("status")).toInt(500)), f.value(QStringLiteral("responseType")).toString(),
                     f.value(QStringLiteral("errorCode")).toString(), f.value(QStringLiteral("errorDesc")).toString(),
                     f.value(QStringLiteral("errorType")).toString());
}

SandboxReply AccountRoutes::nameByAccount(const QHttpServerRequest &request, SandboxContext &context,
                                          const QString &identSerialNum, const QString &acctId)
{
    const QString type = request.query().queryItemValue(QStringLiteral("govIssueIdentType"), QUrl::FullyDecoded).trimmed();
    if (type.isEmpty() || identSerialNum.trimmed().isEmpty())
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    if (auto f = fault(acctId))
        return *f;
    const auto account = m_accounts.constFind(acctId);
    if (account == m_accounts.constEnd())
        return noAccount();
    if (!account->holder)
        return noHolder();
    const Holder &holder = *account->holder;
    if (holder.govIssueIdentType.compare(type, Qt::CaseInsensitive) == 0 && holder.identSerialNum == identSerialNum)
        return SandboxReply::json(StatusCode::Ok, NameByAccountReply{holder.fullName}.toJson());
    // Someone else's account: a known customer is "not the holder"; an
    // identification the bank does not know has no client record at all.
    bool holdsAny = false;
    for (const Account &a : m_accounts)
        holdsAny = holdsAny || (a.holder && a.holder->identSerialNum == identSerialNum
                                && a.holder->govIssueIdentType.compare(type, Qt::CaseInsensitive) == 0);
    if (!holdsAny && !context.customers().findByIdentification(type.toUpper(), identSerialNum))
        return noCustomer();
    return notHolder();
}

SandboxReply AccountRoutes::owner(const QJsonObject &body)
{
    const ConsultOwnerRequest request = ConsultOwnerRequest::fromJson(body);
    if (!request.validate().isEmpty())
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    const QString acctId = request.acctId.trimmed();
    if (auto f = fault(acctId))
        return *f;
    const auto account = m_accounts.constFind(acctId);
    if (account == m_accounts.constEnd())
        return noAccount();
    if (!account->holder)
        return noHolder();
    return SandboxReply::json(StatusCode::Ok, ConsultOwnerReply{QStringLiteral("OK"), account->holder->fullName, acctId}.toJson());
}

SandboxReply AccountRoutes::pila(const QJsonObject &body)
{
    const PilaQuery query = PilaQuery::fromJson(body);
    if (!query.validate().isEmpty())
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    for (const QJsonObject &form : m_pilaForms) {
        if (form.value(QStringLiteral("invoiceNum")).toString() != query.invoiceNum.trimmed()
            || form.value(QStringLiteral("identSerialNum")).toString() != query.identSerialNum.trimmed())
            continue;
        // Written field by field so the amount keeps the type the data gives
        // it (a number as in the example, or text as the table types it).
        QJsonObject trn{
            {QStringLiteral("approvalId"), form.value(QStringLiteral("approvalId"))},
            {QStringLiteral("invoiceInfo"), QJsonObject{{QStringLiteral("identSerialNum"), form.value(QStringLiteral("identSerialNum"))}}},
            {QStringLiteral("validityPeriodInfo"),
             QJsonObject{{QStringLiteral("validityPeriod"), form.value(QStringLiteral("validityPeriod"))}}},
            {QStringLiteral("dueDt"), form.value(QStringLiteral("dueDt"))},
            {QStringLiteral("curAmt"), QJsonObject{{QStringLiteral("amt"), form.value(QStringLiteral("amt"))}}},
        };
        return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("responseType"),
                                                               QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}},
                                                              {QStringLiteral("trn"), trn}});
    }
    return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound());
}
