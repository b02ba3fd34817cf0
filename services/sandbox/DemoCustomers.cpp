#include "DemoCustomers.h"

#include "IdentificationType.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <utility>

namespace {
QString identityKey(const QString &type, const QString &number)
{
    return type.trimmed().toUpper() + QLatin1Char(':') + number.trimmed().toUpper();
}
} // namespace

QString DemoCustomers::builtInPath()
{
    return QStringLiteral(":/sandbox/customers.json");
}

Result<DemoCustomers, QString> DemoCustomers::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read demo data %1: %2").arg(path, file.errorString());
    auto result = fromJson(file.readAll());
    if (!result)
        return QStringLiteral("%1: %2").arg(path, result.error());
    return result;
}

Result<DemoCustomers, QString> DemoCustomers::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
    const QJsonValue list = document.object().value(QStringLiteral("customers"));
    if (!list.isArray())
        return QStringLiteral("no \"customers\" list");

    DemoCustomers customers;
    QSet<QString> identities;
    QSet<QString> keys;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject record = entries.at(i).toObject();
        DemoCustomer customer;
        customer.key = record.value(QStringLiteral("key")).toString();
        customer.source = record.value(QStringLiteral("source")).toString();
        customer.record = record;
        const QString where = QStringLiteral("customer #%1 (%2)").arg(i + 1).arg(customer.key);

        if (customer.key.isEmpty())
            return QStringLiteral("customer #%1 has no \"key\"").arg(i + 1);
        if (keys.contains(customer.key))
            return QStringLiteral("%1: the key is used twice").arg(where);
        keys.insert(customer.key);

        const QJsonValue basicData = record.value(QStringLiteral("basicData"));
        if (!basicData.isObject())
            return QStringLiteral("%1: no \"basicData\" object").arg(where);
        // basicData holds the v4 personInfo object; the model reads whole replies.
        auto data = CustomerBasicData::fromJson(QJsonObject{{QStringLiteral("personInfo"), basicData}});
        if (!data)
            return QStringLiteral("%1: basicData is not the v4 personInfo shape").arg(where);
        data->responseType = QStringLiteral("OK");

        const auto type = IdentificationTypes::fromCode(data->govIssueIdentType);
        if (!type || IdentificationTypes::code(*type) != data->govIssueIdentType)
            return QStringLiteral("%1: unknown govIssueIdentType \"%2\"").arg(where, data->govIssueIdentType);
        if (data->identSerialNum.trimmed().isEmpty() || data->identSerialNum.trimmed() != data->identSerialNum)
            return QStringLiteral("%1: identSerialNum is empty or padded").arg(where);
        const QString identity = identityKey(data->govIssueIdentType, data->identSerialNum);
        if (identities.contains(identity)) {
            return QStringLiteral("%1: %2 %3 belongs to an earlier customer")
                .arg(where, data->govIssueIdentType, data->identSerialNum);
        }
        identities.insert(identity);

        customer.basicData = *data;
        customers.m_customers.append(customer);
    }
    return customers;
}

const DemoCustomer *DemoCustomers::findByIdentification(const QString &govIssueIdentType,
                                                        const QString &identSerialNum) const
{
    const QString wanted = identityKey(govIssueIdentType, identSerialNum);
    for (const DemoCustomer &customer : m_customers) {
        if (identityKey(customer.basicData.govIssueIdentType, customer.basicData.identSerialNum) == wanted)
            return &customer;
    }
    return nullptr;
}

const DemoCustomer *DemoCustomers::findByCellphone(const QString &cellphone) const
{
    const QString wanted = cellphoneDigits(cellphone);
    if (wanted.isEmpty())
        return nullptr;
    for (const DemoCustomer &customer : m_customers) {
        if (cellphoneDigits(customer.basicData.cellPhone) == wanted)
            return &customer;
    }
    for (const DemoCustomer &customer : m_customers) {
        if (cellphoneDigits(customer.basicData.contactCellPhone) == wanted)
            return &customer;
    }
    return nullptr;
}

QString DemoCustomers::cellphoneDigits(const QString &cellphone)
{
    QString digits;
    for (const QChar c : cellphone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool DemoCustomers::add(DemoCustomer customer)
{
    if (findByIdentification(customer.basicData.govIssueIdentType, customer.basicData.identSerialNum))
        return false;
    m_customers.append(std::move(customer));
    return true;
}

DemoCustomer *DemoCustomers::findByIdentification(const QString &govIssueIdentType, const QString &identSerialNum)
{
    return const_cast<DemoCustomer *>(std::as_const(*this).findByIdentification(govIssueIdentType, identSerialNum));
}
