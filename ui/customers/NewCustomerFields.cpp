// The New customer form's field specification (see NewCustomerFields.h).
// Strings keep the translation context NewCustomerForm.

#include "NewCustomerFields.h"

#include "DisplayFormat.h"
#include "IdentificationType.h"
#include "NewCustomerForm.h"

#include <QDate>

namespace {

QList<BankCode> identificationCodes()
{
    QList<BankCode> codes;
    for (IdentificationType type : IdentificationTypes::all())
        codes.append({IdentificationTypes::code(type), IdentificationTypes::description(type)});
    return codes;
}

} // namespace

namespace NewCustomerFields {

QString typedDateToBank(const QString &typed)
{
    const QString text = typed.trimmed();
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return text;
}

QString bankDateToTyped(const QString &value)
{
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() && value.size() == 10 ? DisplayFormat::date(date) : value;
}

Spec specFor(const QString &path)
{
    const auto pick = [](const QList<BankCode> &codes) { return Spec{Kind::Pick, codes, {}, 0}; };
    const auto code = [](const QList<BankCode> &codes) { return Spec{Kind::Code, codes, {}, 0}; };
    const auto text = [](const QString &placeholder, int max) { return Spec{Kind::Text, {}, placeholder, max}; };
    const QString dane = NewCustomerForm::tr("DANE code, e.g. 05001");
    const QString date = NewCustomerForm::tr("DD/MM/YYYY");
    const QString amount = NewCustomerForm::tr("COP, digits only, e.g. 2500000");
    if (path.endsWith(QLatin1String("govIssueIdentType")))
        return pick(identificationCodes());
    if (path.endsWith(QLatin1String(".phoneType")))
        return pick(CustomerCodeTables::phoneTypes());
    if (path.endsWith(QLatin1String(".phone")))
        return text(NewCustomerForm::tr("e.g. 3105556755"), 10);
    if (path == QLatin1String("clientType.value"))
        return pick(CustomerCodeTables::clientTypes());
    if (path == QLatin1String("personInfo.gender"))
        return pick(CustomerCodeTables::genders());
    if (path == QLatin1String("personInfo.maritalStatus"))
        return code(CustomerCodeTables::maritalStatuses());
    if (path == QLatin1String("personInfo.originResources"))
        return code(CustomerCodeTables::originOfResources());
    if (path == QLatin1String("personInfo.adminResources"))
        return pick(CustomerCodeTables::resourceManagement());
    if (path == QLatin1String("businessOcupation.ocupationCode"))
        return code(CustomerCodeTables::occupations());
    if (path == QLatin1String("pocketInfo.pocketType") || path == QLatin1String("product.gmf")
        || path == QLatin1String("product.sourceRetention"))
        return pick(CustomerCodeTables::yesNo());
    if (path == QLatin1String("pocketInfo.pocketPeriod.periodCode"))
        return code(CustomerCodeTables::savingsPeriods());
    if (path == QLatin1String("product.extractPeriodicity"))
        return code(CustomerCodeTables::statementPeriods());
    if (path == QLatin1String("product.branchAddrType"))
        return code(CustomerCodeTables::officeAddressTypes());
    if (path == QLatin1String("naturalPerson.countryInfo"))
        return code(CustomerCodeTables::countries());
    if (path.endsWith(QLatin1String("Dt")))
        return Spec{Kind::Date, {}, date, 10};
    if (path.endsWith(QLatin1String("cityId")) || path.endsWith(QLatin1String("expCityId")))
        return text(dane, 5);
    if (path.endsWith(QLatin1String(".amt")) || path.endsWith(QLatin1String("incomeAmt")))
        return text(amount, 18);
    if (path.endsWith(QLatin1String("identSerialNum")))
        return text(NewCustomerForm::tr("digits, e.g. 1034567890 (a NIT with its check digit: 900123456-8)"), 24);
    return text({}, 60);
}

QString objectNameFor(const QString &path)
{
    QString name = path;
    return name.replace(QLatin1Char('.'), QLatin1Char('_'));
}

QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace NewCustomerFields
