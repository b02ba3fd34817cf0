#pragma once

#include <QString>

// Encrypts a password (or an OTP) for the fields the document marks
// "Encrypted password" / "Enviar valor encriptado". Replaceable like
// AnswerProtector: production wiring passes an implementation holding the
// bank's public key material from the keychain.
class PasswordSealer
{
public:
    virtual ~PasswordSealer() = default;
    virtual QString seal(const QString &secret) const = 0;
};

// Training sealing: base64 of the UTF-8 text, which the training server
// opens to apply the password policy. Not encryption; training only.
class TrainingPasswordSealer : public PasswordSealer
{
public:
    QString seal(const QString &secret) const override
    {
        return QString::fromLatin1(secret.toUtf8().toBase64());
    }
};
