#include "../GuiTestSupport.h"
#include "../../customers/CustomerCreateTestData.h"

#include "DraftStore.h"
#include "Journal.h"
#include "OperatorSession.h"
#include "TrainingServerFixture.h"
#include "customers/CustomerLookupForm.h"
#include "customers/NewCustomerForm.h"
#include "widgets/MessageBanner.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QMessageBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString objectNameFor(QString path)
{
    return path.replace(QLatin1Char('.'), QLatin1Char('_'));
}

QString freshNumber()
{
    static int counter = 0;
    return QStringLiteral("20%1%2").arg(QDateTime::currentMSecsSinceEpoch() % 100000, 5, 10, QLatin1Char('0'))
        .arg(++counter, 3, 10, QLatin1Char('0'));
}

QPair<int, int> createsFor(const QString &txId)
{
    TrainingServer &s = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(QStringLiteral("/training/customers/creates"));
    url.setQuery(QStringLiteral("txId=") + txId);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {json.value(QStringLiteral("received")).toInt(-1), json.value(QStringLiteral("executed")).toInt(-1)};
}

class NewCustomerFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        ASSERT_TRUE(m_drafts.isValid());
    }

    std::unique_ptr<NewCustomerForm> makeForm(Journal *journal = nullptr)
    {
        auto form = std::make_unique<NewCustomerForm>(m_client.get(), nullptr, journal, nullptr, m_drafts.path());
        QSignalSpy ready(form.get(), &NewCustomerForm::draftsReady);
        form->resize(1000, 760);
        form->show();
        EXPECT_TRUE(ready.wait(5000));
        return form;
    }

    // Types every value of `request` into its input, as an adviser would.
    static void fill(NewCustomerForm *form, const CustomerCreateRequest &request)
    {
        for (const QString &path : CustomerCreateRequest::fieldPaths()) {
            const QString value = request.value(path);
            QWidget *input = form->findChild<QWidget *>(objectNameFor(path));
            ASSERT_NE(input, nullptr) << path.toStdString();
            if (auto *edit = qobject_cast<QLineEdit *>(input)) {
                edit->clear();
                // Dates are typed dd/MM/yyyy, as advisers write them.
                const QDate date = QDate::fromString(value, Qt::ISODate);
                const bool isDate = path.endsWith(QLatin1String("Dt")) && date.isValid();
                QTest::keyClicks(edit, isDate ? date.toString(QStringLiteral("dd/MM/yyyy")) : value);
            } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
                const int index = combo->findData(value);
                if (index >= 0) {
                    combo->setCurrentIndex(index);
                } else {
                    ASSERT_TRUE(combo->isEditable()) << path.toStdString() << " has no code " << value.toStdString();
                    combo->clearEditText();
                    QTest::keyClicks(combo->lineEdit(), value);
                }
            }
        }
    }

    static void click(NewCustomerForm *form, const char *name)
    {
        auto *button = findByName<QPushButton>(form, name);
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QTemporaryDir m_drafts;
};

TEST_F(NewCustomerFormTest, FillsTheWholeFormCreatesTheAccountSendsConsentAndMakesTheReceipt)
{
    auto form = makeForm();
    const QString number = freshNumber();
    fill(form.get(), validCreateRequest(number));
    EXPECT_EQ(form->request().validate(), FieldIssues());

    click(form.get(), "continueButton");
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Confirmation; }));
    EXPECT_TRUE(findByName<QLabel>(form.get(), "summary")->text().contains(QStringLiteral("DE FRANCISCO")));

    click(form.get(), "createButton");
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Result; }))
        << findByName<MessageBanner>(form.get(), "messageBanner")->text().toStdString();
    ASSERT_TRUE(form->createdAccount().has_value());
    const QString account = form->createdAccount()->acctId;
    EXPECT_FALSE(account.isEmpty());
    EXPECT_TRUE(findByName<QLabel>(form.get(), "resultText")->text().contains(account));
    // Confirmed: the draft is gone.
    EXPECT_FALSE(form->drafts()->exists(form->draftName()));

    // Data-protection consent: every question answered.
    click(form.get(), "consentButton");
    EXPECT_TRUE(findByName<QLabel>(form.get(), "consentStatus")->text().contains(QStringLiteral("yes or no")));
    for (const char *name : {"preguntaATDP001_yes", "preguntaATDP002_no", "preguntaATDP003_yes"})
        QTest::mouseClick(findByName<QRadioButton>(form.get(), name), Qt::LeftButton);
    click(form.get(), "consentButton");
    ASSERT_TRUE(waitFor([&form] {
        return findByName<QLabel>(form.get(), "consentStatus")->text().contains(QStringLiteral("recorded by the bank"));
    }));

    // The receipt opens as a PDF and carries the account number.
    QByteArray pdf = form->receiptPdf();
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    ASSERT_EQ(document.pageCount(), 1);
    const QString text = document.getAllText(0).text();
    EXPECT_TRUE(text.contains(account)) << text.toStdString();
    EXPECT_TRUE(text.contains(form->createdAccount()->refNumber));
    EXPECT_FALSE(text.contains(number)) << "the identification must be masked";
    EXPECT_TRUE(text.contains(number.right(4)));
}

TEST_F(NewCustomerFormTest, AnExistingCustomerStopsTheCreate)
{
    auto form = makeForm();
    // CARLOS MARIO DE_FRANCISCO LOPEZ of the demo data.
    fill(form.get(), validCreateRequest(QStringLiteral("1234567891")));
    click(form.get(), "continueButton");
    auto *banner = findByName<MessageBanner>(form.get(), "messageBanner");
    ASSERT_TRUE(waitFor([banner] { return banner->text().contains(QStringLiteral("already a customer")); }));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("DE_FRANCISCO")));
    EXPECT_EQ(form->step(), NewCustomerForm::Step::Entry);
    EXPECT_TRUE(findByName<QPushButton>(form.get(), "openLookupButton")->isVisible());
    EXPECT_EQ(m_finishedOperations, 1) << "only the duplicate check was sent";

    // The way to the existing customer: the lookup, already searched.
    click(form.get(), "openLookupButton");
    auto *dialog = form->findChild<QDialog *>(QStringLiteral("existingCustomerDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *lookup = dialog->findChild<CustomerLookupForm *>();
    ASSERT_NE(lookup, nullptr);
    EXPECT_EQ(findByName<QLineEdit>(lookup, "identificationNumber")->text(), QStringLiteral("1234567891"));
    ASSERT_TRUE(waitFor([&] { return m_finishedOperations == 2 && !lookup->isBusy(); }));
    dialog->close();
}

TEST_F(NewCustomerFormTest, AnUnknownOutcomeIsNeverResentByItself)
{
    QTemporaryDir journalDir;
    Journal journal;
    ASSERT_TRUE(journal.open(journalDir.filePath(QStringLiteral("journal.sqlite"))));
    auto form = makeForm(&journal);
    const QString number = freshNumber();
    fill(form.get(), validCreateRequest(number));
    click(form.get(), "continueButton");
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Confirmation; }));

    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/drop-next-create")), 200);
    click(form.get(), "createButton");
    ASSERT_TRUE(waitFor([&form] { return form->submission() == NewCustomerForm::Submission::OutcomeUnknown; }));
    const QString txId = form->pendingTransactionId();
    auto *banner = findByName<MessageBanner>(form.get(), "messageBanner");
    EXPECT_TRUE(banner->text().contains(QStringLiteral("may or may not have been created"))) << banner->text().toStdString();
    EXPECT_TRUE(findByName<QPushButton>(form.get(), "checkStatusButton")->isVisible());
    EXPECT_FALSE(findByName<QPushButton>(form.get(), "createButton")->isEnabled());

    // Nothing more reaches the server by itself.
    QTest::qWait(1500);
    EXPECT_EQ(createsFor(txId), qMakePair(1, 1));
    // The draft keeps the data and the transaction id.
    EXPECT_TRUE(form->drafts()->exists(form->draftName()));

    click(form.get(), "checkStatusButton");
    ASSERT_TRUE(waitFor([banner] { return banner->text().contains(QStringLiteral("now exists")); }));

    // The adviser decides to send again: same TxId, the first result, one execution.
    form->sendAgain();
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Result; }));
    EXPECT_EQ(form->pendingTransactionId(), txId);
    EXPECT_FALSE(form->createdAccount()->acctId.isEmpty());
    EXPECT_EQ(createsFor(txId), qMakePair(2, 1));

    QStringList notes;
    for (const JournalEntry &entry : journal.entries())
        notes << entry.operation + QLatin1Char('=') + entry.outcome;
    EXPECT_TRUE(notes.join(QLatin1Char(' ')).contains(QStringLiteral("customers.create.outcomeUnknown=")))
        << notes.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("customers.create.resolution=customer-exists")));
    EXPECT_TRUE(notes.contains(QStringLiteral("customers.create.resolution=resent-same-txid")));
}

TEST_F(NewCustomerFormTest, AnUnknownOutcomeSurvivesTheFormAndIsOfferedWithItsTransaction)
{
    const QString number = freshNumber();
    QString txId;
    {
        auto form = makeForm();
        fill(form.get(), validCreateRequest(number));
        click(form.get(), "continueButton");
        ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Confirmation; }));
        ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/drop-next-create")), 200);
        click(form.get(), "createButton");
        ASSERT_TRUE(waitFor([&form] { return form->submission() == NewCustomerForm::Submission::OutcomeUnknown; }));
        txId = form->pendingTransactionId();
    }
    auto form = makeForm();
    auto *offer = findByName<QWidget>(form.get(), "draftOffer");
    ASSERT_TRUE(waitFor([offer] { return offer->isVisible(); }));
    EXPECT_TRUE(offer->findChild<QLabel *>()->text().contains(txId));
    click(form.get(), "restoreDraftButton");
    EXPECT_EQ(form->submission(), NewCustomerForm::Submission::OutcomeUnknown);
    EXPECT_EQ(form->step(), NewCustomerForm::Step::Confirmation);
    EXPECT_EQ(form->pendingTransactionId(), txId);
    EXPECT_FALSE(findByName<QPushButton>(form.get(), "createButton")->isEnabled());
    EXPECT_TRUE(findByName<QPushButton>(form.get(), "checkStatusButton")->isVisible());
    EXPECT_EQ(createsFor(txId), qMakePair(1, 1));

    // Answered through the confirmation question, as an adviser would.
    click(form.get(), "sendAgainButton");
    auto *question = form->findChild<QMessageBox *>(QStringLiteral("sendAgainQuestion"));
    ASSERT_NE(question, nullptr);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Result; }));
    EXPECT_EQ(createsFor(txId), qMakePair(2, 1));
    EXPECT_FALSE(form->drafts()->exists(form->draftName()));
}

TEST_F(NewCustomerFormTest, TheBanksRuleCodeIsShownAtItsField)
{
    auto form = makeForm();
    fill(form.get(), validCreateRequest(QStringLiteral("9990050503")));
    click(form.get(), "continueButton");
    ASSERT_TRUE(waitFor([&form] { return form->step() == NewCustomerForm::Step::Confirmation; }));
    click(form.get(), "createButton");
    auto *error = findByName<QLabel>(form.get(), "personName_firstName_error");
    ASSERT_TRUE(waitFor([error] { return error->text().contains(QStringLiteral("50503")); }));
    EXPECT_EQ(form->step(), NewCustomerForm::Step::Entry);
    EXPECT_TRUE(error->text().contains(QStringLiteral("EL PRIMER NOMBRE CONTIENE CARACTERES INVALIDOS")));
    EXPECT_EQ(form->submission(), NewCustomerForm::Submission::None);
}

TEST_F(NewCustomerFormTest, ValidationSpeaksAtTheFieldAsTheAdviserTypes)
{
    auto form = makeForm();
    auto *firstName = findByName<QLineEdit>(form.get(), "personName_firstName");
    QTest::keyClicks(firstName, QStringLiteral("C4RLOS"));
    auto *error = findByName<QLabel>(form.get(), "personName_firstName_error");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("50503")));
    firstName->clear();
    QTest::keyClicks(firstName, QStringLiteral("MARÍA"));
    EXPECT_FALSE(error->isVisible());
    // Untouched fields stay quiet until Continue.
    EXPECT_FALSE(findByName<QLabel>(form.get(), "personName_lastName_error")->isVisible());
    click(form.get(), "continueButton");
    EXPECT_TRUE(findByName<QLabel>(form.get(), "personName_lastName_error")->isVisible());
    EXPECT_EQ(m_finishedOperations, 0) << "nothing is sent while a field is wrong";
}

TEST_F(NewCustomerFormTest, DatesAreTypedDayMonthYearAndSentAsTheBankWantsThem)
{
    auto form = makeForm();
    auto *birth = findByName<QLineEdit>(form.get(), "personInfo_birthDt");
    ASSERT_NE(birth, nullptr);
    EXPECT_EQ(birth->placeholderText(), QStringLiteral("DD/MM/YYYY"));
    QTest::keyClicks(birth, QStringLiteral("31/02/1990"));
    auto *error = findByName<QLabel>(form.get(), "personInfo_birthDt_error");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Not a real date"))) << error->text().toStdString();
    birth->clear();
    QTest::keyClicks(birth, QStringLiteral("14/05/1990"));
    EXPECT_FALSE(error->isVisible()) << error->text().toStdString();
    EXPECT_EQ(form->request().value(QStringLiteral("personInfo.birthDt")), QStringLiteral("1990-05-14"));
}

TEST_F(NewCustomerFormTest, ADraftComesBackAfterTheFormIsDestroyedAndHoldsNoPlaintext)
{
    const QString number = freshNumber();
    QString draftFile;
    {
        auto form = makeForm();
        fill(form.get(), validCreateRequest(number));
        ASSERT_TRUE(waitFor([&form] { return form->drafts()->exists(form->draftName()); }));
        draftFile = form->drafts()->filePath(form->draftName());
        // Destroyed without submitting.
    }
    QFile file(draftFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &secret : {number.toUtf8(), QByteArrayLiteral("CARLOS"), QByteArrayLiteral("FRANCISCO"),
                                     QByteArrayLiteral("correo@gmail.com"), QByteArrayLiteral("3105556755"),
                                     QByteArrayLiteral("identSerialNum")}) {
        EXPECT_FALSE(bytes.contains(secret)) << secret.constData();
    }
    EXPECT_TRUE(bytes.startsWith("BDDRAFT1"));

    auto form = makeForm();
    auto *offer = findByName<QWidget>(form.get(), "draftOffer");
    ASSERT_TRUE(waitFor([offer] { return offer->isVisible(); }));
    click(form.get(), "restoreDraftButton");
    EXPECT_EQ(form->request(), validCreateRequest(number));
    EXPECT_EQ(findByName<QLineEdit>(form.get(), "personName_firstName")->text(), QStringLiteral("CARLOS"));
}

TEST_F(NewCustomerFormTest, ADraftIsOfferedOnlyToTheOperatorWhoTypedIt)
{
    const QString number = freshNumber();
    {
        auto form = makeForm();
        fill(form.get(), validCreateRequest(number));
        ASSERT_TRUE(waitFor([&form] { return form->drafts()->exists(form->draftName()); }));
        // The operator's code is not written in clear in the file name.
        EXPECT_FALSE(form->draftName().contains(m_client->operatorSession().user));
    }
    const OperatorSession owner = m_client->operatorSession();
    OperatorSession other = owner;
    other.user = QStringLiteral("OTHER01");
    m_client->setOperatorSession(other);
    {
        auto form = makeForm();
        QTest::qWait(200);
        EXPECT_TRUE(findByName<QWidget>(form.get(), "draftOffer")->isHidden());
        EXPECT_FALSE(form->drafts()->isOpen()) << "nothing to offer: the key is not even fetched";
    }
    // Its owner still gets it.
    m_client->setOperatorSession(owner);
    auto form = makeForm();
    auto *offer = findByName<QWidget>(form.get(), "draftOffer");
    ASSERT_TRUE(waitFor([offer] { return offer->isVisible(); }));
    click(form.get(), "restoreDraftButton");
    EXPECT_EQ(form->request(), validCreateRequest(number));
}

} // namespace
