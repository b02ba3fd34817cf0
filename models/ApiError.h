#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Every failure of a bank call, whatever shape the server used, ends up as
// one ApiError: what happened (kind), the bank's own code kept for support,
// and a message a teller can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,        // server not reachable, connection dropped
        Timeout,        // no answer in time
        Tls,            // certificate not trusted or not matching: never ignored
        Unauthorized,   // 401 even after a fresh token, or token refused
        Forbidden,      // 403
        NotFound,       // 404 / "no record found"
        InvalidRequest, // 400: the bank rejected the input
        Business,       // other bank rule refusal (ER/ERR with a business code)
        Server,         // 5xx
        MalformedReply, // reply that is not the documented shape
        Cancelled,      // the operator cancelled
        Credentials,    // no keyring / no client credentials configured
        Configuration,  // environment not usable (no base URI ...)
    };

    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString code;         // bank error code as sent ("00001", "OSB-382505", "400")
    QString type;         // bank error type ("DAT", "BDA", "RGN" ...)
    QString description;  // bank error description as sent
    QString responseType; // responseType.value as sent ("ER", "ER500", "ERR400" ...)
    QString detail;       // technical detail for support (never secrets)
    QString transactionId;
    // Credentials only: the keyring works but holds nothing under the key
    // (first use), as opposed to a keyring that is missing, locked or failed.
    bool nothingStored = false;

    static ApiError make(Kind kind, const QString &detail = {});

    // Parses a finished HTTP exchange. Returns nothing when the reply is a
    // success (2xx without an error envelope, or OK/WR); otherwise one
    // ApiError from whichever envelope shape the body uses, or from the HTTP
    // status alone when there is no envelope.
    static std::optional<ApiError> fromHttpReply(int httpStatus, const QByteArray &body);

    // A sentence for the teller: what happened and what to do next. Open
    // Bank Project codes (OBP-20001, OBP-20006 ...) get their own advice.
    QString userMessage() const;
    // Open Bank Project: whether `code` is one of its codes ("OBP-20006"),
    // and the roles an OBP-20006 answer names ("CanCreateCustomer" ...).
    bool isObp() const { return code.startsWith(QLatin1String("OBP-")); }
    QStringList obpMissingRoles() const;
    // "Bank code 00001 (DAT) · HTTP 404 · Tx BD…" for the support desk.
    QString supportReference() const;
    // Short outcome word stored in the journal.
    QString outcomeCode() const;

    static QString kindName(Kind kind);
};
