#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// How the console shows dates and amounts to a Colombian teller, in either
// language: dates always dd/MM/yyyy; COP amounts with the locale's
// separators ("$ 1.234.567,50" in es-CO, "COP 1,234,567.50" in English).
namespace DisplayFormat {

QString date(const QDate &date);
QString dateTime(const QDateTime &dateTime); // local time, dd/MM/yyyy HH:mm:ss
QString money(double amount, const QString &currency = QStringLiteral("COP"), const QLocale &locale = QLocale());

} // namespace DisplayFormat
