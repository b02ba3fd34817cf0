// The OBP v3.1.0 Customer models: every seed 004 example parses as printed
// and is written back member for member; the request models produce OBP's
// bodies and refuse what OBP would refuse.
#include "ObpAddress.h"
#include "ObpCustomer.h"
#include "ObpCustomerCreateRequest.h"
#include "ObpCustomerRecords.h"
#include "ObpCustomerUpdate.h"
#include "ObpDirectLogin.h"
#include "ObpSeedExamples.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

template <typename Model>
void expectRoundTrip(const char *name, const char *json)
{
    const QJsonObject original = parse(json);
    const auto model = Model::fromJson(original);
    ASSERT_TRUE(model.has_value()) << name;
    EXPECT_EQ(model->toJson(), original) << name << "\n got:      " << text(model->toJson()) << "\n expected: " << text(original);
}

bool sameKeys(const QJsonObject &a, QStringList keys)
{
    QStringList have = a.keys();
    have.sort();
    keys.sort();
    return have == keys;
}

bool sameKeys(const QJsonObject &a, std::initializer_list<const char *> names)
{
    QStringList keys;
    for (const char *n : names)
        keys << QString::fromLatin1(n);
    return sameKeys(a, keys);
}

} // namespace

TEST(ObpModels, EveryCustomerReplyOfTheSeedRoundTrips)
{
    for (const ObpSeedExample &example : ObpSeed::customerReplies)
        expectRoundTrip<ObpCustomer>(example.operation, example.json);
}

TEST(ObpModels, CustomerReplyFieldsAreRead)
{
    const auto c = ObpCustomer::fromJson(parse(ObpSeed::customerById));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->legalName, QStringLiteral("Eveline Tripman"));
    EXPECT_EQ(c->customerNumber, QStringLiteral("5987953"));
    EXPECT_EQ(c->faceImageUrl, QStringLiteral("www.openbankproject"));
    EXPECT_EQ(c->dependants, 1);
    EXPECT_EQ(c->dobOfDependants, QStringList{QStringLiteral("1100-01-01T00:00:00Z")});
    EXPECT_EQ(c->creditLimitCurrency, QStringLiteral("EUR"));
    EXPECT_EQ(c->creditLimitAmount, QStringLiteral("0"));
    EXPECT_FALSE(c->kycStatus);
    EXPECT_EQ(c->dateOfBirthDate(), QDate(1100, 1, 1));
    ASSERT_EQ(c->customerAttributes.size(), 1);
    EXPECT_EQ(c->customerAttributes.first().name, QStringLiteral("SPECIAL_TAX_NUMBER"));
    EXPECT_EQ(c->customerAttributes.first().value, QStringLiteral("123456789"));
}

TEST(ObpModels, CustomerListsRoundTripIncludingTheCompactDates)
{
    expectRoundTrip<ObpCustomerList>("customersForCurrentUser", ObpSeed::customersForCurrentUser);
    expectRoundTrip<ObpCustomerList>("customersForCurrentUserAtBank", ObpSeed::customersForCurrentUserAtBank);
    expectRoundTrip<ObpCustomerList>("firehoseCustomers", ObpSeed::firehoseCustomers);
    // The customers-for-user example prints dates as 19900101.
    const auto list = ObpCustomerList::fromJson(parse(ObpSeed::customersForCurrentUser));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->customers.size(), 1);
    EXPECT_EQ(list->customers.first().dateOfBirthDate(), QDate(1990, 1, 1));
    // The v3.0.0-shaped list has no title: none is invented on the way back.
    const auto atBank = ObpCustomerList::fromJson(parse(ObpSeed::customersForCurrentUserAtBank));
    ASSERT_TRUE(atBank);
    EXPECT_FALSE(atBank->toJson().value(QStringLiteral("customers")).toArray().first().toObject().contains(QStringLiteral("title")));
}

TEST(ObpModels, AddressesTaxResidencesHandlesAndCrmEventsRoundTrip)
{
    expectRoundTrip<ObpAddress>("createAddress", ObpSeed::createAddress);
    expectRoundTrip<ObpAddress>("updateAddress", ObpSeed::updateAddress);
    expectRoundTrip<ObpAddressList>("customerAddresses", ObpSeed::customerAddresses);
    expectRoundTrip<ObpTaxResidence>("createTaxResidence", ObpSeed::createTaxResidence);
    expectRoundTrip<ObpTaxResidenceList>("taxResidences", ObpSeed::taxResidences);
    expectRoundTrip<ObpSocialMediaHandleList>("socialMediaHandles", ObpSeed::socialMediaHandles);
    expectRoundTrip<ObpSuccess>("socialMediaHandleCreated", ObpSeed::socialMediaHandleCreated);
    expectRoundTrip<ObpCrmEventList>("crmEvents", ObpSeed::crmEvents);

    const auto address = ObpAddress::fromJson(parse(ObpSeed::createAddress));
    ASSERT_TRUE(address);
    EXPECT_EQ(address->city, QStringLiteral("Berlin"));
    EXPECT_EQ(address->tags, (QStringList{QStringLiteral("mailing"), QStringLiteral("home")}));
    EXPECT_EQ(address->summary(), QStringLiteral("No 1 the Road, The Place, The Hill, Berlin 13359, DE"));
}

TEST(ObpModels, ARecordWithoutItsIdIsNotTheDocumentedShape)
{
    EXPECT_FALSE(ObpCustomer::fromJson(parse(R"({"legal_name":"X"})")));
    EXPECT_FALSE(ObpAddress::fromJson(parse(R"({"city":"Berlin"})")));
    EXPECT_FALSE(ObpCustomerList::fromJson(parse(R"({"customer":[]})")));
    EXPECT_FALSE(ObpTaxResidenceList::fromJson(parse(R"({"tax_residences":[]})")));
}

TEST(ObpModels, CreateCustomerRequestCarriesEveryFieldOfTheSeedTable)
{
    ObpCustomerCreateRequest r;
    r.legalName = QStringLiteral("Eveline Tripman");
    r.mobilePhoneNumber = QStringLiteral("+49 30 901820");
    r.email = QStringLiteral("felixsmith@example.com");
    r.faceImageUrl = QStringLiteral("http://www.example.com/id-docs/123/image.png");
    r.faceImageDate = QDate(2020, 1, 27);
    r.dateOfBirth = QDate(2018, 3, 9);
    r.relationshipStatus = QStringLiteral("single");
    r.dobOfDependants = {QDate(2019, 9, 8), QDate(2017, 7, 12)};
    r.creditRating = QStringLiteral("OBP");
    r.creditSource = QStringLiteral("OBP");
    r.creditLimitCurrency = QStringLiteral("EUR");
    r.creditLimitAmount = QStringLiteral("10.12");
    r.highestEducationAttained = QStringLiteral("Master");
    r.employmentStatus = QStringLiteral("worker");
    r.kycStatus = false;
    r.lastOkDate = QDateTime(QDate(2024, 2, 13), QTime(20, 38, 16), Qt::UTC);
    r.title = QStringLiteral("Dr.");
    r.branchId = QStringLiteral("DERBY6");
    r.nameSuffix = QStringLiteral("Sr");
    EXPECT_TRUE(r.validate(QDate(2025, 1, 1)).isEmpty());

    const QJsonObject json = r.toJson();
    EXPECT_TRUE(sameKeys(json, {"legal_name", "mobile_phone_number", "email", "face_image", "date_of_birth",
                                "relationship_status", "dependants", "dob_of_dependants", "credit_rating", "credit_limit",
                                "highest_education_attained", "employment_status", "kyc_status", "last_ok_date", "title",
                                "branch_id", "name_suffix"}))
        << text(json);
    EXPECT_EQ(json.value(QStringLiteral("dependants")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("2018-03-09T00:00:00Z"));
    EXPECT_EQ(json.value(QStringLiteral("dob_of_dependants")).toArray().at(1).toString(), QStringLiteral("2017-07-12T00:00:00Z"));
    EXPECT_EQ(json.value(QStringLiteral("last_ok_date")).toString(), QStringLiteral("2024-02-13T20:38:16Z"));
    EXPECT_EQ(json.value(QStringLiteral("credit_limit")).toObject().value(QStringLiteral("amount")).toString(),
              QStringLiteral("10.12"));
    EXPECT_EQ(json.value(QStringLiteral("face_image")).toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2020-01-27T00:00:00Z"));

    // What the training server reads back is what was sent.
    const auto back = ObpCustomerCreateRequest::fromJson(json);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->toJson(), json);
}

TEST(ObpModels, CreateCustomerRequestRefusesAtTheField)
{
    ObpCustomerCreateRequest r;
    r.email = QStringLiteral("not-an-email");
    r.dateOfBirth = QDate(2030, 1, 1);
    r.creditLimitAmount = QStringLiteral("10,12");
    r.faceImageUrl = QStringLiteral("ftp://x");
    const FieldIssues issues = r.validate(QDate(2025, 1, 1));
    for (const char *field : {"legal_name", "mobile_phone_number", "email", "date_of_birth", "credit_limit.amount",
                              "credit_limit.currency", "face_image.url"})
        EXPECT_TRUE(hasIssueFor(issues, QString::fromLatin1(field))) << field;

    // OBP refuses dependants that do not match dob_of_dependants.
    QJsonObject body = ObpCustomerCreateRequest().toJson();
    body.insert(QStringLiteral("dependants"), 3);
    QString problem;
    EXPECT_FALSE(ObpCustomerCreateRequest::fromJson(body, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("dependants"))) << problem.toStdString();
}

TEST(ObpModels, UpdatesUseOBPsPathsAndBodies)
{
    using A = ObpCustomerUpdate::Attribute;
    EXPECT_EQ(ObpCustomerUpdate::pathSegment(A::CreditRatingAndSource), QStringLiteral("credit-rating-and-source"));
    EXPECT_EQ(ObpCustomerUpdate::pathSegment(A::MobileNumber), QStringLiteral("mobile-number"));
    EXPECT_EQ(ObpCustomerUpdate::pathSegment(A::OtherData), QStringLiteral("data"));
    for (A a : ObpCustomerUpdate::all())
        EXPECT_EQ(ObpCustomerUpdate::attributeForSegment(ObpCustomerUpdate::pathSegment(a)), a);

    const auto limit = ObpCustomerUpdate::creditLimit(QStringLiteral("EUR"), QStringLiteral("1000"));
    EXPECT_TRUE(limit.issues.isEmpty());
    EXPECT_EQ(text(limit.body), R"({"credit_limit":{"amount":"1000","currency":"EUR"}})");
    const auto rating = ObpCustomerUpdate::creditRatingAndSource(QStringLiteral("A"), QStringLiteral("Experian"));
    EXPECT_EQ(text(rating.body), R"({"credit_rating":"A","credit_source":"Experian"})");
    const auto identity = ObpCustomerUpdate::identity(QStringLiteral("Eveline Tripman"), QDate(1980, 5, 4),
                                                      QStringLiteral("Dr."), QStringLiteral("Sr"), QDate(2025, 1, 1));
    EXPECT_TRUE(identity.issues.isEmpty());
    EXPECT_EQ(identity.body.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1980-05-04T00:00:00Z"));
    for (A a : ObpCustomerUpdate::all()) {
        ObpCustomerUpdate u;
        switch (a) {
        case A::Branch: u = ObpCustomerUpdate::branch(QStringLiteral("DERBY6")); break;
        case A::CreditLimit: u = limit; break;
        case A::CreditRatingAndSource: u = rating; break;
        case A::Email: u = ObpCustomerUpdate::email(QStringLiteral("a@example.com")); break;
        case A::Identity: u = identity; break;
        case A::MobileNumber: u = ObpCustomerUpdate::mobileNumber(QStringLiteral("+49 30 901820")); break;
        case A::Number: u = ObpCustomerUpdate::number(QStringLiteral("5987999")); break;
        case A::OtherData:
            u = ObpCustomerUpdate::otherData({}, {}, QStringLiteral("married"), 2, QStringLiteral("Master"),
                                             QStringLiteral("worker"));
            break;
        }
        EXPECT_TRUE(u.issues.isEmpty()) << ObpCustomerUpdate::pathSegment(a).toStdString();
        EXPECT_TRUE(sameKeys(u.body, ObpCustomerUpdate::requiredMembers(a))) << text(u.body);
    }

    EXPECT_TRUE(hasIssueFor(ObpCustomerUpdate::email(QStringLiteral("nope")).issues, QStringLiteral("email")));
    EXPECT_TRUE(hasIssueFor(ObpCustomerUpdate::creditLimit(QStringLiteral("eur"), QStringLiteral("x")).issues,
                            QStringLiteral("credit_limit.currency")));
    EXPECT_TRUE(hasIssueFor(ObpCustomerUpdate::number({}).issues, QStringLiteral("customer_number")));
}

TEST(ObpModels, AddressAndOtherRequests)
{
    ObpAddressRequest address;
    EXPECT_TRUE(hasIssueFor(address.validate(), QStringLiteral("line_1")));
    EXPECT_TRUE(hasIssueFor(address.validate(), QStringLiteral("city")));
    EXPECT_TRUE(hasIssueFor(address.validate(), QStringLiteral("country_code")));
    address = ObpAddressRequest::from(*ObpAddress::fromJson(parse(ObpSeed::createAddress)));
    EXPECT_TRUE(address.validate().isEmpty());
    EXPECT_TRUE(sameKeys(address.toJson(), {"line_1", "line_2", "line_3", "city", "county", "state", "postcode",
                                            "country_code", "tags", "status"}));
    ASSERT_TRUE(ObpAddressRequest::fromJson(address.toJson()));

    EXPECT_EQ(text(ObpTaxResidenceRequest{QStringLiteral("DE"), QStringLiteral("456")}.toJson()),
              R"({"domain":"DE","tax_number":"456"})");
    EXPECT_EQ(ObpTaxResidenceRequest{}.validate().size(), 2);
    EXPECT_EQ(text(ObpUserCustomerLinkRequest{QStringLiteral("u1"), QStringLiteral("c1")}.toJson()),
              R"({"customer_id":"c1","user_id":"u1"})");

    ObpSocialMediaHandle handle;
    handle.customerNumber = QStringLiteral("5987953");
    handle.type = QStringLiteral("twitter");
    handle.handle = QStringLiteral("@eveline");
    handle.dateAdded = QStringLiteral("2024-01-01T00:00:00Z");
    handle.dateActivated = QStringLiteral("2024-01-02T00:00:00Z");
    EXPECT_TRUE(handle.validate().isEmpty());
    EXPECT_TRUE(sameKeys(handle.toJson(), {"customer_number", "type", "handle", "date_added", "date_activated"}));
}

TEST(ObpModels, DirectLoginHeaders)
{
    const ObpDirectLogin login{QStringLiteral("obp.adviser"), QStringLiteral("s3cret"), QStringLiteral("key1")};
    EXPECT_TRUE(login.validate().isEmpty());
    EXPECT_EQ(login.loginHeader(), QByteArray(R"(username="obp.adviser",password="s3cret",consumer_key="key1")"));
    EXPECT_EQ(ObpDirectLogin::tokenHeader(QStringLiteral("abc")), QByteArray(R"(token="abc")"));

    const auto p = ObpDirectLogin::parseHeader(R"(DirectLogin username="janeburel", password="pw", consumer_key="ck")");
    EXPECT_EQ(p.value(QStringLiteral("username")), QStringLiteral("janeburel"));
    EXPECT_EQ(p.value(QStringLiteral("password")), QStringLiteral("pw"));
    EXPECT_EQ(p.value(QStringLiteral("consumer_key")), QStringLiteral("ck"));
    EXPECT_EQ(ObpDirectLogin::parseHeader(R"(token="t1")").value(QStringLiteral("token")), QStringLiteral("t1"));

    EXPECT_TRUE(hasIssueFor(ObpDirectLogin{QStringLiteral("a"), QStringLiteral("p\"w"), QStringLiteral("k")}.validate(),
                            QStringLiteral("password")));
    EXPECT_EQ(ObpDirectLogin{}.validate().size(), 3);
    EXPECT_FALSE(ObpLoginToken::fromJson(parse("{}")));
}
