// Enrollment and recovery through the form against the training server:
// the card is verified before a password can be set, the bank's policy is
// checked while the adviser types, secrets are emptied once sent, and the
// digital enrollment is checked and created.
#include "GuiTestSupport.h"

#include "security/EnrollmentForm.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

namespace {

class EnrollmentFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<EnrollmentForm>(m_client.get());
        m_form->resize(1000, 760);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
    }

    template <typename T>
    T *find(const char *name) const
    {
        return findByName<T>(m_form.get(), name);
    }

    MessageBanner *banner() const { return find<MessageBanner>("messageBanner"); }

    // Step 1 with a debit card (DBC) or credit card (CCA).
    void fillCard(const QString &number, const QString &type, const QString &secret, const QString &lastSix)
    {
        auto *id = find<QLineEdit>("identificationNumber");
        id->clear();
        QTest::keyClicks(id, number);
        auto *cardType = find<QComboBox>("accountType");
        cardType->setCurrentIndex(cardType->findData(type));
        QTest::keyClicks(find<QLineEdit>("lastSixDigits"), lastSix);
        QTest::keyClicks(find<QLineEdit>("cardSecret"), secret);
    }

    bool settled() const
    {
        return !m_form->isBusy()
               && (banner()->type() == MessageBanner::Type::Positive || banner()->type() == MessageBanner::Type::Error)
               && !banner()->text().isEmpty();
    }

    std::unique_ptr<EnrollmentForm> m_form;
};

} // namespace

TEST_F(EnrollmentFormTest, CardThenPolicyCheckedPasswordCreatesTheUser)
{
    auto *setPassword = find<QPushButton>("setPasswordButton");
    auto *password = find<QLineEdit>("newPassword");
    auto *confirmation = find<QLineEdit>("confirmPassword");
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    EXPECT_EQ(confirmation->echoMode(), QLineEdit::Password);
    EXPECT_EQ(find<QLineEdit>("cardSecret")->echoMode(), QLineEdit::Password);

    // Training card of CC 51901591: last six 901591, PIN 1951 (last four backwards).
    fillCard(QStringLiteral("51901591"), QStringLiteral("DBC"), QStringLiteral("1951"), QStringLiteral("901591"));
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    EXPECT_TRUE(find<QLineEdit>("cardSecret")->text().isEmpty()) << "the PIN stays on screen after sending";
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    ASSERT_EQ(banner()->type(), MessageBanner::Type::Positive) << banner()->text().toStdString();
    EXPECT_TRUE(m_form->cardVerified());
    EXPECT_EQ(find<QTabWidget>("enrollmentTabs")->currentWidget()->objectName(), QStringLiteral("newPasswordPanel"));

    // Rules listed at the field while typing, the button held back.
    auto *rules = find<QLabel>("policyLabel");
    QTest::keyClicks(password, QStringLiteral("1234"));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("1020")));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("1019")));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("1012")));
    EXPECT_FALSE(setPassword->isEnabled());
    password->clear();
    QTest::keyClicks(password, QStringLiteral("51901591"));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("1008")));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("Nube58k3p"));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("meets")));
    QTest::keyClicks(confirmation, QStringLiteral("Nube58k3q"));
    EXPECT_TRUE(find<QLabel>("confirmPasswordError")->isVisible());
    EXPECT_FALSE(setPassword->isEnabled());
    confirmation->clear();
    QTest::keyClicks(confirmation, QStringLiteral("Nube58k3p"));
    ASSERT_TRUE(setPassword->isEnabled());
    EXPECT_EQ(setPassword->text().remove(QLatin1Char('&')), QStringLiteral("Create user"));

    banner()->clear();
    QTest::mouseClick(setPassword, Qt::LeftButton);
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_TRUE(confirmation->text().isEmpty());
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Positive) << banner()->text().toStdString();
    EXPECT_FALSE(m_form->cardVerified()) << "a second change must verify the card again";
}

TEST_F(EnrollmentFormTest, WrongCvvIsTheBanksRefusalAndThePasswordStaysLocked)
{
    find<QRadioButton>("recoverChoice")->setChecked(true);
    // CC 38250250: last six 250250, CVV 052; 999 is wrong.
    fillCard(QStringLiteral("38250250"), QStringLiteral("CCA"), QStringLiteral("999"), QStringLiteral("250250"));
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner()->detail().contains(QStringLiteral("00201"))) << banner()->detail().toStdString();
    EXPECT_FALSE(m_form->cardVerified());
    EXPECT_TRUE(find<QLineEdit>("cardSecret")->text().isEmpty());
    QTest::keyClicks(find<QLineEdit>("newPassword"), QStringLiteral("Nube58k3p"));
    QTest::keyClicks(find<QLineEdit>("confirmPassword"), QStringLiteral("Nube58k3p"));
    EXPECT_FALSE(find<QPushButton>("setPasswordButton")->isEnabled());

    // The right CVV, then recovery with a new password.
    QTest::keyClicks(find<QLineEdit>("cardSecret"), QStringLiteral("052"));
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->cardVerified() && !m_form->isBusy(); }));
    auto *setPassword = find<QPushButton>("setPasswordButton");
    ASSERT_TRUE(setPassword->isEnabled());
    EXPECT_EQ(setPassword->text().remove(QLatin1Char('&')), QStringLiteral("Recover password"));
    banner()->clear();
    setPassword->click();
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Positive) << banner()->text().toStdString();
}

TEST_F(EnrollmentFormTest, ChangingTheCustomerOrTheGoalAsksForTheCardAgain)
{
    fillCard(QStringLiteral("111111"), QStringLiteral("DBC"), QStringLiteral("1111"), QStringLiteral("111111"));
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->cardVerified() && !m_form->isBusy(); }));
    find<QRadioButton>("recoverChoice")->setChecked(true);
    EXPECT_FALSE(m_form->cardVerified());
    find<QRadioButton>("enrollChoice")->setChecked(true);
    EXPECT_TRUE(m_form->cardVerified());
    QTest::keyClick(find<QLineEdit>("identificationNumber"), Qt::Key_Backspace);
    EXPECT_FALSE(m_form->cardVerified());
    EXPECT_TRUE(find<QLabel>("verificationState")->text().contains(QStringLiteral("First verify")));
}

TEST_F(EnrollmentFormTest, InvalidInputStaysAtTheFieldAndNothingIsSent)
{
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    EXPECT_TRUE(find<QLabel>("identificationNumberError")->isVisible());
    fillCard(QStringLiteral("51901591"), QStringLiteral("DBC"), QStringLiteral("195"), QStringLiteral("9015"));
    QTest::mouseClick(find<QPushButton>("verifyCardButton"), Qt::LeftButton);
    EXPECT_FALSE(find<QLabel>("identificationNumberError")->isVisible());
    EXPECT_TRUE(find<QLabel>("cardSecretError")->isVisible());
    EXPECT_TRUE(find<QLabel>("lastSixDigitsError")->isVisible());
    EXPECT_FALSE(m_form->isBusy());
    QTest::qWait(100);
    EXPECT_EQ(m_finishedOperations, 0);
}

TEST_F(EnrollmentFormTest, DigitalEnrollmentIsCheckedThenCreatedOnce)
{
    QTest::keyClicks(find<QLineEdit>("identificationNumber"), QStringLiteral("1028780657"));
    find<QTabWidget>("enrollmentTabs")->setCurrentIndex(2);
    auto *state = find<QLabel>("digitalEnrollmentState");
    QTest::mouseClick(find<QPushButton>("checkDigitalButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !state->text().isEmpty(); }));
    EXPECT_TRUE(state->text().contains(QStringLiteral("Not enrolled")));
    QTest::mouseClick(find<QPushButton>("createDigitalButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Positive);
    banner()->clear();
    QTest::mouseClick(find<QPushButton>("checkDigitalButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return settled(); }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner()->detail().contains(QStringLiteral("00068"))) << banner()->detail().toStdString();
}
