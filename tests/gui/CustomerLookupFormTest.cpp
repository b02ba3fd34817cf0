#include "GuiTestSupport.h"

#include "CustomerBasicDataQuery.h"
#include "customers/CustomerLookupForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace {

const QString demoName = QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA");
const QString demoNumber = QStringLiteral("1234567890");
const QString unknownNumber = QStringLiteral("5550000001");
const QString serverErrorNumber = QStringLiteral("9990000500");
const QString slowNumber = QStringLiteral("9990000408");

class CustomerLookupFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<CustomerLookupForm>(m_client.get());
        m_form->resize(1000, 760);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
        QObject::connect(m_form.get(), &CustomerLookupForm::busyChanged, m_form.get(), [this](bool busy) {
            if (busy)
                ++m_busyShown;
        });

        m_byIdentification = findByName<QRadioButton>(m_form.get(), "searchByIdentification");
        m_byCellphone = findByName<QRadioButton>(m_form.get(), "searchByCellphone");
        m_type = findByName<QComboBox>(m_form.get(), "identificationType");
        m_number = findByName<QLineEdit>(m_form.get(), "identificationNumber");
        m_cellphone = findByName<QLineEdit>(m_form.get(), "cellphone");
        m_searchButton = findByName<QPushButton>(m_form.get(), "searchButton");
        m_cancelButton = findByName<QPushButton>(m_form.get(), "cancelButton");
        m_busy = findByName<QWidget>(m_form.get(), "busyIndicator");
        m_banner = findByName<MessageBanner>(m_form.get(), "messageBanner");
        m_result = findByName<QWidget>(m_form.get(), "resultPanel");
        m_name = findByName<QLabel>(m_form.get(), "resultName");
        m_numberError = findByName<QLabel>(m_form.get(), "identificationNumberError");
        m_cellphoneError = findByName<QLabel>(m_form.get(), "cellphoneError");
        ASSERT_FALSE(HasFailure());
    }

    // Types a number into the identification field and presses Enter there.
    void searchIdentification(const QString &number)
    {
        m_number->setFocus();
        QTest::keyClicks(m_number, number);
        QTest::keyClick(m_number, Qt::Key_Return);
    }

    bool waitForBanner() const
    {
        return waitFor([this] { return m_banner->isVisible() && !m_form->isBusy(); });
    }

    // Nothing reached the server: no operation finished, the form never
    // waited, and the busy indicator never appeared.
    void expectNothingSent()
    {
        QTest::qWait(400);
        EXPECT_EQ(m_finishedOperations, 0);
        EXPECT_EQ(m_busyShown, 0);
        EXPECT_FALSE(m_busy->isVisible());
        EXPECT_FALSE(m_form->isBusy());
    }

    std::unique_ptr<CustomerLookupForm> m_form;
    int m_busyShown = 0;
    QRadioButton *m_byIdentification = nullptr;
    QRadioButton *m_byCellphone = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_cellphone = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_busy = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_numberError = nullptr;
    QLabel *m_cellphoneError = nullptr;
};

bool tableHasAddress(const QTableView *table, const QString &address)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == address)
            return true;
    }
    return false;
}

TEST_F(CustomerLookupFormTest, StartsReadyForAnIdentificationSearch)
{
    EXPECT_TRUE(m_byIdentification->isChecked());
    EXPECT_EQ(m_type->currentData().toString(), QStringLiteral("CC"));
    EXPECT_EQ(m_type->count(), 6);
    EXPECT_TRUE(m_searchButton->isEnabled());
    EXPECT_FALSE(m_cancelButton->isEnabled());
    EXPECT_FALSE(m_busy->isVisible());
    EXPECT_FALSE(m_banner->isVisible());
    EXPECT_FALSE(m_result->isVisible());
    EXPECT_FALSE(m_cellphone->isEnabled());
}

TEST_F(CustomerLookupFormTest, FindsCustomerByIdentification)
{
    searchIdentification(demoNumber);

    ASSERT_TRUE(waitFor([this] { return m_name->text() == demoName; }))
        << "banner: " << m_banner->text().toStdString() << " / " << m_banner->detail().toStdString();
    EXPECT_TRUE(m_result->isVisible());
    EXPECT_FALSE(m_busy->isVisible());
    EXPECT_FALSE(m_banner->isVisible());
    EXPECT_TRUE(m_searchButton->isEnabled());
    EXPECT_FALSE(m_cancelButton->isEnabled());
    EXPECT_EQ(m_busyShown, 1);

    auto *birthDate = findByName<QLabel>(m_form.get(), "resultBirthDate");
    auto *identification = findByName<QLabel>(m_form.get(), "resultIdentification");
    auto *email = findByName<QLabel>(m_form.get(), "resultEmail");
    auto *table = findByName<QTableView>(m_form.get(), "addressTable");
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(birthDate->text(), QStringLiteral("27/08/1967"));
    EXPECT_TRUE(identification->text().contains(demoNumber)) << identification->text().toStdString();
    EXPECT_FALSE(email->text().isEmpty());
    EXPECT_TRUE(tableHasAddress(table, QStringLiteral("CL 9 A SUR 1 74 ESTE")));
    EXPECT_EQ(table->model()->columnCount(), 5);
    EXPECT_TRUE(m_name->textInteractionFlags() & Qt::TextSelectableByMouse);
    // The input stays for the next search.
    EXPECT_EQ(m_number->text(), demoNumber);
}

TEST_F(CustomerLookupFormTest, FindsCustomerByCellphone)
{
    // The radio's mnemonic, as a teller at the keyboard would switch.
    QTest::keyClick(m_form.get(), Qt::Key_P, Qt::AltModifier);
    // A mnemonic "animates" the click: it lands a moment later.
    ASSERT_TRUE(waitFor([this] { return m_byCellphone->isChecked(); }, 2000));
    EXPECT_TRUE(m_cellphone->isEnabled());
    EXPECT_FALSE(m_number->isEnabled());

    m_cellphone->setFocus();
    QTest::keyClicks(m_cellphone, demoNumber);
    QTest::mouseClick(m_searchButton, Qt::LeftButton);

    ASSERT_TRUE(waitFor([this] { return m_name->text() == demoName; }))
        << "banner: " << m_banner->text().toStdString() << " / " << m_banner->detail().toStdString();
    auto *birthDate = findByName<QLabel>(m_form.get(), "resultBirthDate");
    ASSERT_NE(birthDate, nullptr);
    EXPECT_EQ(birthDate->text(), QStringLiteral("27/08/1967"));
}

TEST_F(CustomerLookupFormTest, EmptyNumberIsRefusedWithoutSending)
{
    // Focus elsewhere first, so moving it to the field is the form's doing.
    QTest::mouseClick(m_searchButton, Qt::LeftButton);

    const FieldIssues expected = CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), {}).validate();
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(m_numberError->isVisible());
    EXPECT_EQ(m_numberError->text(), expected.first().message);
    EXPECT_TRUE(m_number->hasFocus());
    expectNothingSent();
}

TEST_F(CustomerLookupFormTest, LettersInACitizenshipCardNumberAreRefusedWithoutSending)
{
    searchIdentification(QStringLiteral("12AB34"));

    const FieldIssues expected =
        CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), QStringLiteral("12AB34")).validate();
    ASSERT_EQ(expected.size(), 1);
    EXPECT_TRUE(m_numberError->isVisible());
    EXPECT_EQ(m_numberError->text(), expected.first().message);
    EXPECT_TRUE(m_number->hasFocus());
    EXPECT_EQ(m_number->text(), QStringLiteral("12AB34"));
    expectNothingSent();

    // Correcting the field takes its message away.
    QTest::keyClick(m_number, Qt::Key_Backspace);
    EXPECT_FALSE(m_numberError->isVisible());
}

TEST_F(CustomerLookupFormTest, ShortCellphoneIsRefusedWithoutSending)
{
    QTest::mouseClick(m_byCellphone, Qt::LeftButton, {}, QPoint(8, m_byCellphone->height() / 2));
    ASSERT_TRUE(m_byCellphone->isChecked());
    m_cellphone->setFocus();
    QTest::keyClicks(m_cellphone, QStringLiteral("123456789"));
    QTest::mouseClick(m_searchButton, Qt::LeftButton);

    const FieldIssues expected = CustomerBasicDataQuery::byCellphone(QStringLiteral("123456789")).validate();
    ASSERT_EQ(expected.size(), 1);
    EXPECT_TRUE(m_cellphoneError->isVisible());
    EXPECT_EQ(m_cellphoneError->text(), expected.first().message);
    EXPECT_TRUE(m_cellphone->hasFocus());
    EXPECT_FALSE(m_numberError->isVisible());
    expectNothingSent();
}

TEST_F(CustomerLookupFormTest, UnknownCustomerShowsNotFoundWithSupportReference)
{
    searchIdentification(unknownNumber);
    ASSERT_TRUE(waitForBanner());

    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("no customer"), Qt::CaseInsensitive))
        << m_banner->text().toStdString();
    EXPECT_TRUE(m_banner->detail().startsWith(QStringLiteral("Reference for support: ")))
        << m_banner->detail().toStdString();
    EXPECT_TRUE(m_banner->detail().contains(QStringLiteral("00001"))) << m_banner->detail().toStdString();
    EXPECT_FALSE(m_result->isVisible());
    EXPECT_EQ(m_number->text(), unknownNumber);
    EXPECT_EQ(m_type->currentData().toString(), QStringLiteral("CC"));
    EXPECT_TRUE(m_searchButton->isEnabled());
}

TEST_F(CustomerLookupFormTest, ServerErrorShowsBankCode)
{
    searchIdentification(serverErrorNumber);
    ASSERT_TRUE(waitForBanner());

    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Error);
    EXPECT_FALSE(m_banner->text().isEmpty());
    EXPECT_TRUE(m_banner->detail().contains(QStringLiteral("500"))) << m_banner->detail().toStdString();
    EXPECT_FALSE(m_result->isVisible());
    EXPECT_EQ(m_number->text(), serverErrorNumber);
}

TEST_F(CustomerLookupFormTest, CancelStopsASlowSearch)
{
    searchIdentification(slowNumber);
    ASSERT_TRUE(waitFor([this] { return m_busy->isVisible(); }, 5000));
    EXPECT_FALSE(m_searchButton->isEnabled());
    EXPECT_TRUE(m_cancelButton->isEnabled());
    EXPECT_EQ(m_number->text(), slowNumber);

    QTest::mouseClick(m_cancelButton, Qt::LeftButton);

    ASSERT_TRUE(waitFor([this] { return !m_busy->isVisible(); }, 2000));
    EXPECT_TRUE(m_banner->isVisible());
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Information);
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive));
    EXPECT_EQ(m_number->text(), slowNumber);
    EXPECT_EQ(m_type->currentData().toString(), QStringLiteral("CC"));
    EXPECT_TRUE(m_searchButton->isEnabled());
    EXPECT_FALSE(m_cancelButton->isEnabled());
}

TEST_F(CustomerLookupFormTest, EscapeStopsASlowSearch)
{
    searchIdentification(slowNumber);
    ASSERT_TRUE(waitFor([this] { return m_busy->isVisible(); }, 5000));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    ASSERT_TRUE(waitFor([this] { return !m_busy->isVisible(); }, 2000));
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive));
    EXPECT_EQ(m_number->text(), slowNumber);
    EXPECT_TRUE(m_searchButton->isEnabled());

    // The form can search again straight away.
    m_number->clear();
    searchIdentification(demoNumber);
    EXPECT_TRUE(waitFor([this] { return m_name->text() == demoName; }));
}

TEST_F(CustomerLookupFormTest, ClosingTheFormDuringASearchIsSafe)
{
    searchIdentification(slowNumber);
    ASSERT_TRUE(waitFor([this] { return m_busy->isVisible(); }, 5000));
    m_form.reset();
    // The cancelled call still finishes in the client; nothing is delivered
    // to the destroyed form.
    EXPECT_TRUE(waitFor([this] { return m_finishedOperations > 0; }, 5000));
    QTest::qWait(200);
}

TEST_F(CustomerLookupFormTest, EveryControlHasAnAccessibleName)
{
    QList<QWidget *> controls;
    for (QWidget *w : m_form->findChildren<QLineEdit *>())
        controls << w;
    for (QWidget *w : m_form->findChildren<QComboBox *>())
        controls << w;
    for (QWidget *w : m_form->findChildren<QAbstractButton *>())
        controls << w;
    EXPECT_GE(controls.size(), 7);
    for (QWidget *control : std::as_const(controls)) {
        EXPECT_FALSE(control->accessibleName().isEmpty())
            << control->metaObject()->className() << " \"" << control->objectName().toStdString() << "\"";
    }
}

TEST_F(CustomerLookupFormTest, FieldsHaveLabelsWithMnemonicsAndATabOrder)
{
    for (QWidget *field : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_number),
                           static_cast<QWidget *>(m_cellphone)}) {
        bool labelled = false;
        for (QLabel *label : m_form->findChildren<QLabel *>()) {
            if (label->buddy() == field && label->text().contains(QLatin1Char('&')))
                labelled = true;
        }
        EXPECT_TRUE(labelled) << field->objectName().toStdString();
    }

    // Tab follows the focus chain, skipping what cannot take focus (labels):
    // the controls appear in it in reading order.
    const QList<QWidget *> expected = {m_byIdentification, m_byCellphone, m_type,       m_number,
                                       m_cellphone,        m_searchButton, m_cancelButton};
    QList<QWidget *> order;
    QWidget *widget = m_byIdentification;
    do {
        if (expected.contains(widget))
            order << widget;
        widget = widget->nextInFocusChain();
    } while (widget != m_byIdentification && order.size() < expected.size());
    EXPECT_EQ(order, expected);
}

} // namespace
