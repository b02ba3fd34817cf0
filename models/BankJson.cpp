#include "BankJson.h"

#include <QDateTime>
#include <QRegularExpression>

namespace BankJson {

QJsonValue member(const QJsonObject &object, const QString &key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject object(const QJsonObject &parent, const QString &key)
{
    return member(parent, key).toObject();
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Fixed notation, then trailing zeros dropped: 25000000 stays whole (no
        // 2.5e+07) and 734683.16 keeps its cents.
        return QString::number(d, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString text(const QJsonObject &object, const QString &key)
{
    return text(member(object, key));
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QDate date(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dmyDate(QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression withTime(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T]"));

    if (auto m = isoDate.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dmyDate.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = compact.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // ISO timestamps with an offset are dated in their own offset, which is the
    // business date the bank meant; the time part is not needed here.
    if (auto m = withTime.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace BankJson
