// Channel holds through the form: paging over the real training server and
// a lock/unlock that is sent only after the operator confirms it.
#include "GuiTestSupport.h"

#include "ChannelHoldsTableModel.h"
#include "security/ChannelHoldsForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace {

class ChannelHoldsFormTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_form = std::make_unique<ChannelHoldsForm>(m_client.get());
        m_form->resize(1100, 800);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
    }

    void consultGloria(int perPage, bool lockedOnly = false)
    {
        auto *number = findByName<QLineEdit>(m_form.get(), "identificationNumber");
        number->clear();
        QTest::keyClicks(number, QStringLiteral("38250250"));
        findByName<QSpinBox>(m_form.get(), "recordsPerPage")->setValue(perPage);
        findByName<QComboBox>(m_form.get(), "statusFilter")->setCurrentIndex(lockedOnly ? 1 : 0);
        QTest::mouseClick(findByName<QPushButton>(m_form.get(), "consultButton"), Qt::LeftButton);
        ASSERT_TRUE(waitFor([this] { return !m_form->isBusy() && m_form->model()->rowCount() > 0; }));
    }

    std::unique_ptr<ChannelHoldsForm> m_form;
};

} // namespace

TEST_F(ChannelHoldsFormTest, PagesThroughTheHolds)
{
    consultGloria(2);
    EXPECT_EQ(m_form->model()->rowCount(), 2);
    EXPECT_EQ(m_form->page(), 1);
    EXPECT_GE(m_form->pageCount(), 3);
    auto *previous = findByName<QPushButton>(m_form.get(), "previousPageButton");
    auto *next = findByName<QPushButton>(m_form.get(), "nextPageButton");
    EXPECT_FALSE(previous->isEnabled());
    EXPECT_TRUE(next->isEnabled());
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "pageLabel")->text().contains(QStringLiteral("Page 1 of")));
    const QString firstChannel = m_form->model()->hold(0)->channel;

    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return !m_form->isBusy() && m_form->page() == 2; }));
    EXPECT_NE(m_form->model()->hold(0)->channel, firstChannel);
    EXPECT_TRUE(previous->isEnabled());
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "pageLabel")->text().contains(QStringLiteral("records 3")));

    QTest::mouseClick(previous, Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return !m_form->isBusy() && m_form->page() == 1; }));
    EXPECT_EQ(m_form->model()->hold(0)->channel, firstChannel);
}

TEST_F(ChannelHoldsFormTest, LockNeedsConfirmationAndRefreshesTheTable)
{
    consultGloria(20);
    int operations = 0;
    QObject::connect(m_client.get(), &ApiClient::operationFinished, m_form.get(), [&operations] { ++operations; });

    findByName<QRadioButton>(m_form.get(), "byPseudoChannel")->setChecked(true);
    auto *pseudo = findByName<QComboBox>(m_form.get(), "pseudoChannel");
    pseudo->setCurrentIndex(pseudo->findData(QStringLiteral("ATM")));
    findByName<QRadioButton>(m_form.get(), "forCustomer")->setChecked(true);
    auto *action = findByName<QComboBox>(m_form.get(), "action");
    action->setCurrentIndex(action->findData(true));

    // "No": nothing is sent.
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->confirmation() && m_form->confirmation()->isVisible(); }));
    EXPECT_TRUE(m_form->confirmation()->text().contains(QStringLiteral("ATM")));
    EXPECT_TRUE(m_form->confirmation()->text().contains(QStringLiteral("38250250")));
    m_form->confirmation()->button(QMessageBox::No)->click();
    QTest::qWait(300);
    EXPECT_EQ(operations, 0);

    // "Yes": one lock, then the table is consulted again.
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->confirmation() && m_form->confirmation()->isVisible(); }));
    m_form->confirmation()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([&operations, this] { return operations >= 2 && !m_form->isBusy(); }));
    EXPECT_EQ(operations, 2); // the lock, then the refresh
    bool atmLocked = false;
    for (int row = 0; row < m_form->model()->rowCount(); ++row) {
        const ChannelHold *hold = m_form->model()->hold(row);
        atmLocked = atmLocked || (hold->channel == QLatin1String("003") && !hold->byProduct() && hold->locked());
    }
    EXPECT_TRUE(atmLocked);
    EXPECT_EQ(findByName<MessageBanner>(m_form.get(), "messageBanner")->type(), MessageBanner::Type::Positive);

    // Unlock it again from the selected row (the form fills the change in).
    for (int row = 0; row < m_form->model()->rowCount(); ++row) {
        if (m_form->model()->hold(row)->channel == QLatin1String("003"))
            findByName<QTableView>(m_form.get(), "holdsTable")->selectRow(row);
    }
    EXPECT_EQ(action->currentData().toBool(), false);
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return m_form->confirmation() && m_form->confirmation()->isVisible(); }));
    EXPECT_TRUE(m_form->confirmation()->text().startsWith(QStringLiteral("Unlock")));
    m_form->confirmation()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([&operations, this] { return operations >= 4 && !m_form->isBusy(); }));
}

TEST_F(ChannelHoldsFormTest, InvalidChangeIsCaughtBeforeTheConfirmation)
{
    consultGloria(20);
    findByName<QRadioButton>(m_form.get(), "forProduct")->setChecked(true);
    findByName<QLineEdit>(m_form.get(), "product")->clear();
    QTest::mouseClick(findByName<QPushButton>(m_form.get(), "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(findByName<QLabel>(m_form.get(), "changeError")->isVisible());
    EXPECT_EQ(m_form->confirmation(), nullptr);
}
