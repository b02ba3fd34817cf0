#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The error envelopes of the customers-management document, built exactly as
// documented: typos ("UNATHORIZED", "NO FOUND") and value types included,
// because the client must meet the real shapes in training too.
namespace BankEnvelope {

// {"responseType":{"value":...},"responseDetail":{"errorCode":...,...}}
// `code` is a string or a number, as the document shows it for that error.
QJsonObject error(const QString &responseType, const QJsonValue &code, const QString &description,
                  const QString &type);

// The same envelope with capitalised keys (ResponseType/Value/ErrorCode ...).
QJsonObject capitalisedError(const QString &responseType, const QJsonValue &code, const QString &description,
                             const QString &type);

// Error table of "Check Basic Customer Information".
QJsonObject badRequest();    // 400, 1, BDA
QJsonObject unauthorized();  // 401, 1004, BDA
QJsonObject forbidden();     // 403, 1005, BDA
QJsonObject pathNotFound();  // 404, 1006, BDA
QJsonObject noRecordFound(); // 404, 00001, DAT
QJsonObject internalError(); // 500, 500, BDA (responseType ER500)

} // namespace BankEnvelope
