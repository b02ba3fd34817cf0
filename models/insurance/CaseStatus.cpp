#include "CaseStatus.h"

#include "BankJson.h"
#include "PolicyCodes.h"
#include "PolicyParts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatus)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}

QJsonObject personInfo(const CaseStatusRequest &r)
{
    QJsonObject policy{{QStringLiteral("signature"), QJsonObject{{QStringLiteral("issDt"), PolicyDates::iso(r.issDt)}}},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("descriptionDesc"), r.descriptionDesc}};
    PolicyJson::putOptional(policy, QStringLiteral("pmtsPlanProdType"), r.pmtsPlanProdType);
    if (r.exclude)
        policy.insert(QStringLiteral("exclude"), *r.exclude ? QStringLiteral("true") : QStringLiteral("false"));
    PolicyJson::putOptional(policy, QStringLiteral("percentage"), r.percentage);
    QJsonObject person{{QStringLiteral("govIssueIdent"),
                        QJsonObject{{QStringLiteral("identSerialNum"), r.identSerialNum},
                                    {QStringLiteral("govIssueIdentType"), r.govIssueIdentType}}},
                       {QStringLiteral("policy"), policy}};
    PolicyJson::putOptional(person, QStringLiteral("personType"), r.personType);
    return person;
}
} // namespace

QJsonObject CaseStatusRequest::toUpdateJson() const
{
    QJsonArray coverageArray;
    for (const CoverageDecision &c : coverages) {
        coverageArray.append(QJsonObject{{QStringLiteral("exclude"), c.exclude},
                                         {QStringLiteral("percentage"), c.percentage},
                                         {QStringLiteral("coverageId"), c.coverageId}});
    }
    QJsonObject json{{QStringLiteral("request"),
                      QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("statusCode"), statusCode}}},
                     {QStringLiteral("depAcctStmtRec"),
                      QJsonObject{{QStringLiteral("depAcctId"), QJsonObject{{QStringLiteral("acctId"), acctId}}}}},
                     {QStringLiteral("personInfo"), personInfo(*this)},
                     {QStringLiteral("product"), QJsonObject{{QStringLiteral("productType"), productType}}},
                     {QStringLiteral("coverageInfo"), coverageArray},
                     {QStringLiteral("insuranceInfo"), QJsonObject{{QStringLiteral("coveredCode"), coveredCode}}}};
    PolicyJson::putOptional(json, QStringLiteral("sequenceProductRequested"), sequenceProductRequested);
    return json;
}

QJsonObject CaseStatusRequest::toSubmitJson() const
{
    QJsonObject covered{{QStringLiteral("coveredCode"), coveredCode}};
    if (!coverages.isEmpty()) {
        covered.insert(QStringLiteral("exclude"), coverages.first().exclude);
        covered.insert(QStringLiteral("insurancePremiumAmt"), coverages.first().percentage);
    }
    return {{QStringLiteral("request"),
             QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("statusCode"), statusCode}}},
            {QStringLiteral("depAcctStmtRec"),
             QJsonObject{{QStringLiteral("depAcctId"), QJsonObject{{QStringLiteral("acctId"), acctId}}}}},
            {QStringLiteral("personInfo"), personInfo(*this)},
            {QStringLiteral("product"), QJsonObject{{QStringLiteral("productType"), productType}}},
            {QStringLiteral("covered"), covered}};
}

CaseStatusRequest CaseStatusRequest::fromJson(const QJsonObject &json)
{
    CaseStatusRequest r;
    const QJsonObject request = BankJson::object(json, QStringLiteral("request"));
    r.source = txt(request, QStringLiteral("source"));
    r.statusCode = txt(request, QStringLiteral("statusCode"));
    r.acctId = txt(BankJson::object(BankJson::object(json, QStringLiteral("depAcctStmtRec")), QStringLiteral("depAcctId")),
                   QStringLiteral("acctId"));
    const QJsonObject person = BankJson::object(json, QStringLiteral("personInfo"));
    const QJsonObject ident = BankJson::object(person, QStringLiteral("govIssueIdent"));
    r.govIssueIdentType = txt(ident, QStringLiteral("govIssueIdentType"));
    r.identSerialNum = txt(ident, QStringLiteral("identSerialNum"));
    r.personType = PolicyJson::optionalText(person, QStringLiteral("personType"));
    const QJsonObject policy = BankJson::object(person, QStringLiteral("policy"));
    r.issDt = BankJson::date(txt(BankJson::object(policy, QStringLiteral("signature")), QStringLiteral("issDt")));
    r.status = txt(policy, QStringLiteral("status"));
    r.descriptionDesc = txt(policy, QStringLiteral("descriptionDesc"));
    r.pmtsPlanProdType = PolicyJson::optionalText(policy, QStringLiteral("pmtsPlanProdType"));
    if (const auto exclude = PolicyJson::optionalText(policy, QStringLiteral("exclude")))
        r.exclude = exclude->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    // The table spells it "Percentage"; BankJson matches either casing.
    r.percentage = PolicyJson::optionalText(policy, QStringLiteral("percentage"));
    // "producType" in the table, "productType" in the example.
    const QJsonObject product = BankJson::object(json, QStringLiteral("product"));
    r.productType = product.contains(QStringLiteral("producType")) ? txt(product, QStringLiteral("producType"))
                                                                     : txt(product, QStringLiteral("productType"));
    for (const QJsonValue &value : PolicyJson::array(json, QStringLiteral("coverageInfo"))) {
        const QJsonObject o = value.toObject();
        r.coverages.append({txt(o, QStringLiteral("coverageId")), BankJson::member(o, QStringLiteral("exclude")).toBool(),
                            txt(o, QStringLiteral("percentage"))});
    }
    r.coveredCode = txt(BankJson::object(json, QStringLiteral("insuranceInfo")), QStringLiteral("coveredCode"));
    const QJsonObject covered = BankJson::object(json, QStringLiteral("covered"));
    if (!covered.isEmpty()) {
        r.coveredCode = txt(covered, QStringLiteral("coveredCode"));
        r.coverages.append({r.coveredCode, BankJson::member(covered, QStringLiteral("exclude")).toBool(),
                            txt(covered, QStringLiteral("insurancePremiumAmt"))});
    }
    r.sequenceProductRequested = PolicyJson::optionalText(json, QStringLiteral("sequenceProductRequested"));
    return r;
}

FieldIssues CaseStatusRequest::validate() const
{
    FieldIssues issues;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (source.isEmpty() || source.size() > 1)
        issues.append({QStringLiteral("request.source"), Tr::tr("Enter the bank's origin system (one character).")});
    if (!PolicyCodes::isCaseStatus(statusCode))
        issues.append({QStringLiteral("request.statusCode"), Tr::tr("Choose a status from the status code table.")});
    if (acctId.isEmpty() || acctId.size() > 15)
        issues.append({QStringLiteral("depAcctStmtRec.depAcctId.acctId"), Tr::tr("Enter the credit application number (up to 15).")});
    if (!PolicyCodes::caseIdentificationTypes().contains(govIssueIdentType))
        issues.append({QStringLiteral("govIssueIdentType"), Tr::tr("Choose the identification type.")});
    if (identSerialNum.isEmpty() || identSerialNum.size() > 30)
        issues.append({QStringLiteral("identSerialNum"), Tr::tr("Enter the identification number (up to 30).")});
    if (!issDt.isValid())
        issues.append({QStringLiteral("personInfo.policy.signature.issDt"), Tr::tr("Enter the insurability date.")});
    if (!PolicyCodes::isCaseStatus(status))
        issues.append({QStringLiteral("personInfo.policy.status"), Tr::tr("Choose the client's status.")});
    if (descriptionDesc.trimmed().isEmpty() || descriptionDesc.size() > 200)
        issues.append({QStringLiteral("personInfo.policy.descriptionDesc"), Tr::tr("Enter the observation (up to 200 characters).")});
    if (pmtsPlanProdType && pmtsPlanProdType->size() > 3)
        issues.append({QStringLiteral("personInfo.policy.pmtsPlanProdType"), Tr::tr("The assigned plan has up to 3 characters.")});
    if (percentage && (!digits.match(*percentage).hasMatch() || percentage->size() > 5))
        issues.append({QStringLiteral("personInfo.policy.percentage"), Tr::tr("The extra-premium percentage is digits only.")});
    if (exclude && *exclude && (!percentage || percentage->isEmpty()))
        issues.append({QStringLiteral("personInfo.policy.percentage"), Tr::tr("Enter the extra-premium percentage.")});
    if (productType.isEmpty() || productType.size() > 4)
        issues.append({QStringLiteral("product.productType"), Tr::tr("Enter the product type (up to 4 characters).")});
    for (const CoverageDecision &c : coverages) {
        if (c.coverageId.isEmpty() || c.coverageId.size() > 10)
            issues.append({QStringLiteral("coverageInfo.coverageId"), Tr::tr("Enter the coverage code (up to 10 characters).")});
        if (c.percentage.size() > 3)
            issues.append({QStringLiteral("coverageInfo.percentage"), Tr::tr("The coverage premium percentage has up to 3 characters.")});
    }
    if (!digits.match(coveredCode).hasMatch())
        issues.append({QStringLiteral("insuranceInfo.coveredCode"), Tr::tr("Enter the case number (digits).")});
    return issues;
}

std::optional<CaseStatusResult> CaseStatusResult::fromJson(const QJsonObject &json)
{
    const QJsonObject account = BankJson::object(BankJson::object(json, QStringLiteral("depAcctStmtRec")), QStringLiteral("depAcctId"));
    if (account.isEmpty())
        return std::nullopt;
    CaseStatusResult r;
    r.refNumber = txt(account, QStringLiteral("refNumber"));
    const QJsonObject ident = BankJson::object(json, QStringLiteral("govIssueIdent"));
    r.govIssueIdentType = txt(ident, QStringLiteral("govIssueIdentType"));
    r.identSerialNum = txt(ident, QStringLiteral("identSerialNum"));
    r.responseType = txt(BankJson::object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    return r;
}

QJsonObject CaseStatusResult::toJson() const
{
    QJsonObject json{{QStringLiteral("depAcctStmtRec"),
                      QJsonObject{{QStringLiteral("depAcctId"), QJsonObject{{QStringLiteral("refNumber"), refNumber}}}}},
                     {QStringLiteral("govIssueIdent"),
                      QJsonObject{{QStringLiteral("identSerialNum"), identSerialNum},
                                  {QStringLiteral("govIssueIdentType"), govIssueIdentType}}}};
    if (!responseType.isEmpty())
        json.insert(QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}});
    return json;
}
