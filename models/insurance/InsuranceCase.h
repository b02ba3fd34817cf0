#pragma once

#include "FieldIssue.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Insurance Case Create: an insurability case in Visual Time (medical exams
// process) with its applicants and their insurability statement answers.
struct StatementAnswer
{
    int questionIdent = 0;
    bool answer = false;
    QString desc; // comments
};

struct CaseApplicant
{
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;
    QDate birthDt;
    QString gender;
    qint64 identSerialNum = 0;   // Int in the document
    QString govIssueIdentType;   // CC CE PA TI NI PE
    int applicantType = 1;       // 1 main holder
    QString planRequested;       // 3 characters ("001")
    QString workAddr1;
    QString workCityId;
    qint64 workPhone = 0;
    qint64 cellPhone = 0;
    QString cityId;
    QString emailAddr;
    qint64 homePhone = 0;
    QString addr1;
    int profile = 0;
    QDate insurabilityDt;        // applicantInfo.birthDt: by default the birth date
    QString occupation;          // businessOcucupation.certcode
    QList<StatementAnswer> answers;
};

struct CaseEntity
{
    double approvedAmount = 0;   // curAmt.amt
    QString cityId;
    int relationshipType = 1;    // portfolio: individual or collective
    QDate createdDt;
    qint64 requestNumber = 0;
    QString branchId;            // submitOffice.branchId
    int bankSystemOrigin = 6;    // trnSrcInfo.code
    QString productType;         // 3701, 3703, 34VD ...
    bool flagAutom = true;
    QList<CaseApplicant> applicants;
};

struct InsuranceCaseRequest
{
    QString sPname;              // channel.sPname (domain)
    QString user;
    QString desc = QStringLiteral("GestionDeExamenesMedicos");
    QList<CaseEntity> entities;

    QJsonObject toJson() const;
    static InsuranceCaseRequest fromJson(const QJsonObject &json);
    FieldIssues validate() const;
};

// The reply; its status is nested (insuranceInfo.responseType), as printed.
struct InsuranceCaseResult
{
    QString caseId;              // insuranceInfo.policyId
    QString bankSystemId;
    QString requestNumber;
    QString productType;
    QString transactionTimestamp;
    QString responseType;
    QString errorCode;
    QString errorDesc;
    QString errorType;
    QString itemCode;            // refInfo.spRefId
    QString statusDesc;
    QString estimatedSolution;   // refInfo.effDt
    QString taskName;            // refInfo.applicantInfo.orgInfo.desc
    QString taskPriority;
    QString workflowName;        // applicantInfo.name
    QString workflowTitle;       // applicantInfo.desc2
    QString workflowKey;         // applicantInfo.externalId

    bool accepted() const { return responseType.isEmpty() || responseType.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0; }
    static std::optional<InsuranceCaseResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
