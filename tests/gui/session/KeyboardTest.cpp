// Keyboard first: every workflow by its shortcut, the F1 sheet listing them
// with the global keys, Ctrl+L, Ctrl+Enter, and an accessible name on every
// input and button of the main window, the lock screen, the sign-in and
// the sheet.
#include "SessionTestSupport.h"

#include "MainWindow.h"
#include "OperatorPin.h"
#include "WorkflowCatalog.h"
#include "session/ShortcutSheet.h"
#include "session/SignInDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

namespace {

class KeyboardTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        m_window = std::make_unique<MainWindow>(ConsoleServices{m_client.get(), m_journal.get(), nullptr, nullptr});
        m_window->setUnlockPinHash(OperatorPin::hash(QStringLiteral("2580")));
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_pages = findByName<QStackedWidget>(m_window.get(), "workflowPages");
        ASSERT_FALSE(HasFailure());
    }

    void unlock()
    {
        auto *pin = findByName<QLineEdit>(m_window.get(), "unlockPin");
        ASSERT_NE(pin, nullptr);
        QTest::keyClicks(pin, QStringLiteral("2580"));
        QTest::keyClick(pin, Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] { return !m_window->isLocked(); }, 20000));
    }

    std::unique_ptr<MainWindow> m_window;
    QStackedWidget *m_pages = nullptr;
};

// Inputs and buttons under `root` (outside `skip`) that have no accessible
// name. Parts of a compound control (a table's headers and corner button,
// Qt's own "qt_" helpers) are named through the control itself.
QStringList unnamedControls(const QWidget *root, const QWidget *skip = nullptr)
{
    const auto inside = [](const QObject *object, const auto &test) {
        for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
            if (test(parent))
                return true;
        }
        return false;
    };
    QStringList unnamed;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
                             || qobject_cast<const QAbstractButton *>(widget)
                             || qobject_cast<const QAbstractItemView *>(widget);
        if (!control || qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton")
            || widget->objectName().startsWith(QLatin1String("qt_"))
            || inside(widget, [](const QObject *o) { return qobject_cast<const QComboBox *>(o) != nullptr; })
            || (skip && inside(widget, [skip](const QObject *o) { return o == skip; })))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()),
                                                      widget->objectName());
    }
    return unnamed;
}

TEST_F(KeyboardTest, EveryWorkflowIsReachableByItsShortcut)
{
    const QList<WorkflowInfo> workflows = WorkflowCatalog::all();
    ASSERT_FALSE(workflows.isEmpty());
    // Backwards, so every shortcut has to change the page.
    for (auto it = workflows.crbegin(); it != workflows.crend(); ++it) {
        const WorkflowInfo &workflow = *it;
        ASSERT_FALSE(workflow.shortcut.isEmpty()) << workflow.id.toStdString();
        QTest::keySequence(m_window.get(), workflow.shortcut);
        EXPECT_EQ(m_window->currentWorkflow(), workflow.id) << workflow.shortcut.toString().toStdString();
        EXPECT_TRUE(m_pages->currentWidget()->isVisible());
        EXPECT_EQ(m_pages->currentWidget()->objectName(), workflow.id + QStringLiteral("Page"));
    }
    // Shown in the Workflows menu, with the same shortcut.
    auto *menu = findByName<QMenu>(m_window.get(), "workflowMenu");
    ASSERT_NE(menu, nullptr);
    for (const WorkflowInfo &workflow : workflows) {
        auto *action = m_window->findChild<QAction *>(workflow.id + QStringLiteral("Action"));
        ASSERT_NE(action, nullptr) << workflow.id.toStdString();
        EXPECT_TRUE(menu->actions().contains(action));
        EXPECT_EQ(action->shortcut(), workflow.shortcut);
    }
    // Landing on a form puts the focus in its first place to type.
    QTest::keySequence(m_window.get(), workflows.first().shortcut);
    auto *form = findByName<QWidget>(m_window.get(), "customerLookupForm");
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), form->findChild<QWidget *>(QStringLiteral("identificationNumber")));
}

TEST_F(KeyboardTest, AClickOrEnterInTheNavigationGoesIntoTheFormButArrowsOnlyBrowse)
{
    auto *navigation = findByName<QListWidget>(m_window.get(), "workflowNavigation");
    ASSERT_NE(navigation, nullptr);
    navigation->setFocus();
    // Arrows browse: the list keeps the focus.
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(m_window->currentWorkflow(), QStringLiteral("newCustomer"));
    EXPECT_EQ(QApplication::focusWidget(), navigation);
    // Enter goes in.
    QTest::keyClick(navigation, Qt::Key_Up);
    QTest::keyClick(navigation, Qt::Key_Return);
    auto *lookup = findByName<QWidget>(m_window.get(), "customerLookupForm");
    EXPECT_EQ(QApplication::focusWidget(), lookup->findChild<QWidget *>(QStringLiteral("identificationNumber")));
    // So does a click on another workflow.
    const int row = 2; // Customer 360
    QListWidgetItem *item = navigation->item(row);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    EXPECT_EQ(m_window->currentWorkflow(), QStringLiteral("customer360"));
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(m_pages->currentWidget()->isAncestorOf(focused)) << focused->objectName().toStdString();
    EXPECT_NE(qobject_cast<QLineEdit *>(focused), nullptr) << focused->objectName().toStdString();
}

TEST_F(KeyboardTest, F1ShowsEveryWorkflowAndTheGlobalKeys)
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    ShortcutSheet *sheet = nullptr;
    ASSERT_TRUE(waitFor([&sheet, this] {
        sheet = m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"));
        return sheet && sheet->isVisible();
    }, 5000));
    auto *table = findByName<QTableWidget>(sheet, "shortcutTable");
    ASSERT_NE(table, nullptr);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *keys = table->item(row, 0);
        const QTableWidgetItem *action = table->item(row, 1);
        rows << (keys ? keys->text() : QString()) + QStringLiteral(" = ") + (action ? action->text() : QString());
    }
    const QString all = rows.join(QLatin1Char('\n'));
    for (const WorkflowInfo &workflow : WorkflowCatalog::all()) {
        const QString keys = workflow.shortcut.toString(QKeySequence::NativeText);
        bool listed = false;
        for (const QString &row : std::as_const(rows))
            listed = listed || (row.startsWith(keys + QStringLiteral(" = ")) && row.contains(workflow.title()));
        EXPECT_TRUE(listed) << workflow.id.toStdString() << "\n" << all.toStdString();
    }
    const QStringList globals = {QStringLiteral("F1 = "),  QStringLiteral("Ctrl+L = "),
                                 QStringLiteral("Ctrl+Q = "), QStringLiteral("Esc = "),
                                 QStringLiteral("Enter = "), QStringLiteral("Ctrl+Enter = "),
                                 QStringLiteral("F5 = ")};
    for (const QString &global : globals)
        EXPECT_TRUE(all.contains(global)) << global.toStdString() << "\n" << all.toStdString();
    EXPECT_TRUE(unnamedControls(sheet).isEmpty()) << unnamedControls(sheet).join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(sheet->accessibleName().isEmpty());

    // Esc in the list closes it. (The offscreen platform does not move the
    // activation to a second window, so the key goes to the list itself.)
    QTest::keyClick(table, Qt::Key_Escape);
    EXPECT_TRUE(waitFor([this] {
        auto *open = m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"));
        return !open || !open->isVisible();
    }, 5000));
}

TEST_F(KeyboardTest, CtrlLLocksAndWorkflowShortcutsWaitForTheUnlock)
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    ASSERT_TRUE(m_window->isLocked());
    EXPECT_EQ(journalRows(QStringLiteral("session.lock")).first().outcome, QStringLiteral("operator"));
    // No shortcut reveals a page behind the lock.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    EXPECT_EQ(m_window->currentWorkflow(), WorkflowCatalog::customerLookup);
    EXPECT_FALSE(m_pages->isVisible());
    unlock();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    EXPECT_EQ(m_window->currentWorkflow(), QStringLiteral("newCustomer"));
}

TEST_F(KeyboardTest, LockHidesAnOpenDialogAndUnlockBringsItBack)
{
    m_window->showShortcutSheet();
    auto *sheet = m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"));
    ASSERT_NE(sheet, nullptr);
    ASSERT_TRUE(waitFor([sheet] { return sheet->isVisible(); }, 5000));
    m_window->lockNow();
    EXPECT_FALSE(sheet->isVisible());
    unlock();
    EXPECT_TRUE(sheet->isVisible());
}

TEST_F(KeyboardTest, CtrlEnterSubmitsTheFormFromAnywhere)
{
    auto *form = findByName<QWidget>(m_window.get(), "customerLookupForm");
    ASSERT_NE(form, nullptr);
    auto *number = findByName<QLineEdit>(form, "identificationNumber");
    ASSERT_NE(number, nullptr);
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("1234567890"));
    // Focus elsewhere in the window: Enter there would not search.
    auto *navigation = findByName<QWidget>(m_window.get(), "workflowNavigation");
    navigation->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    EXPECT_TRUE(waitFor([this] { return m_finishedOperations == 1; }));
}

TEST_F(KeyboardTest, EveryInputAndButtonHasAnAccessibleName)
{
    // The frame, the lock screen and the Customer lookup form; the other
    // workflows' forms have suites of their own.
    EXPECT_TRUE(unnamedControls(m_window.get(), m_pages).isEmpty())
        << unnamedControls(m_window.get(), m_pages).join(QStringLiteral(", ")).toStdString();
    auto *lookup = findByName<QWidget>(m_window.get(), "customerLookupForm");
    ASSERT_NE(lookup, nullptr);
    EXPECT_TRUE(unnamedControls(lookup).isEmpty()) << unnamedControls(lookup).join(QStringLiteral(", ")).toStdString();

    SignInDialog dialog(nullptr, nullptr, nullptr, EnvironmentKind::QA);
    EXPECT_TRUE(unnamedControls(&dialog).isEmpty())
        << unnamedControls(&dialog).join(QStringLiteral(", ")).toStdString();
}

TEST_F(KeyboardTest, MenusShowTheShortcuts)
{
    const QList<QPair<const char *, QKeySequence>> actions = {
        {"lockAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"shortcutSheetAction", QKeySequence(Qt::Key_F1)},
    };
    for (const auto &[name, keys] : actions) {
        auto *action = findByName<QAction>(m_window.get(), name);
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->shortcut(), keys) << name;
        bool inMenu = false;
        for (QAction *top : m_window->menuBar()->actions())
            inMenu = inMenu || (top->menu() && top->menu()->actions().contains(action));
        EXPECT_TRUE(inMenu) << name;
    }
    auto *signOut = findByName<QAction>(m_window.get(), "signOutAction");
    ASSERT_NE(signOut, nullptr);
    EXPECT_TRUE(signOut->text().contains(QLatin1Char('&')));
}

} // namespace
