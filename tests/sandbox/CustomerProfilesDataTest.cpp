// resources/demo/customer-profiles.json: every profile names a demo person,
// every section has the document's shape, and the people the README promises
// (PEP, inactive, many rows, the fault identity) are there.
#include "CustomerContactData.h"
#include "CustomerProfileRoutes.h"
#include "DemoCustomers.h"
#include "RemittanceCustomer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

TEST(CustomerProfilesData, EveryProfileIsADemoPersonWithDocumentShapedSections)
{
    const auto customers = DemoCustomers::load(DemoCustomers::builtInPath());
    ASSERT_TRUE(customers.ok());
    QFile file(CustomerProfileRoutes::builtInPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("branchdesk-customer-profiles"));

    QSet<QString> keys;
    bool pep = false;
    bool inactive = false;
    bool manyBeneficiaries = false;
    bool fault = false;
    for (const QJsonValue &value : root.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject profile = value.toObject();
        const QString type = profile.value(QStringLiteral("govIssueIdentType")).toString();
        const QString number = profile.value(QStringLiteral("identSerialNum")).toString();
        const QString key = profile.value(QStringLiteral("key")).toString();
        EXPECT_FALSE(keys.contains(type + number)) << key.toStdString() << " twice";
        keys.insert(type + number);
        const DemoCustomer *person = customers.value().findByIdentification(type, number);
        ASSERT_NE(person, nullptr) << key.toStdString() << " is not in customers.json";
        EXPECT_EQ(person->key, key);
        if (profile.contains(QStringLiteral("contactData"))) {
            EXPECT_TRUE(CustomerContactData::fromJson(profile.value(QStringLiteral("contactData")).toObject()))
                << key.toStdString();
        }
        if (profile.contains(QStringLiteral("remittance"))) {
            const auto remittance = RemittanceCustomer::fromJson(profile.value(QStringLiteral("remittance")).toObject());
            ASSERT_TRUE(remittance) << key.toStdString();
            EXPECT_EQ(remittance->identSerialNum, number) << key.toStdString();
            EXPECT_EQ(remittance->fullName(), person->basicData.displayName()) << key.toStdString();
            pep = pep || remittance->publiclyExposed;
            inactive = inactive || remittance->isInactive();
            manyBeneficiaries = manyBeneficiaries || remittance->beneficiaries.size() > 8;
        }
        fault = fault || profile.contains(QStringLiteral("contactFault"));
    }
    EXPECT_TRUE(pep);
    EXPECT_TRUE(inactive);
    EXPECT_TRUE(manyBeneficiaries);
    EXPECT_TRUE(fault);
}
