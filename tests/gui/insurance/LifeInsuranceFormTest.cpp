#include "DraftStore.h"
#include "Journal.h"
#include "OperatorSession.h"
#include "TrainingServerFixture.h"
#include "insurance/CertificateViewer.h"
#include "insurance/LifeInsuranceForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class TrainingServerEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { TrainingServerFixture::shutdown(); }
};

[[maybe_unused]] ::testing::Environment *const g_trainingServer =
    ::testing::AddGlobalTestEnvironment(new TrainingServerEnvironment);

const QString cardNumber = QStringLiteral("4704371043791074");

template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << name << "\"";
    return found;
}

void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    ASSERT_GE(index, 0) << code.toStdString();
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

class LifeInsuranceFormTest : public ::testing::Test
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
        ASSERT_TRUE(m_drafts.isValid());
        DraftStore::forgetMemoryKey();
        openForm();
    }

    // A new form over the same drafts (as after a restart), ready when its
    // draft store is open.
    void openForm()
    {
        m_form = std::make_unique<LifeInsuranceForm>(m_client.get(), nullptr, nullptr, m_drafts.path());
        QSignalSpy ready(m_form.get(), &LifeInsuranceForm::draftsReady);
        m_form->resize(1280, 900);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
        ASSERT_TRUE(ready.count() > 0 || ready.wait(5000));
    }

    // Every byte kept in the drafts directory.
    QByteArray draftBytes() const
    {
        QByteArray all;
        const QDir dir(m_drafts.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    void TearDown() override { m_form.reset(); }

    bool waitIdle(int timeoutMs = 30000)
    {
        return QTest::qWaitFor([this] { return !m_form->isBusy(); }, timeoutMs);
    }

    void click(const char *button)
    {
        auto *b = child<QPushButton>(m_form.get(), button);
        ASSERT_TRUE(b);
        ASSERT_TRUE(b->isEnabled()) << button;
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Step 1: 31300 for someone born 19/03/1970, plan 2 chosen.
    void simulateAndChoosePlan()
    {
        choose(child<QComboBox>(m_form.get(), "product"), QStringLiteral("31300"));
        child<QDateEdit>(m_form.get(), "birthDate")->setDate(QDate(1970, 3, 19));
        click("simulateButton");
        ASSERT_TRUE(waitIdle());
        auto *plans = child<QTableWidget>(m_form.get(), "planTable");
        ASSERT_EQ(plans->columnCount(), 16) << child<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
        EXPECT_EQ(plans->item(0, 1)->text(), QStringLiteral("Plan 2 $10 MM"));
        plans->selectColumn(1);
        keepArtifact(QStringLiteral("1-simulation"));
        ASSERT_TRUE(child<QPushButton>(m_form.get(), "nextButton")->isEnabled());
        click("nextButton");
        ASSERT_EQ(m_form->currentStep(), LifeInsuranceForm::QuoteStep);
    }

    // Step 2: the insured looked up by CE 300541, then quoted.
    void lookUpAndQuote()
    {
        choose(child<QComboBox>(m_form.get(), "lookupIdentificationType"), QStringLiteral("CE"));
        QTest::keyClicks(child<QLineEdit>(m_form.get(), "lookupIdentificationNumber"), QStringLiteral("300541"));
        click("lookupButton");
        ASSERT_TRUE(waitIdle());
        EXPECT_EQ(child<QLineEdit>(m_form.get(), "firstName")->text(), QStringLiteral("JOAO"));
        EXPECT_EQ(child<QLineEdit>(m_form.get(), "insuredIdentificationNumber")->text(), QStringLiteral("300541"));
        // CE is the insurer's 3 (Cédula de Extranjería).
        EXPECT_EQ(child<QComboBox>(m_form.get(), "insuredIdentificationType")->currentData().toString(), QStringLiteral("3"));
        // The simulated birth date came along.
        EXPECT_EQ(child<QDateEdit>(m_form.get(), "insuredBirthDate")->date(), QDate(1970, 3, 19));
        choose(child<QComboBox>(m_form.get(), "gender"), QStringLiteral("2"));
        click("quoteButton");
        ASSERT_TRUE(waitIdle());
        ASSERT_TRUE(m_form->quote().has_value()) << child<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
        EXPECT_TRUE(child<QLabel>(m_form.get(), "quoteSummary")->text().contains(m_form->quote()->pmtAuthId));
        keepArtifact(QStringLiteral("2-quote"));
        click("nextButton");
        ASSERT_EQ(m_form->currentStep(), LifeInsuranceForm::IssuingStep);
    }

    void enterPaymentAndBeneficiary(const QString &percentage)
    {
        auto *card = child<QLineEdit>(m_form.get(), "cardNumber");
        card->setFocus();
        QTest::keyClicks(card, cardNumber);
        QTest::keyClick(card, Qt::Key_Tab);
        QTest::keyClicks(child<QLineEdit>(m_form.get(), "cardExpiry"), QStringLiteral("12/30"));
        auto *table = child<QTableWidget>(m_form.get(), "beneficiaryTable");
        ASSERT_EQ(table->rowCount(), 1);
        table->item(0, 1)->setText(QStringLiteral("52433530"));
        table->item(0, 2)->setText(QStringLiteral("FERNANDO"));
        table->item(0, 3)->setText(QStringLiteral("SUAREZ"));
        table->item(0, 4)->setText(QStringLiteral("3"));
        table->item(0, 5)->setText(percentage);
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

    // With BRANCHDESK_TEST_ARTIFACTS set, each step's look and the
    // certificate are kept there for a human to check.
    void keepArtifact(const QString &name)
    {
        const QString directory = qEnvironmentVariable("BRANCHDESK_TEST_ARTIFACTS");
        if (directory.isEmpty())
            return;
        QTest::qWait(1500); // the PDF view renders its pages on a thread
        m_form->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
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
    QTemporaryDir m_drafts;
    Journal m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LifeInsuranceForm> m_form;
    QObject m_context;
    int m_operations = 0;
};

} // namespace

TEST_F(LifeInsuranceFormTest, SimulationToCertificateEndToEnd)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    enterPaymentAndBeneficiary(QStringLiteral("100"));

    // The card number is masked as soon as it is entered.
    auto *card = child<QLineEdit>(m_form.get(), "cardNumber");
    EXPECT_EQ(card->text(), QStringLiteral("************1074"));
    EXPECT_EQ(m_form->issuingRequest().person.cards.first().acctId, cardNumber);

    click("issueButton");
    QMessageBox *box = confirmation();
    ASSERT_TRUE(box) << "issuing must be confirmed first";
    const int before = m_operations;
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_form->policy().has_value() || !m_form->isBusy(); }, 30000));
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(m_form->policy().has_value()) << child<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
    EXPECT_EQ(m_operations, before + 1);
    const IssuingResult policy = *m_form->policy();
    const QString summary = child<QLabel>(m_form.get(), "policySummary")->text();
    EXPECT_TRUE(summary.contains(policy.policyId));
    EXPECT_TRUE(summary.contains(policy.certCode));
    keepArtifact(QStringLiteral("3-issuing"));
    // Issued once: the button is off, nothing can resend it.
    EXPECT_FALSE(child<QPushButton>(m_form.get(), "issueButton")->isEnabled());
    // The card number is gone from the form's memory and the field.
    EXPECT_FALSE(m_form->issuingRequest().person.cards.first().acctId.contains(cardNumber));

    click("nextButton");
    ASSERT_EQ(m_form->currentStep(), LifeInsuranceForm::CertificateStep);
    ASSERT_TRUE(waitIdle());
    CertificateViewer *viewer = m_form->certificateViewer();
    ASSERT_TRUE(viewer->hasCertificate()) << child<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
    EXPECT_GE(viewer->pageCount(), 1);
    QString text;
    for (int page = 0; page < viewer->pageCount(); ++page)
        text += viewer->document()->getAllText(page).text();
    EXPECT_TRUE(text.contains(policy.policyId)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("OLIVEIRA")));
    EXPECT_TRUE(text.contains(QStringLiteral("Muerte Accidental")));
    EXPECT_TRUE(text.contains(QStringLiteral("FERNANDO SUAREZ")));
    EXPECT_FALSE(text.contains(cardNumber));

    // Saved under the default name; the saved file opens as a PDF.
    EXPECT_EQ(viewer->defaultFileName(), QStringLiteral("Certificate-%1-%2.pdf").arg(policy.policyId, policy.certCode));
    const QString saved = m_dir.filePath(viewer->defaultFileName());
    ASSERT_TRUE(viewer->saveTo(saved));
    keepArtifact(QStringLiteral("4-certificate"));
    if (const QString directory = qEnvironmentVariable("BRANCHDESK_TEST_ARTIFACTS"); !directory.isEmpty())
        viewer->saveTo(QDir(directory).filePath(viewer->defaultFileName()));
    QPdfDocument document;
    document.load(saved);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_TRUE(document.getAllText(0).text().contains(policy.policyId));

    // Printing renders every page (to a PDF printer here, no dialog).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(viewer->printTo(&printer));
    QFile printedFile(printed);
    ASSERT_TRUE(printedFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(printedFile.readAll().startsWith("%PDF-"));

    // Zoom works on the view.
    viewer->zoomIn();
    viewer->fitToWidth();

    // The journal holds the issuing with its references and never the card.
    const QList<JournalEntry> entries = m_journal.entries();
    bool issuingJournaled = false;
    for (const JournalEntry &entry : entries) {
        if (entry.operation == QLatin1String("policy.life.issuing")) {
            issuingJournaled = true;
            EXPECT_TRUE(entry.references.contains(QStringLiteral("policy ") + policy.policyId));
        }
    }
    EXPECT_TRUE(issuingJournaled);
    // So is the certificate download, with the policy and certificate numbers.
    bool certificateJournaled = false;
    for (const JournalEntry &entry : entries) {
        if (entry.operation == QLatin1String("policy.life.certificate")) {
            certificateJournaled = true;
            EXPECT_TRUE(entry.references.contains(QStringLiteral("certificate ") + policy.certCode));
        }
    }
    EXPECT_TRUE(certificateJournaled);
    const QString journal = journalBytes();
    EXPECT_FALSE(journal.contains(cardNumber));
    EXPECT_FALSE(journal.contains(cardNumber.left(12)));
}

TEST_F(LifeInsuranceFormTest, BeneficiaryPercentagesAreCheckedAtTheFieldAndNothingIsSent)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    enterPaymentAndBeneficiary(QStringLiteral("90"));
    const int before = m_operations;
    click("issueButton");
    auto *error = child<QLabel>(m_form.get(), "beneficiaryTableError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("90%"))) << error->text().toStdString();
    EXPECT_EQ(m_form->findChild<QMessageBox *>(QStringLiteral("issueConfirmation")), nullptr);
    QTest::qWait(200);
    EXPECT_EQ(m_operations, before);
    EXPECT_TRUE(child<QLabel>(m_form.get(), "beneficiaryTotal")->text().contains(QStringLiteral("90%")));
}

TEST_F(LifeInsuranceFormTest, ExpiredCardAndDeclinedConfirmationSendNothing)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    enterPaymentAndBeneficiary(QStringLiteral("100"));
    auto *expiry = child<QLineEdit>(m_form.get(), "cardExpiry");
    expiry->clear();
    QTest::keyClicks(expiry, QStringLiteral("13/24"));
    const int before = m_operations;
    click("issueButton");
    EXPECT_TRUE(child<QLabel>(m_form.get(), "cardExpiryError")->isVisible());
    EXPECT_EQ(m_form->findChild<QMessageBox *>(QStringLiteral("issueConfirmation")), nullptr);

    expiry->clear();
    QTest::keyClicks(expiry, QStringLiteral("12/30"));
    click("issueButton");
    QMessageBox *box = confirmation();
    ASSERT_TRUE(box);
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTest::qWait(300);
    EXPECT_EQ(m_operations, before);
    EXPECT_FALSE(m_form->policy().has_value());
    EXPECT_TRUE(child<QPushButton>(m_form.get(), "issueButton")->isEnabled());
}

TEST_F(LifeInsuranceFormTest, BackAndNextKeepWhatWasEntered)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    const QString quoteCode = m_form->quote()->pmtAuthId;
    click("backButton");
    click("backButton");
    ASSERT_EQ(m_form->currentStep(), LifeInsuranceForm::SimulationStep);
    EXPECT_EQ(child<QTableWidget>(m_form.get(), "planTable")->columnCount(), 16);
    click("nextButton");
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "firstName")->text(), QStringLiteral("JOAO"));
    ASSERT_TRUE(m_form->quote().has_value());
    EXPECT_EQ(m_form->quote()->pmtAuthId, quoteCode);
    // Changing a quoted input makes the quote stale: Next waits for a new one.
    auto *email = child<QLineEdit>(m_form.get(), "email");
    QTest::keyClicks(email, QStringLiteral("x"));
    EXPECT_FALSE(m_form->quote().has_value());
    EXPECT_FALSE(child<QPushButton>(m_form.get(), "nextButton")->isEnabled());
}

TEST_F(LifeInsuranceFormTest, SimulationRulesShowAtTheFields)
{
    click("simulateButton");
    auto *error = child<QLabel>(m_form.get(), "birthDateError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(m_operations, 0);
    EXPECT_FALSE(child<QPushButton>(m_form.get(), "nextButton")->isEnabled());
}

// Two steps filled (simulation and quote) and the card entered on the third:
// the draft is encrypted (no name, ID or card in its bytes) and, decrypted,
// still holds no card details.
TEST_F(LifeInsuranceFormTest, TheDraftHoldsNoPlaintextAndNoCardDetails)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    enterPaymentAndBeneficiary(QStringLiteral("100"));
    ASSERT_FALSE(HasFatalFailure());
    const QString name = m_form->draftName();
    EXPECT_TRUE(name.startsWith(QStringLiteral("lifeInsurance-Training-"))) << name.toStdString();
    EXPECT_FALSE(name.contains(m_client->operatorSession().user));
    m_form.reset(); // saves what was pending

    const QByteArray bytes = draftBytes();
    ASSERT_FALSE(bytes.isEmpty());
    for (const char *plain : {"JOAO", "OLIVEIRA", "300541", "52433530", "FERNANDO", "4704371043791074", "************"})
        EXPECT_FALSE(bytes.contains(plain)) << plain;

    DraftStore store(nullptr, m_drafts.path());
    bool ready = false;
    QObject context;
    store.open(&context, [&ready](DraftStore::KeyPlace) { ready = true; });
    ASSERT_TRUE(QTest::qWaitFor([&ready] { return ready; }, 5000));
    const auto draft = store.load(name);
    ASSERT_TRUE(draft.has_value());
    const QByteArray text = QJsonDocument(*draft).toJson(QJsonDocument::Compact);
    // The sale is there (so the checks above mean something) ...
    EXPECT_TRUE(text.contains("JOAO"));
    EXPECT_TRUE(text.contains("FERNANDO"));
    // ... but not the card: neither its number, masked or not, nor its expiry.
    EXPECT_FALSE(text.contains("4704371043791074"));
    EXPECT_FALSE(text.contains("************1074"));
    EXPECT_FALSE(text.contains("12/30"));
    EXPECT_EQ(draft->value(QStringLiteral("step")).toInt(), int(LifeInsuranceForm::IssuingStep));

    // Another operator at the same workstation does not get it.
    OperatorSession other = m_client->operatorSession();
    other.user = QStringLiteral("OTHER01");
    m_client->setOperatorSession(other);
    openForm();
    EXPECT_FALSE(child<QWidget>(m_form.get(), "draftOffer")->isVisible());
}

// Fill two steps, close the form, open a new one over the same drafts,
// restore, and continue to the certificate; the draft goes at the end.
TEST_F(LifeInsuranceFormTest, ADraftSurvivesTheFormAndResumesToTheCertificate)
{
    simulateAndChoosePlan();
    lookUpAndQuote();
    ASSERT_FALSE(HasFatalFailure());
    const QString quoteCode = m_form->quote()->pmtAuthId;
    auto *table = child<QTableWidget>(m_form.get(), "beneficiaryTable");
    table->item(0, 1)->setText(QStringLiteral("52433530"));
    table->item(0, 2)->setText(QStringLiteral("FERNANDO"));
    m_form.reset();
    ASSERT_FALSE(draftBytes().isEmpty());

    openForm();
    ASSERT_FALSE(HasFatalFailure());
    auto *offer = child<QWidget>(m_form.get(), "draftOffer");
    ASSERT_TRUE(offer->isVisible());
    EXPECT_TRUE(child<QLabel>(m_form.get(), "draftStatus")->text().contains(QStringLiteral("card details are not kept")));
    EXPECT_EQ(m_form->currentStep(), LifeInsuranceForm::SimulationStep);
    click("restoreDraftButton");
    EXPECT_FALSE(offer->isVisible());

    // Back at issuing, with the plans, the insured and the quote carried forward.
    ASSERT_EQ(m_form->currentStep(), LifeInsuranceForm::IssuingStep);
    ASSERT_TRUE(m_form->quote().has_value());
    EXPECT_EQ(m_form->quote()->pmtAuthId, quoteCode);
    EXPECT_EQ(child<QTableWidget>(m_form.get(), "planTable")->columnCount(), 16);
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "firstName")->text(), QStringLiteral("JOAO"));
    EXPECT_EQ(child<QDateEdit>(m_form.get(), "birthDate")->date(), QDate(1970, 3, 19));
    EXPECT_EQ(m_form->issuingRequest().person.firstName, QStringLiteral("JOAO"));
    EXPECT_TRUE(child<QLineEdit>(m_form.get(), "cardNumber")->text().isEmpty());
    table = child<QTableWidget>(m_form.get(), "beneficiaryTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("FERNANDO"));

    // Continue: the card again (it was not kept), issue, certificate.
    enterPaymentAndBeneficiary(QStringLiteral("100"));
    click("issueButton");
    QMessageBox *box = confirmation();
    ASSERT_TRUE(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_form->policy().has_value() || !m_form->isBusy(); }, 30000));
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(m_form->policy().has_value()) << child<MessageBanner>(m_form.get(), "messageBanner")->text().toStdString();
    click("nextButton");
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(m_form->certificateViewer()->hasCertificate());
    // The sale is complete: nothing is offered next time.
    EXPECT_TRUE(draftBytes().isEmpty());
    openForm();
    EXPECT_FALSE(child<QWidget>(m_form.get(), "draftOffer")->isVisible());
}

TEST_F(LifeInsuranceFormTest, DiscardingTheDraftForgetsIt)
{
    simulateAndChoosePlan();
    ASSERT_FALSE(HasFatalFailure());
    m_form.reset();
    ASSERT_FALSE(draftBytes().isEmpty());
    openForm();
    ASSERT_TRUE(child<QWidget>(m_form.get(), "draftOffer")->isVisible());
    click("discardDraftButton");
    EXPECT_FALSE(child<QWidget>(m_form.get(), "draftOffer")->isVisible());
    EXPECT_TRUE(draftBytes().isEmpty());
    EXPECT_EQ(m_form->currentStep(), LifeInsuranceForm::SimulationStep);
}
