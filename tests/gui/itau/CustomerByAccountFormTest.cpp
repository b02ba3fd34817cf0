// Customer by account (Itau) through its form against the real training
// server: a lookup shows the client, an incomplete or malformed account
// code is refused at the field with nothing sent, errors keep Itau's code
// and the correlation id, Cancel stops a slow answer.
#include "GuiTestSupport.h"

#include "AppSettings.h"
#include "CredentialStore.h"
#include "TrainingServerFixture.h"
#include "itau/CustomerByAccountForm.h"
#include "itau/ItauCredentialsDialog.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSslConfiguration>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// What the training server saw in the last Itau query, and how many came.
QJsonObject lastItauRequest()
{
    TrainingServer &server = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = server.url();
    url.setPath(QStringLiteral("/training/itau/last-request"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(server.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

int itauQueriesSoFar()
{
    return lastItauRequest().value(QStringLiteral("queries")).toInt();
}

class CustomerByAccountFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("user.conf")),
                                                   m_dir.filePath(QStringLiteral("system.conf")));
        m_form = std::make_unique<CustomerByAccountForm>(m_client.get(), nullptr, m_settings.get());
        m_form->resize(1200, 800);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
        m_code = findByName<QLineEdit>(m_form.get(), "accountCode");
        m_error = findByName<QLabel>(m_form.get(), "accountCodeError");
        m_banner = findByName<MessageBanner>(m_form.get(), "messageBanner");
    }

    void typeCode(const QString &keys)
    {
        m_code->setFocus();
        QTest::keyClicks(m_code, keys);
    }

    void pressSearch() { QTest::mouseClick(findByName<QPushButton>(m_form.get(), "searchButton"), Qt::LeftButton); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CustomerByAccountForm> m_form;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace

TEST_F(CustomerByAccountFormTest, ALookupShowsTheClientWithContactsAndManagers)
{
    typeCode(QStringLiteral("001341150100098797"));
    EXPECT_EQ(m_code->text(), QStringLiteral("001 341 1501 0009879 7")); // grouped as typed
    QTest::keyClick(m_code, Qt::Key_Return);
    auto *name = findByName<QLabel>(m_form.get(), "resultName");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !name->text().isEmpty(); }));
    EXPECT_EQ(name->text(), QStringLiteral("MARIANA ISABEL QUINTERO SALAZAR"));
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultClientId")->text(),
              QStringLiteral("b26e641a-71f5-4117-ad0d-4d753faebb16"));
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultBirthDate")->text(), QStringLiteral("25/01/1992"));
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultAccountOpened")->text(), QStringLiteral("08/06/2015"));
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultIdentified")->text(), QStringLiteral("Identificado"));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "resultAgencyAccount")->text().contains(QStringLiteral("1501")));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "resultEmails")
                    ->text()
                    .contains(QStringLiteral("mariana.quintero@example.com (main)")));
    auto *managers = findByName<QTableView>(m_form.get(), "managersTable");
    ASSERT_EQ(managers->model()->rowCount(), 1);
    EXPECT_EQ(managers->model()->index(0, 0).data().toString(), QStringLiteral("gerente@itau-unibanco.com.br"));
    EXPECT_TRUE(m_banner->text().isEmpty());
    EXPECT_EQ(m_finishedOperations, 1);
}

TEST_F(CustomerByAccountFormTest, ACompanyShowsItsFoundationDateAndEveryManager)
{
    typeCode(QStringLiteral("001341070200045123"));
    pressSearch();
    auto *name = findByName<QLabel>(m_form.get(), "resultName");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !name->text().isEmpty(); }));
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultBirthDate")->text(), QStringLiteral("01/10/2008"));
    EXPECT_EQ(findByName<QTableView>(m_form.get(), "managersTable")->model()->rowCount(), 2);
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "resultEmails")
                    ->text()
                    .contains(QStringLiteral("gerencia@ferreteriaeltornillo.example.com (main)")));
}

TEST_F(CustomerByAccountFormTest, AnIncompleteAccountCodeIsRefusedBeforeSending)
{
    const int queriesBefore = itauQueriesSoFar();
    typeCode(QStringLiteral("001341150"));
    pressSearch();
    EXPECT_TRUE(m_error->isVisible());
    EXPECT_TRUE(m_error->text().contains(QStringLiteral("Agency"))) << m_error->text().toStdString();
    EXPECT_TRUE(m_error->text().contains(QStringLiteral("3 of 4"))) << m_error->text().toStdString();
    EXPECT_FALSE(m_form->isBusy());
    EXPECT_EQ(m_form->focusWidget(), m_code);
    QTest::qWait(200);
    EXPECT_EQ(m_finishedOperations, 0) << "an operation was started";
    EXPECT_EQ(itauQueriesSoFar(), queriesBefore) << "the training server received a query";
    EXPECT_FALSE(findByName<QWidget>(m_form.get(), "itauResultPanel")->isVisible());

    // Completing the code clears the message as it is typed.
    typeCode(QStringLiteral("100098797"));
    EXPECT_FALSE(m_error->isVisible());
}

TEST_F(CustomerByAccountFormTest, LettersAreRefusedAsTypedAndSaidAtTheField)
{
    typeCode(QStringLiteral("00A"));
    EXPECT_EQ(m_code->text(), QStringLiteral("00"));
    EXPECT_TRUE(m_error->isVisible());
    EXPECT_TRUE(m_error->text().contains(QStringLiteral("digits"))) << m_error->text().toStdString();
    // The next accepted digit takes the message away.
    typeCode(QStringLiteral("1"));
    EXPECT_EQ(m_code->text(), QStringLiteral("001"));
    EXPECT_FALSE(m_error->isVisible());
    // The live status names the part being typed.
    typeCode(QStringLiteral("34"));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "accountCodeStatus")->text().startsWith(QStringLiteral("Bank")));
    EXPECT_EQ(m_finishedOperations, 0);
}

TEST_F(CustomerByAccountFormTest, AnUnknownAccountKeepsItauCodeAndTheCorrelationId)
{
    typeCode(QStringLiteral("001341999900000010"));
    pressSearch();
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !m_banner->text().isEmpty(); }));
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Warning);
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("404"))) << m_banner->text().toStdString();
    const QString correlationId = lastItauRequest().value(QStringLiteral("correlationID")).toString();
    ASSERT_FALSE(correlationId.isEmpty());
    EXPECT_TRUE(m_banner->detail().contains(QStringLiteral("Itau code 404"))) << m_banner->detail().toStdString();
    EXPECT_TRUE(m_banner->detail().contains(correlationId)) << m_banner->detail().toStdString();
    EXPECT_EQ(m_code->text(), QStringLiteral("001 341 9999 0000001 0")); // the input stays
}

TEST_F(CustomerByAccountFormTest, TheBusinessFailureAccountIsAnError500)
{
    typeCode(QStringLiteral("999999999900000500"));
    pressSearch();
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !m_banner->text().isEmpty(); }));
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("500")));
}

TEST_F(CustomerByAccountFormTest, CancelStopsASlowAnswer)
{
    typeCode(QStringLiteral("999999999900000408"));
    pressSearch();
    ASSERT_TRUE(m_form->isBusy());
    EXPECT_TRUE(findByName<QWidget>(m_form.get(), "busyIndicator")->isVisible());
    ASSERT_TRUE(waitFor([&] { return lastItauRequest().value(QStringLiteral("flowID")).toString().size() > 0
                                     && m_form->isBusy(); }, 5000));
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "cancelButton"), Qt::LeftButton);
    EXPECT_FALSE(m_form->isBusy());
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Information);
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("cancelled")));
}

TEST_F(CustomerByAccountFormTest, TheFlowIdComesFromTheSettings)
{
    ASSERT_TRUE(m_settings->setValue(AppSettings::itauFlowIdKey(), QStringLiteral("branch-0001-flow")));
    typeCode(QStringLiteral("001341221000076543"));
    pressSearch();
    auto *name = findByName<QLabel>(m_form.get(), "resultName");
    ASSERT_TRUE(waitFor([&] { return !m_form->isBusy() && !name->text().isEmpty(); }));
    EXPECT_EQ(lastItauRequest().value(QStringLiteral("flowID")).toString(), QStringLiteral("branch-0001-flow"));
    // "Nao identificado" is shown and stands out.
    EXPECT_EQ(findByName<QLabel>(m_form.get(), "resultIdentified")->text(), QStringLiteral("Nao identificado"));
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "resultIdentified")->font().bold());
}

TEST_F(CustomerByAccountFormTest, TrainingNeedsNoStoredCredentials)
{
    ItauCredentialsDialog *dialog = m_form->openCredentialsDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
    EXPECT_FALSE(findByName<QPushButton>(dialog, "saveCredentialsButton")->isEnabled());
    EXPECT_FALSE(findByName<QLineEdit>(dialog, "itauPassword")->isEnabled());
    EXPECT_EQ(findByName<QLineEdit>(dialog, "itauPassword")->echoMode(), QLineEdit::Password);
    dialog->reject();
}

// Outside Training the credentials come from the keychain (real Secret
// Service): none stored means a message and nothing sent; the dialog stores
// them and never shows them back.
TEST_F(CustomerByAccountFormTest, CredentialsAreAskedForStoredInTheKeyringAndNeverShownBack)
{
    CredentialStore store(QStringLiteral("BranchDeskTests"));
    store.setRetryDelay(-1);
    const auto removeAll = [&store] {
        for (const QString &key : {ItauCustomerApi::userNameKey(QStringLiteral("QA")),
                                   ItauCustomerApi::passwordKey(QStringLiteral("QA")),
                                   ItauCustomerApi::apiKeyKey(QStringLiteral("QA"))}) {
            bool done = false;
            QObject context;
            store.remove(key, &context, [&done](const Result<bool> &) { done = true; });
            EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        }
    };
    removeAll();
    m_client->setEnvironment(Environment::defaults(EnvironmentKind::QA));
    CustomerByAccountForm form(m_client.get(), &store, m_settings.get());
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    auto *banner = findByName<MessageBanner>(&form, "messageBanner");
    QTest::keyClicks(findByName<QLineEdit>(&form, "accountCode"), QStringLiteral("001341150100098797"));
    form.search();
    ASSERT_TRUE(waitFor([&] { return !form.isBusy(); }));
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("The Itau credentials are not available")))
        << banner->text().toStdString();
    EXPECT_EQ(form.focusWidget(), findByName<QPushButton>(&form, "itauCredentialsButton"));
    EXPECT_EQ(m_finishedOperations, 0) << "something was sent without credentials";

    ItauCredentialsDialog *dialog = form.openCredentialsDialog();
    ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
    QTest::keyClicks(findByName<QLineEdit>(dialog, "itauUserName"), QStringLiteral("chat_itau_qa"));
    QTest::keyClicks(findByName<QLineEdit>(dialog, "itauPassword"), QStringLiteral("qa-password-7731"));
    QTest::keyClicks(findByName<QLineEdit>(dialog, "itauApiKey"), QStringLiteral("55667788"));
    QPointer<ItauCredentialsDialog> guard(dialog);
    findByName<QPushButton>(dialog, "saveCredentialsButton")->click();
    ASSERT_TRUE(waitFor([&] { return !guard || !guard->isVisible(); }));
    EXPECT_EQ(banner->type(), MessageBanner::Type::Positive);

    std::optional<Result<QString>> stored;
    QObject context;
    store.read(ItauCustomerApi::passwordKey(QStringLiteral("QA")), &context,
               [&stored](const Result<QString> &r) { stored = r; });
    ASSERT_TRUE(waitFor([&] { return stored.has_value(); }));
    ASSERT_TRUE(stored->ok());
    EXPECT_EQ(stored->value(), QStringLiteral("qa-password-7731"));

    // Opened again, nothing stored is shown.
    ItauCredentialsDialog *again = form.openCredentialsDialog();
    ASSERT_TRUE(waitFor([again] { return again->isVisible(); }, 5000));
    EXPECT_TRUE(findByName<QLineEdit>(again, "itauUserName")->text().isEmpty());
    EXPECT_TRUE(findByName<QLineEdit>(again, "itauPassword")->text().isEmpty());
    EXPECT_TRUE(findByName<QLineEdit>(again, "itauApiKey")->text().isEmpty());
    again->reject();
    removeAll();
}
