#pragma once

#include "SandboxContext.h"

#include <QJsonObject>
#include <QString>

// Shared by the security-management route files (SecurityRoutes*.cpp): the
// replies in the document's envelopes and the lookups of demo customers.
namespace SecurityRouteSupport {
using StatusCode = SandboxReply::StatusCode;

SandboxReply json(StatusCode status, const QJsonObject &body);
SandboxReply ok(const QJsonObject &extra = {});
SandboxReply error(StatusCode status, const QString &code, const QString &description, const QString &type);
// The capitalised envelope as this document prints it ("value" stays lower case).
SandboxReply capitalised(StatusCode status, const QString &code, const QString &description, const QString &type);
SandboxReply badRequest();

QString keyOf(const DemoCustomer &customer);
QJsonObject securityOf(const DemoCustomer &customer);
const DemoCustomer *byIdent(SandboxContext &context, const QJsonObject &ident);
const DemoCustomer *byNumber(SandboxContext &context, const QString &number);

QString nowStamp(const QString &format);
// Training "encryption" of passwords and sealed OTPs: base64 of the UTF-8
// text (README). Production values are encrypted with the bank's keys.
QString unseal(const QString &sealed);
QString lastDigits(const QString &number, int count);
} // namespace SecurityRouteSupport
