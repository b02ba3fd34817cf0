#include "ObpAddress.h"

#include "BankJson.h"
#include "ObpJson.h"

#include <QJsonArray>

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return BankJson::text(json, QString::fromLatin1(key));
}

const QStringList addressMembers{QStringLiteral("line_1"), QStringLiteral("line_2"), QStringLiteral("line_3"),
                                 QStringLiteral("city"), QStringLiteral("county"), QStringLiteral("state"),
                                 QStringLiteral("postcode"), QStringLiteral("country_code"), QStringLiteral("tags"),
                                 QStringLiteral("status")};

} // namespace

std::optional<ObpAddress> ObpAddress::fromJson(const QJsonObject &json)
{
    if (text(json, "customer_address_id").isEmpty())
        return std::nullopt;
    ObpAddress a;
    a.customerAddressId = text(json, "customer_address_id");
    a.customerId = text(json, "customer_id");
    a.line1 = text(json, "line_1");
    a.line2 = text(json, "line_2");
    a.line3 = text(json, "line_3");
    a.city = text(json, "city");
    a.county = text(json, "county");
    a.state = text(json, "state");
    a.postcode = text(json, "postcode");
    a.countryCode = text(json, "country_code");
    // Tags arrive as an array; a comma-separated string is read as well.
    const QJsonValue tags = json.value(QStringLiteral("tags"));
    a.tags = tags.isArray() ? ObpJson::strings(tags) : BankJson::text(tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.status = text(json, "status");
    a.insertDate = text(json, "insert_date");
    return a;
}

QJsonObject ObpAddress::toJson() const
{
    return QJsonObject{{QStringLiteral("customer_address_id"), customerAddressId},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("line_1"), line1},
                       {QStringLiteral("line_2"), line2},
                       {QStringLiteral("line_3"), line3},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("county"), county},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("postcode"), postcode},
                       {QStringLiteral("country_code"), countryCode},
                       {QStringLiteral("tags"), ObpJson::array(tags)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("insert_date"), insertDate}};
}

QString ObpAddress::summary() const
{
    QStringList parts;
    for (const QString &p : {line1, line2, line3})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    const QString place = QStringList{city, postcode}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        parts << place;
    if (!countryCode.isEmpty())
        parts << countryCode;
    return parts.join(QStringLiteral(", "));
}

std::optional<ObpAddressList> ObpAddressList::fromJson(const QJsonObject &json)
{
    const QJsonValue addresses = json.value(QStringLiteral("addresses"));
    if (!addresses.isArray())
        return std::nullopt;
    ObpAddressList list;
    for (const QJsonValue &item : addresses.toArray()) {
        if (auto a = ObpAddress::fromJson(item.toObject()))
            list.addresses.append(*a);
    }
    return list;
}

QJsonObject ObpAddressList::toJson() const
{
    QJsonArray array;
    for (const ObpAddress &a : addresses)
        array.append(a.toJson());
    return QJsonObject{{QStringLiteral("addresses"), array}};
}

FieldIssues ObpAddressRequest::validate() const
{
    FieldIssues issues;
    if (line1.trimmed().isEmpty())
        issues.append({QStringLiteral("line_1"), tr("Enter the first address line.")});
    if (city.trimmed().isEmpty())
        issues.append({QStringLiteral("city"), tr("Enter the city.")});
    if (countryCode.trimmed().isEmpty())
        issues.append({QStringLiteral("country_code"), tr("Enter the country code, e.g. DE.")});
    const QList<QPair<const char *, QString>> lengths{{"line_1", line1}, {"line_2", line2}, {"line_3", line3},
                                                      {"city", city},    {"county", county}, {"state", state},
                                                      {"postcode", postcode}, {"country_code", countryCode},
                                                      {"status", status}};
    for (const auto &field : lengths) {
        if (field.second.size() > ObpJson::maxText)
            issues.append({QString::fromLatin1(field.first), tr("At most %1 characters.").arg(ObpJson::maxText)});
    }
    for (const QString &tag : tags) {
        if (tag.contains(QLatin1Char(','))) {
            // OBP stores the tags joined by commas.
            issues.append({QStringLiteral("tags"), tr("A tag cannot contain a comma.")});
            break;
        }
    }
    return issues;
}

QJsonObject ObpAddressRequest::toJson() const
{
    QStringList cleanTags;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty())
            cleanTags << t.trimmed();
    return QJsonObject{{QStringLiteral("line_1"), line1.trimmed()},     {QStringLiteral("line_2"), line2.trimmed()},
                       {QStringLiteral("line_3"), line3.trimmed()},     {QStringLiteral("city"), city.trimmed()},
                       {QStringLiteral("county"), county.trimmed()},    {QStringLiteral("state"), state.trimmed()},
                       {QStringLiteral("postcode"), postcode.trimmed()}, {QStringLiteral("country_code"), countryCode.trimmed()},
                       {QStringLiteral("tags"), ObpJson::array(cleanTags)}, {QStringLiteral("status"), status.trimmed()}};
}

std::optional<ObpAddressRequest> ObpAddressRequest::fromJson(const QJsonObject &json)
{
    for (const QString &key : addressMembers) {
        if (!json.contains(key))
            return std::nullopt;
    }
    ObpAddressRequest r;
    r.line1 = text(json, "line_1");
    r.line2 = text(json, "line_2");
    r.line3 = text(json, "line_3");
    r.city = text(json, "city");
    r.county = text(json, "county");
    r.state = text(json, "state");
    r.postcode = text(json, "postcode");
    r.countryCode = text(json, "country_code");
    r.tags = ObpJson::strings(json.value(QStringLiteral("tags")));
    r.status = text(json, "status");
    return r;
}

ObpAddressRequest ObpAddressRequest::from(const ObpAddress &a)
{
    ObpAddressRequest r;
    r.line1 = a.line1;
    r.line2 = a.line2;
    r.line3 = a.line3;
    r.city = a.city;
    r.county = a.county;
    r.state = a.state;
    r.postcode = a.postcode;
    r.countryCode = a.countryCode;
    r.tags = a.tags;
    r.status = a.status;
    return r;
}
