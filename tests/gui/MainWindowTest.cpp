#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "WorkflowCatalog.h"
#include "customers/CustomerLookupForm.h"
#include "widgets/EnvironmentBanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTest>

namespace {

class MainWindowTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_window = std::make_unique<MainWindow>(ConsoleServices{m_client.get(), nullptr, nullptr, nullptr});
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_navigation = findByName<QListWidget>(m_window.get(), "workflowNavigation");
        m_pages = findByName<QStackedWidget>(m_window.get(), "workflowPages");
        ASSERT_FALSE(HasFailure());
    }

    std::unique_ptr<MainWindow> m_window;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

TEST_F(MainWindowTest, ShowsTheTrainingBannerAndTitle)
{
    auto *banner = findByName<QLabel>(m_window.get(), "environmentBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("TRAINING"))) << banner->text().toStdString();
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("BranchDesk \u2014 Training"));
    EXPECT_FALSE(m_window->windowIcon().isNull());
    EXPECT_GE(m_window->minimumWidth(), 800);
}

TEST_F(MainWindowTest, NavigationListsEveryWorkflow)
{
    const QStringList expected = {
        QStringLiteral("Customer lookup"),     QStringLiteral("New customer"),
        QStringLiteral("Customer 360"),        QStringLiteral("Remittance lookup"),
        QStringLiteral("Name by account"),     QStringLiteral("Correspondent reads"),
        QStringLiteral("Digital bank intake"),
        QStringLiteral("Challenge questions"), QStringLiteral("One-time codes"),
        QStringLiteral("Channel holds"),       QStringLiteral("Password status"),
        QStringLiteral("Enrollment and recovery"),
        QStringLiteral("Life insurance"),      QStringLiteral("General insurance"),
        QStringLiteral("Insurance cases"),     QStringLiteral("OBP customers"),
        QStringLiteral("Customer by account (Itau)"), QStringLiteral("Journal"),
        QStringLiteral("Settings")};
    ASSERT_EQ(m_navigation->count(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        EXPECT_EQ(item->text(), expected.at(row));
        EXPECT_FALSE(item->data(Qt::AccessibleTextRole).toString().isEmpty()) << row;
    }
    EXPECT_FALSE(m_navigation->accessibleName().isEmpty());
    EXPECT_NE(m_navigation->focusPolicy() & Qt::TabFocus, 0);

    // Customer lookup is where the window opens, with its real form.
    EXPECT_EQ(m_window->currentWorkflow(), WorkflowCatalog::customerLookup);
    EXPECT_NE(m_pages->currentWidget()->findChild<CustomerLookupForm *>(QStringLiteral("customerLookupForm")),
              nullptr);
}

TEST_F(MainWindowTest, EveryWorkflowHasAShortcutInTheWorkflowsMenu)
{
    auto *menu = findByName<QMenu>(m_window.get(), "workflowMenu");
    ASSERT_NE(menu, nullptr);
    QList<QKeySequence> seen;
    int workflowActions = 0;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        ++workflowActions;
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
        EXPECT_FALSE(seen.contains(action->shortcut())) << action->text().toStdString();
        seen << action->shortcut();
    }
    EXPECT_EQ(workflowActions, m_navigation->count());

    // The shortcut itself switches the page.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentWorkflow(), QStringLiteral("newCustomer"));
    auto *journal = findByName<QAction>(m_window.get(), "journalAction");
    ASSERT_NE(journal, nullptr);
    journal->trigger();
    EXPECT_EQ(m_window->currentWorkflow(), QStringLiteral("journal"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentWorkflow(), WorkflowCatalog::customerLookup);
}

TEST_F(MainWindowTest, UnbuiltWorkflowsSayTheyArriveLater)
{
    for (const WorkflowInfo &workflow : WorkflowCatalog::all()) {
        if (workflow.available)
            continue;
        ASSERT_TRUE(m_window->showWorkflow(workflow.id));
        QWidget *page = m_pages->currentWidget();
        auto *notice = page->findChild<QLabel *>(QStringLiteral("laterVersionNotice"));
        ASSERT_NE(notice, nullptr) << workflow.id.toStdString();
        EXPECT_TRUE(notice->isVisible());
        EXPECT_TRUE(notice->text().contains(QStringLiteral("later version"))) << workflow.id.toStdString();
        EXPECT_EQ(page->findChildren<QLineEdit *>().size(), 0) << workflow.id.toStdString();
    }
}

TEST_F(MainWindowTest, StatusBarShowsWhoWhereAndTheLastOperation)
{
    const OperatorSession &session = m_client->operatorSession();
    const QList<QPair<const char *, QString>> facts = {{"statusEnvironment", QStringLiteral("Training")},
                                                       {"statusOperator", session.user},
                                                       {"statusBranch", session.branchId},
                                                       {"statusTerminal", session.terminalId}};
    for (const auto &[name, value] : facts) {
        auto *label = findByName<QLabel>(m_window.get(), name);
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->isVisible()) << name;
        EXPECT_FALSE(value.isEmpty()) << name;
        EXPECT_TRUE(label->text().contains(value)) << name << ": " << label->text().toStdString();
    }

    // Other forms have an identificationNumber field too: take the lookup's.
    auto *lookup = findByName<QWidget>(m_window.get(), "customerLookupForm");
    ASSERT_NE(lookup, nullptr);
    auto *number = findByName<QLineEdit>(lookup, "identificationNumber");
    auto *lastOperation = findByName<QLabel>(m_window.get(), "statusLastOperation");
    ASSERT_FALSE(HasFailure());
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("1234567890"));
    QTest::keyClick(number, Qt::Key_Enter);
    EXPECT_TRUE(waitFor([&] { return m_finishedOperations > 0; }));
    EXPECT_TRUE(lastOperation->text().contains(QStringLiteral("Customer basic data: completed")))
        << lastOperation->text().toStdString();
    // The teller reads what was done; the operation id is for support.
    EXPECT_FALSE(lastOperation->text().contains(QStringLiteral("customers.basicData")));
    EXPECT_TRUE(lastOperation->toolTip().isEmpty() || lastOperation->toolTip().contains(QStringLiteral("Customer")));
}

TEST(EnvironmentBannerTest, EachEnvironmentHasItsOwnWordsAndColour)
{
    const QList<QPair<EnvironmentKind, QString>> kinds = {{EnvironmentKind::Training, QStringLiteral("TRAINING")},
                                                          {EnvironmentKind::Sandbox, QStringLiteral("SANDBOX")},
                                                          {EnvironmentKind::QA, QStringLiteral("QA")},
                                                          {EnvironmentKind::Live, QStringLiteral("LIVE")}};
    EnvironmentBanner banner;
    QStringList styles;
    for (const auto &[kind, word] : kinds) {
        banner.setEnvironment(kind);
        EXPECT_TRUE(banner.text().startsWith(word)) << banner.text().toStdString();
        EXPECT_FALSE(styles.contains(banner.styleSheet())) << word.toStdString();
        styles << banner.styleSheet();
    }
    // Live is red: nobody should take it for a practice screen.
    banner.setEnvironment(EnvironmentKind::Live);
    EXPECT_TRUE(banner.styleSheet().contains(QStringLiteral("#c62828")));
}

} // namespace
