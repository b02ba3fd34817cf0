#include "Journal.h"
#include "OperatorSession.h"
#include "TrainingServerFixture.h"
#include "insurance/InsuranceCaseForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

template <typename T>
T *named(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no widget named \"" << name << "\"";
    return found;
}

class InsuranceCaseFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
        m_client = std::make_unique<ApiClient>(nullptr, &m_journal);
        m_client->setEnvironment(TrainingServerFixture::environment(20000));
        m_client->setOperatorSession(OperatorSession::demoOperator());
        QObject::connect(m_client.get(), &ApiClient::operationFinished, &m_context, [this] { ++m_operations; });
        m_form = std::make_unique<InsuranceCaseForm>(m_client.get());
        m_form->resize(1300, 950);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = named<QLineEdit>(m_form.get(), name);
        ASSERT_TRUE(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // The applicant of the document's example (DORA NELLY RESTREPO HERRERA).
    void fillSeedCase()
    {
        type("requestNumber", QStringLiteral("1216827820"));
        named<QDoubleSpinBox>(m_form.get(), "approvedAmount")->setValue(50000000);
        type("caseCity", QStringLiteral("11001"));
        type("branch", QStringLiteral("0166"));
        type("applicantId", QStringLiteral("10003598"));
        type("applicantFirstName", QStringLiteral("DORA"));
        type("applicantMiddleName", QStringLiteral("NELLY"));
        type("applicantLastName", QStringLiteral("RESTREPO"));
        type("applicantSecondLastName", QStringLiteral("HERRERA"));
        named<QDateEdit>(m_form.get(), "applicantBirthDate")->setDate(QDate(1967, 2, 26));
        type("applicantCellPhone", QStringLiteral("3212587913"));
        type("applicantEmail", QStringLiteral("s9m3b9o7@bancocajasocial.com"));
        type("homeAddress", QStringLiteral("KR 22 06 32"));
        type("homeCity", QStringLiteral("11001"));
        type("homePhone", QStringLiteral("4296111"));
        type("workAddress", QStringLiteral("KR 1 12 66"));
        type("workCity", QStringLiteral("81001"));
        type("workPhone", QStringLiteral("7403462"));
        type("occupation", QStringLiteral("05"));
        named<QTableWidget>(m_form.get(), "statementAnswers")->item(0, 1)->setCheckState(Qt::Checked);
    }

    QTemporaryDir m_dir;
    Journal m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InsuranceCaseForm> m_form;
    QObject m_context;
    int m_operations = 0;
};

} // namespace

TEST_F(InsuranceCaseFormTest, CreatesACaseAndUpdatesItsStatus)
{
    fillSeedCase();
    const InsuranceCaseRequest request = m_form->caseRequest();
    ASSERT_TRUE(request.validate().isEmpty()) << request.validate().first().message.toStdString();
    EXPECT_EQ(request.entities.first().applicants.first().answers.first().answer, true);
    QTest::mouseClick(named<QPushButton>(m_form.get(), "createCaseButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_form->isBusy() && m_operations == 1; }, 30000));
    const QString caseNumber = named<QLineEdit>(m_form.get(), "caseNumber")->text();
    ASSERT_FALSE(caseNumber.isEmpty()) << named<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
    EXPECT_TRUE(named<QLabel>(m_form.get(), "caseResult")->text().contains(caseNumber));

    // Carried over: application, identification; now the decision.
    EXPECT_EQ(named<QLineEdit>(m_form.get(), "applicationNumber")->text(), QStringLiteral("1216827820"));
    auto *status = named<QComboBox>(m_form.get(), "statusCode");
    status->setCurrentIndex(status->findData(QStringLiteral("AP")));
    type("observation", QStringLiteral("Aprobado con extraprima"));
    named<QAbstractButton>(m_form.get(), "extraPremium")->click();
    type("extraPremiumPercentage", QStringLiteral("10"));
    QTest::mouseClick(named<QPushButton>(m_form.get(), "addCoverageButton"), Qt::LeftButton);
    auto *coverages = named<QTableWidget>(m_form.get(), "coverageDecisions");
    coverages->item(0, 0)->setText(QStringLiteral("2"));
    coverages->item(0, 1)->setCheckState(Qt::Checked);
    const CaseStatusRequest update = m_form->statusRequest();
    EXPECT_EQ(update.coveredCode, caseNumber);
    EXPECT_EQ(update.percentage, std::optional<QString>(QStringLiteral("10")));
    EXPECT_EQ(update.toUpdateJson()[QStringLiteral("personInfo")][QStringLiteral("policy")][QStringLiteral("exclude")].toString(),
              QStringLiteral("true"));
    QTest::mouseClick(named<QPushButton>(m_form.get(), "updateStatusButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_form->isBusy() && m_operations == 2; }, 30000));
    EXPECT_TRUE(named<QLabel>(m_form.get(), "statusResult")->text().contains(QStringLiteral("AP")))
        << named<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
    // The status change is journaled with its case and status, the
    // applicant's identification masked.
    bool statusJournaled = false;
    for (const JournalEntry &entry : m_journal.entries()) {
        if (entry.operation == QLatin1String("policy.status.update")) {
            statusJournaled = true;
            EXPECT_TRUE(entry.references.contains(QStringLiteral("status AP"))) << entry.references.join(QLatin1Char(',')).toStdString();
            EXPECT_TRUE(entry.references.contains(QStringLiteral("case ") + caseNumber));
        }
    }
    EXPECT_TRUE(statusJournaled);
    // With BRANCHDESK_TEST_ARTIFACTS set, the form's look is kept for a human.
    if (const QString directory = qEnvironmentVariable("BRANCHDESK_TEST_ARTIFACTS"); !directory.isEmpty())
        m_form->grab().save(QDir(directory).filePath(QStringLiteral("insurance-case.png")));
}

TEST_F(InsuranceCaseFormTest, RegistersACustomerPayee)
{
    // The document's example: LUIS GONZALEZ, payee of CC 3056441.
    type("payeeCustomerId", QStringLiteral("3056441"));
    type("payeeFirstName", QStringLiteral("LUIS"));
    type("payeeLastName", QStringLiteral("GONZALEZ"));
    type("payeeId", QStringLiteral("3056441"));
    type("payeeEmail", QStringLiteral("smora@bancocajasocial.com"));
    type("payeeAddress", QStringLiteral("KR 80"));
    type("payeePostalCode", QStringLiteral("432566"));
    type("payeeRelationship", QStringLiteral("60"));
    type("payeeAdviser", QStringLiteral("4342"));
    auto *button = named<QPushButton>(m_form.get(), "registerPayeeButton");
    button->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_operations == 1; }, 30000));
    auto *banner = named<MessageBanner>(m_form.get(), "payeeBanner");
    ASSERT_TRUE(QTest::qWaitFor([banner] { return !banner->text().isEmpty(); }, 5000));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("LUIS GONZALEZ")));
}

TEST_F(InsuranceCaseFormTest, IncompleteCaseIsNotSent)
{
    QTest::mouseClick(named<QPushButton>(m_form.get(), "createCaseButton"), Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_EQ(m_operations, 0);
    auto *banner = named<MessageBanner>(m_form.get(), "messageBanner");
    EXPECT_EQ(banner->type(), MessageBanner::Type::Warning);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Nothing was sent")));
}
