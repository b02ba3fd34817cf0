// The other reto operations, on their tabs of the challenge workflow: the
// one-step challenge v1, the authentication level of a transaction and the
// authentication channel with its question/answer list.
#include "GuiTestSupport.h"

#include "security/ChallengeForm.h"
#include "security/ChallengeV1Panel.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

class ChallengeOperationsTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<ChallengeForm>(m_client.get());
        m_form->resize(1100, 860);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
    }

    QWidget *openTab(const char *panelName)
    {
        auto *tabs = findByName<QTabWidget>(m_form.get(), "challengeTabs");
        auto *panel = findByName<QWidget>(m_form.get(), panelName);
        if (tabs && panel)
            tabs->setCurrentWidget(panel);
        return panel;
    }

    template <typename T>
    T *in(QWidget *panel, const char *name)
    {
        return findByName<T>(panel, name);
    }

    void type(QWidget *panel, const char *name, const QString &text)
    {
        QTest::keyClicks(in<QLineEdit>(panel, name), text);
    }

    // Waits for the panel's banner to say how the call ended.
    bool settled(MessageBanner *banner)
    {
        return waitFor([banner] {
            return !banner->text().isEmpty()
                   && (banner->type() == MessageBanner::Type::Positive || banner->type() == MessageBanner::Type::Error);
        });
    }

    std::unique_ptr<ChallengeForm> m_form;
};

} // namespace

TEST_F(ChallengeOperationsTest, ChallengeV1AuthorizesInOneStep)
{
    QWidget *panel = openTab("challengeV1Panel");
    ASSERT_NE(panel, nullptr);
    auto *banner = in<MessageBanner>(panel, "v1Banner");
    auto *submit = in<QPushButton>(panel, "v1SubmitButton");
    ASSERT_TRUE(submit->isVisible());

    // Missing transaction data: at the field, nothing sent.
    type(panel, "v1IdentificationNumber", QStringLiteral("111111"));
    type(panel, "v1TransactionCode", QStringLiteral("100090"));
    QTest::mouseClick(submit, Qt::LeftButton);
    EXPECT_TRUE(in<QLabel>(panel, "v1DataValueError")->isVisible());
    QTest::qWait(50);
    EXPECT_EQ(m_finishedOperations, 0);

    type(panel, "v1DataName", QStringLiteral("CODIGO_CONVENIO"));
    type(panel, "v1DataValue", QStringLiteral("PSE"));
    type(panel, "v1Amount", QStringLiteral("10000"));
    QTest::mouseClick(submit, Qt::LeftButton);
    ASSERT_TRUE(settled(banner));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive) << banner->text().toStdString();
    EXPECT_EQ(in<QLabel>(panel, "v1AuthorizationCode")->text().size(), 32);
}

TEST_F(ChallengeOperationsTest, ChallengeV1UnknownCustomerShowsTheCapitalisedEnvelopesCode)
{
    QWidget *panel = openTab("challengeV1Panel");
    auto *banner = in<MessageBanner>(panel, "v1Banner");
    type(panel, "v1IdentificationNumber", QStringLiteral("4444444"));
    type(panel, "v1TransactionCode", QStringLiteral("100090"));
    type(panel, "v1DataName", QStringLiteral("CODIGO_CONVENIO"));
    type(panel, "v1DataValue", QStringLiteral("PSE"));
    QTest::mouseClick(in<QPushButton>(panel, "v1SubmitButton"), Qt::LeftButton);
    ASSERT_TRUE(settled(banner));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("20005"))) << banner->detail().toStdString();
    EXPECT_TRUE(in<QLabel>(panel, "v1AuthorizationCode")->text().isEmpty());
}

TEST_F(ChallengeOperationsTest, AuthenticationLevelOfATransaction)
{
    QWidget *panel = openTab("authenticationLevelPanel");
    ASSERT_NE(panel, nullptr);
    auto *banner = in<MessageBanner>(panel, "levelBanner");
    auto *result = in<QLabel>(panel, "levelResult");
    type(panel, "levelIdentificationNumber", QStringLiteral("1030"));
    type(panel, "levelTransactionCode", QStringLiteral("101261"));
    type(panel, "levelRequestNumber", QStringLiteral("257896"));
    type(panel, "levelAdviserNumber", QStringLiteral("1025"));
    QTest::mouseClick(in<QPushButton>(panel, "levelSubmitButton"), Qt::LeftButton);
    ASSERT_TRUE(settled(banner));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive) << banner->text().toStdString();
    EXPECT_TRUE(result->text().startsWith(QStringLiteral("Level 3"))) << result->text().toStdString();

    // A transaction the bank has no level for: its 206 envelope, code 100.
    auto *code = in<QLineEdit>(panel, "levelTransactionCode");
    code->clear();
    QTest::keyClicks(code, QStringLiteral("555555"));
    banner->clear();
    QTest::mouseClick(in<QPushButton>(panel, "levelSubmitButton"), Qt::LeftButton);
    ASSERT_TRUE(settled(banner));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("100"))) << banner->detail().toStdString();
    EXPECT_TRUE(result->text().isEmpty());
}

TEST_F(ChallengeOperationsTest, AuthenticationChannelSendsTheAnswersStatusCodes)
{
    QWidget *panel = openTab("authenticationChannelPanel");
    ASSERT_NE(panel, nullptr);
    auto *banner = in<MessageBanner>(panel, "channelBanner");
    type(panel, "channelIdentificationNumber", QStringLiteral("51901591"));
    type(panel, "channelFirstName", QStringLiteral("ROSA"));
    type(panel, "channelMiddleName", QStringLiteral("GRICELDA"));
    type(panel, "channelTransactionCode", QStringLiteral("900006"));
    type(panel, "channelTxId", QStringLiteral("API429"));
    type(panel, "channelRequestNumber", QStringLiteral("1234"));

    // A question without the answer's status code is caught here.
    QTest::mouseClick(in<QPushButton>(panel, "channelAddQuestion"), Qt::LeftButton);
    auto *questions = in<QTableWidget>(panel, "channelQuestions");
    questions->item(0, 0)->setText(QStringLiteral("202010081614324767771"));
    questions->item(0, 1)->setText(QStringLiteral("Usted tiene tarjeta amparada"));
    QTest::mouseClick(in<QPushButton>(panel, "channelSubmitButton"), Qt::LeftButton);
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    QTest::qWait(50);
    EXPECT_EQ(m_finishedOperations, 0);

    questions->item(0, 2)->setText(QStringLiteral("A"));
    questions->item(0, 3)->setText(QStringLiteral("SI"));
    banner->clear();
    QTest::mouseClick(in<QPushButton>(panel, "channelSubmitButton"), Qt::LeftButton);
    ASSERT_TRUE(settled(banner));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive) << banner->text().toStdString();
    EXPECT_TRUE(in<QLabel>(panel, "channelOutcome")->text().contains(QStringLiteral("900006API429")));
    auto *answered = in<QTableWidget>(panel, "channelAnswered");
    ASSERT_EQ(answered->rowCount(), 1);
    EXPECT_EQ(answered->item(0, 1)->text(), QStringLiteral("A"));
    EXPECT_EQ(answered->item(0, 2)->text(), QStringLiteral("SI"));
}

TEST_F(ChallengeOperationsTest, TheConversationIsTheFirstAndDefaultTab)
{
    // The conversation tab stays the first and the default.
    EXPECT_EQ(findByName<QTabWidget>(m_form.get(), "challengeTabs")->currentIndex(), 0);
    EXPECT_TRUE(findByName<QPushButton>(m_form.get(), "startButton")->isVisible());
}
