// Password status through the form: masked contact, and a lock/unlock round
// trip that waits for the operator's confirmation.
#include "GuiTestSupport.h"

#include "security/PasswordStatusForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace {

class PasswordStatusFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<PasswordStatusForm>(m_client.get());
        m_form->resize(900, 600);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
    }

    std::unique_ptr<PasswordStatusForm> m_form;
};

} // namespace

TEST_F(PasswordStatusFormTest, MaskingKeepsJustEnoughToConfirm)
{
    EXPECT_EQ(PasswordStatusForm::maskedPhone(QStringLiteral("3175137626")), QStringLiteral("******7626"));
    EXPECT_EQ(PasswordStatusForm::maskedEmail(QStringLiteral("s9m3b9o7@bancocajasocial.com")),
              QStringLiteral("s9******@bancocajasocial.com"));
}

TEST_F(PasswordStatusFormTest, LockAndUnlockAfterConfirmation)
{
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "identificationNumber"), QStringLiteral("1007641"));
    m_form->consult();
    auto *status = findByName<QLabel>(m_form.get(), "statusLabel");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && status->text().startsWith(QStringLiteral("Active")); }));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "contactLabel")->text().contains(QStringLiteral("******7626")));
    EXPECT_FALSE(findByName<QLabel>(m_form.get(), "contactLabel")->text().contains(QStringLiteral("3175137626")));

    auto *toggle = findByName<QPushButton>(m_form.get(), "toggleButton");
    toggle->click();
    ASSERT_TRUE(waitFor([this] { return m_form->confirmation() && m_form->confirmation()->isVisible(); }));
    m_form->confirmation()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && status->text().startsWith(QStringLiteral("Locked")); }));

    toggle->click();
    ASSERT_TRUE(waitFor([this] { return m_form->confirmation() && m_form->confirmation()->isVisible(); }));
    m_form->confirmation()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && status->text().startsWith(QStringLiteral("Active")); }));
}

TEST_F(PasswordStatusFormTest, ByAliasOnlyConsults)
{
    findByName<QRadioButton>(m_form.get(), "byAlias")->setChecked(true);
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "alias"), QStringLiteral("ALIAS8985"));
    m_form->consult();
    auto *status = findByName<QLabel>(m_form.get(), "statusLabel");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !status->text().isEmpty(); }));
    EXPECT_FALSE(findByName<QPushButton>(m_form.get(), "toggleButton")->isVisible());
}

TEST_F(PasswordStatusFormTest, PolicyIsCheckedWhileTypingThenTheChangeIsSent)
{
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "identificationNumber"), QStringLiteral("1030"));
    QTest::keyClicks(findByName<QLineEdit>(m_form.get(), "currentPassword"), QStringLiteral("Gato58m3q"));
    auto *fresh = findByName<QLineEdit>(m_form.get(), "newPassword");
    auto *policy = findByName<QLabel>(m_form.get(), "policyLabel");
    auto *change = findByName<QPushButton>(m_form.get(), "changeButton");
    QTest::keyClicks(fresh, QStringLiteral("1234"));
    EXPECT_TRUE(policy->text().contains(QStringLiteral("1020")));
    EXPECT_TRUE(policy->text().contains(QStringLiteral("1019")));
    EXPECT_TRUE(policy->text().contains(QStringLiteral("1012")));
    EXPECT_FALSE(change->isEnabled());
    fresh->clear();
    QTest::keyClicks(fresh, QStringLiteral("Loro39z7w"));
    EXPECT_TRUE(policy->text().contains(QStringLiteral("meets")));
    ASSERT_TRUE(change->isEnabled());
    change->click();
    EXPECT_TRUE(fresh->text().isEmpty());
    auto *banner = findByName<MessageBanner>(m_form.get(), "messageBanner");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && banner->type() == MessageBanner::Type::Positive; }))
        << banner->text().toStdString() << banner->detail().toStdString();
}
