// The connection state ApiClient keeps for the status bar, and the outcome
// word that tells a cancelled operation from a failed one.
#include "SessionTestSupport.h"

#include "CustomerBasicDataQuery.h"
#include "CustomersApi.h"
#include "ItauCustomerApi.h"
#include "MainWindow.h"
#include "TrainingServerFixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

class ConnectionStateTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        m_window = std::make_unique<MainWindow>(ConsoleServices{m_client.get(), nullptr, nullptr, nullptr});
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_status = findByName<QLabel>(m_window.get(), "statusConnection");
        m_api = std::make_unique<CustomersApi>(m_client.get());
        ASSERT_FALSE(HasFailure());
    }

    PendingCall<CustomerBasicData> lookUp(const QString &number)
    {
        return m_api->basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), number));
    }

    std::unique_ptr<MainWindow> m_window;
    QLabel *m_status = nullptr;
    std::unique_ptr<CustomersApi> m_api;
};

TEST_F(ConnectionStateTest, SuccessMeansConnectedWithAValidToken)
{
    EXPECT_EQ(m_client->connectionState().reachability, ConnectionState::Reachability::Unknown);
    EXPECT_TRUE(m_status->isVisible());
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Not connected yet"))) << m_status->text().toStdString();

    QSignalSpy changed(m_client.get(), &ApiClient::connectionStateChanged);
    QSignalSpy outcomes(m_client.get(), &ApiClient::operationOutcome);
    lookUp(QStringLiteral("1234567890"));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 1; }));

    const ConnectionState &state = m_client->connectionState();
    EXPECT_EQ(state.reachability, ConnectionState::Reachability::Reachable);
    EXPECT_TRUE(state.tokenValid());
    EXPECT_TRUE(state.lastError.isEmpty());
    EXPECT_TRUE(state.lastSuccessTime.isValid());
    EXPECT_GE(changed.count(), 1);
    ASSERT_EQ(outcomes.count(), 1);
    EXPECT_EQ(outcomes.first().at(1).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Connected"))) << m_status->text().toStdString();
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("token valid until"))) << m_status->text().toStdString();

    // A customer that does not exist is the bank's answer, not a link problem.
    lookUp(QStringLiteral("5550000001"));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 2; }));
    EXPECT_EQ(outcomes.last().at(1).toString(), QStringLiteral("not-found"));
    EXPECT_TRUE(m_client->connectionState().lastError.isEmpty());
    EXPECT_FALSE(m_status->text().contains(QStringLiteral("last error")));
}

TEST_F(ConnectionStateTest, AServerThatCannotBeReachedIsSaidWithTheLastError)
{
    // A port nobody listens on.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QUrl closed = TrainingServerFixture::server().url();
    closed.setPort(port);
    m_client->setEnvironment(Environment::training(closed, TrainingServerFixture::server().caCertificates()));

    QSignalSpy outcomes(m_client.get(), &ApiClient::operationOutcome);
    lookUp(QStringLiteral("1234567890"));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 1; }));
    const ConnectionState &state = m_client->connectionState();
    EXPECT_EQ(state.reachability, ConnectionState::Reachability::Unreachable);
    EXPECT_FALSE(state.tokenValid());
    EXPECT_FALSE(state.lastError.isEmpty());
    EXPECT_TRUE(state.lastErrorTime.isValid());
    EXPECT_EQ(outcomes.first().at(1).toString(), QStringLiteral("network"));
    EXPECT_TRUE(m_status->text().startsWith(QStringLiteral("Server unreachable"))) << m_status->text().toStdString();
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("last error"))) << m_status->text().toStdString();

    // Back to the real server: connected again, and the old error leaves the label.
    m_client->setEnvironment(TrainingServerFixture::environment());
    EXPECT_EQ(m_client->connectionState().reachability, ConnectionState::Reachability::Unknown);
    lookUp(QStringLiteral("1234567890"));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 2; }));
    EXPECT_TRUE(m_status->text().startsWith(QStringLiteral("Connected"))) << m_status->text().toStdString();
}

TEST_F(ConnectionStateTest, ACancelledOperationIsToldApartFromAFailure)
{
    QSignalSpy outcomes(m_client.get(), &ApiClient::operationOutcome);
    QSignalSpy finished(m_client.get(), &ApiClient::operationFinished);
    const PendingCall<CustomerBasicData> call = lookUp(QStringLiteral("9990000408")); // answers after 10 s
    ASSERT_TRUE(waitFor([&call] { return call.isRunning() && call.operation()->transactionId().size() > 0; }));
    QTest::qWait(300);
    call.cancel();
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 1; }, 5000));
    ASSERT_EQ(outcomes.count(), 1);
    EXPECT_EQ(outcomes.first().at(1).toString(), QStringLiteral("cancelled"));
    // Existing consumers still see a finished, not-ok operation.
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_TRUE(m_client->connectionState().lastError.isEmpty());
    auto *lastOperation = findByName<QLabel>(m_window.get(), "statusLastOperation");
    ASSERT_NE(lastOperation, nullptr);
    EXPECT_TRUE(lastOperation->text().contains(QStringLiteral("cancelled"))) << lastOperation->text().toStdString();
}

} // namespace

// OBP and Itau authenticate themselves: after such a call alone the bar says
// "Connected" without speaking of the bank's token, which nobody asked for.
TEST_F(ConnectionStateTest, AConnectorCallAloneSaysNothingAboutTheBankToken)
{
    ItauCustomerApi itau(m_client.get(), nullptr);
    ItauCustomerQuery query;
    query.codigoConta = QStringLiteral("001341150100098797");
    std::optional<Result<ItauCustomer>> result;
    itau.customerByAccount(query, ItauCustomerApi::trainingCredentials())
        .then(m_window.get(), [&result](const Result<ItauCustomer> &r) { result = r; });
    ASSERT_TRUE(waitFor([&result] { return result.has_value(); }));
    ASSERT_TRUE(result->ok()) << result->error().supportReference().toStdString();
    EXPECT_EQ(m_client->connectionState().reachability, ConnectionState::Reachability::Reachable);
    EXPECT_TRUE(m_status->text().startsWith(QStringLiteral("Connected"))) << m_status->text().toStdString();
    EXPECT_FALSE(m_status->text().contains(QStringLiteral("token"))) << m_status->text().toStdString();

    // A bank call afterwards brings the token into the picture.
    lookUp(QStringLiteral("1234567890"));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 2; }));
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("token valid until"))) << m_status->text().toStdString();
}
