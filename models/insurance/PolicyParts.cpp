#include "PolicyParts.h"

#include "BankJson.h"
#include "PolicyCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicyParts)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}

int integer(const QJsonObject &json, const QString &key)
{
    return int(PolicyJson::number(json, key));
}

std::optional<QDate> optionalDate(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = BankJson::member(json, key);
    if (value.isUndefined())
        return std::nullopt;
    return BankJson::date(BankJson::text(value));
}

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}
} // namespace

namespace PolicyJson {

QJsonValue code(const QString &value, NumberStyle style)
{
    if (style == NumberStyle::Text)
        return value;
    bool ok = false;
    const qint64 whole = value.toLongLong(&ok);
    if (ok)
        return QJsonValue(whole);
    const double d = value.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(value);
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

std::optional<QString> optionalText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = BankJson::member(object, key);
    if (value.isUndefined())
        return std::nullopt;
    return BankJson::text(value);
}

QJsonArray array(const QJsonObject &object, const QString &key)
{
    return BankJson::member(object, key).toArray();
}

double number(const QJsonObject &object, const QString &key)
{
    return BankJson::number(BankJson::member(object, key)).value_or(0.0);
}

} // namespace PolicyJson

namespace PolicyDates {

QString dayMonthYear(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

bool isValidCardExpiry(const QString &expDt, const QDate &today)
{
    static const QRegularExpression shape(QStringLiteral("^(0[1-9]|1[0-2])/([0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(expDt.trimmed());
    if (!match.hasMatch())
        return false;
    const int month = match.captured(1).toInt();
    const int year = 2000 + match.captured(2).toInt();
    return year > today.year() || (year == today.year() && month >= today.month());
}

} // namespace PolicyDates

QJsonObject CoverageDetail::toJson() const
{
    QJsonObject json{{QStringLiteral("coverageId"), coverageId},
                     {QStringLiteral("validityPeriod"), validityPeriod},
                     {QStringLiteral("validityTime"), validityTime},
                     {QStringLiteral("amt"), amt},
                     {QStringLiteral("rate"), rate},
                     {QStringLiteral("ccAcctRec"),
                      QJsonObject{{QStringLiteral("brand"), deductibleBrand},
                                  {QStringLiteral("rate"), deductibleRate},
                                  {QStringLiteral("amt"), deductibleAmt}}},
                     {QStringLiteral("insuranPremiumValue"), insuranPremiumValue},
                     {QStringLiteral("desc"), desc}};
    if (role)
        json.insert(QStringLiteral("role"), *role);
    return json;
}

CoverageDetail CoverageDetail::fromJson(const QJsonObject &json)
{
    CoverageDetail d;
    d.coverageId = integer(json, QStringLiteral("coverageId"));
    if (!BankJson::member(json, QStringLiteral("role")).isUndefined())
        d.role = integer(json, QStringLiteral("role"));
    d.validityPeriod = integer(json, QStringLiteral("validityPeriod"));
    d.validityTime = integer(json, QStringLiteral("validityTime"));
    d.amt = PolicyJson::number(json, QStringLiteral("amt"));
    d.rate = PolicyJson::number(json, QStringLiteral("rate"));
    const QJsonObject deductible = BankJson::object(json, QStringLiteral("ccAcctRec"));
    d.deductibleBrand = integer(deductible, QStringLiteral("brand"));
    d.deductibleRate = PolicyJson::number(deductible, QStringLiteral("rate"));
    d.deductibleAmt = PolicyJson::number(deductible, QStringLiteral("amt"));
    d.insuranPremiumValue = PolicyJson::number(json, QStringLiteral("insuranPremiumValue"));
    d.desc = txt(json, QStringLiteral("desc"));
    return d;
}

QJsonArray coverageDetailsToJson(const QList<CoverageDetail> &details)
{
    QJsonArray array;
    for (const CoverageDetail &detail : details)
        array.append(detail.toJson());
    return array;
}

QList<CoverageDetail> coverageDetailsFromJson(const QJsonArray &array)
{
    QList<CoverageDetail> details;
    for (const QJsonValue &value : array)
        details.append(CoverageDetail::fromJson(value.toObject()));
    return details;
}

QJsonArray keyValuesToJson(const QList<KeyValue> &items)
{
    QJsonArray array;
    for (const KeyValue &item : items)
        array.append(QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("value"), item.value}});
    return array;
}

QList<KeyValue> keyValuesFromJson(const QJsonArray &array)
{
    QList<KeyValue> items;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        items.append({txt(o, QStringLiteral("key")), txt(o, QStringLiteral("value"))});
    }
    return items;
}

QJsonArray identVerifyEntitiesToJson(const QList<IdentVerifyEntity> &items)
{
    QJsonArray array;
    for (const IdentVerifyEntity &item : items) {
        array.append(QJsonObject{{QStringLiteral("idItem"), item.idItem},
                                 {QStringLiteral("rate"), item.rate},
                                 {QStringLiteral("order"), item.order}});
    }
    return array;
}

QList<IdentVerifyEntity> identVerifyEntitiesFromJson(const QJsonArray &array)
{
    QList<IdentVerifyEntity> items;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        items.append({qint64(PolicyJson::number(o, QStringLiteral("idItem"))), PolicyJson::number(o, QStringLiteral("rate")),
                      integer(o, QStringLiteral("order"))});
    }
    return items;
}

QJsonObject PhoneNumber::toJson(NumberStyle style) const
{
    return {{QStringLiteral("phoneType"), PolicyJson::code(phoneType, style)},
            {QStringLiteral("phoneAreaCode"), PolicyJson::code(phoneAreaCode, style)},
            {QStringLiteral("phone"), phone}};
}

PhoneNumber PhoneNumber::fromJson(const QJsonObject &json)
{
    return {txt(json, QStringLiteral("phoneType")), txt(json, QStringLiteral("phoneAreaCode")),
            txt(json, QStringLiteral("phone"))};
}

QJsonObject PostalAddress::toJson() const
{
    QJsonObject json{{QStringLiteral("addr1"), addr1}, {QStringLiteral("cityId"), cityId}};
    PolicyJson::putOptional(json, QStringLiteral("floor"), floor);
    PolicyJson::putOptional(json, QStringLiteral("stateProv"), stateProv);
    PolicyJson::putOptional(json, QStringLiteral("neighborhood"), neighborhood);
    PolicyJson::putOptional(json, QStringLiteral("postalCode"), postalCode);
    PolicyJson::putOptional(json, QStringLiteral("emailAddr"), emailAddr);
    if (hasPhones) {
        QJsonArray phones;
        for (const PhoneNumber &phone : phoneNum)
            phones.append(phone.toJson(NumberStyle::Text));
        json.insert(QStringLiteral("phoneNum"), phones);
    }
    return json;
}

PostalAddress PostalAddress::fromJson(const QJsonObject &json)
{
    PostalAddress a;
    a.addr1 = txt(json, QStringLiteral("addr1"));
    a.cityId = txt(json, QStringLiteral("cityId"));
    a.floor = PolicyJson::optionalText(json, QStringLiteral("floor"));
    a.stateProv = PolicyJson::optionalText(json, QStringLiteral("stateProv"));
    a.neighborhood = PolicyJson::optionalText(json, QStringLiteral("neighborhood"));
    a.postalCode = PolicyJson::optionalText(json, QStringLiteral("postalCode"));
    a.emailAddr = PolicyJson::optionalText(json, QStringLiteral("emailAddr"));
    a.hasPhones = !BankJson::member(json, QStringLiteral("phoneNum")).isUndefined();
    for (const QJsonValue &value : PolicyJson::array(json, QStringLiteral("phoneNum")))
        a.phoneNum.append(PhoneNumber::fromJson(value.toObject()));
    return a;
}

QJsonObject CardPayment::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), code},
                     {QStringLiteral("cardType"), cardType},
                     {QStringLiteral("acctId"), acctId},
                     {QStringLiteral("expDt"), expDt}};
    PolicyJson::putOptional(json, QStringLiteral("token"), token);
    if (dayofDebitMonthly)
        json.insert(QStringLiteral("dayofDebitMonthly"), *dayofDebitMonthly);
    PolicyJson::putOptional(json, QStringLiteral("pmtMethod"), pmtMethod);
    return json;
}

CardPayment CardPayment::fromJson(const QJsonObject &json)
{
    CardPayment c;
    c.code = txt(json, QStringLiteral("code"));
    c.cardType = txt(json, QStringLiteral("cardType"));
    c.acctId = txt(json, QStringLiteral("acctId"));
    c.expDt = txt(json, QStringLiteral("expDt"));
    c.token = PolicyJson::optionalText(json, QStringLiteral("token"));
    if (!BankJson::member(json, QStringLiteral("dayofDebitMonthly")).isUndefined())
        c.dayofDebitMonthly = integer(json, QStringLiteral("dayofDebitMonthly"));
    c.pmtMethod = PolicyJson::optionalText(json, QStringLiteral("pmtMethod"));
    return c;
}

FieldIssues CardPayment::validate(const QDate &today) const
{
    FieldIssues issues;
    if (code.isEmpty())
        issues.append({QStringLiteral("ccAcctRec.code"), Tr::tr("Choose the card's bank.")});
    if (cardType.isEmpty())
        issues.append({QStringLiteral("ccAcctRec.cardType"), Tr::tr("Choose the card type.")});
    const QString digits = QString(acctId).remove(QLatin1Char(' '));
    if (!isDigits(digits) || digits.size() < 12 || digits.size() > 19)
        issues.append({QStringLiteral("ccAcctRec.acctId"), Tr::tr("Enter the card number: 12 to 19 digits.")});
    if (!PolicyDates::isValidCardExpiry(expDt, today))
        issues.append({QStringLiteral("ccAcctRec.expDt"),
                       Tr::tr("Enter the expiry as MM/YY (for example 02/29); the card must not have expired.")});
    if (dayofDebitMonthly && (*dayofDebitMonthly < 1 || *dayofDebitMonthly > 31))
        issues.append({QStringLiteral("ccAcctRec.dayofDebitMonthly"), Tr::tr("The debit day is 1 to 31.")});
    return issues;
}

QJsonObject AccountPayment::toJson() const
{
    return {{QStringLiteral("bankId"), bankId},
            {QStringLiteral("acctType"), acctType},
            {QStringLiteral("acctId"), acctId},
            {QStringLiteral("dayofDebitMonthly"), dayofDebitMonthly},
            {QStringLiteral("pmtMethod"), pmtMethod}};
}

AccountPayment AccountPayment::fromJson(const QJsonObject &json)
{
    return {txt(json, QStringLiteral("bankId")), txt(json, QStringLiteral("acctType")), txt(json, QStringLiteral("acctId")),
            integer(json, QStringLiteral("dayofDebitMonthly")), txt(json, QStringLiteral("pmtMethod"))};
}

FieldIssues AccountPayment::validate() const
{
    FieldIssues issues;
    if (bankId.isEmpty())
        issues.append({QStringLiteral("depAcctId.bankId"), Tr::tr("Choose the account's bank.")});
    if (acctType.isEmpty())
        issues.append({QStringLiteral("depAcctId.acctType"), Tr::tr("Choose the account type.")});
    if (!isDigits(acctId) || acctId.size() > 20)
        issues.append({QStringLiteral("depAcctId.acctId"), Tr::tr("Enter the account number (digits only).")});
    if (dayofDebitMonthly < 1 || dayofDebitMonthly > 31)
        issues.append({QStringLiteral("depAcctId.dayofDebitMonthly"), Tr::tr("The debit day is 1 to 31.")});
    return issues;
}

QJsonObject Beneficiary::toJson() const
{
    QJsonObject json{{QStringLiteral("personType"), personType},
                     {QStringLiteral("govIssueIdentType"), govIssueIdentType},
                     {QStringLiteral("identSerialNum"), identSerialNum},
                     {QStringLiteral("lastName"), lastName},
                     {QStringLiteral("firstName"), firstName},
                     {QStringLiteral("fullName"), fullName},
                     {QStringLiteral("rate"), rate},
                     {QStringLiteral("relationshipType"), relationshipType}};
    PolicyJson::putOptional(json, QStringLiteral("secondLastName"), secondLastName);
    PolicyJson::putOptional(json, QStringLiteral("middleName"), middleName);
    PolicyJson::putOptional(json, QStringLiteral("thirdName"), thirdName);
    if (birthDt)
        json.insert(QStringLiteral("birthDt"), PolicyDates::iso(*birthDt));
    PolicyJson::putOptional(json, QStringLiteral("gender"), gender);
    return json;
}

Beneficiary Beneficiary::fromJson(const QJsonObject &json)
{
    Beneficiary b;
    b.personType = txt(json, QStringLiteral("personType"));
    b.govIssueIdentType = txt(json, QStringLiteral("govIssueIdentType"));
    b.identSerialNum = txt(json, QStringLiteral("identSerialNum"));
    b.lastName = txt(json, QStringLiteral("lastName"));
    b.secondLastName = PolicyJson::optionalText(json, QStringLiteral("secondLastName"));
    b.firstName = txt(json, QStringLiteral("firstName"));
    b.middleName = PolicyJson::optionalText(json, QStringLiteral("middleName"));
    b.thirdName = PolicyJson::optionalText(json, QStringLiteral("thirdName"));
    b.fullName = txt(json, QStringLiteral("fullName"));
    b.rate = txt(json, QStringLiteral("rate"));
    b.relationshipType = txt(json, QStringLiteral("relationshipType"));
    b.birthDt = optionalDate(json, QStringLiteral("birthDt"));
    b.gender = PolicyJson::optionalText(json, QStringLiteral("gender"));
    return b;
}

FieldIssues validateBeneficiaries(const QList<Beneficiary> &beneficiaries)
{
    FieldIssues issues;
    if (beneficiaries.isEmpty()) {
        issues.append({QStringLiteral("beneficiary"), Tr::tr("Add at least one beneficiary.")});
        return issues;
    }
    int total = 0;
    bool allWhole = true;
    for (qsizetype i = 0; i < beneficiaries.size(); ++i) {
        const Beneficiary &b = beneficiaries.at(i);
        const QString prefix = QStringLiteral("beneficiary[%1].").arg(i);
        if (!PolicyCodes::contains(PolicyCodes::identificationTypes(), b.govIssueIdentType))
            issues.append({prefix + QStringLiteral("govIssueIdentType"), Tr::tr("Choose the beneficiary's identification type.")});
        if (!isDigits(b.identSerialNum) || b.identSerialNum.size() > 15)
            issues.append({prefix + QStringLiteral("identSerialNum"),
                           Tr::tr("Enter the beneficiary's identification number (digits, up to 15).")});
        if (b.firstName.trimmed().isEmpty())
            issues.append({prefix + QStringLiteral("firstName"), Tr::tr("Enter the beneficiary's first name.")});
        if (b.lastName.trimmed().isEmpty())
            issues.append({prefix + QStringLiteral("lastName"), Tr::tr("Enter the beneficiary's last name.")});
        if (b.relationshipType.trimmed().isEmpty() || !isDigits(b.relationshipType))
            issues.append({prefix + QStringLiteral("relationshipType"), Tr::tr("Choose the relationship to the insured.")});
        bool ok = false;
        const int rate = b.rate.trimmed().toInt(&ok);
        if (!ok || rate < 1 || rate > 100) {
            allWhole = false;
            issues.append({prefix + QStringLiteral("rate"), Tr::tr("Enter a whole percentage from 1 to 100.")});
        } else {
            total += rate;
        }
    }
    if (allWhole && total != 100)
        issues.append({QStringLiteral("beneficiary.rate"),
                       Tr::tr("The beneficiaries' percentages add up to %1%; they must add up to 100%.").arg(total)});
    return issues;
}

QJsonObject IssuingPerson::toJson() const
{
    QJsonObject json{{QStringLiteral("personType"), personType},
                     {QStringLiteral("govIssueIdentType"), govIssueIdentType},
                     {QStringLiteral("identSerialNum"), identSerialNum},
                     {QStringLiteral("lastName"), lastName},
                     {QStringLiteral("firstName"), firstName},
                     {QStringLiteral("fullName"), fullName},
                     {QStringLiteral("birthDt"), PolicyDates::iso(birthDt)},
                     {QStringLiteral("gender"), gender},
                     {QStringLiteral("country"), country}};
    if (issDt)
        json.insert(QStringLiteral("issDt"), PolicyDates::iso(*issDt));
    PolicyJson::putOptional(json, QStringLiteral("secondLastName"), secondLastName);
    PolicyJson::putOptional(json, QStringLiteral("middleName"), middleName);
    PolicyJson::putOptional(json, QStringLiteral("thirdName"), thirdName);
    PolicyJson::putOptional(json, QStringLiteral("maritalStatus"), maritalStatus);
    QJsonArray addresses;
    for (const PostalAddress &address : postAddr)
        addresses.append(address.toJson());
    json.insert(QStringLiteral("contactInfo"), QJsonObject{{QStringLiteral("postAddr"), addresses}});
    if (!cards.isEmpty()) {
        QJsonArray array;
        for (const CardPayment &card : cards)
            array.append(card.toJson());
        json.insert(QStringLiteral("ccAcctRec"), array);
    }
    if (!accounts.isEmpty()) {
        QJsonArray array;
        for (const AccountPayment &account : accounts)
            array.append(account.toJson());
        json.insert(QStringLiteral("depAcctId"), array);
    }
    return json;
}

IssuingPerson IssuingPerson::fromJson(const QJsonObject &json)
{
    IssuingPerson p;
    p.personType = txt(json, QStringLiteral("personType"));
    p.govIssueIdentType = txt(json, QStringLiteral("govIssueIdentType"));
    p.identSerialNum = txt(json, QStringLiteral("identSerialNum"));
    p.issDt = optionalDate(json, QStringLiteral("issDt"));
    p.lastName = txt(json, QStringLiteral("lastName"));
    p.secondLastName = PolicyJson::optionalText(json, QStringLiteral("secondLastName"));
    p.firstName = txt(json, QStringLiteral("firstName"));
    p.middleName = PolicyJson::optionalText(json, QStringLiteral("middleName"));
    p.thirdName = PolicyJson::optionalText(json, QStringLiteral("thirdName"));
    p.fullName = txt(json, QStringLiteral("fullName"));
    p.birthDt = BankJson::date(txt(json, QStringLiteral("birthDt")));
    p.gender = txt(json, QStringLiteral("gender"));
    p.maritalStatus = PolicyJson::optionalText(json, QStringLiteral("maritalStatus"));
    p.country = txt(json, QStringLiteral("country"));
    const QJsonObject contact = BankJson::object(json, QStringLiteral("contactInfo"));
    for (const QJsonValue &value : PolicyJson::array(contact, QStringLiteral("postAddr")))
        p.postAddr.append(PostalAddress::fromJson(value.toObject()));
    for (const QJsonValue &value : PolicyJson::array(json, QStringLiteral("ccAcctRec")))
        p.cards.append(CardPayment::fromJson(value.toObject()));
    for (const QJsonValue &value : PolicyJson::array(json, QStringLiteral("depAcctId")))
        p.accounts.append(AccountPayment::fromJson(value.toObject()));
    return p;
}

void QuotePerson::writeTo(QJsonObject &insuranceInfo) const
{
    insuranceInfo.insert(QStringLiteral("personType"), personType);
    insuranceInfo.insert(QStringLiteral("govIssueIdent"),
                         QJsonObject{{QStringLiteral("govIssueIdentType"), PolicyJson::code(govIssueIdentType, NumberStyle::Number)},
                                     {QStringLiteral("identSerialNum"), identSerialNum}});
    QJsonObject name{{QStringLiteral("lastName"), lastName},
                     {QStringLiteral("secondLastName"), secondLastName},
                     {QStringLiteral("firstName"), firstName},
                     {QStringLiteral("middleName"), middleName},
                     {QStringLiteral("thirdName"), thirdName},
                     {QStringLiteral("fullName"), fullName},
                     {QStringLiteral("birthDt"), birthDateIso ? PolicyDates::iso(birthDt) : PolicyDates::dayMonthYear(birthDt)},
                     {QStringLiteral("gender"), PolicyJson::code(gender, NumberStyle::Number)}};
    if (issDt)
        name.insert(QStringLiteral("issDt"), PolicyDates::iso(*issDt));
    PolicyJson::putOptional(name, QStringLiteral("country"), country);
    PolicyJson::putOptional(name, QStringLiteral("maritalStatus"), maritalStatus);
    insuranceInfo.insert(QStringLiteral("personName"), name);
    QJsonArray phoneArray;
    for (const PhoneNumber &phone : phones)
        phoneArray.append(phone.toJson(NumberStyle::Number));
    insuranceInfo.insert(QStringLiteral("contactInfo"),
                         QJsonArray{QJsonObject{{QStringLiteral("emailAddr"), emailAddr}, {QStringLiteral("phoneNum"), phoneArray}}});
}

QuotePerson QuotePerson::readFrom(const QJsonObject &insuranceInfo)
{
    QuotePerson p;
    p.personType = integer(insuranceInfo, QStringLiteral("personType"));
    const QJsonObject ident = BankJson::object(insuranceInfo, QStringLiteral("govIssueIdent"));
    p.govIssueIdentType = txt(ident, QStringLiteral("govIssueIdentType"));
    p.identSerialNum = txt(ident, QStringLiteral("identSerialNum"));
    const QJsonObject name = BankJson::object(insuranceInfo, QStringLiteral("personName"));
    p.lastName = txt(name, QStringLiteral("lastName"));
    p.secondLastName = txt(name, QStringLiteral("secondLastName"));
    p.firstName = txt(name, QStringLiteral("firstName"));
    p.middleName = txt(name, QStringLiteral("middleName"));
    p.thirdName = txt(name, QStringLiteral("thirdName"));
    p.fullName = txt(name, QStringLiteral("fullName"));
    const QString birth = txt(name, QStringLiteral("birthDt"));
    p.birthDt = BankJson::date(birth);
    p.birthDateIso = birth.size() == 10 && birth.at(4) == QLatin1Char('-');
    p.issDt = optionalDate(name, QStringLiteral("issDt"));
    p.gender = txt(name, QStringLiteral("gender"));
    p.country = PolicyJson::optionalText(name, QStringLiteral("country"));
    p.maritalStatus = PolicyJson::optionalText(name, QStringLiteral("maritalStatus"));
    const QJsonArray contacts = PolicyJson::array(insuranceInfo, QStringLiteral("contactInfo"));
    if (!contacts.isEmpty()) {
        const QJsonObject contact = contacts.first().toObject();
        p.emailAddr = txt(contact, QStringLiteral("emailAddr"));
        for (const QJsonValue &value : PolicyJson::array(contact, QStringLiteral("phoneNum")))
            p.phones.append(PhoneNumber::fromJson(value.toObject()));
    }
    return p;
}

FieldIssues QuotePerson::validate() const
{
    FieldIssues issues;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!PolicyCodes::contains(PolicyCodes::personTypes(), QString::number(personType)))
        issues.append({QStringLiteral("personType"), Tr::tr("Choose the person type.")});
    if (!PolicyCodes::contains(PolicyCodes::identificationTypes(), govIssueIdentType))
        issues.append({QStringLiteral("govIssueIdentType"), Tr::tr("Choose the identification type.")});
    if (identSerialNum.trimmed().isEmpty() || identSerialNum.size() > 15
        || (govIssueIdentType != QLatin1String("5") && !isDigits(identSerialNum)))
        issues.append({QStringLiteral("identSerialNum"),
                       Tr::tr("Enter the identification number (digits, up to 15; passports may have letters).")});
    if (firstName.trimmed().isEmpty())
        issues.append({QStringLiteral("firstName"), Tr::tr("Enter the first name.")});
    if (lastName.trimmed().isEmpty())
        issues.append({QStringLiteral("lastName"), Tr::tr("Enter the last name.")});
    if (!birthDt.isValid() || birthDt > QDate::currentDate())
        issues.append({QStringLiteral("birthDt"), Tr::tr("Enter a birth date in the past.")});
    if (!PolicyCodes::contains(PolicyCodes::genders(), gender))
        issues.append({QStringLiteral("gender"), Tr::tr("Choose the gender.")});
    if (!email.match(emailAddr.trimmed()).hasMatch())
        issues.append({QStringLiteral("emailAddr"), Tr::tr("Enter an e-mail address such as name@example.com.")});
    if (phones.isEmpty())
        issues.append({QStringLiteral("phoneNum"), Tr::tr("Enter at least one phone number.")});
    for (const PhoneNumber &phone : phones) {
        if (!PolicyCodes::contains(PolicyCodes::phoneTypes(), phone.phoneType))
            issues.append({QStringLiteral("phoneType"), Tr::tr("Choose the phone type.")});
        if (!isDigits(phone.phoneAreaCode) || phone.phoneAreaCode.size() > 3)
            issues.append({QStringLiteral("phoneAreaCode"), Tr::tr("Enter the country code (1 to 3 digits, 57 for Colombia).")});
        if (!isDigits(phone.phone) || phone.phone.size() < 7 || phone.phone.size() > 15)
            issues.append({QStringLiteral("phone"), Tr::tr("Enter the phone number: 7 to 15 digits.")});
    }
    return issues;
}

void HomeRisk::writeTo(QJsonObject &insuranceInfo) const
{
    QJsonArray capital;
    for (const HomeCapitalization &c : capitalization) {
        capital.append(QJsonObject{{QStringLiteral("capitalizationAcctId"), c.capitalizationAcctId},
                                   {QStringLiteral("capitalizationAcctAm"), c.capitalizationAcctAm},
                                   {QStringLiteral("rate"), c.rate},
                                   {QStringLiteral("amt"), c.amt}});
    }
    insuranceInfo.insert(QStringLiteral("capitalization"), capital);
    QJsonArray addresses;
    for (const PostalAddress &address : riskAddresses)
        addresses.append(address.toJson());
    insuranceInfo.insert(QStringLiteral("riskInfo"),
                         QJsonObject{{QStringLiteral("postAddr"), addresses},
                                     {QStringLiteral("additionalData"),
                                      QJsonObject{{QStringLiteral("idItem"), idItem},
                                                  {QStringLiteral("areaType"), areaType},
                                                  {QStringLiteral("socialClass"), socialClass},
                                                  {QStringLiteral("useType"), useType},
                                                  {QStringLiteral("type"), type},
                                                  {QStringLiteral("year"), year},
                                                  {QStringLiteral("floor"), floor},
                                                  {QStringLiteral("desc"), desc},
                                                  {QStringLiteral("housingType"), housingType}}}});
}

HomeRisk HomeRisk::readFrom(const QJsonObject &insuranceInfo)
{
    HomeRisk r;
    for (const QJsonValue &value : PolicyJson::array(insuranceInfo, QStringLiteral("capitalization"))) {
        const QJsonObject o = value.toObject();
        r.capitalization.append({txt(o, QStringLiteral("capitalizationAcctId")), txt(o, QStringLiteral("capitalizationAcctAm")),
                                 PolicyJson::number(o, QStringLiteral("rate")), PolicyJson::number(o, QStringLiteral("amt"))});
    }
    const QJsonObject risk = BankJson::object(insuranceInfo, QStringLiteral("riskInfo"));
    for (const QJsonValue &value : PolicyJson::array(risk, QStringLiteral("postAddr")))
        r.riskAddresses.append(PostalAddress::fromJson(value.toObject()));
    const QJsonObject building = BankJson::object(risk, QStringLiteral("additionalData"));
    r.idItem = txt(building, QStringLiteral("idItem"));
    r.areaType = txt(building, QStringLiteral("areaType"));
    r.socialClass = txt(building, QStringLiteral("socialClass"));
    r.useType = txt(building, QStringLiteral("useType"));
    r.type = txt(building, QStringLiteral("type"));
    r.year = txt(building, QStringLiteral("year"));
    r.floor = txt(building, QStringLiteral("floor"));
    r.desc = txt(building, QStringLiteral("desc"));
    r.housingType = txt(building, QStringLiteral("housingType"));
    return r;
}

FieldIssues HomeRisk::validate() const
{
    FieldIssues issues;
    if (capitalization.isEmpty() || capitalization.first().amt <= 0)
        issues.append({QStringLiteral("capitalization.amt"), Tr::tr("Enter the insured capital of the home.")});
    if (riskAddresses.isEmpty() || riskAddresses.first().addr1.trimmed().isEmpty())
        issues.append({QStringLiteral("riskInfo.postAddr.addr1"), Tr::tr("Enter the address of the insured home.")});
    if (riskAddresses.isEmpty() || !isDigits(riskAddresses.first().cityId))
        issues.append({QStringLiteral("riskInfo.postAddr.cityId"), Tr::tr("Enter the city code of the insured home.")});
    if (!capitalization.isEmpty()) {
        const HomeCapitalization &c = capitalization.first();
        if (!isDigits(c.capitalizationAcctId))
            issues.append({QStringLiteral("capitalization.capitalizationAcctId"), Tr::tr("Enter the capitalization account code.")});
        if (!isDigits(c.capitalizationAcctAm))
            issues.append({QStringLiteral("capitalization.capitalizationAcctAm"), Tr::tr("Enter the capitalization amount code.")});
        if (c.rate <= 0 || c.rate > 100)
            issues.append({QStringLiteral("capitalization.rate"), Tr::tr("The insured percentage is 1 to 100.")});
    }
    if (!riskAddresses.isEmpty() && riskAddresses.first().stateProv && !isDigits(*riskAddresses.first().stateProv))
        issues.append({QStringLiteral("riskInfo.postAddr.stateProv"), Tr::tr("The department code is digits only.")});
    // The building codes: the document has no tables for them, only numeric codes.
    const std::pair<const QString *, const char *> codes[] = {
        {&areaType, "riskInfo.additionalData.areaType"},   {&socialClass, "riskInfo.additionalData.socialClass"},
        {&useType, "riskInfo.additionalData.useType"},     {&type, "riskInfo.additionalData.type"},
        {&housingType, "riskInfo.additionalData.housingType"}};
    for (const auto &[value, field] : codes) {
        if (!isDigits(*value))
            issues.append({QString::fromLatin1(field), Tr::tr("Enter the insurer's code (digits).")});
    }
    if (!isDigits(floor) || floor.toInt() < 1)
        issues.append({QStringLiteral("riskInfo.additionalData.floor"), Tr::tr("Enter the number of floors of the building.")});
    bool ok = false;
    const int built = year.toInt(&ok);
    if (!ok || built < 1800 || built > QDate::currentDate().year())
        issues.append({QStringLiteral("riskInfo.additionalData.year"), Tr::tr("Enter the year the building was built.")});
    return issues;
}
