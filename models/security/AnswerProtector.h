#pragma once

#include <QByteArray>
#include <QString>

// Turns a secret challenge answer (the code sent to the customer, a card PIN)
// into the protected form the risk engine expects: 32 hexadecimal characters
// (seed 001, challenge v2 request examples). The plain answer never leaves
// the form; only this value is sent.
//
// Replaceable: production key material comes from the keychain
// (CredentialStore) and is handed to an implementation of this interface by
// the composition root; nothing in the forms or the API class knows which.
class AnswerProtector
{
public:
    virtual ~AnswerProtector() = default;
    // `questionId` is the engine's id of the question being answered: unique
    // per question asked, it salts the value so the same answer never gives
    // the same 32-hex twice.
    virtual QString protect(const QString &answer, const QString &questionId) const = 0;
};

// The training scheme, verified by the training server:
//   uppercase hex of the first 16 bytes of
//   HMAC-SHA256(key, UTF-8(questionId + ":" + answer))
// with the published training key below. Not a secret and not for
// production: it only makes the classroom conversation real end to end.
class TrainingAnswerProtector : public AnswerProtector
{
public:
    static QByteArray trainingKey();

    explicit TrainingAnswerProtector(QByteArray key = trainingKey());
    QString protect(const QString &answer, const QString &questionId) const override;

private:
    QByteArray m_key;
};
