// ObpApi against the real training server over HTTPS: every operation of
// seed 004 at OBP's v3.1.0 paths, DirectLogin, roles (OBP-20006) and the
// documented refusals.
#include "ObpApi.h"
#include "TrainingServerFixture.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

const QString bank = QStringLiteral("gh.29.uk");
const QString eveline = QStringLiteral("7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh");

class ObpApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<ObpApi>(m_client.get());
        QObject::connect(m_client.get(), &ApiClient::operationFinished, &m_context, [this] { ++m_sent; });
    }

    template <typename T>
    Result<T> wait(const PendingCall<T> &call)
    {
        std::optional<Result<T>> result;
        call.then(&m_context, [&result](const Result<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
        if (!result)
            return Result<T>(ApiError::make(ApiError::Kind::Timeout));
        return *result;
    }

    void login(int user = 0)
    {
        const auto r = wait(m_api->login(ObpApi::trainingLogins().at(user)));
        ASSERT_TRUE(r.ok()) << r.error().userMessage().toStdString();
        ASSERT_TRUE(m_api->isLoggedIn());
    }

    static ObpCustomerCreateRequest newCustomer(const QString &name)
    {
        ObpCustomerCreateRequest r;
        r.legalName = name;
        r.mobilePhoneNumber = QStringLiteral("+49 30 901820");
        r.email = QStringLiteral("felixsmith@example.com");
        r.faceImageUrl = QStringLiteral("http://www.example.com/id-docs/123/image.png");
        r.faceImageDate = QDate(2020, 1, 27);
        r.dateOfBirth = QDate(1984, 3, 9);
        r.relationshipStatus = QStringLiteral("single");
        r.dobOfDependants = {QDate(2019, 9, 8), QDate(2017, 7, 12)};
        r.creditRating = QStringLiteral("OBP");
        r.creditSource = QStringLiteral("OBP");
        r.creditLimitCurrency = QStringLiteral("EUR");
        r.creditLimitAmount = QStringLiteral("10.12");
        r.highestEducationAttained = QStringLiteral("Master");
        r.employmentStatus = QStringLiteral("worker");
        r.lastOkDate = QDateTime(QDate(2024, 2, 13), QTime(20, 38, 16), Qt::UTC);
        r.title = QStringLiteral("Dr.");
        r.branchId = QStringLiteral("DERBY6");
        r.nameSuffix = QStringLiteral("Sr");
        return r;
    }

    ObpCustomer create(const QString &name)
    {
        const auto r = wait(m_api->createCustomer(bank, newCustomer(name)));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().userMessage().toStdString());
        return r.ok() ? r.value() : ObpCustomer();
    }

    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ObpApi> m_api;
    int m_sent = 0;
};

} // namespace

TEST_F(ObpApiTest, WithoutLoginOBPAnswers20001)
{
    const auto r = wait(m_api->customerById(bank, eveline));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("OBP-20001"));
    EXPECT_EQ(r.error().httpStatus, 401);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Unauthorized);
}

TEST_F(ObpApiTest, DirectLoginRefusesWrongPasswordWithoutKeepingAToken)
{
    ObpDirectLogin wrong = ObpApi::trainingLogins().first();
    wrong.password = QStringLiteral("wrong");
    const auto r = wait(m_api->login(wrong));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("OBP-20004"));
    EXPECT_FALSE(m_api->isLoggedIn());

    // Input DirectLogin cannot carry is refused before sending.
    m_sent = 0;
    wrong.password = QStringLiteral("a\"b");
    const auto refused = wait(m_api->login(wrong));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ApiError::Kind::InvalidRequest);
}

TEST_F(ObpApiTest, CreateThenGetByIdAndByNumber)
{
    login();
    const ObpCustomer created = create(QStringLiteral("Ada Created"));
    EXPECT_EQ(created.bankId, bank);
    EXPECT_FALSE(created.customerId.isEmpty());
    EXPECT_FALSE(created.customerNumber.isEmpty());
    EXPECT_EQ(created.dependants, 2);
    EXPECT_EQ(created.dateOfBirthDate(), QDate(1984, 3, 9));
    EXPECT_EQ(created.creditLimitAmount, QStringLiteral("10.12"));
    EXPECT_EQ(created.nameSuffix, QStringLiteral("Sr"));

    const auto byId = wait(m_api->customerById(bank, created.customerId));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId.value().legalName, QStringLiteral("Ada Created"));
    const auto byNumber = wait(m_api->customerByNumber(bank, created.customerNumber));
    ASSERT_TRUE(byNumber.ok());
    EXPECT_EQ(byNumber.value().customerId, created.customerId);

    // The seed's own example record.
    const auto seeded = wait(m_api->customerByNumber(bank, QStringLiteral("5987953")));
    ASSERT_TRUE(seeded.ok());
    EXPECT_EQ(seeded.value().legalName, QStringLiteral("Eveline Tripman"));
    EXPECT_EQ(seeded.value().customerAttributes.size(), 1);
}

TEST_F(ObpApiTest, UnknownCustomerBankAndBadBankId)
{
    login();
    const auto missing = wait(m_api->customerById(bank, QStringLiteral("no-such-customer")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("OBP-30046"));
    EXPECT_EQ(missing.error().kind, ApiError::Kind::NotFound);
    const auto noBank = wait(m_api->customerById(QStringLiteral("no.such.bank"), eveline));
    ASSERT_FALSE(noBank.ok());
    EXPECT_EQ(noBank.error().code, QStringLiteral("OBP-30001"));

    m_sent = 0;
    const auto badBank = wait(m_api->customerById(QStringLiteral("bad bank!"), eveline));
    ASSERT_FALSE(badBank.ok());
    EXPECT_EQ(badBank.error().kind, ApiError::Kind::InvalidRequest);
}

TEST_F(ObpApiTest, UserWithoutCanCreateCustomerGets20006WithTheRoles)
{
    login(1);
    const auto r = wait(m_api->createCustomer(bank, newCustomer(QStringLiteral("Not Allowed"))));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("OBP-20006"));
    EXPECT_EQ(r.error().httpStatus, 403);
    EXPECT_EQ(r.error().obpMissingRoles(),
              (QStringList{QStringLiteral("CanCreateCustomer"), QStringLiteral("CanCreateCustomerAtAnyBank")}));
    // The reader can still read.
    EXPECT_TRUE(wait(m_api->customerById(bank, eveline)).ok());
}

TEST_F(ObpApiTest, InvalidCreateIsRefusedBeforeSending)
{
    login();
    m_sent = 0;
    ObpCustomerCreateRequest bad = newCustomer(QString());
    const auto r = wait(m_api->createCustomer(bank, bad));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(r.error().httpStatus, 0);
}

TEST_F(ObpApiTest, CustomerListsMineAtBankAndFirehose)
{
    login();
    const auto mine = wait(m_api->customersForCurrentUser());
    ASSERT_TRUE(mine.ok());
    ASSERT_FALSE(mine.value().customers.isEmpty());
    EXPECT_EQ(mine.value().customers.first().legalName, QStringLiteral("Eveline Tripman"));
    const auto atBank = wait(m_api->customersForCurrentUserAtBank(bank));
    ASSERT_TRUE(atBank.ok());
    EXPECT_FALSE(atBank.value().customers.isEmpty());
    const auto elsewhere = wait(m_api->customersForCurrentUserAtBank(QStringLiteral("branchdesk.training")));
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_TRUE(elsewhere.value().customers.isEmpty());

    const auto firehose = wait(m_api->firehoseCustomers(bank, 1, 0));
    ASSERT_TRUE(firehose.ok());
    EXPECT_EQ(firehose.value().customers.size(), 1);
    const auto all = wait(m_api->firehoseCustomers(bank));
    ASSERT_TRUE(all.ok());
    EXPECT_GE(all.value().customers.size(), 2);

    m_api->logout();
    login(1);
    const auto denied = wait(m_api->firehoseCustomers(bank));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().obpMissingRoles(), QStringList{QStringLiteral("CanUseCustomerFirehoseAtAnyBank")});
}

TEST_F(ObpApiTest, LinkAUserToACustomer)
{
    login();
    const ObpCustomer created = create(QStringLiteral("Link Me"));
    const QString reader = QStringLiteral("5fd2a1c4-3b7e-4c55-9d0a-7e1f2b3c4d5e");
    const auto link = wait(m_api->createUserCustomerLink(bank, {reader, created.customerId}));
    ASSERT_TRUE(link.ok()) << link.error().userMessage().toStdString();
    EXPECT_EQ(link.value().customerId, created.customerId);
    EXPECT_EQ(link.value().userId, reader);
    EXPECT_TRUE(link.value().isActive);
    const auto again = wait(m_api->createUserCustomerLink(bank, {reader, created.customerId}));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("OBP-30007"));
    const auto nobody = wait(m_api->createUserCustomerLink(bank, {QStringLiteral("nobody"), created.customerId}));
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, QStringLiteral("OBP-20005"));

    // The linked customer is now the reader's.
    m_api->logout();
    login(1);
    const auto mine = wait(m_api->customersForCurrentUser());
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine.value().customers.size(), 1);
    EXPECT_EQ(mine.value().customers.first().customerId, created.customerId);
}

TEST_F(ObpApiTest, AddressesCreateListUpdateDelete)
{
    login();
    const ObpCustomer c = create(QStringLiteral("Address Owner"));
    ObpAddressRequest request;
    request.line1 = QStringLiteral("No 1 the Road");
    request.city = QStringLiteral("Berlin");
    request.state = QStringLiteral("Brandenburg");
    request.postcode = QStringLiteral("13359");
    request.countryCode = QStringLiteral("DE");
    request.tags = {QStringLiteral("mailing"), QStringLiteral("home")};
    request.status = QStringLiteral("OK");
    const auto created = wait(m_api->createAddress(bank, c.customerId, request));
    ASSERT_TRUE(created.ok()) << created.error().userMessage().toStdString();
    EXPECT_EQ(created.value().customerId, c.customerId);
    EXPECT_EQ(created.value().tags, request.tags);

    request.city = QStringLiteral("Potsdam");
    const auto updated = wait(m_api->updateAddress(bank, c.customerId, created.value().customerAddressId, request));
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated.value().city, QStringLiteral("Potsdam"));

    auto list = wait(m_api->addresses(bank, c.customerId));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().addresses.size(), 1);
    EXPECT_EQ(list.value().addresses.first().city, QStringLiteral("Potsdam"));

    // OBP answers the DELETE with a bare `true`.
    const auto removed = wait(m_api->deleteAddress(bank, c.customerId, created.value().customerAddressId));
    ASSERT_TRUE(removed.ok()) << removed.error().userMessage().toStdString();
    list = wait(m_api->addresses(bank, c.customerId));
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list.value().addresses.isEmpty());

    // The seed's Berlin address is served for Eveline Tripman.
    const auto seeded = wait(m_api->addresses(bank, eveline));
    ASSERT_TRUE(seeded.ok());
    ASSERT_FALSE(seeded.value().addresses.isEmpty());
    EXPECT_EQ(seeded.value().addresses.first().city, QStringLiteral("Berlin"));
}

TEST_F(ObpApiTest, TaxResidencesCreateListDelete)
{
    login();
    const ObpCustomer c = create(QStringLiteral("Tax Payer"));
    const auto created = wait(m_api->createTaxResidence(bank, c.customerId, {QStringLiteral("DE"), QStringLiteral("456")}));
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created.value().taxNumber, QStringLiteral("456"));
    auto list = wait(m_api->taxResidences(bank, c.customerId));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().taxResidences.size(), 1);
    const auto removed = wait(m_api->deleteTaxResidence(bank, c.customerId, created.value().taxResidenceId));
    ASSERT_TRUE(removed.ok());
    list = wait(m_api->taxResidences(bank, c.customerId));
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list.value().taxResidences.isEmpty());
}

TEST_F(ObpApiTest, SocialMediaHandlesAndCrmEvents)
{
    login();
    const ObpCustomer c = create(QStringLiteral("Social Person"));
    ObpSocialMediaHandle handle;
    handle.customerNumber = c.customerNumber;
    handle.type = QStringLiteral("twitter");
    handle.handle = QStringLiteral("@social");
    handle.dateAdded = QStringLiteral("2024-01-01T00:00:00Z");
    handle.dateActivated = QStringLiteral("2024-01-02T00:00:00Z");
    const auto added = wait(m_api->addSocialMediaHandle(bank, c.customerId, handle));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.value().success, QStringLiteral("Success"));
    const auto list = wait(m_api->socialMediaHandles(bank, c.customerId));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().checks.size(), 1);
    EXPECT_EQ(list.value().checks.first().handle, QStringLiteral("@social"));

    const auto events = wait(m_api->crmEvents(bank));
    ASSERT_TRUE(events.ok());
    ASSERT_FALSE(events.value().crmEvents.isEmpty());
    EXPECT_EQ(events.value().crmEvents.first().customerNumber, QStringLiteral("5987953"));
}

TEST_F(ObpApiTest, EveryUpdateChangesItsAttribute)
{
    login();
    const ObpCustomer c = create(QStringLiteral("To Be Updated"));
    const auto update = [&](const ObpCustomerUpdate &u) {
        const auto r = wait(m_api->updateCustomer(bank, c.customerId, u));
        EXPECT_TRUE(r.ok()) << u.pathSegment().toStdString() << ": "
                            << (r.ok() ? "" : r.error().userMessage().toStdString());
        return r.ok() ? r.value() : ObpCustomer();
    };
    EXPECT_EQ(update(ObpCustomerUpdate::branch(QStringLiteral("BERLIN1"))).branchId, QStringLiteral("BERLIN1"));
    const ObpCustomer limit = update(ObpCustomerUpdate::creditLimit(QStringLiteral("USD"), QStringLiteral("2500.50")));
    EXPECT_EQ(limit.creditLimitCurrency, QStringLiteral("USD"));
    EXPECT_EQ(limit.creditLimitAmount, QStringLiteral("2500.50"));
    const ObpCustomer rating = update(ObpCustomerUpdate::creditRatingAndSource(QStringLiteral("AA"), QStringLiteral("Schufa")));
    EXPECT_EQ(rating.creditRating, QStringLiteral("AA"));
    EXPECT_EQ(rating.creditSource, QStringLiteral("Schufa"));
    EXPECT_EQ(update(ObpCustomerUpdate::email(QStringLiteral("new@example.com"))).email, QStringLiteral("new@example.com"));
    const ObpCustomer identity = update(ObpCustomerUpdate::identity(QStringLiteral("Renamed Person"), QDate(1970, 2, 3),
                                                                    QStringLiteral("Prof."), QStringLiteral("Jr")));
    EXPECT_EQ(identity.legalName, QStringLiteral("Renamed Person"));
    EXPECT_EQ(identity.dateOfBirthDate(), QDate(1970, 2, 3));
    EXPECT_EQ(identity.title, QStringLiteral("Prof."));
    EXPECT_EQ(update(ObpCustomerUpdate::mobileNumber(QStringLiteral("+44 07972 444 876"))).mobilePhoneNumber,
              QStringLiteral("+44 07972 444 876"));
    const QString number = QStringLiteral("77") + c.customerNumber;
    EXPECT_EQ(update(ObpCustomerUpdate::number(number)).customerNumber, number);
    const ObpCustomer data = update(ObpCustomerUpdate::otherData(QStringLiteral("https://example.com/me.png"), QDate(2024, 1, 1),
                                                                 QStringLiteral("married"), 3, QStringLiteral("PhD"),
                                                                 QStringLiteral("retired")));
    EXPECT_EQ(data.relationshipStatus, QStringLiteral("married"));
    EXPECT_EQ(data.dependants, 3);
    EXPECT_EQ(data.faceImageUrl, QStringLiteral("https://example.com/me.png"));

    // Another customer's number is taken: OBP-30006.
    const auto taken = wait(m_api->updateCustomer(bank, c.customerId, ObpCustomerUpdate::number(QStringLiteral("5987953"))));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, QStringLiteral("OBP-30006"));
}

TEST_F(ObpApiTest, AnExpiredTokenLogsInAgainOnceAndResends)
{
    login();
    int sessionChanges = 0;
    QObject::connect(m_api.get(), &ObpApi::sessionChanged, &m_context, [&sessionChanges] { ++sessionChanges; });
    // The server's fault switch expires every token, DirectLogin's too.
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/expire-tokens")), 200);
    m_sent = 0;
    const auto r = wait(m_api->customerById(bank, eveline));
    ASSERT_TRUE(r.ok()) << r.error().userMessage().toStdString();
    EXPECT_EQ(r.value().legalName, QStringLiteral("Eveline Tripman"));
    EXPECT_EQ(sessionChanges, 1); // one new login
    EXPECT_EQ(m_sent, 2);         // the login and the lookup, journaled once each
    EXPECT_TRUE(m_api->isLoggedIn());
}

TEST_F(ObpApiTest, AfterLogoutCallsAreRefusedByOBPAndNotRetried)
{
    login();
    m_api->logout();
    EXPECT_FALSE(m_api->isLoggedIn());
    m_sent = 0;
    const auto r = wait(m_api->customerById(bank, eveline));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("OBP-20001"));
    EXPECT_EQ(m_sent, 1);
}
