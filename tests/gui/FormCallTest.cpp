// FormCall, the call a form has in flight, against the real training server:
// the newest call's answer wins, cancel silences the call and ends busy, an
// owner destroyed mid-call hears nothing, a finished (refused) operation
// reports its error at once without busy.
#include "GuiTestSupport.h"

#include "CustomersApi.h"
#include "widgets/FormCall.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace {

const QString rosa = QStringLiteral("51901591");

// What reached the owner's callbacks, kept outside it so a test can look
// after the owner is gone.
struct Heard
{
    QStringList events;
};

// A form stand-in: a QObject that owns a FormCall and records its callbacks.
class Owner : public QObject
{
public:
    explicit Owner(std::shared_ptr<Heard> heard)
        : m_heard(std::move(heard))
        , call(
              this, [this](bool busy) { m_heard->events << (busy ? QStringLiteral("busy") : QStringLiteral("idle")); },
              [this](const ApiError &error) { m_heard->events << QStringLiteral("error:") + error.outcomeCode(); })
    {
    }

    std::shared_ptr<Heard> m_heard;
    FormCall call;
};

class FormCallTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_api = std::make_unique<CustomersApi>(m_client.get());
        m_owner = std::make_unique<Owner>(m_heard);
    }
    void TearDown() override
    {
        m_owner.reset();
        m_api.reset();
    }

    PendingCall<CustomerBasicDataV1> lookup(const QString &number) { return m_api->basicDataV1(QStringLiteral("CC"), number); }

    std::shared_ptr<Heard> m_heard = std::make_shared<Heard>();
    std::unique_ptr<CustomersApi> m_api;
    std::unique_ptr<Owner> m_owner;
};

TEST_F(FormCallTest, DeliversTheAnswerBetweenBusyAndIdle)
{
    m_owner->call.await(lookup(rosa), [this](const CustomerBasicDataV1 &) { m_heard->events << QStringLiteral("ok"); });
    EXPECT_TRUE(m_owner->call.isRunning());
    ASSERT_TRUE(waitFor([this] { return m_heard->events.size() == 3; }));
    EXPECT_EQ(m_heard->events, QStringList({QStringLiteral("busy"), QStringLiteral("idle"), QStringLiteral("ok")}));
    EXPECT_FALSE(m_owner->call.isRunning());
}

TEST_F(FormCallTest, TheNewerCallsAnswerWins)
{
    m_owner->call.await(lookup(rosa), [this](const CustomerBasicDataV1 &) { m_heard->events << QStringLiteral("first"); });
    m_owner->call.await(lookup(rosa), [this](const CustomerBasicDataV1 &) { m_heard->events << QStringLiteral("second"); });
    // Both really went to the server and came back.
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 2 && !m_owner->call.isRunning(); }));
    QTest::qWait(50);
    EXPECT_EQ(m_heard->events, QStringList({QStringLiteral("busy"), QStringLiteral("busy"), QStringLiteral("idle"),
                                            QStringLiteral("second")}));
}

TEST_F(FormCallTest, CancelEndsBusyAndCallsNoHandler)
{
    bool handled = false;
    m_owner->call.await(
        lookup(rosa), [&handled](const CustomerBasicDataV1 &) { handled = true; },
        [&handled](const ApiError &) { handled = true; });
    m_owner->call.cancel();
    EXPECT_FALSE(m_owner->call.isRunning());
    EXPECT_EQ(m_heard->events, QStringList({QStringLiteral("busy"), QStringLiteral("idle")}));
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 1; }));
    QTest::qWait(50);
    EXPECT_FALSE(handled);
    EXPECT_EQ(m_heard->events.size(), 2);
}

TEST_F(FormCallTest, AbortDeliversTheCancelledAnswer)
{
    QString outcome;
    m_owner->call.await(
        lookup(rosa), [&outcome](const CustomerBasicDataV1 &) { outcome = QStringLiteral("ok"); },
        [&outcome](const ApiError &error) { outcome = error.outcomeCode(); });
    m_owner->call.abort();
    ASSERT_TRUE(waitFor([&outcome] { return !outcome.isEmpty(); }));
    EXPECT_EQ(outcome, ApiError::make(ApiError::Kind::Cancelled).outcomeCode());
    // The custom error handler replaced the owner's.
    EXPECT_EQ(m_heard->events, QStringList({QStringLiteral("busy"), QStringLiteral("idle")}));
}

TEST_F(FormCallTest, DestroyingTheOwnerDuringACallIsSafe)
{
    m_owner->call.await(lookup(rosa), [this](const CustomerBasicDataV1 &) { m_heard->events << QStringLiteral("ok"); });
    m_owner.reset();
    ASSERT_TRUE(waitFor([this] { return m_finishedOperations == 1; }));
    QTest::qWait(50);
    // Busy went on; nothing after that, not even idle, reached the dead owner.
    EXPECT_EQ(m_heard->events, QStringList({QStringLiteral("busy")}));
}

TEST_F(FormCallTest, AFinishedRefusedCallReportsItsErrorWithoutBusy)
{
    // An identification number the API refuses before sending anything.
    const PendingCall<CustomerBasicDataV1> refused = lookup(QString(25, QLatin1Char('9')));
    bool handled = false;
    bool wasFinished = false;
    QObject::connect(refused.operation(), &ApiOperation::finished, m_owner.get(), [&] {
        wasFinished = refused.operation()->isFinished();
        m_owner->call.await(refused, [&handled](const CustomerBasicDataV1 &) { handled = true; });
    });
    ASSERT_TRUE(waitFor([this] { return !m_heard->events.isEmpty(); }));
    EXPECT_TRUE(wasFinished);
    EXPECT_EQ(m_heard->events,
              QStringList({QStringLiteral("error:") + ApiError::make(ApiError::Kind::InvalidRequest).outcomeCode()}));
    EXPECT_FALSE(handled);
    EXPECT_FALSE(m_owner->call.isRunning());
    EXPECT_EQ(m_finishedOperations, 1);
}

} // namespace
