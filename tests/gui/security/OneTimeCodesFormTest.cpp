// One-time codes through the form: the OTP is shown once, then gone.
#include "GuiTestSupport.h"

#include "security/OneTimeCodesForm.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace {

class OneTimeCodesFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<OneTimeCodesForm>(m_client.get());
        m_form->resize(1100, 700);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
        QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "identificationNumber"), QStringLiteral("235435435"));
    }

    std::unique_ptr<OneTimeCodesForm> m_form;
};

} // namespace

TEST_F(OneTimeCodesFormTest, OtpIsShownOnceThenHiddenForGood)
{
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "account"), QStringLiteral("2343454353"));
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "amount"), QStringLiteral("20000"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "requestOtpButton"), Qt::LeftButton);
    auto *otp = findByName<QLabel>(m_form.get(), "otpValue");
    ASSERT_TRUE(waitFor([otp] { return otp->isVisible() && otp->text().size() == 6; }));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "hideOtpButton"), Qt::LeftButton);
    EXPECT_FALSE(otp->isVisible());
    EXPECT_TRUE(otp->text().isEmpty());
}

TEST_F(OneTimeCodesFormTest, MissingAmountStaysAtTheField)
{
    int sent = 0;
    QObject::connect(m_client.get(), &ApiClient::operationFinished, m_form.get(), [&sent] { ++sent; });
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "account"), QStringLiteral("2343454353"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "requestOtpButton"), Qt::LeftButton);
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "amountError")->isVisible());
    QTest::qWait(200);
    EXPECT_EQ(sent, 0);
}

TEST_F(OneTimeCodesFormTest, CodeGeneratedThenValidated)
{
    auto *otcBox = findByName<QWidget>(m_form.get(), "otcBox");
    findByName<QTabWidget>(m_form.get(), "codeTabs")->setCurrentWidget(otcBox);
    ASSERT_TRUE(otcBox->isVisible());
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "otcIssue"), QStringLiteral("RETIRO"));
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "otcCellphone"), QStringLiteral("3001234567"));
    auto *banner = findByName<MessageBanner>(m_form.get(), "messageBanner");
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "generateButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && banner->type() == MessageBanner::Type::Positive && !banner->text().isEmpty(); }));
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "otcValue"), QStringLiteral("435435"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "validateButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && banner->text().contains(QStringLiteral("valid")); }));
    // A second validation of the same code is refused, with the bank's code.
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "otcValue"), QStringLiteral("435435"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "validateButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && banner->type() == MessageBanner::Type::Error; }));
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("10")));
}

// The correspondent pays the withdrawal out against the OTP the customer
// received: typed hidden, emptied once sent, good for one payout only.
TEST_F(OneTimeCodesFormTest, CorrespondentPaysOutOnceAgainstTheOtp)
{
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "account"), QStringLiteral("2343454353"));
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "amount"), QStringLiteral("20000"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "requestOtpButton"), Qt::LeftButton);
    auto *shown = findByName<QLabel>(m_form.get(), "otpValue");
    ASSERT_TRUE(waitFor([shown] { return shown->isVisible() && shown->text().size() == 6; }));
    const QString otp = shown->text();
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "hideOtpButton"), Qt::LeftButton);

    auto *panel = findByName<QWidget>(m_form.get(), "correspondentPayoutPanel");
    findByName<QTabWidget>(m_form.get(), "codeTabs")->setCurrentWidget(panel);
    auto *banner = findByName<MessageBanner>(panel, "payoutBanner");
    auto *otpField = findByName<QLineEdit>(panel, "payoutOtp");
    auto *payOut = findByName<QPushButton>(panel, "payoutSubmitButton");
    ASSERT_TRUE(payOut->isVisible());
    EXPECT_EQ(otpField->echoMode(), QLineEdit::Password);

    // Nothing is sent without the OTP.
    QTest::keyClicks(findByName<QLineEdit>(panel, "payoutPointCode"), QStringLiteral("PDS1102"));
    QTest::keyClicks(findByName<QLineEdit>(panel, "payoutAccount"), QStringLiteral("26500084997"));
    QTest::keyClicks(findByName<QLineEdit>(panel, "payoutAmount"), QStringLiteral("20000"));
    const int before = m_finishedOperations;
    QTest::mouseClick(payOut, Qt::LeftButton);
    EXPECT_TRUE(findByName<QLabel>(panel, "payoutOtpError")->isVisible());
    QTest::qWait(50);
    EXPECT_EQ(m_finishedOperations, before);

    QTest::keyClicks(otpField, otp);
    QTest::mouseClick(payOut, Qt::LeftButton);
    EXPECT_TRUE(otpField->text().isEmpty());
    ASSERT_TRUE(waitFor([banner] { return banner->type() == MessageBanner::Type::Positive && !banner->text().isEmpty(); }))
        << banner->text().toStdString() << banner->detail().toStdString();
    auto *approval = findByName<QLabel>(panel, "payoutApproval");
    EXPECT_TRUE(approval->text().startsWith(QStringLiteral("Approval "))) << approval->text().toStdString();
    EXPECT_FALSE(approval->text().contains(otp));

    // The same OTP does not pay twice.
    banner->clear();
    QTest::keyClicks(otpField, otp);
    QTest::mouseClick(payOut, Qt::LeftButton);
    ASSERT_TRUE(waitFor([banner] { return banner->type() == MessageBanner::Type::Error && !banner->text().isEmpty(); }));
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("00404"))) << banner->detail().toStdString();
}
