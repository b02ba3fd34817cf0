#pragma once

#include "FieldIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// OBP DirectLogin, as OBP documents it for API consumers: POST
// /my/logins/direct with the header
//   DirectLogin: username="..",password="..",consumer_key=".."
// answers 201 {"token": "..."}; later calls carry
//   DirectLogin: token="..."   (or Authorization: DirectLogin token="...").
struct ObpDirectLogin
{
    Q_DECLARE_TR_FUNCTIONS(ObpDirectLogin)
public:
    QString username;
    QString password; // never logged, never written to a file
    QString consumerKey;

    // The header values cannot carry a double quote: such input is refused.
    FieldIssues validate() const;
    QByteArray loginHeader() const;
    static QByteArray tokenHeader(const QString &token);

    // The parameters of a DirectLogin header value, whether it came as
    // "DirectLogin: a=..." or "Authorization: DirectLogin a=...".
    static QHash<QString, QString> parseHeader(const QByteArray &value);
};

// {"token": "..."}
struct ObpLoginToken
{
    QString token;

    static std::optional<ObpLoginToken> fromJson(const QJsonObject &json);
    QJsonObject toJson() const { return {{QStringLiteral("token"), token}}; }
};
