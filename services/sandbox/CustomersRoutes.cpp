#include "CustomersRoutes.h"

#include "BankEnvelope.h"
#include "FaultIdentities.h"
#include "CustomerCodeTables.h"
#include "CustomerCreateRequest.h"
#include "IdentificationType.h"
#include "SecureDataConsentRequest.h"

#include <QDate>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString basicDataV4Path = QStringLiteral("/customerAccountManagement/v4/basicData");
const QString createCustomerPath = QStringLiteral("/customer-account-management/v1/customer");
const QString secureDataPath = QStringLiteral("/customer-management/v1/secure-data");
const QString dropNextCreatePath = QStringLiteral("/training/faults/drop-next-create");
const QString createsControlPath = QStringLiteral("/training/customers/creates");
const QString dropAfterCreateIdentity = QStringLiteral("9990000445");
const QString ruleIdentityPrefix = QStringLiteral("99900");

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
    if (path == createCustomerPath && request.method() == QHttpServerRequest::Method::Post) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        return createCustomer(request, context);
    }
    if (path == secureDataPath && request.method() == QHttpServerRequest::Method::Put) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        return updateSecureData(request, context);
    }
    if ((path == dropNextCreatePath && request.method() == QHttpServerRequest::Method::Post)
        || (path == createsControlPath && request.method() == QHttpServerRequest::Method::Get)) {
        return control(request, path);
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


SandboxReply CustomersRoutes::control(const QHttpServerRequest &request, const QString &path)
{
    // Anyone who can reach the port must not be able to disturb a class.
    if (!request.remoteAddress().isLoopback())
        return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
    if (path == dropNextCreatePath) {
        m_dropNextCreate = true;
        return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    }
    const QString txId = request.query().queryItemValue(QStringLiteral("txId"), QUrl::FullyDecoded);
    const CreateOutcome outcome = m_creates.value(txId);
    return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("txId"), txId},
                                                          {QStringLiteral("received"), outcome.received},
                                                          {QStringLiteral("executed"), outcome.executed}});
}

SandboxReply CustomersRoutes::createCustomer(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString txId = QString::fromLatin1(request.value(QByteArrayLiteral("X-Invoker-TxId")).trimmed());
    // The same transaction again: the first answer, never a second execution.
    if (auto known = m_creates.find(txId); known != m_creates.end()) {
        ++known->received;
        return known->reply;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    CreateOutcome outcome;
    outcome.received = 1;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        outcome.reply = badRequest();
    } else {
        outcome.reply = executeCreate(document.object(), context);
        outcome.executed = 1;
    }
    m_creates.insert(txId, outcome);

    const QString number = document.object().value(QStringLiteral("govIssueIdent")).toObject()
                               .value(QStringLiteral("identSerialNum")).toString();
    const bool created = outcome.reply.status == StatusCode::Created || outcome.reply.status == StatusCode::Ok;
    if (created && (std::exchange(m_dropNextCreate, false) || number == dropAfterCreateIdentity))
        return SandboxReply::drop(); // executed, but the client never hears of it
    return outcome.reply;
}

SandboxReply CustomersRoutes::executeCreate(const QJsonObject &body, SandboxContext &context)
{
    const CustomerCreateRequest request = CustomerCreateRequest::fromJson(body);
    const QString number = request.identSerialNum();

    // Rule identities: the bank's own check refuses what the console let pass.
    if (number.startsWith(ruleIdentityPrefix) && number.size() == 10) {
        if (const CustomerCreateRule *rule = CustomerCodeTables::ruleForBankCode(number.mid(5))) {
            return SandboxReply::json(StatusCode::NotFound, BankEnvelope::error(QStringLiteral("ER"), rule->code,
                                                                                rule->bankDescription,
                                                                                QStringLiteral("STA")));
        }
    }

    // The same rules as the console, answered with the bank's codes (the
    // table's HTTP status is 404 for every one of them).
    const FieldIssues issues = request.validate();
    if (!issues.isEmpty()) {
        static const QRegularExpression ruleCode(QStringLiteral("\\b(50[0-9]{3})\\b"));
        for (const FieldIssue &issue : issues) {
            const QString code = ruleCode.match(issue.message).captured(1);
            if (const CustomerCreateRule *rule = CustomerCodeTables::ruleForBankCode(code)) {
                return SandboxReply::json(StatusCode::NotFound,
                                          BankEnvelope::error(QStringLiteral("ER"), rule->code, rule->bankDescription,
                                                              QStringLiteral("STA")));
            }
        }
        // Missing or malformed data without a rule of its own.
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("00001"),
                                                      QStringLiteral("User required fields are missing."),
                                                      QStringLiteral("DAT")));
    }

    const QString type = request.govIssueIdentType().toUpper();
    if (context.customers().findByIdentification(type, number)) {
        // The create table has no "already a customer" line; 50002 is the
        // bank's refusal to onboard this person again.
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("50002"),
                                                      QStringLiteral("PERSONA NO VINCULABLE"), QStringLiteral("STA")));
    }

    ++m_accountsOpened;
    const QString account = QStringLiteral("245%1").arg(m_accountsOpened, 8, 10, QLatin1Char('0'));
    const QString reference = QStringLiteral("1-2%1").arg(m_accountsOpened, 8, 10, QLatin1Char('0'));
    const auto v = [&request](const char *path) { return request.value(QString::fromLatin1(path)); };

    DemoCustomer customer;
    customer.key = QStringLiteral("created-%1-%2").arg(type.toLower(), number);
    customer.source = QStringLiteral("created through the training server");
    CustomerBasicData &data = customer.basicData;
    data.responseType = QStringLiteral("OK");
    data.govIssueIdentType = type;
    data.identSerialNum = number;
    data.firstName = v("personName.firstName");
    data.middleName = v("personName.middleName");
    data.lastName = v("personName.lastName");
    data.secondLastName = v("personName.secondLastName");
    data.fullName = request.fullName().toUpper();
    data.birthDt = v("personInfo.birthDt");
    data.emailAddr = v("personInfo.contactInfo.emailAddr");
    for (const char *group : {"contactInfo.phoneNum", "contactInfo.additionalPhoneNum", "contactInfo.phoneNumResidence",
                              "contactInfo.additionalPhoneNumResidence"}) {
        const QString prefix = QString::fromLatin1(group);
        if (data.cellPhone.isEmpty() && request.value(prefix + QStringLiteral(".phoneType")) == QLatin1String("C"))
            data.cellPhone = request.value(prefix + QStringLiteral(".phone"));
    }
    data.contactCellPhone = data.cellPhone;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    data.createDt = today;
    data.upDt = today;
    data.personType = v("clientType.value") == QLatin1String("J") ? QStringLiteral("J") : QStringLiteral("54");
    data.flagAlert = QStringLiteral("N");
    data.flagExist = QStringLiteral("s/");
    const QString cityId = v("contactInfo.postAddr.cityId");
    data.postAddr.append({QString(), QStringLiteral("03"), v("contactInfo.postAddr.addr1"),
                          cityId.left(2) + QStringLiteral("000"), cityId});

    const bool gmf = v("product.gmf") == QLatin1String("S");
    const QJsonObject reply{
        {QStringLiteral("depAcctStmtRec"),
         QJsonObject{{QStringLiteral("depAcctId"),
                      QJsonObject{{QStringLiteral("refNumber"), reference},
                                  {QStringLiteral("acctId"), account},
                                  {QStringLiteral("gmf"), gmf ? QStringLiteral("OK") : QStringLiteral("NO")},
                                  {QStringLiteral("gmfAccountNumber"),
                                   gmf ? QStringLiteral("Marcada en esta ent") : QStringLiteral("No marcada")},
                                  {QStringLiteral("gmfDesc"), gmf ? account : QString()}}},
                     {QStringLiteral("bankInfoGmf"),
                      QJsonObject{{QStringLiteral("bankInfoGmf"),
                                   QJsonObject{{QStringLiteral("name"),
                                                gmf ? QStringLiteral("Banco BranchDesk (entrenamiento)") : QString()}}}}}}},
        {QStringLiteral("pocketInfo"),
         QJsonObject{{QStringLiteral("pocketType"),
                      v("pocketInfo.pocketType") == QLatin1String("S") ? QStringLiteral("SI") : QStringLiteral("NO")}}},
    };
    customer.record = QJsonObject{{QStringLiteral("basicData"), data.toJson()},
                                  {QStringLiteral("createRequest"), body},
                                  {QStringLiteral("accounts"),
                                   QJsonArray{QJsonObject{{QStringLiteral("acctType"), QStringLiteral("SDA")},
                                                          {QStringLiteral("acctId"), account},
                                                          {QStringLiteral("name"), QStringLiteral("Cuenta de ahorros")}}}}};
    context.customers().add(std::move(customer));
    return SandboxReply::json(StatusCode::Ok, reply);
}

SandboxReply CustomersRoutes::updateSecureData(const QHttpServerRequest &request, SandboxContext &context)
{
    // The secure-data error table: 400 00001 INP for input it cannot use.
    const auto incorrectInput = [] {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("00001"),
                                                      QStringLiteral("Error de entrada datos incorrectos"),
                                                      QStringLiteral("INP")));
    };
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    const auto consent = SecureDataConsentRequest::fromJson(document.object());
    if (!document.isObject() || !consent || !consent->validate().isEmpty())
        return incorrectInput();
    DemoCustomer *customer = context.customers().findByIdentification(consent->govIssueIdentType.toUpper(),
                                                                       consent->identSerialNum);
    if (!customer) {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("51011"),
                                                      QStringLiteral("CLIENTE NO EXISTE BCSC"), QStringLiteral("STA")));
    }
    customer->record.insert(QStringLiteral("secureData"), document.object());
    return SandboxReply::json(StatusCode::Ok,
                              QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}}});
}
