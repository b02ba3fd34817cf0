#pragma once

#include "CustomerCreateRequest.h"

// A complete, valid request modelled on the seed's example (its names without
// the underscore, real dates, plausible Colombian phones), shared by the
// model, training-server and form suites.
inline CustomerCreateRequest validCreateRequest(const QString &identSerialNum = QStringLiteral("1034567890"))
{
    CustomerCreateRequest r;
    const auto set = [&r](const char *path, const QString &value) { r.setValue(QString::fromLatin1(path), value); };
    set("govIssueIdent.govIssueIdentType", QStringLiteral("CC"));
    set("govIssueIdent.identSerialNum", identSerialNum);
    set("clientType.value", QStringLiteral("N"));
    set("personName.lastName", QStringLiteral("DE FRANCISCO"));
    set("personName.secondLastName", QStringLiteral("LÓPEZ"));
    set("personName.firstName", QStringLiteral("CARLOS"));
    set("personName.middleName", QStringLiteral("MARIO"));
    set("personInfo.govIssueIdent.expCityId", QStringLiteral("05001"));
    set("personInfo.govIssueIdent.expDt", QStringLiteral("2008-06-01"));
    set("personInfo.birthDt", QStringLiteral("1990-05-14"));
    set("personInfo.gender", QStringLiteral("M"));
    set("personInfo.maritalStatus", QStringLiteral("S"));
    set("personInfo.maritalDesc", QStringLiteral("Soltero"));
    set("personInfo.contactInfo.emailAddr", QStringLiteral("correo@gmail.com"));
    set("personInfo.clientType.name", QStringLiteral("11"));
    set("personInfo.income.incomeAmt", QStringLiteral("2500000"));
    set("personInfo.otherIncome.amt", QStringLiteral("300000"));
    set("personInfo.otherIncome.name", QStringLiteral("Arriendos"));
    set("personInfo.expense.amt", QStringLiteral("1200000"));
    set("personInfo.finalcialAssets.amt", QStringLiteral("45000000"));
    set("personInfo.financialLiabilities.amt", QStringLiteral("5000000"));
    set("personInfo.originResources", QStringLiteral("01"));
    set("personInfo.adminResources", QStringLiteral("N"));
    set("contactInfo.phoneNum.phoneType", QStringLiteral("T"));
    set("contactInfo.phoneNum.phone", QStringLiteral("2767888"));
    set("contactInfo.additionalPhoneNum.phoneType", QStringLiteral("C"));
    set("contactInfo.additionalPhoneNum.phone", QStringLiteral("3105556755"));
    set("contactInfo.postAddr.addr1", QStringLiteral("CL 10 43 25"));
    set("contactInfo.postAddr.city", QStringLiteral("Medellin"));
    set("contactInfo.postAddr.cityId", QStringLiteral("05001"));
    set("contactInfo.phoneNumResidence.phoneType", QStringLiteral("C"));
    set("contactInfo.phoneNumResidence.phone", QStringLiteral("3105556755"));
    set("contactInfo.additionalPhoneNumResidence.phoneType", QStringLiteral("T"));
    set("contactInfo.additionalPhoneNumResidence.phone", QStringLiteral("6042767888"));
    set("naturalPerson.countryInfo", QStringLiteral("CO"));
    set("naturalPerson.cityId", QStringLiteral("05001"));
    set("naturalPerson.city", QStringLiteral("Medellin"));
    set("entpr.govIssueIdent.govIssueIdentType", QStringLiteral("NI"));
    set("entpr.govIssueIdent.identSerialNum", QStringLiteral("9001234568"));
    set("entprAgreement.entprDesc", QStringLiteral("Pagatodo"));
    set("entprAgreement.postAddr.addr1", QStringLiteral("KR 43A 1 50"));
    set("entprAgreement.phoneNum.phoneType", QStringLiteral("T"));
    set("entprAgreement.phoneNum.phone", QStringLiteral("2767888"));
    set("entprAgreement.additionalPhoneNum.phoneType", QStringLiteral("C"));
    set("entprAgreement.additionalPhoneNum.phone", QStringLiteral("3105556755"));
    set("entprAgreement.branchId", QStringLiteral("079"));
    set("entprAgreement.cityId", QStringLiteral("0112"));
    set("entprAgreement.entprId", QStringLiteral("056"));
    set("businessActivity.businessType", QStringLiteral("1130"));
    set("businessActivity.certCode", QStringLiteral("54"));
    set("businessActivity.desc", QStringLiteral("54"));
    set("businessOcupation.ocupationCode", QStringLiteral("01"));
    set("businessOcupation.desc", QStringLiteral("EMPLEADO"));
    set("businessProfession.certCode", QStringLiteral("19"));
    set("businessProfession.desc", QStringLiteral("OFICINISTAS"));
    set("businessProfessionGeneral.certCode", QStringLiteral("019"));
    set("businessProfessionSpecific.certCode", QStringLiteral("0010"));
    set("pocketInfo.pocketType", QStringLiteral("S"));
    set("pocketInfo.pocketPeriod.periodCode", QStringLiteral("Q"));
    set("pocketInfo.dayofDebitMonthly", QStringLiteral("02"));
    set("pocketInfo.dayofDebitWeekly", QStringLiteral("03"));
    set("pocketInfo.curAmt.amt", QStringLiteral("50000"));
    set("product.gmf", QStringLiteral("N"));
    set("product.productId.ledgerCode", QStringLiteral("24"));
    set("product.productId.subLedgerCode", QStringLiteral("29"));
    set("product.productId.groupCode", QStringLiteral("85"));
    set("product.productType", QStringLiteral("500"));
    set("product.handlingFee", QStringLiteral("500"));
    set("product.sourceRetention", QStringLiteral("N"));
    set("product.extractPeriodicity", QStringLiteral("M"));
    set("product.administrationOffice.branchId", QStringLiteral("1102"));
    set("product.submitOffice.branchId", QStringLiteral("112"));
    set("product.branchAddrType", QStringLiteral("P"));
    set("product.managementCondition", QStringLiteral("100"));
    set("product.adviserId", QStringLiteral("100"));
    set("adviser.adviserId", QStringLiteral("A1B2ADIG"));
    return r;
}
