#include "IntakeRoutes.h"

#include "BankEnvelope.h"
#include "BankJson.h"
#include "IntakeFileCheck.h"
#include "SyncDataReply.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString syncDataPath = QStringLiteral("/v1/sync-data");
const QString syncDataFilePath = QStringLiteral("/v1/sync-data-file");
const QString receivedPath = QStringLiteral("/training/intake/received");
constexpr int maxFullNameLength = 100;

// The document's only error example: numeric errorCode 400 like the other
// APIKit rejections, the place of the problem in errorDesc.
SandboxReply refused(const QString &description)
{
    return SandboxReply::json(StatusCode::BadRequest,
                              BankEnvelope::error(QStringLiteral("ERR400"), 400, description, QStringLiteral("Bad Request")));
}
} // namespace

std::optional<SandboxReply> IntakeRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    const Method method = request.method();
    if (path == receivedPath && method == Method::Get) {
        if (!request.remoteAddress().isLoopback())
            return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
        return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("syncDataReceived"), m_received[0]},
                                                              {QStringLiteral("syncDataAccepted"), m_accepted[0]},
                                                              {QStringLiteral("syncDataFileReceived"), m_received[1]},
                                                              {QStringLiteral("syncDataFileAccepted"), m_accepted[1]},
                                                              {QStringLiteral("mnemonics"), QJsonArray::fromStringList(m_mnemonics)}});
    }
    const bool fromFile = path == syncDataFilePath;
    if (method != Method::Post || (path != syncDataPath && !fromFile))
        return std::nullopt;
    if (auto refusal = context.checkBankCall(request))
        return refusal;
    if (QString::fromLatin1(request.value(QByteArrayLiteral("client_id"))) != context.settings().clientId
        || QString::fromLatin1(request.value(QByteArrayLiteral("client_secret"))) != context.settings().clientSecret)
        return SandboxReply::json(StatusCode::Unauthorized, BankEnvelope::unauthorized());

    const QString txId = QString::fromLatin1(request.value(QByteArrayLiteral("X-Invoker-TxId")).trimmed());
    ++m_received[fromFile ? 1 : 0];
    if (auto known = m_byTxId.constFind(txId); known != m_byTxId.constEnd())
        return *known;
    SandboxReply reply = intake(request, fromFile);
    m_byTxId.insert(txId, reply);
    return reply;
}

SandboxReply IntakeRoutes::intake(const QHttpServerRequest &request, bool fromFile)
{
    if (!fromFile)
        return accept(request.body(), false);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
    const auto file = SyncDataFileRequest::fromJson(document.object());
    if (!file)
        return refused(QStringLiteral("file.binData: not a base64 file"));
    return accept(file->content, true);
}

SandboxReply IntakeRoutes::accept(const QByteArray &json, bool fromFile)
{
    const IntakeFileReport report = IntakeFileCheck::checkFile(json);
    if (!report.ok()) {
        const IntakeFileIssue &first = report.issues.first();
        return refused(QStringLiteral("%1: %2").arg(first.line > 0 ? QStringLiteral("line %1, column %2").arg(first.line).arg(first.column)
                                                                   : first.path,
                                                    first.message));
    }
    const QJsonObject body = QJsonDocument::fromJson(json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json).object();
    const QJsonArray custInfo = BankJson::member(body, QStringLiteral("custInfo")).toArray();
    const QString fullName = BankJson::text(
        BankJson::object(custInfo.first().toObject(), QStringLiteral("personName")), QStringLiteral("fullName"));
    if (fullName.size() > maxFullNameLength) {
        // The document's error example, placeholders as printed.
        return SandboxReply::json(StatusCode::InternalServerError,
                                  BankEnvelope::error(QStringLiteral("ER500"), QStringLiteral("common.api.shoesize"),
                                                      QStringLiteral("Value Exceeded. Must be between {min} and {max}"),
                                                      QString()));
    }
    ++m_accepted[fromFile ? 1 : 0];
    m_mnemonics.append(report.mnemonic);
    const SyncDataReply reply{QStringLiteral("OK"), QStringLiteral("added successfully")};
    return SandboxReply::json(StatusCode::Ok, fromFile ? reply.toFileJson() : reply.toTransactionJson());
}
