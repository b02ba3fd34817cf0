#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Small helpers shared by the Open Bank Project models (seed 004).
namespace ObpJson {

// Dates "in the format 2013-01-21T23:08:00Z", as the Create Customer page
// asks: a calendar date is sent at midnight UTC.
QString date(const QDate &date);
QString dateTime(const QDateTime &dateTime);

// A JSON array of strings (tags, dob_of_dependants) and back; non-strings
// are read as text.
QStringList strings(const QJsonValue &value);
QJsonArray array(const QStringList &strings);

// Keeps only the members named in `keys` (when `keys` is not empty): a reply
// is written back with exactly the members it arrived with.
QJsonObject onlyKeys(QJsonObject object, const QStringList &keys);

// BANK_ID as OBP-30111 describes it: 0-9, a-z, A-Z, '-', '.', '_', shorter than 255.
bool isValidBankId(const QString &bankId);

// A decimal amount as OBP's AmountOfMoney carries it ("10.12", "0").
bool isAmount(const QString &amount);
bool isCurrency(const QString &currency); // three capital letters (ISO 4217)
bool isEmail(const QString &email);

// OBP's mapped strings hold at most 255 characters.
constexpr int maxText = 255;

} // namespace ObpJson
