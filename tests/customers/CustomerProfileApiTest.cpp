// "Get Customer Data Information" and "Remittances - Consult customer" over
// HTTPS against the real training server: the served demo profiles, the
// documented codes for unknown people, the 360 fault identity and the
// latency switch.
#include "CustomersApi.h"
#include "Journal.h"
#include "OperatorSession.h"
#include "ProfileCodes.h"
#include "TrainingServerFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

// The training server is shut down by the environment CustomersCreateApiTest.cpp registers.

namespace {

template <typename T>
Result<T> waitFor(const PendingCall<T> &call)
{
    std::optional<Result<T>> result;
    QObject context;
    call.then(&context, [&result](const Result<T> &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    if (!result)
        return Result<T>(ApiError::make(ApiError::Kind::Timeout));
    return *result;
}

const QString cc = QStringLiteral("CC");
const QString joaquin = QStringLiteral("79512345");
const QString diego = QStringLiteral("1234567892");
const QString jeimy = QStringLiteral("1234567890");
const QString evaristo = QStringLiteral("17012345");
const QString maria = QStringLiteral("52123456");
const QString faultIdentity = QStringLiteral("3600000500");

class CustomerProfileApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment(15000));
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<CustomersApi>(m_client.get());
    }
    void TearDown() override { TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/all/0")); }

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomersApi> m_api;
};

} // namespace

TEST_F(CustomerProfileApiTest, ContactDataOfJoaquinIsTheSeedExample)
{
    const auto call = m_api->customerContactData(cc, joaquin);
    // The journal gets the identity number as the subject, which it masks.
    ASSERT_NE(call.operation(), nullptr);
    EXPECT_EQ(call.operation()->request().subject, joaquin);
    EXPECT_EQ(call.operation()->request().operation, QStringLiteral("customers.contactData"));
    const auto result = waitFor(call);
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    const CustomerContactData &d = result.value();
    EXPECT_EQ(d.residence.addr1, QStringLiteral("CL 43 23 57"));
    EXPECT_EQ(d.office.phoneExt, QStringLiteral("123"));
    EXPECT_EQ(d.businessProfessionSpecificCode, QStringLiteral("6513"));
    EXPECT_EQ(CustomerContactData::amount(d.incomeAmt), 4510000.0);
    EXPECT_EQ(CustomerContactData::amount(d.familyHeritageAmt), 6300000.0);
    EXPECT_EQ(d.sarlaftOn(), QDate(2023, 5, 12));
    EXPECT_EQ(d.bindable, std::optional<bool>(false));
}

TEST_F(CustomerProfileApiTest, ContactDataOfAPersonWithoutProfileComesFromBasicData)
{
    // Solangel has no contact section in customer-profiles.json.
    const auto result = waitFor(m_api->customerContactData(cc, QStringLiteral("23912345")));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_FALSE(result.value().residence.addr1.isEmpty());
    EXPECT_EQ(result.value().bindable, std::optional<bool>(true));
}

TEST_F(CustomerProfileApiTest, UnknownPeopleGetTheDocumentedCode)
{
    const QString nobody = QStringLiteral("1000000001");
    const auto contact = waitFor(m_api->customerContactData(cc, nobody));
    ASSERT_FALSE(contact.ok());
    EXPECT_EQ(contact.error().httpStatus, 400);
    EXPECT_EQ(contact.error().code, QStringLiteral("51011"));
    EXPECT_EQ(contact.error().description, QStringLiteral("CLIENTE NO EXISTE BCSC"));
    EXPECT_EQ(ProfileCodes::explain(contact.error(), ProfileCodes::Read::ContactData).kind, ApiError::Kind::NotFound);
    EXPECT_FALSE(contact.error().transactionId.isEmpty());

    const auto remittance = waitFor(m_api->remittanceCustomer(cc, nobody));
    ASSERT_FALSE(remittance.ok());
    EXPECT_EQ(remittance.error().responseType, QStringLiteral("ER400"));
    EXPECT_EQ(remittance.error().code, QStringLiteral("51011"));
    EXPECT_EQ(ProfileCodes::explain(remittance.error(), ProfileCodes::Read::Remittance).kind,
              ApiError::Kind::NotFound);
}

TEST_F(CustomerProfileApiTest, LettersInANumericNumberGetCode50555)
{
    const auto result = waitFor(m_api->customerContactData(cc, QStringLiteral("79A12345")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("50555"));
    EXPECT_EQ(ProfileCodes::explain(result.error(), ProfileCodes::Read::ContactData).kind,
              ApiError::Kind::InvalidRequest);
}

TEST_F(CustomerProfileApiTest, AnUnknownTypeIsRefusedBeforeSending)
{
    int finished = 0;
    QObject::connect(m_client.get(), &ApiClient::operationOutcome, m_client.get(),
                     [&finished](const QString &, const QString &outcome, const QString &) {
                         if (outcome != QLatin1String("invalid-request"))
                             ++finished;
                     });
    const auto contact = waitFor(m_api->customerContactData(QStringLiteral("XX"), joaquin));
    const auto remittance = waitFor(m_api->remittanceCustomer(cc, QString()));
    EXPECT_EQ(contact.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(contact.error().httpStatus, 0); // never reached the server
    EXPECT_EQ(remittance.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(remittance.error().httpStatus, 0);
    EXPECT_EQ(finished, 0);
}

TEST_F(CustomerProfileApiTest, RemittanceProfileOfDiegoIsTheSeedExampleAndPep)
{
    const auto call = m_api->remittanceCustomer(cc, diego);
    ASSERT_NE(call.operation(), nullptr);
    EXPECT_EQ(call.operation()->request().subject, diego);
    const auto result = waitFor(call);
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    const RemittanceCustomer &r = result.value();
    EXPECT_EQ(r.fullName(), QStringLiteral("DIEGO MARIO CAPERA PAZ"));
    EXPECT_EQ(r.identSerialNum, diego);
    EXPECT_TRUE(r.publiclyExposed);
    EXPECT_EQ(r.status, QStringLiteral("Activo"));
    ASSERT_EQ(r.beneficiaries.size(), 1);
    EXPECT_EQ(r.beneficiaries.first().fullName(), QStringLiteral("CARLOS MARIO DE_FRANCISCO LOPEZ"));
    ASSERT_EQ(r.concepts.size(), 1);
    EXPECT_EQ(r.concepts.first().type, QStringLiteral("VLRING"));
    EXPECT_EQ(r.termsConditions, std::optional<bool>(true));
}

TEST_F(CustomerProfileApiTest, RemittanceStatusesAndLists)
{
    const auto normal = waitFor(m_api->remittanceCustomer(cc, jeimy));
    ASSERT_TRUE(normal.ok());
    EXPECT_FALSE(normal.value().publiclyExposed);
    EXPECT_FALSE(normal.value().isInactive());
    const auto inactive = waitFor(m_api->remittanceCustomer(cc, evaristo));
    ASSERT_TRUE(inactive.ok());
    EXPECT_TRUE(inactive.value().isInactive());
    const auto many = waitFor(m_api->remittanceCustomer(cc, maria));
    ASSERT_TRUE(many.ok());
    EXPECT_GE(many.value().beneficiaries.size(), 12);
    EXPECT_EQ(many.value().concepts.size(), 4);
    const auto locations = waitFor(m_api->customerLocations(cc, maria));
    ASSERT_TRUE(locations.ok());
    EXPECT_GE(locations.value().postAddr.size(), 8);
}

TEST_F(CustomerProfileApiTest, FaultIdentityFailsContactDataOnly)
{
    const auto contact = waitFor(m_api->customerContactData(cc, faultIdentity));
    ASSERT_FALSE(contact.ok());
    EXPECT_EQ(contact.error().httpStatus, 500);
    EXPECT_EQ(contact.error().kind, ApiError::Kind::Server);
    EXPECT_EQ(contact.error().code, QStringLiteral("50099"));

    EXPECT_TRUE(waitFor(m_api->basicData(CustomerBasicDataQuery::byIdentification(cc, faultIdentity))).ok());
    EXPECT_TRUE(waitFor(m_api->customerLocations(cc, faultIdentity)).ok());
    EXPECT_TRUE(waitFor(m_api->remittanceCustomer(cc, faultIdentity)).ok());
}

TEST_F(CustomerProfileApiTest, LatencySwitchDelaysOneReadOnly)
{
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/remittance/1500")),
              200);
    QElapsedTimer timer;
    timer.start();
    std::optional<qint64> contactDone;
    std::optional<qint64> remittanceDone;
    QObject context;
    m_api->customerContactData(cc, jeimy).then(&context, [&](const Result<CustomerContactData> &r) {
        EXPECT_TRUE(r.ok());
        contactDone = timer.elapsed();
    });
    m_api->remittanceCustomer(cc, jeimy).then(&context, [&](const Result<RemittanceCustomer> &r) {
        EXPECT_TRUE(r.ok());
        remittanceDone = timer.elapsed();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return contactDone && remittanceDone; }, 20000));
    EXPECT_GE(*remittanceDone, 1500);
    EXPECT_LT(*contactDone, *remittanceDone); // the other read answered first

    // A bad switch is refused; 0 switches it off again.
    EXPECT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/contact/-1")), 400);
    EXPECT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/other/10")), 400);
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/all/0")), 200);
    timer.restart();
    EXPECT_TRUE(waitFor(m_api->remittanceCustomer(cc, jeimy)).ok());
    EXPECT_LT(timer.elapsed(), 1500);
}

TEST_F(CustomerProfileApiTest, BothReadsAreJournaledWithAMaskedSubject)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    ApiClient client(nullptr, &journal);
    client.setEnvironment(TrainingServerFixture::environment(15000));
    client.setOperatorSession(OperatorSession::demoOperator());
    CustomersApi api(&client);
    ASSERT_TRUE(waitFor(api.customerContactData(cc, diego)).ok());
    ASSERT_FALSE(waitFor(api.remittanceCustomer(cc, QStringLiteral("1000000001"))).ok());

    const QList<JournalEntry> entries = journal.entries();
    ASSERT_EQ(entries.size(), 2);
    QStringList operations;
    for (const JournalEntry &entry : entries) {
        operations << entry.operation;
        EXPECT_FALSE(entry.subject.contains(QStringLiteral("12345"))) << entry.subject.toStdString();
        EXPECT_FALSE(entry.subject.contains(QStringLiteral("100000"))) << entry.subject.toStdString();
        EXPECT_FALSE(entry.transactionId.isEmpty());
    }
    EXPECT_TRUE(operations.contains(QStringLiteral("customers.contactData")));
    EXPECT_TRUE(operations.contains(QStringLiteral("customers.remittanceCustomer")));
    for (const JournalEntry &entry : entries) {
        if (entry.operation == QLatin1String("customers.remittanceCustomer")) {
            EXPECT_EQ(entry.subject, QStringLiteral("******0001"));
            EXPECT_EQ(entry.errorCode, QStringLiteral("51011"));
        } else {
            EXPECT_EQ(entry.subject, QStringLiteral("******7892"));
            EXPECT_EQ(entry.outcome, QStringLiteral("ok"));
        }
    }
}
