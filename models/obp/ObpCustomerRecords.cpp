#include "ObpCustomerRecords.h"

#include "BankJson.h"
#include "ObpJson.h"

#include <QJsonArray>

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return BankJson::text(json, QString::fromLatin1(key));
}

template <typename Item>
std::optional<QList<Item>> items(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QString::fromLatin1(key));
    if (!value.isArray())
        return std::nullopt;
    QList<Item> list;
    for (const QJsonValue &v : value.toArray()) {
        if (auto item = Item::fromJson(v.toObject()))
            list.append(*item);
    }
    return list;
}

template <typename Item>
QJsonObject wrap(const QList<Item> &list, const char *key)
{
    QJsonArray array;
    for (const Item &item : list)
        array.append(item.toJson());
    return QJsonObject{{QString::fromLatin1(key), array}};
}

} // namespace

std::optional<ObpTaxResidence> ObpTaxResidence::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("tax_residence_id")))
        return std::nullopt;
    return ObpTaxResidence{text(json, "domain"), text(json, "tax_number"), text(json, "tax_residence_id")};
}

QJsonObject ObpTaxResidence::toJson() const
{
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("tax_number"), taxNumber},
            {QStringLiteral("tax_residence_id"), taxResidenceId}};
}

std::optional<ObpTaxResidenceList> ObpTaxResidenceList::fromJson(const QJsonObject &json)
{
    auto list = items<ObpTaxResidence>(json, "tax_residence");
    if (!list)
        return std::nullopt;
    return ObpTaxResidenceList{*list};
}

QJsonObject ObpTaxResidenceList::toJson() const
{
    return wrap(taxResidences, "tax_residence");
}

FieldIssues ObpTaxResidenceRequest::validate() const
{
    FieldIssues issues;
    if (domain.trimmed().isEmpty())
        issues.append({QStringLiteral("domain"), tr("Enter the tax domain (country or authority).")});
    if (taxNumber.trimmed().isEmpty())
        issues.append({QStringLiteral("tax_number"), tr("Enter the tax number.")});
    if (domain.size() > ObpJson::maxText)
        issues.append({QStringLiteral("domain"), tr("At most %1 characters.").arg(ObpJson::maxText)});
    if (taxNumber.size() > ObpJson::maxText)
        issues.append({QStringLiteral("tax_number"), tr("At most %1 characters.").arg(ObpJson::maxText)});
    return issues;
}

QJsonObject ObpTaxResidenceRequest::toJson() const
{
    return {{QStringLiteral("domain"), domain.trimmed()}, {QStringLiteral("tax_number"), taxNumber.trimmed()}};
}

std::optional<ObpTaxResidenceRequest> ObpTaxResidenceRequest::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("domain")) || !json.contains(QStringLiteral("tax_number")))
        return std::nullopt;
    return ObpTaxResidenceRequest{text(json, "domain"), text(json, "tax_number")};
}

FieldIssues ObpSocialMediaHandle::validate() const
{
    FieldIssues issues;
    if (customerNumber.trimmed().isEmpty())
        issues.append({QStringLiteral("customer_number"), tr("The customer number is missing: look the customer up first.")});
    if (type.trimmed().isEmpty())
        issues.append({QStringLiteral("type"), tr("Enter the network, e.g. twitter.")});
    if (handle.trimmed().isEmpty())
        issues.append({QStringLiteral("handle"), tr("Enter the handle, e.g. @eveline.")});
    if (handle.size() > ObpJson::maxText || type.size() > ObpJson::maxText)
        issues.append({QStringLiteral("handle"), tr("At most %1 characters.").arg(ObpJson::maxText)});
    if (!BankJson::date(dateAdded).isValid())
        issues.append({QStringLiteral("date_added"), tr("Enter the date the handle was added.")});
    if (!BankJson::date(dateActivated).isValid())
        issues.append({QStringLiteral("date_activated"), tr("Enter the date the handle was activated.")});
    return issues;
}

std::optional<ObpSocialMediaHandle> ObpSocialMediaHandle::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("handle")) || !json.contains(QStringLiteral("type")))
        return std::nullopt;
    ObpSocialMediaHandle h;
    h.customerNumber = text(json, "customer_number");
    h.type = text(json, "type");
    h.handle = text(json, "handle");
    h.dateAdded = text(json, "date_added");
    h.dateActivated = text(json, "date_activated");
    return h;
}

QJsonObject ObpSocialMediaHandle::toJson() const
{
    return {{QStringLiteral("customer_number"), customerNumber},
            {QStringLiteral("type"), type},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("date_added"), dateAdded},
            {QStringLiteral("date_activated"), dateActivated}};
}

std::optional<ObpSocialMediaHandleList> ObpSocialMediaHandleList::fromJson(const QJsonObject &json)
{
    auto list = items<ObpSocialMediaHandle>(json, "checks");
    if (!list)
        return std::nullopt;
    return ObpSocialMediaHandleList{*list};
}

QJsonObject ObpSocialMediaHandleList::toJson() const
{
    return wrap(checks, "checks");
}

std::optional<ObpSuccess> ObpSuccess::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("success")))
        return std::nullopt;
    return ObpSuccess{text(json, "success")};
}

std::optional<ObpCrmEvent> ObpCrmEvent::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("id")))
        return std::nullopt;
    ObpCrmEvent e;
    e.id = text(json, "id");
    e.bankId = text(json, "bank_id");
    e.customerName = text(json, "customer_name");
    e.customerNumber = text(json, "customer_number");
    e.category = text(json, "category");
    e.detail = text(json, "detail");
    e.channel = text(json, "channel");
    e.scheduledDate = text(json, "scheduled_date");
    e.actualDate = text(json, "actual_date");
    e.result = text(json, "result");
    return e;
}

QJsonObject ObpCrmEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("bank_id"), bankId},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("customer_number"), customerNumber},
            {QStringLiteral("category"), category},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("scheduled_date"), scheduledDate},
            {QStringLiteral("actual_date"), actualDate},
            {QStringLiteral("result"), result}};
}

std::optional<ObpCrmEventList> ObpCrmEventList::fromJson(const QJsonObject &json)
{
    auto list = items<ObpCrmEvent>(json, "crm_events");
    if (!list)
        return std::nullopt;
    return ObpCrmEventList{*list};
}

QJsonObject ObpCrmEventList::toJson() const
{
    return wrap(crmEvents, "crm_events");
}

FieldIssues ObpUserCustomerLinkRequest::validate() const
{
    FieldIssues issues;
    if (userId.trimmed().isEmpty())
        issues.append({QStringLiteral("user_id"), tr("Enter the USER_ID of the OBP user to link.")});
    if (customerId.trimmed().isEmpty())
        issues.append({QStringLiteral("customer_id"), tr("Look the customer up first.")});
    return issues;
}

std::optional<ObpUserCustomerLinkRequest> ObpUserCustomerLinkRequest::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("user_id")) || !json.contains(QStringLiteral("customer_id")))
        return std::nullopt;
    return ObpUserCustomerLinkRequest{text(json, "user_id"), text(json, "customer_id")};
}

std::optional<ObpUserCustomerLink> ObpUserCustomerLink::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("user_customer_link_id")))
        return std::nullopt;
    ObpUserCustomerLink l;
    l.userCustomerLinkId = text(json, "user_customer_link_id");
    l.customerId = text(json, "customer_id");
    l.userId = text(json, "user_id");
    l.dateInserted = text(json, "date_inserted");
    l.isActive = json.value(QStringLiteral("is_active")).toBool();
    return l;
}

QJsonObject ObpUserCustomerLink::toJson() const
{
    return {{QStringLiteral("user_customer_link_id"), userCustomerLinkId},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("date_inserted"), dateInserted},
            {QStringLiteral("is_active"), isActive}};
}
