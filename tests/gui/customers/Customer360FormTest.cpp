// Customer 360 and Remittance lookup, driven through their widgets against
// the real training server: sections load and fail on their own, Retry
// works, the PEP/inactive warning shows, Copy masks identity numbers.
#include "../GuiTestSupport.h"

#include "OperatorSession.h"
#include "TrainingServerFixture.h"
#include "customers/Customer360Form.h"
#include "customers/ProfileSection.h"
#include "customers/RemittanceLookupForm.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace {

const char *const sections[] = {"basicSection", "locationsSection", "contactSection", "holdsSection",
                                "remittanceSection"};

class Customer360FormTest : public GuiTest
{
protected:
    void TearDown() override
    {
        TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/all/0"));
    }

    template <typename Form>
    void searchFor(Form &form, const QString &number)
    {
        auto *numberEdit = findByName<QLineEdit>(&form, "identificationNumber");
        ASSERT_NE(numberEdit, nullptr);
        numberEdit->clear();
        QTest::keyClicks(numberEdit, number);
        QTest::mouseClick(findByName<QPushButton>(&form, "searchButton"), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&form] { return !form.isBusy(); }));
    }

    static ProfileSection::State stateOf(const QWidget &form, const char *name)
    {
        auto *section = findByName<ProfileSection>(&form, name);
        return section ? section->state() : ProfileSection::State::Empty;
    }
};

} // namespace

TEST_F(Customer360FormTest, OneFailingSectionLeavesTheOthersInView)
{
    Customer360Form form(m_client.get());
    form.show();
    searchFor(form, QStringLiteral("3600000500")); // the 360 fault identity: contact data answers 500

    EXPECT_EQ(stateOf(form, "basicSection"), ProfileSection::State::Loaded);
    EXPECT_EQ(stateOf(form, "locationsSection"), ProfileSection::State::Loaded);
    EXPECT_EQ(stateOf(form, "holdsSection"), ProfileSection::State::Loaded);
    EXPECT_EQ(stateOf(form, "remittanceSection"), ProfileSection::State::Loaded);
    ASSERT_EQ(stateOf(form, "contactSection"), ProfileSection::State::Failed);
    auto *banner = findByName<MessageBanner>(&form, "contactSectionBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("50099"))) << banner->detail().toStdString();
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("Tx "))) << banner->detail().toStdString();
    auto *retry = findByName<QPushButton>(&form, "contactSectionRetry");
    ASSERT_NE(retry, nullptr);
    EXPECT_TRUE(retry->isVisible());
    EXPECT_FALSE(findByName<QPushButton>(&form, "locationsSectionRetry")->isVisible());
    EXPECT_EQ(findByName<QLabel>(&form, "resultName")->text(), QStringLiteral("LUCIA FERNANDA MEJIA RUEDA"));

    // Retry asks again (and the fault answers again); the others stay.
    const int before = m_finishedOperations;
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&form] { return !form.isBusy(); }));
    EXPECT_EQ(m_finishedOperations, before + 1);
    EXPECT_EQ(stateOf(form, "contactSection"), ProfileSection::State::Failed);
    EXPECT_EQ(stateOf(form, "remittanceSection"), ProfileSection::State::Loaded);
}

TEST_F(Customer360FormTest, RetryLoadsASectionThatTimedOut)
{
    // A short timeout and a slow contact read: that section times out alone.
    m_client->setEnvironment(TrainingServerFixture::environment(1500));
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/contact/4000")), 200);
    Customer360Form form(m_client.get());
    form.show();
    searchFor(form, QStringLiteral("79512345"));
    EXPECT_EQ(stateOf(form, "basicSection"), ProfileSection::State::Loaded);
    EXPECT_EQ(stateOf(form, "remittanceSection"), ProfileSection::State::Failed); // Joaquin has no profile
    EXPECT_EQ(findByName<MessageBanner>(&form, "remittanceSectionBanner")->type(), MessageBanner::Type::Information);
    ASSERT_EQ(stateOf(form, "contactSection"), ProfileSection::State::Failed);

    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/contact/0")), 200);
    QTest::mouseClick(findByName<QPushButton>(&form, "contactSectionRetry"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&form] { return !form.isBusy(); }));
    ASSERT_EQ(stateOf(form, "contactSection"), ProfileSection::State::Loaded);
    EXPECT_TRUE(findByName<QLabel>(&form, "contactResidence")->text().contains(QStringLiteral("CL 43 23 57")));
    EXPECT_TRUE(findByName<QLabel>(&form, "contactIncome")->text().contains(QStringLiteral("4")));
    EXPECT_EQ(findByName<QLabel>(&form, "contactSarlaftDate")->text(), QStringLiteral("12/05/2023"));
}

TEST_F(Customer360FormTest, SectionsLoadInParallelAndShowWhileOneIsSlow)
{
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/profile-latency/remittance/3000")),
              200);
    Customer360Form form(m_client.get());
    form.show();
    QTest::keyClicks(findByName<QLineEdit>(&form, "identificationNumber"), QStringLiteral("52123456"));
    QTest::mouseClick(findByName<QPushButton>(&form, "searchButton"), Qt::LeftButton);
    // The others arrive while the remittance profile is still loading.
    ASSERT_TRUE(waitFor([&form] {
        return stateOf(form, "contactSection") == ProfileSection::State::Loaded
               && stateOf(form, "locationsSection") == ProfileSection::State::Loaded;
    }));
    EXPECT_EQ(stateOf(form, "remittanceSection"), ProfileSection::State::Loading);
    EXPECT_TRUE(findByName<QWidget>(&form, "remittanceSectionSpinner")->isVisible());
    ASSERT_TRUE(waitFor([&form] { return !form.isBusy(); }));
    EXPECT_EQ(stateOf(form, "remittanceSection"), ProfileSection::State::Loaded);

    // Nine locations: the table scrolls; the filter narrows it.
    auto *locations = findByName<QTableView>(&form, "locationsTable");
    ASSERT_NE(locations, nullptr);
    EXPECT_GE(locations->model()->rowCount(), 9);
    QTest::keyClicks(findByName<QLineEdit>(&form, "locationsFilter"), QStringLiteral("CANDILEJO"));
    EXPECT_EQ(locations->model()->rowCount(), 1);
    auto *beneficiaries = findByName<QTableView>(&form, "beneficiariesTable");
    EXPECT_GE(beneficiaries->model()->rowCount(), 12);
}

TEST_F(Customer360FormTest, CellphoneSearchFindsTheIdentificationFirst)
{
    Customer360Form form(m_client.get());
    form.show();
    QTest::mouseClick(findByName<QRadioButton>(&form, "searchByCellphone"), Qt::LeftButton);
    QTest::keyClicks(findByName<QLineEdit>(&form, "cellphone"), QStringLiteral("3105556757"));
    QTest::mouseClick(findByName<QPushButton>(&form, "searchButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&form] {
        return !form.isBusy() && stateOf(form, "remittanceSection") != ProfileSection::State::Empty;
    }));
    for (const char *name : sections)
        EXPECT_EQ(stateOf(form, name), ProfileSection::State::Loaded) << name;
}

TEST_F(Customer360FormTest, BadInputIsShownAtTheFieldAndNothingIsSent)
{
    Customer360Form form(m_client.get());
    form.show();
    QTest::mouseClick(findByName<QPushButton>(&form, "searchButton"), Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_TRUE(findByName<QLabel>(&form, "identificationNumberError")->isVisible());
    EXPECT_EQ(m_finishedOperations, 0);
    for (const char *name : sections)
        EXPECT_EQ(stateOf(form, name), ProfileSection::State::Empty) << name;
}

TEST_F(Customer360FormTest, CopyMasksIdentityNumbersUnlessRevealed)
{
    Customer360Form form(m_client.get());
    form.show();
    searchFor(form, QStringLiteral("1234567892")); // DIEGO; his beneficiary is CC 1234567891
    const QString masked = form.exportText();
    EXPECT_TRUE(masked.contains(QStringLiteral("******7892"))) << masked.toStdString();
    EXPECT_TRUE(masked.contains(QStringLiteral("******7891"))) << masked.toStdString();
    EXPECT_FALSE(masked.contains(QStringLiteral("1234567892")));
    EXPECT_FALSE(masked.contains(QStringLiteral("1234567891")));
    EXPECT_TRUE(masked.contains(QStringLiteral("== Contact and financial data ==")));

    QTest::mouseClick(findByName<QPushButton>(&form, "copyButton"), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), masked);

    findByName<QCheckBox>(&form, "revealIdentity")->setChecked(true);
    const QString revealed = form.exportText();
    EXPECT_TRUE(revealed.contains(QStringLiteral("1234567892")));
    EXPECT_TRUE(revealed.contains(QStringLiteral("1234567891")));
}

TEST_F(Customer360FormTest, RemittanceLookupWarnsAboutAPepCustomer)
{
    RemittanceLookupForm form(m_client.get());
    form.show();
    searchFor(form, QStringLiteral("1234567892"));
    auto *warning = findByName<QLabel>(&form, "remittanceWarning");
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("PEP"))) << warning->text().toStdString();
    // Said in words to assistive tools too, not by colour alone.
    EXPECT_FALSE(warning->accessibleName().isEmpty());
    EXPECT_TRUE(warning->accessibleDescription().contains(QStringLiteral("PEP")));
    EXPECT_EQ(findByName<QLabel>(&form, "remittancePep")->text(), QStringLiteral("YES"));
    EXPECT_TRUE(findByName<QLabel>(&form, "remittanceConcepts")->text().contains(QStringLiteral("Income (VLRING)")));
    const QString text = form.exportText();
    EXPECT_TRUE(text.contains(QStringLiteral("PEP")));
    EXPECT_FALSE(text.contains(QStringLiteral("1234567892")));

    // An ordinary customer: no warning.
    searchFor(form, QStringLiteral("1234567890"));
    EXPECT_FALSE(warning->isVisible());
    EXPECT_EQ(findByName<QLabel>(&form, "remittanceName")->text(), QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));

    // An inactive one: the warning says so.
    searchFor(form, QStringLiteral("17012345"));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("INACTIVE")));
}

TEST_F(Customer360FormTest, RemittanceLookupOfSomeoneWithoutProfile)
{
    RemittanceLookupForm form(m_client.get());
    form.show();
    searchFor(form, QStringLiteral("1000000001"));
    auto *banner = findByName<MessageBanner>(&form, "remittanceSectionBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(banner->type(), MessageBanner::Type::Warning);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no remittance profile"))) << banner->text().toStdString();
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("51011")));
    EXPECT_TRUE(form.exportText().isEmpty());
}
