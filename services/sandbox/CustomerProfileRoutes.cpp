#include "CustomerProfileRoutes.h"

#include "BankEnvelope.h"
#include "CustomerContactData.h"
#include "IdentificationType.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtGlobal>

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString contactPrefix = QStringLiteral("/customer-management/v1/channel/contact/");
const QString remittancePrefix = QStringLiteral("/customers-management/v1/remittances/basic-data/");
const QString latencyPath = QStringLiteral("/training/faults/profile-latency");
constexpr int maxDelayMs = 60000;
constexpr qsizetype maxIdentSerialNumLength = 20; // seed: 1..20 characters

QString keyOf(const QString &type, const QString &number)
{
    return type.toUpper() + QLatin1Char(' ') + number;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

SandboxReply notACustomer(const QString &responseType)
{
    return SandboxReply::json(StatusCode::BadRequest,
                              BankEnvelope::error(responseType, QStringLiteral("51011"),
                                                  QStringLiteral("CLIENTE NO EXISTE BCSC"), QStringLiteral("STA")));
}

// The type as the query gives it: "CC", or "C.C." as the remittance
// document's example writes it.
std::optional<IdentificationType> typeFrom(const QHttpServerRequest &request)
{
    QString type = request.query().queryItemValue(QStringLiteral("govIssueIdentType"), QUrl::FullyDecoded);
    type.remove(QLatin1Char('.'));
    return IdentificationTypes::fromCode(type.trimmed().toUpper());
}

// For a person without a contactData section: what the basic data knows.
CustomerContactData derivedContactData(const DemoCustomer &customer)
{
    const CustomerBasicData &b = customer.basicData;
    CustomerContactData d;
    d.responseType = QStringLiteral("OK");
    if (!b.postAddr.isEmpty()) {
        d.residence.cityId = b.postAddr.first().cityId;
        d.residence.addr1 = b.postAddr.first().addr1;
        d.residence.neighborhood = QStringLiteral("NA");
    }
    d.residence.phone = b.contactCellPhone.isEmpty() ? b.cellPhone : b.contactCellPhone;
    d.birthDt = b.birthDt;
    d.sarlaftDate = b.sarlaDt;
    d.bindable = b.deceasedDt.trimmed().isEmpty();
    return d;
}
} // namespace

QString CustomerProfileRoutes::builtInPath()
{
    return QStringLiteral(":/sandbox/customer-profiles.json");
}

CustomerProfileRoutes::CustomerProfileRoutes()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("customer profiles: %s cannot be read", qPrintable(builtInPath()));
        return;
    }
    const QJsonArray profiles = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject profile = value.toObject();
        m_profiles.insert(keyOf(profile.value(QStringLiteral("govIssueIdentType")).toString(),
                                profile.value(QStringLiteral("identSerialNum")).toString()),
                          profile);
    }
}

const QJsonObject *CustomerProfileRoutes::profileFor(const QString &type, const QString &number) const
{
    const auto it = m_profiles.constFind(keyOf(type, number));
    return it == m_profiles.constEnd() ? nullptr : &*it;
}

std::optional<SandboxReply> CustomerProfileRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    m_startDelayMs = context.settings().profileLatencyMs;
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (get && path.startsWith(contactPrefix)) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        SandboxReply reply = contactData(request, context,
                                         QUrl::fromPercentEncoding(path.mid(contactPrefix.size()).toUtf8()).trimmed());
        return reply.delayedBy(m_contactDelayMs.value_or(m_startDelayMs));
    }
    if (get && path.startsWith(remittancePrefix)) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        SandboxReply reply = remittance(request, context,
                                        QUrl::fromPercentEncoding(path.mid(remittancePrefix.size()).toUtf8()).trimmed());
        return reply.delayedBy(m_remittanceDelayMs.value_or(m_startDelayMs));
    }
    if (path == latencyPath || path.startsWith(latencyPath + QLatin1Char('/')))
        return control(request, path);
    return std::nullopt;
}

SandboxReply CustomerProfileRoutes::contactData(const QHttpServerRequest &request, SandboxContext &context,
                                                const QString &number)
{
    const auto type = typeFrom(request);
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength)
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    if (IdentificationTypes::isNumeric(*type) && !allDigits(number)) {
        return SandboxReply::json(StatusCode::NotFound,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("50555"),
                                                      QStringLiteral("EL NUMERO DE INDENTIFICACION DEBE SER NUMERICO"),
                                                      QStringLiteral("STA")));
    }
    const QString typeCode = IdentificationTypes::code(*type);
    const DemoCustomer *customer = context.customers().findByIdentification(typeCode, number);
    if (!customer)
        return notACustomer(QStringLiteral("ER"));
    if (const QJsonObject *profile = profileFor(typeCode, number)) {
        const QJsonObject fault = profile->value(QStringLiteral("contactFault")).toObject();
        if (!fault.isEmpty()) {
            const int status = fault.value(QStringLiteral("httpStatus")).toInt(500);
            return SandboxReply::json(StatusCode(status),
                                      BankEnvelope::error(fault.value(QStringLiteral("responseType")).toString(),
                                                          fault.value(QStringLiteral("errorCode")),
                                                          fault.value(QStringLiteral("errorDesc")).toString(),
                                                          fault.value(QStringLiteral("errorType")).toString()));
        }
        const QJsonObject data = profile->value(QStringLiteral("contactData")).toObject();
        if (!data.isEmpty())
            return SandboxReply::json(StatusCode::Ok, data);
    }
    return SandboxReply::json(StatusCode::Ok, derivedContactData(*customer).toJson());
}

SandboxReply CustomerProfileRoutes::remittance(const QHttpServerRequest &request, SandboxContext &context,
                                               const QString &number)
{
    Q_UNUSED(context);
    const auto type = typeFrom(request);
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength) {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER400"), QStringLiteral("1"),
                                                      QStringLiteral("BAD REQUEST."), QStringLiteral("BDA")));
    }
    if (const QJsonObject *profile = profileFor(IdentificationTypes::code(*type), number)) {
        const QJsonObject data = profile->value(QStringLiteral("remittance")).toObject();
        if (!data.isEmpty())
            return SandboxReply::json(StatusCode::Ok, data);
    }
    return notACustomer(QStringLiteral("ER400"));
}

SandboxReply CustomerProfileRoutes::control(const QHttpServerRequest &request, const QString &path)
{
    // Anyone who can reach the port must not be able to disturb a class.
    if (!request.remoteAddress().isLoopback())
        return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
    const auto current = [this] {
        return SandboxReply::json(StatusCode::Ok,
                                  QJsonObject{{QStringLiteral("contactMs"), m_contactDelayMs.value_or(m_startDelayMs)},
                                              {QStringLiteral("remittanceMs"),
                                               m_remittanceDelayMs.value_or(m_startDelayMs)}});
    };
    if (path == latencyPath && request.method() == QHttpServerRequest::Method::Get)
        return current();
    const QStringList parts = path.mid(latencyPath.size() + 1).split(QLatin1Char('/'));
    bool ok = false;
    const int ms = parts.size() == 2 ? parts.at(1).toInt(&ok) : -1;
    const QString read = parts.value(0);
    if (request.method() != QHttpServerRequest::Method::Post || !ok || ms < 0 || ms > maxDelayMs
        || (read != QLatin1String("contact") && read != QLatin1String("remittance") && read != QLatin1String("all"))) {
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    }
    if (read != QLatin1String("remittance"))
        m_contactDelayMs = ms;
    if (read != QLatin1String("contact"))
        m_remittanceDelayMs = ms;
    return current();
}
