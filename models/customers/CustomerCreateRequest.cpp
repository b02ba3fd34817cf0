#include "CustomerCreateRequest.h"

#include "CustomerCodeTables.h"
#include "IdentificationType.h"
#include "NitCheckDigit.h"

#include <QHash>
#include <functional>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

const QString identTypePath = QStringLiteral("govIssueIdent.govIssueIdentType");
const QString identNumberPath = QStringLiteral("govIssueIdent.identSerialNum");
const QString companyTypePath = QStringLiteral("entpr.govIssueIdent.govIssueIdentType");
const QString companyNumberPath = QStringLiteral("entpr.govIssueIdent.identSerialNum");

// Values that only mean something next to another one: a phone type without
// its phone, the company's ID type without its number. They are left out of
// the body when the value they qualify is empty (the form preselects them).
const QHash<QString, QString> &qualifiers()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString &group :
             {QStringLiteral("contactInfo.phoneNum"), QStringLiteral("contactInfo.additionalPhoneNum"),
              QStringLiteral("contactInfo.phoneNumResidence"), QStringLiteral("contactInfo.additionalPhoneNumResidence"),
              QStringLiteral("entprAgreement.phoneNum"), QStringLiteral("entprAgreement.additionalPhoneNum")}) {
            m.insert(group + QStringLiteral(".phoneType"), group + QStringLiteral(".phone"));
        }
        m.insert(companyTypePath, companyNumberPath);
        return m;
    }();
    return map;
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

QString withRule(const QString &message, const QString &code)
{
    return CustomerCreateRequest::tr("%1 (bank rule %2)").arg(message, code);
}

} // namespace

const QStringList &CustomerCreateRequest::fieldPaths()
{
    static const QStringList paths = {
        identTypePath,
        identNumberPath,
        QStringLiteral("clientType.value"),
        QStringLiteral("personName.lastName"),
        QStringLiteral("personName.secondLastName"),
        QStringLiteral("personName.firstName"),
        QStringLiteral("personName.middleName"),
        QStringLiteral("personInfo.govIssueIdent.expCityId"),
        QStringLiteral("personInfo.govIssueIdent.expDt"),
        QStringLiteral("personInfo.birthDt"),
        QStringLiteral("personInfo.gender"),
        QStringLiteral("personInfo.maritalStatus"),
        QStringLiteral("personInfo.maritalDesc"),
        QStringLiteral("personInfo.contactInfo.emailAddr"),
        QStringLiteral("personInfo.clientType.name"),
        QStringLiteral("personInfo.income.incomeAmt"),
        QStringLiteral("personInfo.otherIncome.amt"),
        QStringLiteral("personInfo.otherIncome.name"),
        QStringLiteral("personInfo.expense.amt"),
        QStringLiteral("personInfo.finalcialAssets.amt"),
        QStringLiteral("personInfo.financialLiabilities.amt"),
        QStringLiteral("personInfo.originResources"),
        originResourcesDetailPath(),
        QStringLiteral("personInfo.adminResources"),
        QStringLiteral("contactInfo.phoneNum.phoneType"),
        QStringLiteral("contactInfo.phoneNum.phone"),
        QStringLiteral("contactInfo.additionalPhoneNum.phoneType"),
        QStringLiteral("contactInfo.additionalPhoneNum.phone"),
        QStringLiteral("contactInfo.postAddr.addr1"),
        QStringLiteral("contactInfo.postAddr.city"),
        QStringLiteral("contactInfo.postAddr.cityId"),
        QStringLiteral("contactInfo.phoneNumResidence.phoneType"),
        QStringLiteral("contactInfo.phoneNumResidence.phone"),
        QStringLiteral("contactInfo.additionalPhoneNumResidence.phoneType"),
        QStringLiteral("contactInfo.additionalPhoneNumResidence.phone"),
        QStringLiteral("naturalPerson.countryInfo"),
        QStringLiteral("naturalPerson.cityId"),
        QStringLiteral("naturalPerson.city"),
        companyTypePath,
        companyNumberPath,
        QStringLiteral("entprAgreement.entprDesc"),
        QStringLiteral("entprAgreement.postAddr.addr1"),
        QStringLiteral("entprAgreement.phoneNum.phoneType"),
        QStringLiteral("entprAgreement.phoneNum.phone"),
        QStringLiteral("entprAgreement.additionalPhoneNum.phoneType"),
        QStringLiteral("entprAgreement.additionalPhoneNum.phone"),
        QStringLiteral("entprAgreement.branchId"),
        QStringLiteral("entprAgreement.cityId"),
        QStringLiteral("entprAgreement.entprId"),
        QStringLiteral("businessActivity.businessType"),
        QStringLiteral("businessActivity.certCode"),
        QStringLiteral("businessActivity.desc"),
        QStringLiteral("businessOcupation.ocupationCode"),
        QStringLiteral("businessOcupation.desc"),
        QStringLiteral("businessProfession.certCode"),
        QStringLiteral("businessProfession.desc"),
        QStringLiteral("businessProfessionGeneral.certCode"),
        QStringLiteral("businessProfessionSpecific.certCode"),
        QStringLiteral("pocketInfo.pocketType"),
        QStringLiteral("pocketInfo.pocketPeriod.periodCode"),
        QStringLiteral("pocketInfo.dayofDebitMonthly"),
        QStringLiteral("pocketInfo.dayofDebitWeekly"),
        QStringLiteral("pocketInfo.curAmt.amt"),
        QStringLiteral("product.gmf"),
        QStringLiteral("product.productId.ledgerCode"),
        QStringLiteral("product.productId.subLedgerCode"),
        QStringLiteral("product.productId.groupCode"),
        QStringLiteral("product.productType"),
        QStringLiteral("product.handlingFee"),
        QStringLiteral("product.sourceRetention"),
        QStringLiteral("product.extractPeriodicity"),
        QStringLiteral("product.administrationOffice.branchId"),
        QStringLiteral("product.submitOffice.branchId"),
        QStringLiteral("product.branchAddrType"),
        QStringLiteral("product.managementCondition"),
        QStringLiteral("product.adviserId"),
        QStringLiteral("adviser.adviserId"),
    };
    return paths;
}

void CustomerCreateRequest::setValue(const QString &path, const QString &value)
{
    if (!fieldPaths().contains(path))
        return;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        m_values.remove(path);
    else
        m_values.insert(path, trimmed);
}

bool CustomerCreateRequest::isEmpty() const
{
    return m_values.isEmpty();
}

QString CustomerCreateRequest::fullName() const
{
    QStringList parts;
    for (const char *path : {"personName.firstName", "personName.middleName", "personName.lastName",
                             "personName.secondLastName"}) {
        const QString part = value(QString::fromLatin1(path));
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

QString CustomerCreateRequest::normalisedIdentSerialNum(const QString &type, const QString &number)
{
    QString result = number.trimmed();
    if (type.trimmed().toUpper() == QLatin1String("NI")) {
        result.remove(QLatin1Char('.'));
        result.remove(QLatin1Char('-'));
        result.remove(QLatin1Char(' '));
    }
    return result;
}

FieldIssues CustomerCreateRequest::validate(const QDate &today) const
{
    FieldIssues issues;
    const auto add = [&issues](const QString &path, const QString &message) {
        if (!hasIssueFor(issues, path))
            issues.append({path, message});
    };
    const auto v = [this](const char *path) { return value(QString::fromLatin1(path)); };
    const auto p = [](const char *path) { return QString::fromLatin1(path); };

    // --- Identification -------------------------------------------------
    const auto checkIdentification = [&](const QString &typePath, const QString &numberPath, bool required) {
        const QString typeCode = value(typePath);
        const QString number = value(numberPath);
        if (!required && number.isEmpty())
            return;
        const auto type = IdentificationTypes::fromCode(typeCode);
        if (typeCode.isEmpty())
            add(typePath, tr("Choose the identification type."));
        else if (!type)
            add(typePath, tr("Unknown identification type \"%1\".").arg(typeCode));
        if (number.isEmpty()) {
            add(numberPath, tr("Enter the identification number."));
            return;
        }
        if (number.contains(QLatin1Char(' '))) {
            add(numberPath, tr("The identification number must not contain spaces."));
            return;
        }
        if (number.size() > maxIdentSerialNumLength) {
            add(numberPath, tr("The identification number has at most %1 characters.").arg(maxIdentSerialNumLength));
            return;
        }
        if (type && IdentificationTypes::isNumeric(*type)) {
            if (!matches(QStringLiteral("^[0-9]+$"), number)) {
                add(numberPath, withRule(tr("For %1 the identification number has digits only.").arg(typeCode),
                                         QStringLiteral("50555")));
                return;
            }
        } else if (!matches(QStringLiteral("^[A-Za-z0-9]+$"), number)) {
            add(numberPath, tr("The identification number has letters and digits only."));
            return;
        }
        if (type == IdentificationType::NI) {
            if (number.size() != nitDigits + 1) {
                add(numberPath, withRule(tr("A NIT has %1 digits followed by its check digit (e.g. 900123456-8).")
                                             .arg(nitDigits),
                                         QStringLiteral("50609")));
            } else if (!NitCheckDigit::isValid(number)) {
                const auto expected = NitCheckDigit::compute(number.chopped(1));
                add(numberPath, withRule(tr("The NIT's check digit is wrong: for %1 it is %2.")
                                             .arg(number.chopped(1))
                                             .arg(expected.value_or(0)),
                                         QStringLiteral("50545")));
            }
        }
    };
    checkIdentification(identTypePath, identNumberPath, true);

    if (v("clientType.value").isEmpty())
        add(p("clientType.value"), tr("Choose the customer type."));
    else if (CustomerCodeTables::describe(CustomerCodeTables::clientTypes(), v("clientType.value")).isEmpty())
        add(p("clientType.value"), tr("The customer type is N (natural person) or J (legal entity)."));

    // --- Names -------------------------------------------------------------
    // Latin letters, accented ones and Ñ, single spaces between words.
    static const QString letter = QStringLiteral("[A-Za-z\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}\\x{00F8}-\\x{00FF}]");
    static const QString namePattern = QStringLiteral("^%1+( %1+)*$").arg(letter);
    struct NameRule { const char *path; bool required; const char *code; };
    const NameRule names[] = {{"personName.firstName", true, "50503"},
                              {"personName.middleName", false, "50504"},
                              {"personName.lastName", true, "50505"},
                              {"personName.secondLastName", false, "50506"}};
    for (const NameRule &rule : names) {
        const QString path = QString::fromLatin1(rule.path);
        const QString name = value(path);
        if (name.isEmpty()) {
            if (rule.required)
                add(path, path.endsWith(QLatin1String("firstName")) ? tr("Enter the first name.")
                                                                    : tr("Enter the first surname."));
        } else if (name.size() > maxNameLength) {
            add(path, tr("At most %1 characters.").arg(maxNameLength));
        } else if (!matches(namePattern, name)) {
            add(path, withRule(tr("Letters (Ñ and accents too) and single spaces only."),
                               QString::fromLatin1(rule.code)));
        }
    }

    // --- Personal information ------------------------------------------------
    static const QString daneCity = QStringLiteral("^[0-9]{5}$");
    const auto checkCity = [&](const QString &path, bool required) {
        const QString code = value(path);
        if (code.isEmpty()) {
            if (required)
                add(path, tr("Enter the city's DANE code (5 digits)."));
        } else if (!matches(daneCity, code)) {
            add(path, tr("A DANE city code has 5 digits, e.g. 05001 (Medellín)."));
        }
    };
    checkCity(p("personInfo.govIssueIdent.expCityId"), true);

    const auto checkDate = [&](const QString &path, const QString &missing) -> QDate {
        const QString text = value(path);
        if (text.isEmpty()) {
            add(path, missing);
            return {};
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10) {
            add(path, tr("Not a real date; check the day, month and year."));
            return {};
        }
        if (date > today) {
            add(path, tr("The date cannot be in the future."));
            return {};
        }
        if (date.year() < 1900) {
            add(path, tr("The date is too far in the past."));
            return {};
        }
        return date;
    };
    const QDate birth = checkDate(p("personInfo.birthDt"), tr("Enter the date of birth."));
    const QDate issued = checkDate(p("personInfo.govIssueIdent.expDt"), tr("Enter the document's issue date."));
    if (birth.isValid() && issued.isValid() && issued <= birth)
        add(p("personInfo.govIssueIdent.expDt"), tr("The issue date must be after the date of birth."));

    if (v("personInfo.gender").isEmpty())
        add(p("personInfo.gender"), tr("Choose the gender."));
    else if (CustomerCodeTables::describe(CustomerCodeTables::genders(), v("personInfo.gender")).isEmpty())
        add(p("personInfo.gender"), tr("The gender is M, F or O."));

    if (v("personInfo.maritalStatus").isEmpty())
        add(p("personInfo.maritalStatus"), tr("Choose the marital status."));
    else if (!matches(QStringLiteral("^[A-Za-z0-9]{1,2}$"), v("personInfo.maritalStatus")))
        add(p("personInfo.maritalStatus"), tr("A marital status code has 1 or 2 letters or digits."));
    if (v("personInfo.maritalDesc").size() > 30)
        add(p("personInfo.maritalDesc"), tr("At most %1 characters.").arg(30));

    const QString email = v("personInfo.contactInfo.emailAddr");
    if (!email.isEmpty()
        && (email.size() > 60 || !matches(QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"), email)))
        add(p("personInfo.contactInfo.emailAddr"), tr("Not a valid e-mail address (e.g. name@example.com)."));
    if (!v("personInfo.clientType.name").isEmpty()
        && !matches(QStringLiteral("^[0-9]{1,3}$"), v("personInfo.clientType.name")))
        add(p("personInfo.clientType.name"), tr("The customer class is a code of 1 to 3 digits."));

    // --- Financial information -----------------------------------------------
    static const QString amountPattern = QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,2})?$");
    const auto checkAmount = [&](const QString &path, bool required) {
        const QString amount = value(path);
        if (amount.isEmpty()) {
            if (required)
                add(path, tr("Enter the amount (0 when there is none)."));
        } else if (amount.startsWith(QLatin1Char('-'))) {
            add(path, tr("The amount cannot be negative."));
        } else if (!matches(amountPattern, amount)) {
            add(path, tr("Digits only, optionally with a decimal point and 2 decimals, e.g. 2500000."));
        }
    };
    checkAmount(p("personInfo.income.incomeAmt"), true);
    checkAmount(p("personInfo.otherIncome.amt"), false);
    checkAmount(p("personInfo.expense.amt"), true);
    checkAmount(p("personInfo.finalcialAssets.amt"), true);
    checkAmount(p("personInfo.financialLiabilities.amt"), true);
    const QString otherIncome = v("personInfo.otherIncome.amt");
    if (!otherIncome.isEmpty() && otherIncome.toDouble() > 0 && v("personInfo.otherIncome.name").isEmpty())
        add(p("personInfo.otherIncome.name"), withRule(tr("Say where the other income comes from."), QStringLiteral("50542")));
    if (v("personInfo.otherIncome.name").size() > 40)
        add(p("personInfo.otherIncome.name"), tr("At most %1 characters.").arg(40));

    const QString origin = v("personInfo.originResources");
    if (origin.isEmpty())
        add(p("personInfo.originResources"), tr("Choose the origin of the resources."));
    else if (!matches(QStringLiteral("^[0-9]{2}$"), origin))
        add(p("personInfo.originResources"), tr("The origin of resources is a 2-digit code."));
    if (origin == CustomerCodeTables::originNeedingDetail() && value(originResourcesDetailPath()).isEmpty())
        add(originResourcesDetailPath(), withRule(tr("Origin 10 needs a detail of where the resources come from."),
                                                  QStringLiteral("50554")));
    if (value(originResourcesDetailPath()).size() > 60)
        add(originResourcesDetailPath(), tr("At most %1 characters.").arg(60));
    if (v("personInfo.adminResources").isEmpty())
        add(p("personInfo.adminResources"), tr("Choose whether the customer manages resources."));
    else if (CustomerCodeTables::describe(CustomerCodeTables::resourceManagement(), v("personInfo.adminResources")).isEmpty())
        add(p("personInfo.adminResources"), tr("Resource management is S or N."));

    // --- Contact ---------------------------------------------------------------
    struct PhoneRule { const char *group; bool required; const char *code; };
    const PhoneRule phones[] = {{"contactInfo.phoneNum", true, "50518"},
                                {"contactInfo.additionalPhoneNum", false, "50529"},
                                {"contactInfo.phoneNumResidence", false, "50535"},
                                {"contactInfo.additionalPhoneNumResidence", false, "50536"},
                                {"entprAgreement.phoneNum", false, "50538"},
                                {"entprAgreement.additionalPhoneNum", false, "50530"}};
    for (const PhoneRule &rule : phones) {
        const QString group = QString::fromLatin1(rule.group);
        const QString phonePath = group + QStringLiteral(".phone");
        const QString phone = value(phonePath);
        const QString type = value(group + QStringLiteral(".phoneType"));
        if (phone.isEmpty()) {
            if (rule.required)
                add(phonePath, tr("Enter a phone number."));
            continue;
        }
        if (type.isEmpty()) {
            add(group + QStringLiteral(".phoneType"), tr("Choose the phone type."));
            continue;
        }
        // Colombia: mobiles have 10 digits starting with 3; landlines 7 digits
        // (local) or 10 starting with 60 (national dialling since 2021).
        const bool plausible = type == QLatin1String("C")
                                   ? matches(QStringLiteral("^3[0-9]{9}$"), phone)
                                   : matches(QStringLiteral("^([0-9]{7}|60[0-9]{8})$"), phone);
        if (!plausible) {
            add(phonePath, withRule(type == QLatin1String("C")
                                        ? tr("A Colombian cellphone has 10 digits and starts with 3.")
                                        : tr("A Colombian landline has 7 digits, or 10 starting with 60."),
                                    QString::fromLatin1(rule.code)));
        }
    }
    if (v("contactInfo.postAddr.addr1").isEmpty())
        add(p("contactInfo.postAddr.addr1"), tr("Enter the residence address."));
    else if (v("contactInfo.postAddr.addr1").size() > 60)
        add(p("contactInfo.postAddr.addr1"), tr("At most %1 characters.").arg(60));
    checkCity(p("contactInfo.postAddr.cityId"), true);
    if (v("contactInfo.postAddr.city").size() > 30)
        add(p("contactInfo.postAddr.city"), tr("At most %1 characters.").arg(30));

    if (v("naturalPerson.countryInfo").isEmpty())
        add(p("naturalPerson.countryInfo"), tr("Choose the country of birth."));
    else if (!matches(QStringLiteral("^[A-Z]{2}$"), v("naturalPerson.countryInfo")))
        add(p("naturalPerson.countryInfo"), tr("The country is a 2-letter ISO code, e.g. CO."));
    checkCity(p("naturalPerson.cityId"), false);

    // --- Employment ------------------------------------------------------------
    checkIdentification(companyTypePath, companyNumberPath, false);
    static const QString digitCode = QStringLiteral("^[0-9]{%1}$");
    const auto checkDigits = [&](const QString &path, const QString &pattern, const QString &message) {
        if (!value(path).isEmpty() && !matches(pattern, value(path)))
            add(path, message);
    };
    checkDigits(p("businessOcupation.ocupationCode"), digitCode.arg(2), tr("The occupation is a 2-digit code."));
    checkDigits(p("businessActivity.businessType"), QStringLiteral("^[0-9]{1,6}$"), tr("The position is a code of up to 6 digits."));
    checkDigits(p("businessActivity.certCode"), QStringLiteral("^[0-9]{1,6}$"), tr("The activity is a code of up to 6 digits."));
    checkDigits(p("businessProfession.certCode"), QStringLiteral("^[0-9]{1,3}$"), tr("The profession is a code of up to 3 digits."));
    checkDigits(p("businessProfessionGeneral.certCode"), digitCode.arg(3), tr("The general profession is a 3-digit code."));
    checkDigits(p("businessProfessionSpecific.certCode"), digitCode.arg(4), tr("The specific profession is a 4-digit code."));
    if (!v("businessOcupation.ocupationCode").isEmpty()) {
        if (v("entpr.govIssueIdent.identSerialNum").isEmpty())
            add(companyNumberPath, withRule(tr("With an occupation, enter the company's identification."), QStringLiteral("50543")));
        if (v("businessActivity.businessType").isEmpty())
            add(p("businessActivity.businessType"), withRule(tr("With an occupation, enter the position."), QStringLiteral("50543")));
    }

    // --- Payroll agreement -----------------------------------------------------
    checkDigits(p("entprAgreement.entprId"), QStringLiteral("^[0-9]{1,6}$"), tr("The agreement is a code of up to 6 digits."));
    checkDigits(p("entprAgreement.branchId"), QStringLiteral("^[0-9]{1,6}$"), tr("An office code has up to 6 digits."));
    checkDigits(p("entprAgreement.cityId"), QStringLiteral("^[0-9]{1,5}$"), tr("The city code has up to 5 digits."));
    if (!v("entprAgreement.entprId").isEmpty() && v("entprAgreement.entprDesc").isEmpty())
        add(p("entprAgreement.entprDesc"), tr("Enter the agreement's name."));

    // --- Savings pocket ----------------------------------------------------------
    const QString pocket = v("pocketInfo.pocketType");
    if (!pocket.isEmpty() && CustomerCodeTables::describe(CustomerCodeTables::yesNo(), pocket).isEmpty())
        add(p("pocketInfo.pocketType"), tr("The savings pocket is S or N."));
    checkAmount(p("pocketInfo.curAmt.amt"), pocket == QLatin1String("S"));
    if (pocket == QLatin1String("S") && v("pocketInfo.pocketPeriod.periodCode").isEmpty())
        add(p("pocketInfo.pocketPeriod.periodCode"), tr("Choose how often the pocket saves."));
    const auto checkDay = [&](const QString &path, int last) {
        const QString day = value(path);
        if (day.isEmpty())
            return;
        bool ok = false;
        const int number = day.toInt(&ok);
        if (!ok || day.size() != 2 || number < 1 || number > last)
            add(path, tr("A day from 01 to %1.").arg(last, 2, 10, QLatin1Char('0')));
    };
    checkDay(p("pocketInfo.dayofDebitMonthly"), 31);
    checkDay(p("pocketInfo.dayofDebitWeekly"), 7);

    // --- Product -------------------------------------------------------------------
    const auto requireCode = [&](const char *path, const QString &pattern, const QString &missing, const QString &wrong) {
        const QString text = v(path);
        if (text.isEmpty())
            add(p(path), missing);
        else if (!matches(pattern, text))
            add(p(path), wrong);
    };
    requireCode("product.gmf", QStringLiteral("^[SN]$"), tr("Choose whether the account is marked GMF exempt (4x1000)."),
                tr("The GMF mark is S or N."));
    requireCode("product.productId.ledgerCode", digitCode.arg(2), tr("Enter the ledger code."), tr("A 2-digit code."));
    requireCode("product.productId.subLedgerCode", digitCode.arg(2), tr("Enter the subledger code."), tr("A 2-digit code."));
    requireCode("product.productId.groupCode", digitCode.arg(2), tr("Enter the group code."), tr("A 2-digit code."));
    requireCode("product.productType", QStringLiteral("^[0-9]{1,4}$"), tr("Enter the account type."), tr("A code of up to 4 digits."));
    checkDigits(p("product.handlingFee"), QStringLiteral("^[0-9]{1,4}$"), tr("A code of up to 4 digits."));
    checkDigits(p("product.sourceRetention"), QStringLiteral("^[SN]$"), tr("Source retention is S or N."));
    requireCode("product.extractPeriodicity", QStringLiteral("^[A-Z]$"), tr("Choose the statement period."),
                tr("The statement period is a one-letter code."));
    requireCode("product.administrationOffice.branchId", QStringLiteral("^[0-9]{1,6}$"),
                tr("Enter the administration office."), tr("An office code has up to 6 digits."));
    requireCode("product.submitOffice.branchId", QStringLiteral("^[0-9]{1,6}$"), tr("Enter the submitting office."),
                tr("An office code has up to 6 digits."));
    checkDigits(p("product.branchAddrType"), QStringLiteral("^[A-Z]$"), tr("The office address type is a one-letter code."));
    checkDigits(p("product.managementCondition"), QStringLiteral("^[0-9]{1,4}$"), tr("A code of up to 4 digits."));
    checkDigits(p("product.adviserId"), QStringLiteral("^[A-Za-z0-9]{1,10}$"), tr("Up to 10 letters and digits."));
    requireCode("adviser.adviserId", QStringLiteral("^[A-Za-z0-9]{1,10}$"), tr("Enter the adviser's user registration."),
                tr("Up to 10 letters and digits."));

    // Reported in the order of the body, so the first issue is the topmost field.
    FieldIssues ordered;
    for (const QString &path : fieldPaths()) {
        for (const FieldIssue &issue : issues) {
            if (issue.field == path)
                ordered.append(issue);
        }
    }
    return ordered;
}

QJsonObject CustomerCreateRequest::toJson() const
{
    // Built by inserting each leaf along its path: QJsonObject is a value
    // type, so each level is rebuilt on the way back up.
    std::function<void(QJsonObject &, const QStringList &, int, const QString &)> insert =
        [&insert](QJsonObject &object, const QStringList &keys, int index, const QString &leaf) {
            if (index == keys.size() - 1) {
                object.insert(keys.at(index), leaf);
                return;
            }
            QJsonObject child = object.value(keys.at(index)).toObject();
            insert(child, keys, index + 1, leaf);
            object.insert(keys.at(index), child);
        };
    QJsonObject body;
    for (const QString &path : fieldPaths()) {
        const QString leaf = value(path);
        if (leaf.isEmpty())
            continue;
        if (const auto qualified = qualifiers().constFind(path);
            qualified != qualifiers().constEnd() && value(*qualified).isEmpty())
            continue;
        insert(body, path.split(QLatin1Char('.')), 0, leaf);
    }
    return body;
}

CustomerCreateRequest CustomerCreateRequest::fromJson(const QJsonObject &body)
{
    CustomerCreateRequest request;
    for (const QString &path : fieldPaths()) {
        QJsonValue node = body;
        for (const QString &key : path.split(QLatin1Char('.')))
            node = node.toObject().value(key);
        if (node.isString())
            request.setValue(path, node.toString());
        else if (node.isDouble())
            request.setValue(path, QString::number(node.toDouble(), 'f', 0));
    }
    return request;
}

QJsonObject CustomerCreateRequest::toDraft() const
{
    QJsonObject draft;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        draft.insert(it.key(), it.value());
    return draft;
}

CustomerCreateRequest CustomerCreateRequest::fromDraft(const QJsonObject &draft)
{
    CustomerCreateRequest request;
    for (auto it = draft.constBegin(); it != draft.constEnd(); ++it)
        request.setValue(it.key(), it.value().toString());
    return request;
}
