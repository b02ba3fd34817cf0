#include "ObpRoutes.h"

#include "ObpCustomerCreateRequest.h"
#include "ObpCustomerUpdate.h"
#include "ObpDirectLogin.h"
#include "ObpJson.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString root = QStringLiteral("/obp/v3.1.0/");
const QString directLoginPath = QStringLiteral("/my/logins/direct");

// OBP's error shape: {"code": <HTTP status>, "message": "OBP-xxxxx: ..."}.
SandboxReply obpError(StatusCode status, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("code"), int(status)}, {QStringLiteral("message"), message}});
}

SandboxReply notLoggedIn()
{
    return obpError(StatusCode::Unauthorized, QStringLiteral("OBP-20001: User not logged in. Authentication is required!"));
}

SandboxReply missingRoles(const QStringList &roles)
{
    return obpError(StatusCode::Forbidden,
                    QStringLiteral("OBP-20006: User is missing one or more roles: ") + roles.join(QStringLiteral(" or ")));
}

SandboxReply badJson(const QString &expected, const QString &problem = {})
{
    QString message = QStringLiteral("OBP-10001: Incorrect json format. The Json body should be the %1 ").arg(expected);
    if (!problem.isEmpty())
        message += problem;
    return obpError(StatusCode::BadRequest, message.trimmed());
}

SandboxReply customerNotFound()
{
    return obpError(StatusCode::NotFound,
                    QStringLiteral("OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID."));
}

SandboxReply deleted()
{
    // OBP answers a successful DELETE with the bare JSON value true.
    return SandboxReply::raw(StatusCode::Ok, QByteArrayLiteral("application/json"), QByteArrayLiteral("true"));
}

std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return ObpJson::dateTime(QDateTime::currentDateTimeUtc());
}

QStringList rolesFor(ObpCustomerUpdate::Attribute attribute)
{
    // As the seed lists them (Branch and other data name CanUpdateCustomerIdentity).
    using A = ObpCustomerUpdate::Attribute;
    switch (attribute) {
    case A::Branch: return {QStringLiteral("CanUpdateCustomerIdentity")};
    case A::CreditLimit: return {QStringLiteral("CanUpdateCustomerCreditLimit")};
    case A::CreditRatingAndSource:
        return {QStringLiteral("CanUpdateCustomerCreditRatingAndSource"),
                QStringLiteral("CanUpdateCustomerCreditRatingAndSourceAtAnyBank")};
    case A::Email: return {QStringLiteral("CanUpdateCustomerEmail")};
    case A::Identity: return {QStringLiteral("CanUpdateCustomerIdentity")};
    case A::MobileNumber: return {QStringLiteral("CanUpdateCustomerMobilePhoneNumber")};
    case A::Number: return {QStringLiteral("CanUpdateCustomerNumber")};
    case A::OtherData: return {QStringLiteral("CanUpdateCustomerIdentity")};
    }
    return {};
}

QString bodyName(ObpCustomerUpdate::Attribute attribute)
{
    using A = ObpCustomerUpdate::Attribute;
    switch (attribute) {
    case A::Branch: return QStringLiteral("PutUpdateCustomerBranchJsonV310");
    case A::CreditLimit: return QStringLiteral("PutUpdateCustomerCreditLimitJsonV310");
    case A::CreditRatingAndSource: return QStringLiteral("PutUpdateCustomerCreditRatingAndSourceJsonV310");
    case A::Email: return QStringLiteral("PutUpdateCustomerEmailJsonV310");
    case A::Identity: return QStringLiteral("PutUpdateCustomerIdentityJsonV310");
    case A::MobileNumber: return QStringLiteral("PutUpdateCustomerMobilePhoneNumberJsonV310");
    case A::Number: return QStringLiteral("PutUpdateCustomerNumberJsonV310");
    case A::OtherData: return QStringLiteral("PutUpdateCustomerDataJsonV310");
    }
    return {};
}

QJsonObject withAttributes(const ObpCustomer &customer)
{
    QJsonObject json = customer.toJson();
    if (!json.contains(QStringLiteral("customer_attributes")))
        json.insert(QStringLiteral("customer_attributes"), QJsonArray());
    return json;
}

} // namespace

ObpRoutes::ObpRoutes(const QString &dataFile)
{
    QFile file(dataFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    m_consumerKey = data.value(QStringLiteral("consumer_key")).toString();
    for (const QJsonValue &bank : data.value(QStringLiteral("banks")).toArray())
        m_banks.insert(bank.toObject().value(QStringLiteral("bank_id")).toString());
    for (const QJsonValue &value : data.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = value.toObject();
        User user{u.value(QStringLiteral("user_id")).toString(), u.value(QStringLiteral("username")).toString(),
                  u.value(QStringLiteral("password")).toString(), {}};
        for (const QJsonValue &e : u.value(QStringLiteral("entitlements")).toArray())
            user.entitlements.append({e.toObject().value(QStringLiteral("bank_id")).toString(),
                                      e.toObject().value(QStringLiteral("role_name")).toString()});
        m_users.append(user);
    }
    for (const QJsonValue &v : data.value(QStringLiteral("customers")).toArray())
        if (auto c = ObpCustomer::fromJson(v.toObject()))
            m_customers.append(*c);
    for (const QJsonValue &v : data.value(QStringLiteral("addresses")).toArray())
        if (auto a = ObpAddress::fromJson(v.toObject()))
            m_addresses.append(*a);
    for (const QJsonValue &v : data.value(QStringLiteral("tax_residences")).toArray()) {
        QJsonObject o = v.toObject();
        const QString customerId = o.take(QStringLiteral("customer_id")).toString();
        m_taxResidences.append({customerId, o});
    }
    for (const QJsonValue &v : data.value(QStringLiteral("social_media_handles")).toArray()) {
        QJsonObject o = v.toObject();
        const QString customerId = o.take(QStringLiteral("customer_id")).toString();
        m_socialMediaHandles.append({customerId, o});
    }
    for (const QJsonValue &v : data.value(QStringLiteral("crm_events")).toArray())
        if (auto e = ObpCrmEvent::fromJson(v.toObject()))
            m_crmEvents.append(*e);
    for (const QJsonValue &v : data.value(QStringLiteral("user_customer_links")).toArray())
        if (auto l = ObpUserCustomerLink::fromJson(v.toObject()))
            m_links.append(*l);
}

std::optional<SandboxReply> ObpRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    if (path == directLoginPath) {
        if (request.method() != Method::Post)
            return std::nullopt;
        return directLogin(request, context);
    }
    if (!path.startsWith(root))
        return std::nullopt;
    QStringList segments;
    for (const QString &s : path.mid(root.size()).split(QLatin1Char('/')))
        segments << QUrl::fromPercentEncoding(s.toUtf8());
    const User *user = authenticated(request, context);
    if (!user)
        return notLoggedIn();
    SandboxReply reply = route(request, *user, segments);
    return reply;
}

SandboxReply ObpRoutes::directLogin(const QHttpServerRequest &request, SandboxContext &context)
{
    QByteArray header = request.value(QByteArrayLiteral("DirectLogin"));
    if (header.isEmpty())
        header = request.value(QByteArrayLiteral("Authorization"));
    const QHash<QString, QString> p = ObpDirectLogin::parseHeader(header);
    const QString consumerKey = p.value(QStringLiteral("consumer_key"));
    for (const User &user : m_users) {
        if (user.username == p.value(QStringLiteral("username")) && user.password == p.value(QStringLiteral("password"))
            && !consumerKey.isEmpty() && consumerKey == m_consumerKey) {
            const QString token = context.tokens().issue();
            m_tokens.insert(token, user.userId);
            return SandboxReply::json(StatusCode::Created, ObpLoginToken{token}.toJson());
        }
    }
    return obpError(StatusCode::Unauthorized, QStringLiteral("OBP-20004: Invalid login credentials. Check username/password."));
}

const ObpRoutes::User *ObpRoutes::authenticated(const QHttpServerRequest &request, SandboxContext &context) const
{
    QByteArray header = request.value(QByteArrayLiteral("DirectLogin"));
    if (header.isEmpty())
        header = request.value(QByteArrayLiteral("Authorization"));
    const QString token = ObpDirectLogin::parseHeader(header).value(QStringLiteral("token"));
    const QString userId = token.isEmpty() || !context.tokens().isValid(token) ? QString() : m_tokens.value(token);
    for (const User &user : m_users) {
        if (!userId.isEmpty() && user.userId == userId)
            return &user;
    }
    return nullptr;
}

bool ObpRoutes::hasRole(const User &user, const QString &bankId, const QStringList &anyOf) const
{
    for (const auto &entitlement : user.entitlements) {
        if ((entitlement.first.isEmpty() || entitlement.first == bankId) && anyOf.contains(entitlement.second))
            return true;
    }
    return false;
}

ObpCustomer *ObpRoutes::customer(const QString &bankId, const QString &customerId)
{
    for (ObpCustomer &c : m_customers) {
        if (c.customerId == customerId && c.bankId == bankId)
            return &c;
    }
    return nullptr;
}

ObpCustomer *ObpRoutes::customerByNumber(const QString &bankId, const QString &number)
{
    for (ObpCustomer &c : m_customers) {
        if (c.customerNumber == number && c.bankId == bankId)
            return &c;
    }
    return nullptr;
}

QList<ObpCustomer> ObpRoutes::linkedCustomers(const User &user, const QString &bankId) const
{
    QList<ObpCustomer> result;
    for (const ObpCustomer &c : m_customers) {
        if (!bankId.isEmpty() && c.bankId != bankId)
            continue;
        for (const ObpUserCustomerLink &link : m_links) {
            if (link.userId == user.userId && link.customerId == c.customerId) {
                result.append(c);
                break;
            }
        }
    }
    return result;
}

QString ObpRoutes::nextCustomerNumber(const QString &bankId) const
{
    qint64 highest = 5987953;
    for (const ObpCustomer &c : m_customers) {
        if (c.bankId == bankId)
            highest = qMax(highest, c.customerNumber.toLongLong());
    }
    return QString::number(highest + 1);
}

SandboxReply ObpRoutes::route(const QHttpServerRequest &request, const User &user, const QStringList &segments)
{
    if (segments == QStringList{QStringLiteral("users"), QStringLiteral("current"), QStringLiteral("customers")}
        && request.method() == Method::Get)
        return SandboxReply::json(StatusCode::Ok, ObpCustomerList{linkedCustomers(user)}.toJson());
    if (segments.size() >= 3 && segments.first() == QLatin1String("banks")) {
        const QString bankId = segments.at(1);
        if (!ObpJson::isValidBankId(bankId))
            return obpError(StatusCode::BadRequest,
                            QStringLiteral("OBP-30111: Invalid Bank Id. The BANK_ID should only contain "
                                           "0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255."));
        if (!m_banks.contains(bankId))
            return obpError(StatusCode::NotFound,
                            QStringLiteral("OBP-30001: Bank not found. Please specify a valid value for BANK_ID."));
        return bankRoute(request, user, bankId, segments.mid(2));
    }
    return obpError(StatusCode::NotFound, QStringLiteral("OBP-50000: Unknown Error. No such endpoint in v3.1.0."));
}

SandboxReply ObpRoutes::bankRoute(const QHttpServerRequest &request, const User &user, const QString &bankId,
                                  const QStringList &rest)
{
    const Method method = request.method();
    const QString first = rest.first();
    if (first == QLatin1String("crm-events") && rest.size() == 1 && method == Method::Get) {
        QList<ObpCrmEvent> events;
        for (const ObpCrmEvent &e : m_crmEvents)
            if (e.bankId == bankId)
                events.append(e);
        return SandboxReply::json(StatusCode::Ok, ObpCrmEventList{events}.toJson());
    }
    if (rest == QStringList{QStringLiteral("firehose"), QStringLiteral("customers")} && method == Method::Get) {
        const QStringList roles{QStringLiteral("CanUseCustomerFirehoseAtAnyBank")};
        if (!hasRole(user, bankId, roles))
            return missingRoles(roles);
        const QUrlQuery query(request.url());
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 50;
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        if (limit < 1 || offset < 0)
            return obpError(StatusCode::BadRequest, QStringLiteral("OBP-10001: Incorrect json format. limit and offset"));
        QList<ObpCustomer> page;
        int index = 0;
        for (const ObpCustomer &c : m_customers) {
            if (c.bankId != bankId)
                continue;
            if (index >= offset && page.size() < limit)
                page.append(c);
            ++index;
        }
        return SandboxReply::json(StatusCode::Ok, ObpCustomerList{page}.toJson());
    }
    if (first == QLatin1String("user_customer_links") && rest.size() == 1 && method == Method::Post) {
        const QStringList roles{QStringLiteral("CanCreateUserCustomerLink"), QStringLiteral("CanCreateUserCustomerLinkAtAnyBank")};
        if (!hasRole(user, bankId, roles))
            return missingRoles(roles);
        const auto body = bodyObject(request);
        const auto link = body ? ObpUserCustomerLinkRequest::fromJson(*body) : std::nullopt;
        if (!link)
            return badJson(QStringLiteral("CreateUserCustomerLinkJson"));
        const bool userExists = std::any_of(m_users.cbegin(), m_users.cend(),
                                            [&link](const User &u) { return u.userId == link->userId; });
        if (!userExists)
            return obpError(StatusCode::NotFound,
                            QStringLiteral("OBP-20005: User not found. Please specify a valid value for USER_ID."));
        if (!customer(bankId, link->customerId))
            return customerNotFound();
        for (const ObpUserCustomerLink &l : m_links) {
            if (l.userId == link->userId && l.customerId == link->customerId)
                return obpError(StatusCode::BadRequest,
                                QStringLiteral("OBP-30007: The User is already linked to a Customer at the bank "
                                               "specified by BANK_ID"));
        }
        const ObpUserCustomerLink created{newId(), link->customerId, link->userId, now(), true};
        m_links.append(created);
        return SandboxReply::json(StatusCode::Created, created.toJson());
    }
    if (first != QLatin1String("customers"))
        return obpError(StatusCode::NotFound, QStringLiteral("OBP-50000: Unknown Error. No such endpoint in v3.1.0."));

    if (rest.size() == 1 && method == Method::Get)
        return SandboxReply::json(StatusCode::Ok, ObpCustomerList{linkedCustomers(user, bankId)}.toJson());
    if (rest.size() == 1 && method == Method::Post) {
        const QStringList roles{QStringLiteral("CanCreateCustomer"), QStringLiteral("CanCreateCustomerAtAnyBank")};
        if (!hasRole(user, bankId, roles))
            return missingRoles(roles);
        const auto body = bodyObject(request);
        QString problem;
        const auto r = body ? ObpCustomerCreateRequest::fromJson(*body, &problem) : std::nullopt;
        if (!r)
            return badJson(QStringLiteral("PostCustomerJsonV310"), problem);
        ObpCustomer c;
        c.bankId = bankId;
        c.customerId = newId();
        c.customerNumber = nextCustomerNumber(bankId);
        c.legalName = r->legalName;
        c.mobilePhoneNumber = r->mobilePhoneNumber;
        c.email = r->email;
        c.faceImageUrl = r->faceImageUrl;
        c.faceImageDate = ObpJson::date(r->faceImageDate);
        c.dateOfBirth = ObpJson::date(r->dateOfBirth);
        c.relationshipStatus = r->relationshipStatus;
        c.dependants = r->dependants();
        for (const QDate &d : r->dobOfDependants)
            c.dobOfDependants << ObpJson::date(d);
        c.creditRating = r->creditRating;
        c.creditSource = r->creditSource;
        c.creditLimitCurrency = r->creditLimitCurrency;
        c.creditLimitAmount = r->creditLimitAmount;
        c.highestEducationAttained = r->highestEducationAttained;
        c.employmentStatus = r->employmentStatus;
        c.kycStatus = r->kycStatus;
        c.lastOkDate = ObpJson::dateTime(r->lastOkDate);
        c.title = r->title;
        c.branchId = r->branchId;
        c.nameSuffix = r->nameSuffix;
        m_customers.append(c);
        return SandboxReply::json(StatusCode::Created, c.toJson());
    }
    if (rest.size() == 2 && rest.at(1) == QLatin1String("customer-number") && method == Method::Post) {
        const QStringList roles{QStringLiteral("CanGetCustomer")};
        if (!hasRole(user, bankId, roles))
            return missingRoles(roles);
        const auto body = bodyObject(request);
        if (!body || !body->contains(QStringLiteral("customer_number")))
            return badJson(QStringLiteral("PostCustomerNumberJsonV310"));
        ObpCustomer *c = customerByNumber(bankId, body->value(QStringLiteral("customer_number")).toString());
        if (!c)
            return obpError(StatusCode::NotFound,
                            QStringLiteral("OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_NUMBER."));
        return SandboxReply::json(StatusCode::Ok, withAttributes(*c));
    }
    if (rest.size() < 2)
        return obpError(StatusCode::NotFound, QStringLiteral("OBP-50000: Unknown Error. No such endpoint in v3.1.0."));
    ObpCustomer *c = customer(bankId, rest.at(1));
    if (rest.size() == 2 && method == Method::Get) {
        const QStringList roles{QStringLiteral("CanGetCustomer")};
        if (!hasRole(user, bankId, roles))
            return missingRoles(roles);
        if (!c)
            return customerNotFound();
        return SandboxReply::json(StatusCode::Ok, withAttributes(*c));
    }
    if (rest.size() < 3)
        return obpError(StatusCode::NotFound, QStringLiteral("OBP-50000: Unknown Error. No such endpoint in v3.1.0."));
    return customerRoute(request, user, bankId, c, rest.mid(2));
}

SandboxReply ObpRoutes::customerRoute(const QHttpServerRequest &request, const User &user, const QString &bankId,
                                      ObpCustomer *c, const QStringList &rest)
{
    const Method method = request.method();
    const QString what = rest.first();
    // The role first, then the customer, as OBP's endpoints check them.
    const auto guard = [&](const QStringList &roles) -> std::optional<SandboxReply> {
        if (!roles.isEmpty() && !hasRole(user, bankId, roles))
            return missingRoles(roles);
        if (!c)
            return customerNotFound();
        return std::nullopt;
    };

    if (what == QLatin1String("address") && rest.size() == 1 && method == Method::Post) {
        if (auto refused = guard({QStringLiteral("CanCreateCustomerAddress")}))
            return *refused;
        const auto body = bodyObject(request);
        const auto r = body ? ObpAddressRequest::fromJson(*body) : std::nullopt;
        if (!r)
            return badJson(QStringLiteral("PostCustomerAddressJsonV310"));
        ObpAddress a;
        a.customerAddressId = newId();
        a.customerId = c->customerId;
        a.line1 = r->line1;
        a.line2 = r->line2;
        a.line3 = r->line3;
        a.city = r->city;
        a.county = r->county;
        a.state = r->state;
        a.postcode = r->postcode;
        a.countryCode = r->countryCode;
        a.tags = r->tags;
        a.status = r->status;
        a.insertDate = now();
        m_addresses.append(a);
        return SandboxReply::json(StatusCode::Created, a.toJson());
    }
    if (what == QLatin1String("addresses") && rest.size() == 1 && method == Method::Get) {
        if (auto refused = guard({QStringLiteral("CanGetCustomerAddress")}))
            return *refused;
        ObpAddressList list;
        for (const ObpAddress &a : m_addresses)
            if (a.customerId == c->customerId)
                list.addresses.append(a);
        return SandboxReply::json(StatusCode::Ok, list.toJson());
    }
    if (what == QLatin1String("addresses") && rest.size() == 2 && (method == Method::Put || method == Method::Delete)) {
        // Update checks CanCreateCustomer in OBP's code (the seed lists no role).
        const bool update = method == Method::Put;
        if (auto refused = guard({update ? QStringLiteral("CanCreateCustomer") : QStringLiteral("CanDeleteCustomerAddress")}))
            return *refused;
        auto it = std::find_if(m_addresses.begin(), m_addresses.end(), [&](const ObpAddress &a) {
            return a.customerAddressId == rest.at(1) && a.customerId == c->customerId;
        });
        if (it == m_addresses.end())
            return obpError(StatusCode::NotFound,
                            QStringLiteral("OBP-50000: Unknown Error. No address with this CUSTOMER_ADDRESS_ID."));
        if (!update) {
            m_addresses.erase(it);
            return deleted();
        }
        const auto body = bodyObject(request);
        const auto r = body ? ObpAddressRequest::fromJson(*body) : std::nullopt;
        if (!r)
            return badJson(QStringLiteral("PostCustomerAddressJsonV310"));
        it->line1 = r->line1;
        it->line2 = r->line2;
        it->line3 = r->line3;
        it->city = r->city;
        it->county = r->county;
        it->state = r->state;
        it->postcode = r->postcode;
        it->countryCode = r->countryCode;
        it->tags = r->tags;
        it->status = r->status;
        return SandboxReply::json(StatusCode::Ok, it->toJson());
    }
    if (what == QLatin1String("tax-residence") && rest.size() == 1 && method == Method::Post) {
        if (auto refused = guard({QStringLiteral("CanCreateTaxResidence")}))
            return *refused;
        const auto body = bodyObject(request);
        const auto r = body ? ObpTaxResidenceRequest::fromJson(*body) : std::nullopt;
        if (!r)
            return badJson(QStringLiteral("PostTaxResidenceJsonV310"));
        const ObpTaxResidence created{r->domain, r->taxNumber, newId()};
        m_taxResidences.append({c->customerId, created.toJson()});
        return SandboxReply::json(StatusCode::Created, created.toJson());
    }
    if (what == QLatin1String("tax-residences") && rest.size() == 1 && method == Method::Get) {
        if (auto refused = guard({}))
            return *refused;
        ObpTaxResidenceList list;
        for (const Stored &s : m_taxResidences)
            if (s.customerId == c->customerId)
                list.taxResidences.append(*ObpTaxResidence::fromJson(s.record));
        return SandboxReply::json(StatusCode::Ok, list.toJson());
    }
    if (what == QLatin1String("tax_residencies") && rest.size() == 2 && method == Method::Delete) {
        if (auto refused = guard({}))
            return *refused;
        const auto it = std::find_if(m_taxResidences.begin(), m_taxResidences.end(), [&](const Stored &s) {
            return s.customerId == c->customerId
                   && s.record.value(QStringLiteral("tax_residence_id")).toString() == rest.at(1);
        });
        if (it == m_taxResidences.end())
            return obpError(StatusCode::NotFound,
                            QStringLiteral("OBP-50000: Unknown Error. No tax residence with this TAX_RESIDENCE_ID."));
        m_taxResidences.erase(it);
        return deleted();
    }
    if (what == QLatin1String("social_media_handles") && rest.size() == 1 && method == Method::Post) {
        if (auto refused = guard({QStringLiteral("CanAddSocialMediaHandle")}))
            return *refused;
        const auto body = bodyObject(request);
        static const QStringList members{QStringLiteral("customer_number"), QStringLiteral("type"),
                                         QStringLiteral("handle"), QStringLiteral("date_added"),
                                         QStringLiteral("date_activated")};
        const bool complete = body && std::all_of(members.cbegin(), members.cend(),
                                                  [&body](const QString &m) { return body->contains(m); });
        if (!complete)
            return badJson(QStringLiteral("SocialMediaJSON"));
        m_socialMediaHandles.append({c->customerId, ObpSocialMediaHandle::fromJson(*body)->toJson()});
        return SandboxReply::json(StatusCode::Created, ObpSuccess{QStringLiteral("Success")}.toJson());
    }
    if (what == QLatin1String("social_media_handles") && rest.size() == 1 && method == Method::Get) {
        if (auto refused = guard({QStringLiteral("CanGetSocialMediaHandles")}))
            return *refused;
        ObpSocialMediaHandleList list;
        for (const Stored &s : m_socialMediaHandles)
            if (s.customerId == c->customerId)
                list.checks.append(*ObpSocialMediaHandle::fromJson(s.record));
        return SandboxReply::json(StatusCode::Ok, list.toJson());
    }
    const auto attribute = ObpCustomerUpdate::attributeForSegment(what);
    if (!attribute || rest.size() != 1 || method != Method::Put)
        return obpError(StatusCode::NotFound, QStringLiteral("OBP-50000: Unknown Error. No such endpoint in v3.1.0."));
    if (auto refused = guard(rolesFor(*attribute)))
        return *refused;
    const auto body = bodyObject(request);
    const QStringList required = ObpCustomerUpdate::requiredMembers(*attribute);
    if (!body || !std::all_of(required.cbegin(), required.cend(), [&body](const QString &m) { return body->contains(m); }))
        return badJson(bodyName(*attribute));
    const QJsonObject &b = *body;
    const auto text = [&b](const char *key) { return b.value(QString::fromLatin1(key)).toString(); };
    using A = ObpCustomerUpdate::Attribute;
    switch (*attribute) {
    case A::Branch: c->branchId = text("branch_id"); break;
    case A::CreditLimit: {
        const QJsonObject limit = b.value(QStringLiteral("credit_limit")).toObject();
        c->creditLimitCurrency = limit.value(QStringLiteral("currency")).toString();
        c->creditLimitAmount = limit.value(QStringLiteral("amount")).toString();
        break;
    }
    case A::CreditRatingAndSource:
        c->creditRating = text("credit_rating");
        c->creditSource = text("credit_source");
        break;
    case A::Email: c->email = text("email"); break;
    case A::Identity:
        c->legalName = text("legal_name");
        c->dateOfBirth = text("date_of_birth");
        c->title = text("title");
        c->nameSuffix = text("name_suffix");
        break;
    case A::MobileNumber: c->mobilePhoneNumber = text("mobile_phone_number"); break;
    case A::Number: {
        const QString number = text("customer_number");
        if (customerByNumber(bankId, number))
            return obpError(StatusCode::BadRequest,
                            QStringLiteral("OBP-30006: Customer Number already exists. Please specify a different "
                                           "value for BANK_ID or CUSTOMER_NUMBER."));
        c->customerNumber = number;
        break;
    }
    case A::OtherData: {
        const QJsonObject face = b.value(QStringLiteral("face_image")).toObject();
        c->faceImageUrl = face.value(QStringLiteral("url")).toString();
        c->faceImageDate = face.value(QStringLiteral("date")).toString();
        c->relationshipStatus = text("relationship_status");
        c->dependants = b.value(QStringLiteral("dependants")).toInt();
        c->highestEducationAttained = text("highest_education_attained");
        c->employmentStatus = text("employment_status");
        break;
    }
    }
    return SandboxReply::json(StatusCode::Ok, c->toJson());
}
