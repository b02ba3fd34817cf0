#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient readers for the bank's JSON. The documents send the same field as a
// string, a number or null, and vary key casing (responseType/ResponseType);
// these helpers absorb that once so the models stay simple.
namespace BankJson {

// The member `key`, or, when absent, the first member whose name matches it
// ignoring case.
QJsonValue member(const QJsonObject &object, const QString &key);

// An object member (empty object when absent or not an object).
QJsonObject object(const QJsonObject &object, const QString &key);

// A value as text: strings as they are, numbers without exponent or trailing
// zeros ("25000000", "734683.16"), booleans as true/false, null as "".
QString text(const QJsonValue &value);
QString text(const QJsonObject &object, const QString &key);

// A number sent as a number or as numeric text.
std::optional<double> number(const QJsonValue &value);

// A date in any of the shapes the documents use: YYYY-MM-DD, DD-MM-YYYY,
// YYYYMMDD, "YYYY-MM-DD HH.MI.SS AM", ISO timestamps with offsets.
QDate date(const QString &text);

} // namespace BankJson
