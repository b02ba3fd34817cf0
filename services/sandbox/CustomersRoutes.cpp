#include "CustomersRoutes.h"

#include "BankEnvelope.h"
#include "FaultIdentities.h"
#include "CustomerBasicInfo.h"
#include "CustomerCodeTables.h"
#include "CustomerLocations.h"
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
const QString basicDataV1Path = QStringLiteral("/customerAccountManagement/v1/BasicData");
const QString basicDataV2Path = QStringLiteral("/customerAccountManagement/v2/basicData");
const QString locationsPrefix = QStringLiteral("/customer-management/v1/location/");
const QString dropNextCreatePath = QStringLiteral("/training/faults/drop-next-create");
const QString slowNextCreatePath = QStringLiteral("/training/faults/slow-next-create");
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
// The v1/v2 error table (same for both versions).
SandboxReply mnemonicError(StatusCode status, const QString &code, const QString &description, const QString &type)
{
    return SandboxReply::json(status, BankEnvelope::error(QStringLiteral("ER"), code, description, type));
}

QString requestValue(const DemoCustomer &customer, const QString &path)
{
    QJsonValue value = customer.record.value(QStringLiteral("createRequest"));
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value.isString() ? value.toString() : QString();
}

bool isLegalPerson(const CustomerBasicData &data)
{
    return data.personType == QLatin1String("J") || data.govIssueIdentType == QLatin1String("NI");
}

// Deterministic "random" picks so a person's locations are the same in every class.
uint stableHash(const QString &text)
{
    uint h = 2166136261u; // FNV-1a
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QString neighborhoodFor(const QString &addr1)
{
    static const QStringList names{QStringLiteral("CHAPINERO"), QStringLiteral("SANTA BARBARA ORIENT"),
                                   QStringLiteral("LA PEPITA"), QStringLiteral("CEDRITOS"),
                                   QStringLiteral("EL PRADO"), QStringLiteral("SAN JOSE"),
                                   QStringLiteral("LA CANDELARIA"), QStringLiteral("MODELIA")};
    return names.at(int(stableHash(addr1) % uint(names.size())));
}

QString processIdFor(const QString &seed)
{
    // The bank's record ids look like Oracle ROWIDs (18 characters).
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString id = QStringLiteral("AAAM");
    uint h = stableHash(seed);
    while (id.size() < 18) {
        id.append(alphabet.at(int(h % uint(alphabet.size()))));
        h = h * 1103515245u + 12345u;
    }
    return id;
}

QString compactDate(const QString &date)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : date;
}

CustomerBasicDataV1 basicDataV1For(const DemoCustomer &customer)
{
    const CustomerBasicData &b = customer.basicData;
    CustomerBasicDataV1 v1;
    v1.responseType = QStringLiteral("OK");
    v1.govIssueIdentType = b.govIssueIdentType;
    v1.identSerialNum = b.identSerialNum;
    v1.fullName = b.displayName();
    v1.firstName = b.firstName;
    v1.middleName = b.middleName;
    v1.lastName = b.lastName;
    v1.secondLastName = b.secondLastName;
    v1.birthDt = b.birthDt;
    if (isLegalPerson(b)) {
        v1.orgIdType = b.govIssueIdentType;
        v1.orgIdNum = b.identSerialNum;
    }
    v1.emailAddr = b.emailAddr;
    v1.cellPhone = b.cellPhone.isEmpty() ? b.contactCellPhone : b.cellPhone;
    v1.phone = requestValue(customer, QStringLiteral("contactInfo.phoneNumResidence.phone"));
    for (const CustomerPostalAddress &a : b.postAddr)
        v1.postAddr.append({a.addr1, a.cityId, a.stateProv, QStringLiteral("CO")});
    return v1;
}

CustomerBasicDataV2 basicDataV2For(const DemoCustomer &customer)
{
    const CustomerBasicDataV1 v1 = basicDataV1For(customer);
    CustomerBasicDataV2 v2;
    v2.responseType = v1.responseType;
    v2.fullName = v1.fullName;
    v2.firstName = QStringList{v1.firstName, v1.middleName}.join(QLatin1Char(' ')).trimmed();
    v2.lastName = QStringList{v1.lastName, v1.secondLastName}.join(QLatin1Char(' ')).trimmed();
    v2.birthDt = v1.birthDt;
    v2.orgIdType = v1.orgIdType;
    v2.orgIdNum = v1.orgIdNum;
    if (!v1.postAddr.isEmpty()) {
        v2.addr1 = v1.postAddr.first().addr1;
        v2.city = v1.postAddr.first().city;
        v2.stateProv = v1.postAddr.first().stateProv;
        v2.country = v1.postAddr.first().country;
    }
    v2.govIssueIdentType = v1.govIssueIdentType;
    v2.identSerialNum = v1.identSerialNum;
    v2.emailAddr = v1.emailAddr;
    v2.phone = v1.phone;
    v2.cellPhone = v1.cellPhone;
    return v2;
}

CustomerLocations locationsFor(const DemoCustomer &customer)
{
    const CustomerBasicData &b = customer.basicData;
    const QString cell = b.cellPhone.isEmpty() ? b.contactCellPhone : b.cellPhone;
    const QString residencePhone = requestValue(customer, QStringLiteral("contactInfo.phoneNumResidence.phone"));
    const QString neighborhood = requestValue(customer, QStringLiteral("contactInfo.postAddr.neighborhood"));
    CustomerLocations result;
    result.responseType = QStringLiteral("OK");
    result.fullName = b.displayName();
    result.personType = isLegalPerson(b) ? QStringLiteral("J") : QStringLiteral("N");

    CustomerLocationPhone cellPhone;
    cellPhone.typeCode = QStringLiteral("CEL");
    cellPhone.cellPhone = cell;
    cellPhone.processId = processIdFor(b.identSerialNum + QStringLiteral("/cel"));
    cellPhone.idItem = QString::number(60000000 + stableHash(b.identSerialNum + cell) % 9999999);
    cellPhone.conditionCode = QStringLiteral("V");

    for (qsizetype i = 0; i < b.postAddr.size(); ++i) {
        const CustomerPostalAddress &a = b.postAddr.at(i);
        const QString seed = b.identSerialNum + QLatin1Char('/') + a.addr1;
        CustomerLocation l;
        l.addrTypeCode = a.addrType.isEmpty() ? QStringLiteral("03") : a.addrType;
        l.neighborhood = neighborhood.isEmpty() ? neighborhoodFor(a.addr1) : neighborhood;
        l.addr1 = a.addr1;
        l.cityCode = a.cityId;
        l.stateProvCode = a.stateProv;
        l.processId = processIdFor(seed);
        l.conditionCode = QStringLiteral("V");
        l.idItem = QString::number(69000000 + stableHash(seed) % 999999);
        CustomerLocationPhone phone;
        phone.cellPhone = i == 0 && !residencePhone.isEmpty() ? residencePhone : cell;
        phone.processId = processIdFor(seed + QStringLiteral("/phone"));
        l.phoneNum.append(phone);
        l.createdDt = compactDate(b.createDt);
        l.upDt = compactDate(b.upDt);
        l.user = QStringLiteral("TRAINING");
        l.modifierUser = QStringLiteral("TRAINING");
        l.submitOfficeBranchId = QStringLiteral("320020");
        l.administrationOfficeBranchId = QStringLiteral("320166");
        result.postAddr.append(l);
    }
    if (!b.emailAddr.isEmpty()) {
        result.emails.append({QString::number(51000000 + stableHash(b.emailAddr) % 999999),
                              processIdFor(b.identSerialNum + QStringLiteral("/email")), b.emailAddr,
                              QStringLiteral("V")});
    }
    if (!residencePhone.isEmpty()) {
        CustomerLocationPhone additional;
        additional.typeCode = QStringLiteral("ADI");
        additional.cellPhone = residencePhone;
        additional.processId = processIdFor(b.identSerialNum + QStringLiteral("/adi"));
        additional.conditionCode = QStringLiteral("V");
        result.phoneNum.append(additional);
    }
    if (!cell.isEmpty())
        result.phoneNum.append(cellPhone);
    return result;
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
    if ((path == basicDataV1Path || path == basicDataV2Path) && request.method() == QHttpServerRequest::Method::Get) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        return basicDataByMnemonic(request, context, path == basicDataV1Path ? 1 : 2);
    }
    if (path.startsWith(locationsPrefix) && request.method() == QHttpServerRequest::Method::Get) {
        if (auto refusal = context.checkBankCall(request))
            return refusal;
        return locations(request, context, QUrl::fromPercentEncoding(path.mid(locationsPrefix.size()).toUtf8()));
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
    if (((path == dropNextCreatePath || path == slowNextCreatePath)
         && request.method() == QHttpServerRequest::Method::Post)
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

SandboxReply CustomersRoutes::basicDataByMnemonic(const QHttpServerRequest &request, SandboxContext &context,
                                                  int version)
{
    const QUrlQuery query = request.query();
    const QString mnemonic = query.queryItemValue(QStringLiteral("mnemonic"), QUrl::FullyDecoded).trimmed().toUpper();
    if (mnemonic.isEmpty()) {
        return mnemonicError(StatusCode::BadRequest, QStringLiteral("00001"),
                             QStringLiteral("User required fields are missing."), QStringLiteral("DAT"));
    }
    // Every identification type is two letters (CC, CE, PA, TI, NI, PE).
    const auto type = IdentificationTypes::fromCode(mnemonic.left(2));
    const QString number = mnemonic.mid(2);
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength
        || (IdentificationTypes::isNumeric(*type) && !allDigits(number))) {
        return mnemonicError(StatusCode::BadRequest, QStringLiteral("1"), QStringLiteral("BAD REQUEST."),
                             QStringLiteral("BDA"));
    }
    const QString typeCode = IdentificationTypes::code(*type);
    if (auto fault = FaultIdentities::replyFor(typeCode, number, context.settings().slowReplyMs))
        return *fault;
    const DemoCustomer *customer = context.customers().findByIdentification(typeCode, number);
    if (!customer) {
        return mnemonicError(StatusCode::NotFound, QStringLiteral("1006"), QStringLiteral("NO FOUND"),
                             QStringLiteral("BDA"));
    }
    return SandboxReply::json(StatusCode::Ok, version == 1 ? basicDataV1For(*customer).toJson()
                                                            : basicDataV2For(*customer).toJson());
}

SandboxReply CustomersRoutes::locations(const QHttpServerRequest &request, SandboxContext &context,
                                        const QString &identSerialNum)
{
    const QUrlQuery query = request.query();
    const auto value = [&query](const QString &name, const QString &fallback) {
        const QString v = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
        return v.isEmpty() ? fallback : v;
    };
    const auto type = IdentificationTypes::fromCode(value(QStringLiteral("govIssueIdentType"), QString()).toUpper());
    const QString number = identSerialNum.trimmed();
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength)
        return badRequest();
    // The document's defaults for queries: integral (I), current (1).
    const QString action = value(QStringLiteral("action"), QStringLiteral("I"));
    const QString condition = value(QStringLiteral("condition"), QStringLiteral("1"));
    if ((action != QLatin1String("I") && action != QLatin1String("T"))
        || (condition != QLatin1String("1") && condition != QLatin1String("2") && condition != QLatin1String("3"))) {
        return SandboxReply::json(StatusCode::NotFound,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("50005"),
                                                      QStringLiteral("OPCION DE ACCION INVALIDA"),
                                                      QStringLiteral("STA")));
    }
    const QString typeCode = IdentificationTypes::code(*type);
    if (auto fault = FaultIdentities::replyFor(typeCode, number, context.settings().slowReplyMs))
        return *fault;
    const DemoCustomer *customer = context.customers().findByIdentification(typeCode, number);
    if (!customer) {
        // As the document's example: type and number before the text.
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("51011"),
                                                      typeCode + number + QStringLiteral(" CLIENTE NO EXISTE BCSC"),
                                                      QStringLiteral("STA")));
    }
    CustomerLocations result = locationsFor(*customer);
    // Every training location is current: "expired only" has none.
    if (condition == QLatin1String("2"))
        result.postAddr.clear();
    return SandboxReply::json(StatusCode::Ok, result.toJson());
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
    if (path == slowNextCreatePath) {
        m_slowNextCreate = true;
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
    if (created && std::exchange(m_slowNextCreate, false)) {
        // Executed now, answered after --slow-seconds: the client's timeout
        // fires first, with the customer already created.
        SandboxReply late = outcome.reply;
        return late.delayedBy(context.settings().slowReplyMs);
    }
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
