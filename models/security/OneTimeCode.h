#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// "Generate OTC with purpose" (V1 and V3) and "Validate OTC with purpose".
// The document lists the body blocks (govIssueIdent, otc, otcIssue,
// contactInfo) without an example; the members below are the documented
// names, and README says which inner names the training server assumes.
struct OneTimeCodeRequest
{
    Q_DECLARE_TR_FUNCTIONS(OneTimeCodeRequest)
public:
    QString govIssueIdentType;
    QString identSerialNum;
    QString otcIssue;  // the purpose ("matter of otc")
    QString cellPhone; // contactInfo.cellPhone (generate)
    QString emailAddr; // contactInfo.emailAddr (generate)
    QString otcValue;  // otc.otcValue (validate only): the code the customer received

    FieldIssues validateForGenerate() const;
    FieldIssues validateForValidate() const;
    QJsonObject toJson() const;
};

struct OneTimeCodeReply
{
    QString responseType;
    QString idOtc; // otc.idOtc when the server gives one

    static std::optional<OneTimeCodeReply> fromJson(const QJsonObject &json);
};
