// Name by account, Consult Owner, Consult PILA, Sync Data and Sync Data From
// File through CustomersApi, over HTTPS against the real training server,
// every documented answer included.
#include "AccountSeedExamples.h"

#include "CustomersApi.h"
#include "Journal.h"
#include "OperatorSession.h"
#include "TrainingServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

class TrainingServerEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { TrainingServerFixture::shutdown(); }
};

[[maybe_unused]] ::testing::Environment *const g_trainingServer =
    ::testing::AddGlobalTestEnvironment(new TrainingServerEnvironment);

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

QJsonObject intakeCounts()
{
    TrainingServer &s = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(QStringLiteral("/training/intake/received"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

CorrespondentPoint point()
{
    CorrespondentPoint p;
    p.stamp();
    p.code = QStringLiteral("123456789123456");
    p.branchName = QStringLiteral("MI OFICINA BETTY");
    p.cityId = QStringLiteral("25386");
    p.city = QStringLiteral("LA MESA");
    p.stateProv = QStringLiteral("25");
    p.acctId = QStringLiteral("12321414");
    return p;
}

QByteArray seedFile()
{
    return QByteArray::fromBase64(QByteArray(AccountSeedExamples::syncDataFileBinData));
}

class AccountReadsApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
        m_client = std::make_unique<ApiClient>(nullptr, &m_journal);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<CustomersApi>(m_client.get());
    }

    Result<NameByAccountReply> name(const char *type, const char *number, const char *account)
    {
        return waitFor(m_api->nameByAccount(
            NameByAccountQuery{QString::fromLatin1(type), QString::fromLatin1(number), QString::fromLatin1(account)}));
    }

    QTemporaryDir m_dir;
    Journal m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomersApi> m_api;
};

} // namespace

TEST_F(AccountReadsApiTest, NameByAccountGivesTheSeedHolder)
{
    const auto result = name("CC", "23912345", "24500112233");
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().fullName, QStringLiteral("SOLANGEL BALBINA VIANCHA VIANCHA"));
}

TEST_F(AccountReadsApiTest, NameByAccountDocumentedErrors)
{
    struct Case
    {
        const char *type, *number, *account;
        int status;
        const char *code;
        NameByAccountProblem problem;
    };
    const Case cases[] = {
        {"CC", "1234567890", "24500112233", 400, "05622", NameByAccountProblem::NotHolder},
        {"CC", "23912345", "11112222", 404, "05620", NameByAccountProblem::NoAccount},
        {"CC", "23912345", "24099990000", 404, "05621", NameByAccountProblem::NoHolder},
        {"CC", "79603562", "24500112233", 404, "SQLCODE", NameByAccountProblem::NoCustomer},
        {"CC", "23912345", "99900000404", 404, "SQLCODE", NameByAccountProblem::NoCustomer},
        {"CC", "23912345", "99900014257", 500, "14257", NameByAccountProblem::BankFailure},
        {"CC", "23912345", "99900000500", 500, "500", NameByAccountProblem::BankFailure},
    };
    for (const Case &c : cases) {
        const auto result = name(c.type, c.number, c.account);
        ASSERT_FALSE(result.ok()) << c.account;
        EXPECT_EQ(result.error().httpStatus, c.status) << c.account;
        EXPECT_EQ(result.error().code, QString::fromLatin1(c.code)) << c.account;
        EXPECT_EQ(nameByAccountProblem(result.error().httpStatus, result.error().code), c.problem) << c.account;
        EXPECT_FALSE(result.error().transactionId.isEmpty());
    }
}

TEST_F(AccountReadsApiTest, NameByAccountRefusesBadInputWithoutSending)
{
    const auto result = name("CC", "23912345", "24-500");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(result.error().httpStatus, 0);
}

TEST_F(AccountReadsApiTest, NameByAccountIsJournaledWithTheIdentityMasked)
{
    ASSERT_TRUE(name("CC", "23912345", "24500112233").ok());
    const QList<JournalEntry> entries = m_journal.entries();
    ASSERT_FALSE(entries.isEmpty());
    const JournalEntry &last = entries.last();
    EXPECT_EQ(last.operation, QStringLiteral("customers.nameByAccount"));
    EXPECT_FALSE(last.subject.contains(QStringLiteral("23912345")));
    EXPECT_TRUE(last.subject.endsWith(QStringLiteral("2345")));
    EXPECT_FALSE(last.references.join(QLatin1Char(' ')).contains(QStringLiteral("24500112233")));
}

TEST_F(AccountReadsApiTest, ConsultOwnerGivesTheHolder)
{
    ConsultOwnerRequest request;
    request.point = point();
    request.acctId = QStringLiteral("12321414");
    const auto result = waitFor(m_api->consultOwner(request));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().fullName, QStringLiteral("DISTRIBUIDORA LA MESA S.A.S."));
    EXPECT_EQ(result.value().acctId, QStringLiteral("12321414"));
}

TEST_F(AccountReadsApiTest, ConsultOwnerUnknownAccountAndNoHolder)
{
    ConsultOwnerRequest request;
    request.point = point();
    request.acctId = QStringLiteral("11112222");
    auto result = waitFor(m_api->consultOwner(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("05620"));
    request.acctId = QStringLiteral("24099990000");
    result = waitFor(m_api->consultOwner(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("05621"));
}

TEST_F(AccountReadsApiTest, ConsultPilaSeedFormAsPrintedAndAFullOne)
{
    PilaQuery query;
    query.point = point();
    query.creditAcctId = QStringLiteral("12321414");
    query.invoiceNum = QStringLiteral("12321414");
    query.identSerialNum = QStringLiteral("12321414");
    auto result = waitFor(m_api->consultPila(query));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_DOUBLE_EQ(result.value().amount.value_or(-1), 24);
    EXPECT_TRUE(result.value().dueDtText.isEmpty());

    query.invoiceNum = QStringLiteral("9400123456");
    query.identSerialNum = QStringLiteral("900123456");
    result = waitFor(m_api->consultPila(query));
    ASSERT_TRUE(result.ok());
    EXPECT_DOUBLE_EQ(result.value().amount.value_or(-1), 1250300); // sent as text
    EXPECT_EQ(result.value().dueDt, QDate(2024, 6, 14));
    EXPECT_EQ(result.value().periodForDisplay(), QStringLiteral("05/2024"));
    EXPECT_EQ(result.value().approvalId, QStringLiteral("482913"));
}

TEST_F(AccountReadsApiTest, ConsultPilaUnknownForm)
{
    PilaQuery query;
    query.point = point();
    query.creditAcctId = QStringLiteral("12321414");
    query.invoiceNum = QStringLiteral("1111");
    query.identSerialNum = QStringLiteral("12321414");
    const auto result = waitFor(m_api->consultPila(query));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::NotFound);
    EXPECT_EQ(result.error().code, QStringLiteral("00001"));
}

TEST_F(AccountReadsApiTest, SyncDataSeedExampleIsAdded)
{
    const auto request = SyncDataRequest::fromJson(QJsonDocument::fromJson(AccountSeedExamples::syncDataRequest).object());
    ASSERT_TRUE(request);
    const int before = intakeCounts().value(QStringLiteral("syncDataAccepted")).toInt();
    const auto result = waitFor(m_api->syncData(*request));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().message, QStringLiteral("added successfully"));
    const QJsonObject after = intakeCounts();
    EXPECT_EQ(after.value(QStringLiteral("syncDataAccepted")).toInt(), before + 1);
    EXPECT_EQ(after.value(QStringLiteral("mnemonics")).toArray().last().toString(), QStringLiteral("CC123456789"));
}

TEST_F(AccountReadsApiTest, SyncDataWithBrokenRulesIsNotSent)
{
    auto request = SyncDataRequest::fromJson(QJsonDocument::fromJson(AccountSeedExamples::syncDataRequest).object());
    ASSERT_TRUE(request);
    request->listAccounts[0].acctType = QStringLiteral("XYZ");
    const int before = intakeCounts().value(QStringLiteral("syncDataReceived")).toInt();
    const auto result = waitFor(m_api->syncData(*request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(intakeCounts().value(QStringLiteral("syncDataReceived")).toInt(), before);
}

TEST_F(AccountReadsApiTest, SyncDataTooLongNameGetsTheDocumentedError)
{
    auto request = SyncDataRequest::fromJson(QJsonDocument::fromJson(AccountSeedExamples::syncDataRequest).object());
    ASSERT_TRUE(request);
    request->fullName = QString(120, QLatin1Char('A'));
    const auto result = waitFor(m_api->syncData(*request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().httpStatus, 500);
    EXPECT_EQ(result.error().code, QStringLiteral("common.api.shoesize"));
    EXPECT_EQ(result.error().responseType, QStringLiteral("ER500"));
}

TEST_F(AccountReadsApiTest, SyncDataFileSeedFileIsAddedWithProgress)
{
    const int before = intakeCounts().value(QStringLiteral("syncDataFileAccepted")).toInt();
    const PendingCall<SyncDataReply> call = m_api->syncDataFile(seedFile());
    qint64 sent = 0;
    qint64 total = 0;
    QObject::connect(call.operation(), &ApiOperation::uploadProgress, call.operation(), [&](qint64 s, qint64 t) {
        // Qt may end with (0, 0) once the upload is over: keep the largest.
        sent = qMax(sent, s);
        total = qMax(total, t);
    });
    const auto result = waitFor(call);
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().message, QStringLiteral("added successfully"));
    EXPECT_GT(total, 4000); // the base64 body of a 4 kB file
    EXPECT_EQ(sent, total);
    const QJsonObject after = intakeCounts();
    EXPECT_EQ(after.value(QStringLiteral("syncDataFileAccepted")).toInt(), before + 1);
    EXPECT_EQ(after.value(QStringLiteral("mnemonics")).toArray().last().toString(), QStringLiteral("CC8783172"));
}

TEST_F(AccountReadsApiTest, SyncDataFileWithErrorsIsNotSent)
{
    QByteArray file = seedFile();
    file.replace("\"acctType\": \"ILA\"", "\"acctType\": \"ZZZ\"");
    const int before = intakeCounts().value(QStringLiteral("syncDataFileReceived")).toInt();
    const auto result = waitFor(m_api->syncDataFile(file));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_TRUE(result.error().description.contains(QStringLiteral("ZZZ")));
    EXPECT_EQ(intakeCounts().value(QStringLiteral("syncDataFileReceived")).toInt(), before);
}

TEST_F(AccountReadsApiTest, SyncDataFileLargeFileShowsProgressSteps)
{
    // Many products make a file of several hundred kB: progress comes in steps.
    QJsonObject json = QJsonDocument::fromJson(seedFile()).object();
    QJsonArray products = json.value(QStringLiteral("listAccounts")).toArray();
    const QJsonValue first = products.first();
    while (products.size() < 2000)
        products.append(first);
    json.insert(QStringLiteral("listAccounts"), products);
    const QByteArray file = QJsonDocument(json).toJson();
    ASSERT_GT(file.size(), 800 * 1024);
    const PendingCall<SyncDataReply> call = m_api->syncDataFile(file);
    int steps = 0;
    qint64 last = 0;
    QObject::connect(call.operation(), &ApiOperation::uploadProgress, call.operation(), [&](qint64 s, qint64 t) {
        if (t > 0 && s > 0) {
            ++steps;
            last = s;
        }
    });
    const auto result = waitFor(call);
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_GE(steps, 2);
    EXPECT_GT(last, qint64(file.size()));
}
