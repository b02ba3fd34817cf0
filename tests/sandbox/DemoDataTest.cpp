#include "SandboxTestSupport.h"

#include "DemoCustomers.h"
#include "FaultIdentities.h"
#include "IdentificationType.h"

#include <QSet>

namespace {
struct SeedPerson
{
    const char *type;
    const char *number;
    const char *fullName;
};

// Every person of the seed examples, with the identification they are served
// under (see resources/demo/README.md for the collisions).
const SeedPerson seedPeople[] = {
    {"CC", "1234567890", "JEIMY VANESSA INTENCIPA BONILLA"},
    {"CC", "1234567891", "CARLOS MARIO DE_FRANCISCO LOPEZ"},
    {"CC", "23912345", "SOLANGEL BALBINA VIANCHA VIANCHA"},
    {"CC", "79512345", "JOAQUIN MARIO DUARTE IREGUI"},
    {"CC", "123456789", "SARA JONES"},
    {"CC", "8783172", "DIONICIO SADY SUANCHA TUTA"},
    {"CC", "1234567892", "DIEGO MARIO CAPERA PAZ"},
    {"NI", "12321414", "DISTRIBUIDORA LA MESA S.A.S."},
    {"CC", "1007641", "HERNANDO ALFONSO PINZON ROJAS"},
    {"CC", "235435435", "MARTHA CECILIA GALVIS ORTEGA"},
    {"CC", "38250250", "GLORIA ESPERANZA VARGAS LOZANO"},
    {"CC", "1030", "RAFAEL ANTONIO CUBIDES MORA"},
    {"CC", "1025", "CLAUDIA PATRICIA LEON SIERRA"},
    {"CC", "51901591", "ROSA GRICELDA"},
    {"CC", "1028780657", "BRAYAN STIVEN RINCON AREVALO"},
    {"CC", "111111", "JORGE ENRIQUE BAUTISTA PARRA"},
    {"CC", "11233", "MANUEL SALVADOR OSPINA DUQUE"},
    {"CC", "10003598", "DORA NELLY RESTREPO HERRERA"},
    {"CE", "300541", "JOAO PEDRO OLIVEIRA SANTOS"},
    {"PE", "55444111", "ANDERSON PEDRO MARCANO PEREZ"},
    {"CC", "10229896891", "SERGIO PEDRO ARANGO VELEZ"},
    {"CC", "44458129653", "ANGELICA SUAREZ"},
    {"CC", "52433530", "FERNANDO SUAREZ"},
    {"TI", "456456", "FERNANDO SUAREZ"},
    {"CC", "80234567", "HAROL VILLAREAL"},
    {"CC", "3056441", "LUIS GONZALEZ"},
    {"CC", "1098765432", "MARIANA ISABEL QUINTERO SALAZAR"},
    {"PA", "5987953", "EVELINE TRIPMAN"},
};

DemoCustomers builtIn()
{
    auto loaded = DemoCustomers::load(DemoCustomers::builtInPath());
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().toStdString());
    return loaded.ok() ? loaded.value() : DemoCustomers();
}
} // namespace

TEST(DemoData, BuiltInDataLoads)
{
    const DemoCustomers customers = builtIn();
    EXPECT_GE(customers.all().size(), qsizetype(std::size(seedPeople)) + 6);
}

TEST(DemoData, HasEverySeedPerson)
{
    const DemoCustomers customers = builtIn();
    for (const SeedPerson &person : seedPeople) {
        const DemoCustomer *found =
            customers.findByIdentification(QString::fromLatin1(person.type), QString::fromLatin1(person.number));
        ASSERT_NE(found, nullptr) << person.type << " " << person.number;
        EXPECT_EQ(found->basicData.fullName, QString::fromUtf8(person.fullName));
        EXPECT_FALSE(found->source.isEmpty());
    }
}

TEST(DemoData, CoversEveryIdentificationType)
{
    const DemoCustomers customers = builtIn();
    QSet<QString> types;
    for (const DemoCustomer &customer : customers.all())
        types.insert(customer.basicData.govIssueIdentType);
    for (IdentificationType type : IdentificationTypes::all())
        EXPECT_TRUE(types.contains(IdentificationTypes::code(type))) << IdentificationTypes::code(type).toStdString();
    ASSERT_NE(customers.findByCellphone(QStringLiteral("3001234567")), nullptr);
}

TEST(DemoData, CellphonesAreUniqueAndNoFaultIdentityIsData)
{
    const DemoCustomers customers = builtIn();
    QHash<QString, QString> owners;
    for (const DemoCustomer &customer : customers.all()) {
        for (const QString &phone : {customer.basicData.cellPhone, customer.basicData.contactCellPhone}) {
            const QString digits = DemoCustomers::cellphoneDigits(phone);
            if (digits.isEmpty())
                continue;
            const QString previous = owners.value(digits, customer.key);
            EXPECT_EQ(previous, customer.key) << phone.toStdString() << " is used twice";
            owners.insert(digits, customer.key);
        }
        for (const FaultIdentities::Fault &fault : FaultIdentities::all())
            EXPECT_NE(customer.basicData.identSerialNum, fault.identSerialNum) << customer.key.toStdString();
    }
}

TEST(DemoData, LoaderRejectsBrokenData)
{
    const QByteArray duplicate = R"({"customers":[
        {"key":"a","basicData":{"govIssueIdent":{"govIssueIdentType":"CC","identSerialNum":"1"}}},
        {"key":"b","basicData":{"govIssueIdent":{"govIssueIdentType":"CC","identSerialNum":"1"}}}]})";
    const auto duplicated = DemoCustomers::fromJson(duplicate);
    ASSERT_FALSE(duplicated.ok());
    EXPECT_TRUE(duplicated.error().contains(QStringLiteral("(b)"))) << duplicated.error().toStdString();

    EXPECT_FALSE(DemoCustomers::fromJson(R"({"customers":[{"key":"a","basicData":{"govIssueIdent":{
        "govIssueIdentType":"cc","identSerialNum":"1"}}}]})").ok());
    EXPECT_FALSE(DemoCustomers::fromJson(R"({"customers":[{"key":"a","basicData":{"govIssueIdent":{
        "govIssueIdentType":"CC","identSerialNum":""}}}]})").ok());
    EXPECT_FALSE(DemoCustomers::fromJson(R"({"customers":[{"basicData":{}}]})").ok());
    EXPECT_FALSE(DemoCustomers::fromJson(R"({"people":[]})").ok());
    EXPECT_FALSE(DemoCustomers::fromJson("not json").ok());
}

class DemoDataServed : public SandboxSuite
{
};

TEST_F(DemoDataServed, EveryCustomerIsFoundByV4Lookup)
{
    const DemoCustomers customers = builtIn();
    const QString token = client().fetchToken(server());
    for (const DemoCustomer &customer : customers.all()) {
        const CustomerBasicData &data = customer.basicData;
        const QUrlQuery identification = identificationQuery(data.govIssueIdentType, data.identSerialNum);
        const HttpResult byId = client().getAndWait(server().url(basicDataPath, identification), bearer(token));
        EXPECT_EQ(byId.status, 200) << customer.key.toStdString() << ": " << byId.body.constData();
        EXPECT_EQ(byId.json(), data.toJson()) << customer.key.toStdString();

        for (const QString &phone : {data.cellPhone, data.contactCellPhone}) {
            if (phone.isEmpty())
                continue;
            const HttpResult byPhone = client().getAndWait(server().url(basicDataPath, cellphoneQuery(phone)),
                                                           bearer(token));
            EXPECT_EQ(byPhone.status, 200) << customer.key.toStdString() << " by " << phone.toStdString();
            EXPECT_EQ(byPhone.json(), data.toJson()) << customer.key.toStdString() << " by " << phone.toStdString();
        }
    }
}
