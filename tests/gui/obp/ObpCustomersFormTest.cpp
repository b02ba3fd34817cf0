// The OBP customers workflow through its widgets against the real training
// server: log in, create a customer, add an address, look the customer up;
// a user without CanCreateCustomer sees OBP-20006 explained; bad input is
// stopped at the field with nothing sent.
#include "GuiTestSupport.h"

#include "ObpTableModel.h"
#include "obp/ObpAddressesTab.h"
#include "obp/ObpCustomersForm.h"
#include "obp/ObpFormContext.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

class ObpCustomersFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<ObpCustomersForm>(m_client.get(), nullptr);
        m_form->resize(1300, 900);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
    }

    MessageBanner *banner() const { return findByName<MessageBanner>(m_form.get(), "messageBanner"); }
    bool idle() const { return !m_form->context()->isBusy(); }

    void logIn(const char *user)
    {
        auto *userBox = findByName<QComboBox>(m_form.get(), "obpUser");
        userBox->setCurrentText(QString::fromLatin1(user));
        // Training fills in the demo password, masked.
        auto *password = findByName<QLineEdit>(m_form.get(), "obpPassword");
        EXPECT_EQ(password->echoMode(), QLineEdit::Password);
        EXPECT_FALSE(password->text().isEmpty());
        QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpLoginButton"), Qt::LeftButton);
        ASSERT_TRUE(waitFor([this] { return m_form->api()->isLoggedIn() && idle(); }));
        // Never shown again once used.
        EXPECT_TRUE(password->text().isEmpty());
        EXPECT_EQ(findByName<QLabel>(m_form.get(), "obpSessionStatus")->text(),
                  QStringLiteral("Logged in as %1").arg(QString::fromLatin1(user)));
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = findByName<QLineEdit>(m_form.get(), name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fillNewCustomer(const QString &name)
    {
        type("obpLegalName", name);
        type("obpMobile", QStringLiteral("+49 30 901820"));
        type("obpEmail", QStringLiteral("grace@example.com"));
        type("obpCreditLimitCurrency", QStringLiteral("eur"));
        type("obpCreditLimitAmount", QStringLiteral("10.12"));
    }

    std::unique_ptr<ObpCustomersForm> m_form;
};

} // namespace

TEST_F(ObpCustomersFormTest, LogInCreateACustomerAddAnAddressAndLookItUp)
{
    logIn("obp.adviser");
    fillNewCustomer(QStringLiteral("Grace Hopper"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpCreateButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->context()->hasCustomer() && idle(); }));
    const ObpCustomer created = m_form->context()->customer();
    EXPECT_EQ(created.legalName, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(created.creditLimitCurrency, QStringLiteral("EUR")); // upper-cased as typed
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Positive);
    EXPECT_TRUE(banner()->text().contains(created.customerNumber)) << banner()->text().toStdString();
    // The customer pane opens on its addresses.
    EXPECT_EQ(m_form->tabs()->currentWidget()->objectName(), QStringLiteral("obpCustomerDetail"));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "obpCustomerTitle")->text().contains(QStringLiteral("Grace Hopper")));

    auto *addresses = findByName<ObpAddressesTab>(m_form.get(), "obpAddressesTab");
    ASSERT_TRUE(waitFor([this] { return idle(); }));
    EXPECT_EQ(addresses->model()->rowCount(), 0);
    type("obpAddressLine1", QStringLiteral("No 1 the Road"));
    type("obpAddressCity", QStringLiteral("Berlin"));
    type("obpAddressPostcode", QStringLiteral("13359"));
    type("obpAddressCountryCode", QStringLiteral("DE"));
    type("obpAddressTags", QStringLiteral("mailing home"));
    auto *addButton = findByName<QPushButton>(m_form.get(), "obpAddAddressButton");
    EXPECT_TRUE(addButton->property("submitsForm").toBool());
    QTest::mouseClick(addButton, Qt::LeftButton);
    ASSERT_TRUE(waitFor([addresses, this] { return addresses->model()->rowCount() == 1 && idle(); }));
    EXPECT_TRUE(addresses->model()->data(addresses->model()->index(0, 0)).toString().contains(QStringLiteral("Berlin")));

    // Look it up by its number in the Find tab.
    m_form->tabs()->setCurrentIndex(1);
    findByName<QRadioButton>(m_form.get(), "obpFindByNumber")->setChecked(true);
    type("obpFindValue", created.customerNumber);
    m_form->context()->setCustomer(ObpCustomer());
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpFindButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->context()->hasCustomer() && idle(); }));
    EXPECT_EQ(m_form->context()->customer().customerId, created.customerId);
    // Its address is there when the pane reloads it.
    ASSERT_TRUE(waitFor([addresses, this] { return idle() && addresses->model()->rowCount() == 1; }));
}

TEST_F(ObpCustomersFormTest, AUserWithoutCanCreateCustomerIsToldWhichRoleToAskFor)
{
    logIn("obp.reader");
    fillNewCustomer(QStringLiteral("Not Allowed"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpCreateButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return idle() && banner()->type() == MessageBanner::Type::Error; }));
    const QString text = banner()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("obp.reader"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CanCreateCustomer or CanCreateCustomerAtAnyBank"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("gh.29.uk"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("administrator"))) << text.toStdString();
    EXPECT_TRUE(banner()->detail().contains(QStringLiteral("OBP-20006"))) << banner()->detail().toStdString();
    EXPECT_FALSE(m_form->context()->hasCustomer());
}

TEST_F(ObpCustomersFormTest, BadInputIsStoppedAtTheFieldAndNothingIsSent)
{
    logIn("obp.adviser");
    const int before = m_finishedOperations;
    type("obpEmail", QStringLiteral("not-an-address"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpCreateButton"), Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_EQ(m_finishedOperations, before);
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "obpLegalNameError")->isVisible());
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "obpEmailError")->isVisible());
    EXPECT_TRUE(findByName<QLineEdit>(m_form.get(), "obpLegalName")->hasFocus());
}

TEST_F(ObpCustomersFormTest, WithoutLoggingInOBPSaysToLogIn)
{
    m_form->tabs()->setCurrentIndex(1);
    type("obpFindValue", QStringLiteral("5987953"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpFindButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return idle() && banner()->type() == MessageBanner::Type::Error; }));
    EXPECT_TRUE(banner()->text().contains(QStringLiteral("Log in"))) << banner()->text().toStdString();
    EXPECT_TRUE(banner()->detail().contains(QStringLiteral("OBP-20001")));
}

TEST_F(ObpCustomersFormTest, DeletingAnAddressAsksFirst)
{
    logIn("obp.adviser");
    m_form->tabs()->setCurrentIndex(1);
    type("obpFindValue", QStringLiteral("5987953"));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpFindButton"), Qt::LeftButton);
    auto *addresses = findByName<ObpAddressesTab>(m_form.get(), "obpAddressesTab");
    ASSERT_TRUE(waitFor([addresses, this] { return idle() && addresses->model()->rowCount() >= 1; }));
    const int rows = addresses->model()->rowCount();
    findByName<QTableView>(m_form.get(), "obpAddressesTable")->selectRow(0);
    const int before = m_finishedOperations;
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpDeleteAddressButton"), Qt::LeftButton);
    ASSERT_NE(addresses->confirmation(), nullptr);
    addresses->confirmation()->button(QMessageBox::No)->click();
    QTest::qWait(100);
    EXPECT_EQ(m_finishedOperations, before);
    EXPECT_EQ(addresses->model()->rowCount(), rows);

    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "obpDeleteAddressButton"), Qt::LeftButton);
    ASSERT_NE(addresses->confirmation(), nullptr);
    addresses->confirmation()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([addresses, rows, this] { return idle() && addresses->model()->rowCount() == rows - 1; }));
    EXPECT_EQ(banner()->type(), MessageBanner::Type::Positive);
}
