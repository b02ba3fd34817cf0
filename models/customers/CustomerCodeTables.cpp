#include "CustomerCodeTables.h"

QList<BankCode> CustomerCodeTables::clientTypes()
{
    return {{QStringLiteral("N"), tr("Natural person")}, {QStringLiteral("J"), tr("Legal entity")}};
}

QList<BankCode> CustomerCodeTables::genders()
{
    return {{QStringLiteral("M"), tr("Male")}, {QStringLiteral("F"), tr("Female")}, {QStringLiteral("O"), tr("Other")}};
}

QList<BankCode> CustomerCodeTables::maritalStatuses()
{
    // The seed's own description, as the bank writes it (maritalDesc).
    return {{QStringLiteral("S"), QStringLiteral("Soltero")}};
}

QList<BankCode> CustomerCodeTables::phoneTypes()
{
    return {{QStringLiteral("T"), tr("Landline")}, {QStringLiteral("C"), tr("Cellphone")}};
}

QList<BankCode> CustomerCodeTables::originOfResources()
{
    return {{QStringLiteral("01"), tr("Origin 01")}, {originNeedingDetail(), tr("Origin 10 (other: give the detail)")}};
}

QList<BankCode> CustomerCodeTables::resourceManagement()
{
    return {{QStringLiteral("N"), tr("No")}, {QStringLiteral("S"), tr("Yes")}};
}

QList<BankCode> CustomerCodeTables::occupations()
{
    return {{QStringLiteral("01"), QStringLiteral("EMPLEADO")}};
}

QList<BankCode> CustomerCodeTables::yesNo()
{
    return {{QStringLiteral("N"), tr("No")}, {QStringLiteral("S"), tr("Yes")}};
}

QList<BankCode> CustomerCodeTables::savingsPeriods()
{
    return {{QStringLiteral("Q"), tr("Fortnightly")}};
}

QList<BankCode> CustomerCodeTables::statementPeriods()
{
    return {{QStringLiteral("M"), tr("Monthly")}};
}

QList<BankCode> CustomerCodeTables::officeAddressTypes()
{
    return {{QStringLiteral("P"), tr("Principal")}};
}

QList<BankCode> CustomerCodeTables::countries()
{
    return {{QStringLiteral("CO"), tr("Colombia")}};
}

QString CustomerCodeTables::describe(const QList<BankCode> &table, const QString &code)
{
    for (const BankCode &entry : table) {
        if (entry.code == code)
            return entry.description;
    }
    return {};
}

QList<CustomerCreateRule> CustomerCodeTables::createRules()
{
    // Descriptions exactly as the seed's error table writes them.
    return {
        {QStringLiteral("50503"), QStringLiteral("personName.firstName"),
         QStringLiteral("EL PRIMER NOMBRE CONTIENE CARACTERES INVALIDOS")},
        {QStringLiteral("50504"), QStringLiteral("personName.middleName"),
         QStringLiteral("EL SEGUNDO NOMBRE CONTIENE CARACTERES INVALIDOS")},
        {QStringLiteral("50505"), QStringLiteral("personName.lastName"),
         QStringLiteral("EL PRIMER APELLIDO CONTIENE CARACTERES INVALIDOS")},
        {QStringLiteral("50506"), QStringLiteral("personName.secondLastName"),
         QStringLiteral("EL SEGUNDO APELLIDO CONTIENE CARACTERES INVALIDOS")},
        {QStringLiteral("50518"), QStringLiteral("contactInfo.phoneNum.phone"),
         QStringLiteral("EL CAMPO TELEFONO NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50529"), QStringLiteral("contactInfo.additionalPhoneNum.phone"),
         QStringLiteral("EL CAMPO TELEFONO ADICIONAL 1 NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50530"), QStringLiteral("entprAgreement.additionalPhoneNum.phone"),
         QStringLiteral("EL CAMPO TELEFONO ADICIONAL 2 NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50535"), QStringLiteral("contactInfo.phoneNumResidence.phone"),
         QStringLiteral("EL CAMPO CELULAR 1 NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50536"), QStringLiteral("contactInfo.additionalPhoneNumResidence.phone"),
         QStringLiteral("EL CAMPO CELULAR 2 NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50538"), QStringLiteral("entprAgreement.phoneNum.phone"),
         QStringLiteral("EL CAMPO TELEFONO REFERENCIA COMERCIAL NO CORRESPONDE A UN NUMERO VALIDO")},
        {QStringLiteral("50542"), QStringLiteral("personInfo.otherIncome.name"),
         QStringLiteral("EL CAMPO DE OTROS INGRESOS DEBE TENER RELACIONADO UN DETALLE DE OTROS INGRESOS")},
        {QStringLiteral("50543"), QStringLiteral("businessOcupation.ocupationCode"),
         QStringLiteral("EL CAMPO OCUPACION DEBE TENER UN VALOR RELACIONADO EN EL CAMPO DE EMPRESA Y CARGO")},
        {QStringLiteral("50545"), QStringLiteral("govIssueIdent.identSerialNum"),
         QStringLiteral("EL DIGITO DE VERIFICACION ESTA ERRADO")},
        {QStringLiteral("50554"), QStringLiteral("personInfo.originResourcesDetail"),
         QStringLiteral("SI EL ORIGEN DE RECURSOS ES 10 DEBE LLEVAR DETALLE")},
        {QStringLiteral("50555"), QStringLiteral("govIssueIdent.identSerialNum"),
         QStringLiteral("EL NUMERO DE INDENTIFICACION DEBE SER NUMERICO")},
        {QStringLiteral("50609"), QStringLiteral("govIssueIdent.identSerialNum"),
         QStringLiteral("EL TAMANIO DEL NIT NO ES EL CORRECTO")},
    };
}

const CustomerCreateRule *CustomerCodeTables::ruleForBankCode(const QString &code)
{
    static const QList<CustomerCreateRule> rules = createRules();
    for (const CustomerCreateRule &rule : rules) {
        if (rule.code == code)
            return &rule;
    }
    return nullptr;
}
