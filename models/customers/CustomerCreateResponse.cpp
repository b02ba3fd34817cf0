#include "CustomerCreateResponse.h"

#include "BankJson.h"

std::optional<CustomerCreateResponse> CustomerCreateResponse::fromJson(const QJsonObject &json)
{
    const QJsonObject statement = BankJson::object(json, QStringLiteral("depAcctStmtRec"));
    const QJsonObject account = BankJson::object(statement, QStringLiteral("depAcctId"));
    CustomerCreateResponse response;
    response.acctId = BankJson::text(account, QStringLiteral("acctId"));
    if (response.acctId.isEmpty())
        return std::nullopt;
    response.refNumber = BankJson::text(account, QStringLiteral("refNumber"));
    response.gmf = BankJson::text(account, QStringLiteral("gmf"));
    response.gmfAccountNumber = BankJson::text(account, QStringLiteral("gmfAccountNumber"));
    response.gmfDesc = BankJson::text(account, QStringLiteral("gmfDesc"));
    const QJsonObject bank = BankJson::object(BankJson::object(statement, QStringLiteral("bankInfoGmf")),
                                              QStringLiteral("bankInfoGmf"));
    response.gmfBankName = BankJson::text(bank, QStringLiteral("name"));
    response.pocketType = BankJson::text(BankJson::object(json, QStringLiteral("pocketInfo")), QStringLiteral("pocketType"));
    return response;
}

QJsonObject CustomerCreateResponse::toJson() const
{
    return QJsonObject{
        {QStringLiteral("depAcctStmtRec"),
         QJsonObject{{QStringLiteral("depAcctId"),
                      QJsonObject{{QStringLiteral("refNumber"), refNumber},
                                  {QStringLiteral("acctId"), acctId},
                                  {QStringLiteral("gmf"), gmf},
                                  {QStringLiteral("gmfAccountNumber"), gmfAccountNumber},
                                  {QStringLiteral("gmfDesc"), gmfDesc}}},
                     {QStringLiteral("bankInfoGmf"),
                      QJsonObject{{QStringLiteral("bankInfoGmf"), QJsonObject{{QStringLiteral("name"), gmfBankName}}}}}}},
        {QStringLiteral("pocketInfo"), QJsonObject{{QStringLiteral("pocketType"), pocketType}}},
    };
}
