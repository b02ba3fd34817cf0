// Name by account, Correspondent reads and Digital bank intake, driven
// through their widgets against the real training server.
#include "../GuiTestSupport.h"
#include "../../customers/AccountSeedExamples.h"

#include "IntakeProductsTableModel.h"
#include "TrainingServerFixture.h"
#include "customers/CorrespondentReadsForm.h"
#include "customers/DigitalBankIntakeForm.h"
#include "customers/NameByAccountForm.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject intakeCounts()
{
    TrainingServer &s = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(QStringLiteral("/training/intake/received"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

QByteArray seedFile()
{
    return QByteArray::fromBase64(QByteArray(AccountSeedExamples::syncDataFileBinData));
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = findByName<QLineEdit>(parent, name);
    ASSERT_NE(edit, nullptr);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = findByName<QPushButton>(parent, name);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << name;
    QTest::mouseClick(button, Qt::LeftButton);
}

class AccountReadsFormsTest : public GuiTest
{
protected:
    template <typename Form>
    std::unique_ptr<Form> show()
    {
        auto form = std::make_unique<Form>(m_client.get());
        form->resize(1200, 860);
        form->show();
        return form;
    }

    QString writeFile(const QByteArray &content)
    {
        EXPECT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("intake-%1.json").arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace

TEST_F(AccountReadsFormsTest, NameByAccountShowsTheHolder)
{
    auto form = show<NameByAccountForm>();
    type(form.get(), "identificationNumber", QStringLiteral("23912345"));
    type(form.get(), "accountNumber", QStringLiteral("24500112233"));
    click(form.get(), "checkButton");
    auto *name = findByName<QLabel>(form.get(), "holderName");
    ASSERT_TRUE(waitFor([&] { return name->isVisible() && !name->text().isEmpty(); }));
    EXPECT_EQ(name->text(), QStringLiteral("SOLANGEL BALBINA VIANCHA VIANCHA"));
    EXPECT_FALSE(findByName<QLabel>(form.get(), "holderDetail")->text().contains(QStringLiteral("23912345")));
}

TEST_F(AccountReadsFormsTest, NameByAccountNotTheHolderIsSaidAtTheAccount)
{
    auto form = show<NameByAccountForm>();
    type(form.get(), "identificationNumber", QStringLiteral("1234567890"));
    type(form.get(), "accountNumber", QStringLiteral("24500112233"));
    click(form.get(), "checkButton");
    ASSERT_TRUE(waitFor([&] { return !form->isBusy() && m_finishedOperations == 1; }));
    auto *accountError = findByName<QLabel>(form.get(), "accountNumberError");
    EXPECT_TRUE(accountError->isVisible());
    EXPECT_TRUE(accountError->text().contains(QStringLiteral("not the holder")));
    EXPECT_FALSE(findByName<QLabel>(form.get(), "identificationNumberError")->isVisible());
    auto *banner = findByName<MessageBanner>(form.get(), "messageBanner");
    EXPECT_EQ(banner->type(), MessageBanner::Type::Warning);
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("05622")));
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("Tx ")));
    EXPECT_FALSE(findByName<QWidget>(form.get(), "holderBox")->isVisible());
}

TEST_F(AccountReadsFormsTest, NameByAccountUnknownCustomerIsSaidAtTheIdentification)
{
    auto form = show<NameByAccountForm>();
    type(form.get(), "identificationNumber", QStringLiteral("79603562"));
    type(form.get(), "accountNumber", QStringLiteral("24500112233"));
    click(form.get(), "checkButton");
    ASSERT_TRUE(waitFor([&] { return !form->isBusy() && m_finishedOperations == 1; }));
    EXPECT_TRUE(findByName<QLabel>(form.get(), "identificationNumberError")->isVisible());
    EXPECT_TRUE(findByName<MessageBanner>(form.get(), "messageBanner")->detail().contains(QStringLiteral("SQLCODE")));
}

TEST_F(AccountReadsFormsTest, NameByAccountBadAccountIsRefusedAtTheFieldAndNothingIsSent)
{
    auto form = show<NameByAccountForm>();
    type(form.get(), "identificationNumber", QStringLiteral("23912345"));
    type(form.get(), "accountNumber", QStringLiteral("24-500"));
    click(form.get(), "checkButton");
    QTest::qWait(300);
    EXPECT_TRUE(findByName<QLabel>(form.get(), "accountNumberError")->isVisible());
    EXPECT_EQ(m_finishedOperations, 0);
}

TEST_F(AccountReadsFormsTest, ConsultOwnerShowsTheHolder)
{
    auto form = show<CorrespondentReadsForm>();
    type(form.get(), "ownerAccount", QStringLiteral("12321414"));
    click(form.get(), "consultOwnerButton");
    auto *name = findByName<QLabel>(form.get(), "ownerName");
    ASSERT_TRUE(waitFor([&] { return name->isVisible(); }));
    EXPECT_EQ(name->text(), QStringLiteral("DISTRIBUIDORA LA MESA S.A.S."));
}

TEST_F(AccountReadsFormsTest, ConsultPilaShowsAmountPeriodAndDueDate)
{
    auto form = show<CorrespondentReadsForm>();
    findByName<QTabWidget>(form.get(), "correspondentTabs")->setCurrentIndex(1);
    type(form.get(), "pilaInvoice", QStringLiteral("9400123456"));
    type(form.get(), "pilaNit", QStringLiteral("900123456"));
    click(form.get(), "consultPilaButton");
    auto *amount = findByName<QLabel>(form.get(), "pilaAmount");
    ASSERT_TRUE(waitFor([&] { return amount->isVisible(); }));
    EXPECT_TRUE(amount->text().contains(QStringLiteral("1,250,300")) || amount->text().contains(QStringLiteral("1.250.300")))
        << amount->text().toStdString();
    EXPECT_EQ(findByName<QLabel>(form.get(), "pilaPeriod")->text(), QStringLiteral("05/2024"));
    EXPECT_EQ(findByName<QLabel>(form.get(), "pilaDueDate")->text(), QStringLiteral("14/06/2024"));
}

TEST_F(AccountReadsFormsTest, ConsultPilaUnknownFormAndAMissingPointField)
{
    auto form = show<CorrespondentReadsForm>();
    findByName<QTabWidget>(form.get(), "correspondentTabs")->setCurrentIndex(1);
    type(form.get(), "pointStateProv", QStringLiteral("X"));
    type(form.get(), "pilaInvoice", QStringLiteral("1111"));
    type(form.get(), "pilaNit", QStringLiteral("12321414"));
    click(form.get(), "consultPilaButton");
    QTest::qWait(200);
    EXPECT_TRUE(findByName<QLabel>(form.get(), "pointStateProvError")->isVisible());
    EXPECT_EQ(m_finishedOperations, 0);

    type(form.get(), "pointStateProv", QStringLiteral("25"));
    click(form.get(), "consultPilaButton");
    ASSERT_TRUE(waitFor([&] { return m_finishedOperations == 1 && !form->isBusy(); }));
    EXPECT_TRUE(findByName<QLabel>(form.get(), "pilaInvoiceError")->isVisible());
    EXPECT_TRUE(findByName<MessageBanner>(form.get(), "messageBanner")->detail().contains(QStringLiteral("00001")));
}

TEST_F(AccountReadsFormsTest, IntakeFileWithErrorsListsTheirPlacesAndSendsNothing)
{
    QByteArray content = seedFile();
    content.replace("\"acctType\": \"ILA\"", "\"acctType\": \"ZZZ\"");
    content.replace("\"phoneNumber\": \"3400000004\"\r\n            },", "\"phoneNumber\": \"34-00\"\r\n            },");
    const int before = intakeCounts().value(QStringLiteral("syncDataFileReceived")).toInt();
    auto form = show<DigitalBankIntakeForm>();
    findByName<QTabWidget>(form.get(), "intakeTabs")->setCurrentIndex(1);
    type(form.get(), "intakeFilePath", writeFile(content));
    click(form.get(), "intakeFileSend");
    auto *issues = findByName<QTableWidget>(form.get(), "intakeFileIssues");
    ASSERT_TRUE(waitFor([&] { return issues->isVisible(); }, 2000));
    QStringList places;
    for (int row = 0; row < issues->rowCount(); ++row)
        places << issues->item(row, 0)->text();
    EXPECT_TRUE(places.contains(QStringLiteral("listAccounts[3].acctType"))) << places.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(places.contains(QStringLiteral("custInfo[0].contactInfo.phoneNumber")));
    QTest::qWait(300);
    EXPECT_EQ(m_finishedOperations, 0); // nothing went to the bank...
    EXPECT_EQ(intakeCounts().value(QStringLiteral("syncDataFileReceived")).toInt(), before); // ...and nothing arrived
}

TEST_F(AccountReadsFormsTest, IntakeFileSyntaxErrorHasLineAndColumn)
{
    auto form = show<DigitalBankIntakeForm>();
    findByName<QTabWidget>(form.get(), "intakeTabs")->setCurrentIndex(1);
    type(form.get(), "intakeFilePath", writeFile("{\n  \"personName\": {\n    \"firstName\": \"ANA\"\n  \n  \"x\": 1\n}\n"));
    click(form.get(), "intakeFileCheck");
    auto *issues = findByName<QTableWidget>(form.get(), "intakeFileIssues");
    ASSERT_EQ(issues->rowCount(), 1);
    EXPECT_TRUE(issues->item(0, 0)->text().startsWith(QStringLiteral("line 5, column"))) << issues->item(0, 0)->text().toStdString();
    EXPECT_EQ(m_finishedOperations, 0);
}

TEST_F(AccountReadsFormsTest, IntakeFileValidIsSentAndTheResultShown)
{
    const int before = intakeCounts().value(QStringLiteral("syncDataFileAccepted")).toInt();
    auto form = show<DigitalBankIntakeForm>();
    findByName<QTabWidget>(form.get(), "intakeTabs")->setCurrentIndex(1);
    type(form.get(), "intakeFilePath", writeFile(seedFile()));
    click(form.get(), "intakeFileCheck");
    EXPECT_TRUE(findByName<QLabel>(form.get(), "intakeFileSummary")->text().contains(QStringLiteral("4 product")));
    click(form.get(), "intakeFileSend");
    auto *banner = findByName<MessageBanner>(form.get(), "messageBanner");
    ASSERT_TRUE(waitFor([&] { return m_finishedOperations == 1 && !form->isBusy(); }));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("added successfully")));
    EXPECT_TRUE(banner->detail().contains(QStringLiteral("Tx ")));
    EXPECT_EQ(intakeCounts().value(QStringLiteral("syncDataFileAccepted")).toInt(), before + 1);
}

TEST_F(AccountReadsFormsTest, IntakeOnePersonReviewedAndSent)
{
    auto form = show<DigitalBankIntakeForm>();
    // Without products and a name the review is refused at the fields.
    click(form.get(), "intakeReviewButton");
    EXPECT_TRUE(findByName<QLabel>(form.get(), "intakeFullNameError")->isVisible());
    EXPECT_TRUE(findByName<QLabel>(form.get(), "intakeProductIssues")->isVisible());
    EXPECT_FALSE(findByName<QWidget>(form.get(), "intakeReviewBox")->isVisible());

    type(form.get(), "intakeIdentNumber", QStringLiteral("52987654"));
    type(form.get(), "intakeFirstName", QStringLiteral("LUCIA"));
    type(form.get(), "intakeFullName", QStringLiteral("LUCIA FERNANDA ROJAS PEÑA"));
    type(form.get(), "intakeBirthDate", QStringLiteral("03/04/1985"));
    type(form.get(), "intakeEmail", QStringLiteral("lucia.rojas@example.com"));
    type(form.get(), "intakePhone", QStringLiteral("3157654321"));
    auto *addresses = findByName<QTableWidget>(form.get(), "intakeAddresses");
    addresses->item(0, 0)->setText(QStringLiteral("CL 19 9 35"));
    click(form.get(), "addProductButton");
    auto *table = findByName<QTableView>(form.get(), "intakeProducts");
    auto *model = table->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, IntakeProductsTableModel::AcctType)).toString(),
              QStringLiteral("SDA \u2014 Cuenta de ahorros"));
    model->setData(model->index(0, IntakeProductsTableModel::AcctId), QStringLiteral("24500998877"), Qt::EditRole);
    model->setData(model->index(0, IntakeProductsTableModel::Balance), 1500000.5, Qt::EditRole);
    model->setData(model->index(0, IntakeProductsTableModel::FlagDebit), Qt::Checked, Qt::CheckStateRole);

    click(form.get(), "intakeReviewButton");
    ASSERT_TRUE(findByName<QWidget>(form.get(), "intakeReviewBox")->isVisible());
    const QString summary = findByName<QLabel>(form.get(), "intakeReviewSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("SDA 24500998877")));
    EXPECT_FALSE(summary.contains(QStringLiteral("52987654"))); // masked
    EXPECT_EQ(m_finishedOperations, 0);

    const SyncDataRequest request = form->request();
    EXPECT_EQ(request.birthDt, QStringLiteral("1985-04-03"));
    EXPECT_TRUE(request.listAccounts.first().flagDebit);
    click(form.get(), "intakeConfirmButton");
    auto *banner = findByName<MessageBanner>(form.get(), "messageBanner");
    ASSERT_TRUE(waitFor([&] { return m_finishedOperations == 1 && !form->isBusy(); }));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("added successfully")));
    EXPECT_TRUE(intakeCounts().value(QStringLiteral("mnemonics")).toArray().contains(QStringLiteral("CC52987654")));
}
