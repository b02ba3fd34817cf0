#include "InsuranceCase.h"

#include "BankJson.h"
#include "PolicyCodes.h"
#include "PolicyParts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceCase)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}

qint64 whole(const QJsonObject &json, const QString &key)
{
    return qint64(PolicyJson::number(json, key));
}

QJsonObject applicantToJson(const CaseApplicant &a)
{
    QJsonArray questions;
    for (const StatementAnswer &q : a.answers) {
        questions.append(QJsonObject{{QStringLiteral("questionIdent"), q.questionIdent},
                                     {QStringLiteral("answer"), q.answer},
                                     {QStringLiteral("desc"), q.desc}});
    }
    return {{QStringLiteral("personName"),
             QJsonObject{{QStringLiteral("firstName"), a.firstName},
                         {QStringLiteral("middleName"), a.middleName},
                         {QStringLiteral("lastName"), a.lastName},
                         {QStringLiteral("secondLastName"), a.secondLastName}}},
            {QStringLiteral("personInfo"),
             QJsonObject{{QStringLiteral("birthDt"), PolicyDates::iso(a.birthDt)}, {QStringLiteral("gender"), a.gender}}},
            {QStringLiteral("govIssueIdent"),
             QJsonObject{{QStringLiteral("identSerialNum"), a.identSerialNum},
                         {QStringLiteral("govIssueIdentType"), a.govIssueIdentType}}},
            {QStringLiteral("applicantType"), a.applicantType},
            {QStringLiteral("planRequested"), a.planRequested},
            {QStringLiteral("orgInfo"),
             QJsonObject{{QStringLiteral("addr1"), a.workAddr1},
                         {QStringLiteral("cityId"), a.workCityId},
                         {QStringLiteral("additionalPhoneNum"), QJsonObject{{QStringLiteral("cellPhone"), a.workPhone}}}}},
            {QStringLiteral("contactInfo"),
             QJsonObject{{QStringLiteral("cellPhone"), a.cellPhone},
                         {QStringLiteral("cityId"), a.cityId},
                         {QStringLiteral("emailAddr"), a.emailAddr},
                         {QStringLiteral("additionalPhoneNum"), QJsonObject{{QStringLiteral("cellPhone"), a.homePhone}}},
                         {QStringLiteral("addr1"), a.addr1}}},
            {QStringLiteral("profile"), a.profile},
            {QStringLiteral("birthDt"), PolicyDates::iso(a.insurabilityDt.isValid() ? a.insurabilityDt : a.birthDt)},
            {QStringLiteral("businessOcucupation"), QJsonObject{{QStringLiteral("certcode"), a.occupation}}},
            {QStringLiteral("question"), questions}};
}

CaseApplicant applicantFromJson(const QJsonObject &o)
{
    CaseApplicant a;
    const QJsonObject name = BankJson::object(o, QStringLiteral("personName"));
    a.firstName = txt(name, QStringLiteral("firstName"));
    a.middleName = txt(name, QStringLiteral("middleName"));
    a.lastName = txt(name, QStringLiteral("lastName"));
    a.secondLastName = txt(name, QStringLiteral("secondLastName"));
    const QJsonObject info = BankJson::object(o, QStringLiteral("personInfo"));
    a.birthDt = BankJson::date(txt(info, QStringLiteral("birthDt")));
    a.gender = txt(info, QStringLiteral("gender"));
    const QJsonObject ident = BankJson::object(o, QStringLiteral("govIssueIdent"));
    a.identSerialNum = whole(ident, QStringLiteral("identSerialNum"));
    a.govIssueIdentType = txt(ident, QStringLiteral("govIssueIdentType"));
    a.applicantType = int(whole(o, QStringLiteral("applicantType")));
    a.planRequested = txt(o, QStringLiteral("planRequested"));
    const QJsonObject org = BankJson::object(o, QStringLiteral("orgInfo"));
    a.workAddr1 = txt(org, QStringLiteral("addr1"));
    a.workCityId = txt(org, QStringLiteral("cityId"));
    a.workPhone = whole(BankJson::object(org, QStringLiteral("additionalPhoneNum")), QStringLiteral("cellPhone"));
    const QJsonObject contact = BankJson::object(o, QStringLiteral("contactInfo"));
    a.cellPhone = whole(contact, QStringLiteral("cellPhone"));
    a.cityId = txt(contact, QStringLiteral("cityId"));
    a.emailAddr = txt(contact, QStringLiteral("emailAddr"));
    a.homePhone = whole(BankJson::object(contact, QStringLiteral("additionalPhoneNum")), QStringLiteral("cellPhone"));
    a.addr1 = txt(contact, QStringLiteral("addr1"));
    a.profile = int(whole(o, QStringLiteral("profile")));
    a.insurabilityDt = BankJson::date(txt(o, QStringLiteral("birthDt")));
    a.occupation = txt(BankJson::object(o, QStringLiteral("businessOcucupation")), QStringLiteral("certcode"));
    for (const QJsonValue &value : PolicyJson::array(o, QStringLiteral("question"))) {
        const QJsonObject q = value.toObject();
        a.answers.append({int(whole(q, QStringLiteral("questionIdent"))), BankJson::member(q, QStringLiteral("answer")).toBool(),
                          txt(q, QStringLiteral("desc"))});
    }
    return a;
}
} // namespace

QJsonObject InsuranceCaseRequest::toJson() const
{
    QJsonArray refInfo;
    for (const CaseEntity &e : entities) {
        QJsonArray applicants;
        for (const CaseApplicant &a : e.applicants)
            applicants.append(applicantToJson(a));
        refInfo.append(QJsonObject{{QStringLiteral("curAmt"), QJsonObject{{QStringLiteral("amt"), e.approvedAmount}}},
                                   {QStringLiteral("cityId"), e.cityId},
                                   {QStringLiteral("relationshipType"), e.relationshipType},
                                   {QStringLiteral("createdDt"), PolicyDates::iso(e.createdDt)},
                                   {QStringLiteral("requestNumber"), e.requestNumber},
                                   {QStringLiteral("submitOffice"), QJsonObject{{QStringLiteral("branchId"), e.branchId}}},
                                   {QStringLiteral("trnSrcInfo"), QJsonObject{{QStringLiteral("code"), e.bankSystemOrigin}}},
                                   {QStringLiteral("productType"), e.productType},
                                   {QStringLiteral("flagAutom"), e.flagAutom},
                                   {QStringLiteral("applicantInfo"), applicants}});
    }
    return {{QStringLiteral("channel"), QJsonObject{{QStringLiteral("sPname"), sPname}, {QStringLiteral("user"), user}}},
            {QStringLiteral("insuranceInfo"),
             QJsonArray{QJsonObject{{QStringLiteral("desc"), desc}, {QStringLiteral("refInfo"), refInfo}}}}};
}

InsuranceCaseRequest InsuranceCaseRequest::fromJson(const QJsonObject &json)
{
    InsuranceCaseRequest r;
    const QJsonObject channel = BankJson::object(json, QStringLiteral("channel"));
    r.sPname = txt(channel, QStringLiteral("sPname"));
    r.user = txt(channel, QStringLiteral("user"));
    const QJsonArray processes = PolicyJson::array(json, QStringLiteral("insuranceInfo"));
    if (processes.isEmpty())
        return r;
    const QJsonObject process = processes.first().toObject();
    r.desc = txt(process, QStringLiteral("desc"));
    for (const QJsonValue &value : PolicyJson::array(process, QStringLiteral("refInfo"))) {
        const QJsonObject o = value.toObject();
        CaseEntity e;
        e.approvedAmount = PolicyJson::number(BankJson::object(o, QStringLiteral("curAmt")), QStringLiteral("amt"));
        e.cityId = txt(o, QStringLiteral("cityId"));
        e.relationshipType = int(whole(o, QStringLiteral("relationshipType")));
        e.createdDt = BankJson::date(txt(o, QStringLiteral("createdDt")));
        e.requestNumber = whole(o, QStringLiteral("requestNumber"));
        e.branchId = txt(BankJson::object(o, QStringLiteral("submitOffice")), QStringLiteral("branchId"));
        e.bankSystemOrigin = int(whole(BankJson::object(o, QStringLiteral("trnSrcInfo")), QStringLiteral("code")));
        e.productType = txt(o, QStringLiteral("productType"));
        e.flagAutom = BankJson::member(o, QStringLiteral("flagAutom")).toBool(true);
        for (const QJsonValue &applicant : PolicyJson::array(o, QStringLiteral("applicantInfo")))
            e.applicants.append(applicantFromJson(applicant.toObject()));
        r.entities.append(e);
    }
    return r;
}

FieldIssues InsuranceCaseRequest::validate() const
{
    FieldIssues issues;
    if (sPname.trimmed().isEmpty() || sPname.size() > 15)
        issues.append({QStringLiteral("channel.sPname"), Tr::tr("Enter the sending domain (up to 15 characters).")});
    if (user.trimmed().isEmpty() || user.size() > 10)
        issues.append({QStringLiteral("channel.user"), Tr::tr("Enter the user (up to 10 characters).")});
    if (entities.isEmpty())
        issues.append({QStringLiteral("refInfo"), Tr::tr("Add the credit request of the case.")});
    for (const CaseEntity &e : entities) {
        if (e.approvedAmount <= 0)
            issues.append({QStringLiteral("curAmt.amt"), Tr::tr("Enter the approved amount.")});
        if (e.cityId.isEmpty() || e.cityId.size() > 5)
            issues.append({QStringLiteral("cityId"), Tr::tr("Enter the city code (up to 5 characters).")});
        if (e.requestNumber <= 0)
            issues.append({QStringLiteral("requestNumber"), Tr::tr("Enter the request number.")});
        if (e.branchId.isEmpty() || e.branchId.size() > 5)
            issues.append({QStringLiteral("submitOffice.branchId"), Tr::tr("Enter the branch (up to 5 characters).")});
        if (e.productType.isEmpty() || e.productType.size() > 4)
            issues.append({QStringLiteral("productType"), Tr::tr("Enter the product type (e.g. 3701, 3703, 34VD).")});
        if (e.applicants.isEmpty())
            issues.append({QStringLiteral("applicantInfo"), Tr::tr("Add at least one applicant.")});
        for (const CaseApplicant &a : e.applicants) {
            if (a.firstName.trimmed().isEmpty() || a.lastName.trimmed().isEmpty())
                issues.append({QStringLiteral("personName"), Tr::tr("Enter the applicant's first name and last name.")});
            if (!PolicyCodes::caseIdentificationTypes().contains(a.govIssueIdentType))
                issues.append({QStringLiteral("govIssueIdentType"), Tr::tr("Choose the applicant's identification type.")});
            if (a.identSerialNum <= 0)
                issues.append({QStringLiteral("identSerialNum"), Tr::tr("Enter the applicant's identification number.")});
            if (!a.birthDt.isValid())
                issues.append({QStringLiteral("birthDt"), Tr::tr("Enter the applicant's birth date.")});
            if (a.answers.isEmpty())
                issues.append({QStringLiteral("question"), Tr::tr("Answer the insurability statement.")});
        }
    }
    return issues;
}

std::optional<InsuranceCaseResult> InsuranceCaseResult::fromJson(const QJsonObject &json)
{
    const QJsonValue infoValue = BankJson::member(json, QStringLiteral("insuranceInfo"));
    if (!infoValue.isObject())
        return std::nullopt;
    const QJsonObject info = infoValue.toObject();
    InsuranceCaseResult r;
    r.caseId = txt(info, QStringLiteral("policyId"));
    r.bankSystemId = txt(BankJson::object(info, QStringLiteral("trnSrcInfo")), QStringLiteral("code"));
    r.requestNumber = txt(info, QStringLiteral("requestNumber"));
    r.productType = txt(info, QStringLiteral("productType"));
    r.transactionTimestamp = txt(info, QStringLiteral("transactionTimestamp"));
    r.responseType = txt(BankJson::object(info, QStringLiteral("responseType")), QStringLiteral("value"));
    const QJsonObject detail = BankJson::object(info, QStringLiteral("responseDetail"));
    r.errorCode = txt(detail, QStringLiteral("errorCode"));
    r.errorDesc = txt(detail, QStringLiteral("errorDesc"));
    r.errorType = txt(detail, QStringLiteral("errorType"));
    const QJsonObject ref = BankJson::object(info, QStringLiteral("refInfo"));
    r.itemCode = txt(ref, QStringLiteral("spRefId"));
    r.statusDesc = txt(ref, QStringLiteral("statusDesc"));
    r.estimatedSolution = txt(ref, QStringLiteral("effDt"));
    const QJsonObject task = BankJson::object(ref, QStringLiteral("applicantInfo"));
    r.taskPriority = txt(task, QStringLiteral("priority"));
    r.taskName = txt(BankJson::object(task, QStringLiteral("orgInfo")), QStringLiteral("desc"));
    const QJsonObject flow = BankJson::object(info, QStringLiteral("applicantInfo"));
    r.workflowName = txt(flow, QStringLiteral("name"));
    r.workflowTitle = txt(flow, QStringLiteral("desc2"));
    r.workflowKey = txt(flow, QStringLiteral("externalId"));
    return r;
}

QJsonObject InsuranceCaseResult::toJson() const
{
    bool numeric = false;
    const qint64 caseNumber = caseId.toLongLong(&numeric);
    return {{QStringLiteral("insuranceInfo"),
             QJsonObject{
                 {QStringLiteral("policyId"), numeric ? QJsonValue(caseNumber) : QJsonValue(caseId)},
                 {QStringLiteral("trnSrcInfo"), QJsonObject{{QStringLiteral("code"), bankSystemId}}},
                 {QStringLiteral("requestNumber"), requestNumber},
                 {QStringLiteral("productType"), productType},
                 {QStringLiteral("transactionTimestamp"), transactionTimestamp},
                 {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
                 {QStringLiteral("responseDetail"),
                  QJsonObject{{QStringLiteral("errorCode"), errorCode},
                              {QStringLiteral("errorDesc"), errorDesc},
                              {QStringLiteral("errorType"), errorType}}},
                 {QStringLiteral("refInfo"),
                  QJsonObject{{QStringLiteral("spRefId"), itemCode},
                              {QStringLiteral("validityTime"), QStringLiteral("0")},
                              {QStringLiteral("statusDesc"), statusDesc},
                              {QStringLiteral("effDt"), estimatedSolution},
                              {QStringLiteral("startDt"), QString()},
                              {QStringLiteral("applicantInfo"),
                               QJsonObject{{QStringLiteral("spRefId"), QStringLiteral("160")},
                                           {QStringLiteral("amt"), QStringLiteral("0")},
                                           {QStringLiteral("desc"), QString()},
                                           {QStringLiteral("validityPeriod"), QStringLiteral("0")},
                                           {QStringLiteral("priority"), taskPriority},
                                           {QStringLiteral("orgInfo"),
                                            QJsonObject{{QStringLiteral("desc"), taskName},
                                                        {QStringLiteral("desc2"), QStringLiteral("nombrePantalla")},
                                                        {QStringLiteral("message"), QString()},
                                                        {QStringLiteral("refType"), QStringLiteral("Event")}}}}}}},
                 {QStringLiteral("name"), QString()},
                 {QStringLiteral("flagScreen"), QStringLiteral("True")},
                 {QStringLiteral("applicantInfo"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("1")},
                              {QStringLiteral("desc"), QString()},
                              {QStringLiteral("startDt"), transactionTimestamp},
                              {QStringLiteral("externalId"), workflowKey},
                              {QStringLiteral("mainLocation"), QStringLiteral("FIFO")},
                              {QStringLiteral("name"), workflowName},
                              {QStringLiteral("desc2"), workflowTitle},
                              {QStringLiteral("order"), QStringLiteral("1")},
                              {QStringLiteral("refType"), QString()},
                              {QStringLiteral("itemGeneric1"), QStringLiteral("Process")}}}}}};
}
