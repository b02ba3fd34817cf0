#include "Journal.h"
#include "OperatorSession.h"
#include "../../insurance/PolicySeedExamples.h"
#include "TrainingServerFixture.h"
#include "insurance/GeneralProductsForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The general products form (simulation, quote, issuing with productIdent 1
// life, 2 card protection, 3 home) driven through its widgets against the
// real training server.
namespace {

const QString generalCardNumber = QStringLiteral("4704371043791074");

template <typename T>
T *widget(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << name << "\"";
    return found;
}

void pick(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    ASSERT_GE(index, 0) << code.toStdString();
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

class GeneralProductsFormTest : public ::testing::Test
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
        m_form = std::make_unique<GeneralProductsForm>(m_client.get());
        m_form->resize(1280, 1000);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void TearDown() override { m_form.reset(); }

    bool waitIdle(int timeoutMs = 30000)
    {
        return QTest::qWaitFor([this] { return !m_form->isBusy(); }, timeoutMs);
    }

    std::string banner() const { return widget<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString(); }

    void click(const char *button)
    {
        auto *b = widget<QPushButton>(m_form.get(), button);
        ASSERT_TRUE(b);
        ASSERT_TRUE(b->isEnabled()) << button;
        QTest::mouseClick(b, Qt::LeftButton);
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = widget<QLineEdit>(m_form.get(), name);
        ASSERT_TRUE(edit);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    void enterHome(bool withAddress)
    {
        widget<QDoubleSpinBox>(m_form.get(), "homeCapital")->setValue(250000000);
        if (withAddress)
            type("riskAddress", QStringLiteral("CL 100 15 20"));
        type("riskCity", QStringLiteral("11001"));
        type("buildingYear", QStringLiteral("1998"));
        type("buildingFloors", QStringLiteral("5"));
        type("buildingDescription", QStringLiteral("Apartamento en edificio"));
        type("areaType", QStringLiteral("1"));
        type("socialClass", QStringLiteral("4"));
        type("useType", QStringLiteral("1"));
        type("buildingType", QStringLiteral("2"));
        type("housingType", QStringLiteral("3"));
    }

    void simulate(const QString &product)
    {
        pick(widget<QComboBox>(m_form.get(), "product"), product);
        if (product == QLatin1String("67307"))
            enterHome(true);
        else
            widget<QDateEdit>(m_form.get(), "birthDate")->setDate(QDate(1975, 6, 10));
        click("simulateButton");
        ASSERT_TRUE(waitIdle());
        ASSERT_TRUE(m_form->simulation().has_value()) << banner();
        ASSERT_GE(widget<QComboBox>(m_form.get(), "plan")->currentIndex(), 0);
        click("nextButton");
        ASSERT_EQ(m_form->currentStep(), GeneralProductsForm::QuoteStep);
    }

    void quote()
    {
        pick(widget<QComboBox>(m_form.get(), "identificationType"), QStringLiteral("2"));
        type("identificationNumber", QStringLiteral("52433530"));
        type("firstName", QStringLiteral("MARIA"));
        type("lastName", QStringLiteral("GOMEZ"));
        auto *birth = widget<QDateEdit>(m_form.get(), "insuredBirthDate");
        if (birth->date() != QDate(1975, 6, 10))
            birth->setDate(QDate(1975, 6, 10));
        pick(widget<QComboBox>(m_form.get(), "gender"), QStringLiteral("2"));
        type("email", QStringLiteral("maria.gomez@example.com"));
        type("phone", QStringLiteral("3001234567"));
        click("quoteButton");
        ASSERT_TRUE(waitIdle());
        ASSERT_TRUE(m_form->quote().has_value()) << banner();
        EXPECT_TRUE(widget<QLabel>(m_form.get(), "quoteSummary")->text().contains(m_form->quote()->pmtAuthId));
        click("nextButton");
        ASSERT_EQ(m_form->currentStep(), GeneralProductsForm::IssuingStep);
    }

    void enterPayment(bool beneficiary)
    {
        auto *card = widget<QLineEdit>(m_form.get(), "cardNumber");
        card->setFocus();
        QTest::keyClicks(card, generalCardNumber);
        QTest::keyClick(card, Qt::Key_Tab);
        EXPECT_FALSE(card->text().contains(generalCardNumber.left(12)));
        type("cardExpiry", QStringLiteral("12/30"));
        auto *address = widget<QLineEdit>(m_form.get(), "address");
        if (address->text().isEmpty())
            type("address", QStringLiteral("KR 7 32 16"));
        auto *city = widget<QLineEdit>(m_form.get(), "addressCity");
        if (city->text().isEmpty())
            type("addressCity", QStringLiteral("11001"));
        if (beneficiary)
            enterBeneficiary(0, QStringLiteral("79876543"), QStringLiteral("CARLOS"), QStringLiteral("100"));
    }

    void enterBeneficiary(int row, const QString &id, const QString &firstName, const QString &rate)
    {
        auto *table = widget<QTableWidget>(m_form.get(), "beneficiaryTable");
        ASSERT_TRUE(table);
        while (table->rowCount() <= row)
            click("addBeneficiaryButton");
        table->item(row, 1)->setText(id);
        table->item(row, 2)->setText(firstName);
        table->item(row, 3)->setText(QStringLiteral("GOMEZ"));
        table->item(row, 4)->setText(QStringLiteral("3"));
        table->item(row, 5)->setText(rate);
    }

    QMessageBox *confirmation()
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor([this, &box] {
            box = m_form->findChild<QMessageBox *>(QStringLiteral("issueConfirmation"));
            return box && box->isVisible();
        }, 5000);
        return shown ? box : nullptr;
    }

    void issueEndToEnd(const QString &product)
    {
        simulate(product);
        if (::testing::Test::HasFatalFailure())
            return;
        quote();
        if (::testing::Test::HasFatalFailure())
            return;
        enterPayment(product != QLatin1String("67307"));
        click("issueButton");
        QMessageBox *box = confirmation();
        ASSERT_TRUE(box) << banner();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        ASSERT_TRUE(waitIdle());
        ASSERT_TRUE(m_form->policy().has_value()) << banner();
        EXPECT_FALSE(m_form->policy()->policyId.isEmpty());
        EXPECT_TRUE(widget<QLabel>(m_form.get(), "policySummary")->text().contains(m_form->policy()->policyId));
        EXPECT_FALSE(widget<QPushButton>(m_form.get(), "issueButton")->isEnabled());
        bool issuingJournaled = false;
        for (const JournalEntry &entry : m_journal.entries()) {
            if (entry.operation == QLatin1String("policy.general.issuing")) {
                issuingJournaled = true;
                EXPECT_TRUE(entry.references.contains(QStringLiteral("policy ") + m_form->policy()->policyId));
            }
        }
        EXPECT_TRUE(issuingJournaled);
        EXPECT_FALSE(journalBytes().contains(generalCardNumber.left(12)));
    }

    QString journalBytes() const
    {
        QString all;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += QString::fromLatin1(file.readAll());
        }
        return all;
    }

    QTemporaryDir m_dir;
    Journal m_journal;
    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GeneralProductsForm> m_form;
    int m_operations = 0;
};

TEST_F(GeneralProductsFormTest, LifeProductIsIssuedEndToEnd)
{
    issueEndToEnd(QStringLiteral("31300"));
}

TEST_F(GeneralProductsFormTest, CardProtectionIsIssuedEndToEnd)
{
    issueEndToEnd(QStringLiteral("69308"));
}

TEST_F(GeneralProductsFormTest, HomeIsIssuedEndToEndWithTheRiskAddress)
{
    issueEndToEnd(QStringLiteral("67307"));
    if (HasFatalFailure())
        return;
    EXPECT_EQ(m_form->issuingRequest().home.riskAddresses.value(0).addr1, QStringLiteral("CL 100 15 20"));
}

TEST_F(GeneralProductsFormTest, HomeWithoutRiskAddressIsFlaggedAtTheFieldAndNothingIsSent)
{
    pick(widget<QComboBox>(m_form.get(), "product"), QStringLiteral("67307"));
    EXPECT_TRUE(widget<QWidget>(m_form.get(), "riskAddress")->isVisible());
    EXPECT_FALSE(widget<QWidget>(m_form.get(), "birthDate")->isVisible());
    enterHome(false);
    click("simulateButton");
    auto *error = widget<QLabel>(m_form.get(), "riskAddressError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_FALSE(widget<QLineEdit>(m_form.get(), "riskAddress")->accessibleDescription().isEmpty());
    QTest::qWait(200);
    EXPECT_FALSE(m_form->isBusy());
    EXPECT_EQ(m_operations, 0);
    EXPECT_FALSE(m_form->simulation().has_value());
    EXPECT_FALSE(widget<QPushButton>(m_form.get(), "nextButton")->isEnabled());
}

TEST_F(GeneralProductsFormTest, DecliningTheIssuingConfirmationSendsNothing)
{
    simulate(QStringLiteral("69308"));
    ASSERT_FALSE(HasFatalFailure());
    quote();
    ASSERT_FALSE(HasFatalFailure());
    enterPayment(true);
    const int before = m_operations;
    click("issueButton");
    QMessageBox *box = confirmation();
    ASSERT_TRUE(box) << banner();
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTest::qWait(300);
    EXPECT_EQ(m_operations, before);
    EXPECT_FALSE(m_form->isBusy());
    EXPECT_FALSE(m_form->policy().has_value());
    EXPECT_TRUE(widget<QPushButton>(m_form.get(), "issueButton")->isEnabled());
}

TEST_F(GeneralProductsFormTest, EveryInputHasAnAccessibleNameAndOnePrimaryButtonPerStep)
{
    for (QWidget *input : m_form->findChildren<QWidget *>()) {
        if (!qobject_cast<QLineEdit *>(input) && !qobject_cast<QComboBox *>(input) && !qobject_cast<QAbstractSpinBox *>(input))
            continue;
        if (input->objectName().isEmpty() || input->objectName().startsWith(QLatin1String("qt_")))
            continue;
        EXPECT_FALSE(input->accessibleName().isEmpty()) << input->objectName().toStdString();
    }
    for (const char *button : {"simulateButton", "quoteButton", "issueButton"})
        EXPECT_TRUE(widget<QPushButton>(m_form.get(), button)->property("submitsForm").toBool()) << button;
}


TEST_F(GeneralProductsFormTest, PaymentByAccountDebitWithSeveralBeneficiariesIssues)
{
    simulate(QStringLiteral("31300"));
    ASSERT_FALSE(HasFatalFailure());
    quote();
    ASSERT_FALSE(HasFatalFailure());
    widget<QRadioButton>(m_form.get(), "payByAccount")->click();
    ASSERT_TRUE(widget<QRadioButton>(m_form.get(), "payByAccount")->isChecked());
    EXPECT_FALSE(widget<QLineEdit>(m_form.get(), "cardNumber")->isEnabled());
    pick(widget<QComboBox>(m_form.get(), "accountType"), QStringLiteral("1"));
    type("accountNumber", QStringLiteral("24005123456"));
    type("address", QStringLiteral("KR 7 32 16"));
    type("addressCity", QStringLiteral("11001"));
    enterBeneficiary(0, QStringLiteral("79876543"), QStringLiteral("CARLOS"), QStringLiteral("60"));
    enterBeneficiary(1, QStringLiteral("1019876543"), QStringLiteral("LUCIA"), QStringLiteral("30"));
    ASSERT_FALSE(HasFatalFailure());

    // 60 + 30: refused at the table, nothing sent.
    const int before = m_operations;
    click("issueButton");
    auto *error = widget<QLabel>(m_form.get(), "beneficiaryTableError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("90%"))) << error->text().toStdString();
    EXPECT_EQ(m_form->findChild<QMessageBox *>(QStringLiteral("issueConfirmation")), nullptr);
    EXPECT_EQ(m_operations, before);

    widget<QTableWidget>(m_form.get(), "beneficiaryTable")->item(1, 5)->setText(QStringLiteral("40"));
    const IssuingRequest request = m_form->issuingRequest();
    EXPECT_EQ(request.pmtType, QStringLiteral("2"));
    EXPECT_TRUE(request.person.cards.isEmpty());
    ASSERT_EQ(request.person.accounts.size(), 1);
    EXPECT_EQ(request.person.accounts.first().acctId, QStringLiteral("24005123456"));
    EXPECT_EQ(request.person.accounts.first().acctType, QStringLiteral("1"));
    ASSERT_EQ(request.beneficiaries.size(), 2);
    EXPECT_EQ(request.beneficiaries.at(1).rate, QStringLiteral("40"));
    EXPECT_EQ(request.beneficiaries.at(1).relationshipType, QStringLiteral("3"));
    click("issueButton");
    QMessageBox *box = confirmation();
    ASSERT_TRUE(box) << banner();
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(m_form->policy().has_value()) << banner();
}

// Every home member the document's example treats as data is asked in the
// form: entered with the example's values, the form sends the example's
// capitalization and risk (address and building) field for field.
TEST_F(GeneralProductsFormTest, HomeInputsProduceTheSeedsHomeExample)
{
    pick(widget<QComboBox>(m_form.get(), "product"), QStringLiteral("67307"));
    pick(widget<QComboBox>(m_form.get(), "frequency"), QStringLiteral("1"));
    pick(widget<QComboBox>(m_form.get(), "saleChannel"), QStringLiteral("101"));
    widget<QDoubleSpinBox>(m_form.get(), "homeCapital")->setValue(195000000);
    type("riskAddress", QStringLiteral("AVENIDA BRASIL"));
    type("riskFloor", QStringLiteral("1"));
    type("riskDepartment", QStringLiteral("52"));
    type("riskCity", QStringLiteral("52835"));
    type("riskNeighborhood", QStringLiteral("5438"));
    type("riskPostalCode", QStringLiteral("01101"));
    type("areaType", QStringLiteral("1"));
    type("socialClass", QStringLiteral("1"));
    type("useType", QStringLiteral("1"));
    type("buildingType", QStringLiteral("2"));
    type("buildingYear", QStringLiteral("1993"));
    type("buildingFloors", QStringLiteral("1"));
    type("buildingDescription", QStringLiteral("Orange House"));
    type("housingType", QStringLiteral("3"));
    EXPECT_TRUE(m_form->simulationRequest().validate().isEmpty());

    QJsonObject expected = QJsonDocument::fromJson(PolicySeedExamples::generalSimulationRequest3).object();
    // The example writes the short product code 307; the code table's 67307
    // is what the form sends (the insurer takes both).
    QJsonObject product = expected.value(QStringLiteral("product")).toObject();
    product.insert(QStringLiteral("productIdNumber"), QStringLiteral("67307"));
    expected.insert(QStringLiteral("product"), product);
    EXPECT_EQ(QJsonDocument(m_form->simulationRequest().toJson()).toJson(QJsonDocument::Compact).toStdString(),
              QJsonDocument(expected).toJson(QJsonDocument::Compact).toStdString());

    // Quote and issuing carry the same home, as their examples do.
    const QJsonObject seedIssuing = QJsonDocument::fromJson(PolicySeedExamples::generalIssuingRequest3).object();
    const QJsonObject seedHome = seedIssuing.value(QStringLiteral("insuranceInfo")).toObject();
    for (const QJsonObject &sent : {m_form->quoteRequest().toJson(), m_form->simulationRequest().toJson()}) {
        const QJsonObject home = sent.value(QStringLiteral("insuranceInfo")).toObject();
        for (const char *member : {"capitalization", "riskInfo"}) {
            const QString key = QString::fromLatin1(member);
            EXPECT_EQ(home.value(key), seedHome.value(key)) << member;
        }
    }
}

TEST_F(GeneralProductsFormTest, HomeBuildingCodesAreAskedAndCheckedAtTheField)
{
    pick(widget<QComboBox>(m_form.get(), "product"), QStringLiteral("67307"));
    enterHome(true);
    widget<QLineEdit>(m_form.get(), "socialClass")->clear();
    click("simulateButton");
    auto *error = widget<QLabel>(m_form.get(), "socialClassError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    QTest::qWait(100);
    EXPECT_EQ(m_operations, 0);
}

} // namespace
