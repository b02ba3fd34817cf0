#include "AppSettings.h"
#include "CredentialStore.h"
#include "GuiTestSupport.h"
#include "Journal.h"
#include "WorkflowCatalog.h"
#include "WorkflowPages.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>

// Screen readers and UI automation find controls by their accessible name;
// a teller who cannot use the mouse must be able to reach and name every
// one. This walks every workflow's real form, not a sample.
class EveryWorkflowAccessibilityTest : public GuiTest
{
};

TEST_F(EveryWorkflowAccessibilityTest, EveryInputAndButtonOfEveryWorkflowHasAnAccessibleName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    AppSettings settings(dir.filePath(QStringLiteral("user.conf")), dir.filePath(QStringLiteral("system.conf")));
    CredentialStore credentials(QStringLiteral("BranchDeskTests"));
    const ConsoleServices services{m_client.get(), &journal, &credentials, &settings};

    int checked = 0;
    for (const WorkflowInfo &workflow : WorkflowCatalog::all()) {
        std::unique_ptr<QWidget> page(WorkflowPages::create(workflow, services));
        ASSERT_NE(page, nullptr) << workflow.id.toStdString();
        page->show();
        QList<QWidget *> controls;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            const bool isControl = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                                   || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                   || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
                                   || qobject_cast<QAbstractItemView *>(w);
            // Parts Qt builds inside a control (a combo's popup list and line
            // edit, a spin box's editor, table headers and corner button, a
            // line edit's clear icon) are named by Qt through their owner.
            const QByteArray cls = w->metaObject()->className();
            const bool inner = qobject_cast<QComboBox *>(w->parentWidget())
                               || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QHeaderView *>(w)
                               || cls == "QComboBoxListView" || cls == "QTableCornerButton"
                               || cls == "QLineEditIconButton";
            if (isControl && !inner)
                controls << w;
        }
        for (QWidget *control : controls) {
            ++checked;
            // What a screen reader announces: the accessible name, which for
            // a button with a caption is its caption.
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            EXPECT_FALSE(name.trimmed().isEmpty())
                << workflow.id.toStdString() << ": " << control->metaObject()->className() << " \""
                << control->objectName().toStdString() << "\" has no accessible name";
        }
    }
    EXPECT_GT(checked, 100);
}

// Ctrl+Enter submits the current form (MainWindow::submitCurrentPage): each
// working workflow says which button that is.
TEST_F(EveryWorkflowAccessibilityTest, EveryWorkingWorkflowHasASubmitButtonForCtrlEnter)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    AppSettings settings(dir.filePath(QStringLiteral("user.conf")), dir.filePath(QStringLiteral("system.conf")));
    CredentialStore credentials(QStringLiteral("BranchDeskTests"));
    const ConsoleServices services{m_client.get(), &journal, &credentials, &settings};

    for (const WorkflowInfo &workflow : WorkflowCatalog::all()) {
        if (!workflow.available)
            continue;
        std::unique_ptr<QWidget> page(WorkflowPages::create(workflow, services));
        bool hasSubmit = false;
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            hasSubmit = hasSubmit || button->property("submitsForm").toBool()
                        || button->objectName() == QLatin1String("searchButton");
        }
        EXPECT_TRUE(hasSubmit) << workflow.id.toStdString() << " has no button marked submitsForm";
    }
}

// Every page starts the same way (FormParts::pageHeading and pageIntro): a
// title and one line saying what the page is for, both on screen.
TEST_F(EveryWorkflowAccessibilityTest, EveryAvailableWorkflowPageHasAHeadingAndAnIntro)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    AppSettings settings(dir.filePath(QStringLiteral("user.conf")), dir.filePath(QStringLiteral("system.conf")));
    CredentialStore credentials(QStringLiteral("BranchDeskTests"));
    const ConsoleServices services{m_client.get(), &journal, &credentials, &settings};

    int checked = 0;
    for (const WorkflowInfo &workflow : WorkflowCatalog::all()) {
        if (!workflow.available)
            continue;
        std::unique_ptr<QWidget> page(WorkflowPages::create(workflow, services));
        page->show();
        const std::string id = workflow.id.toStdString();
        // One heading and one intro per page: a part that brought its own
        // would give the page two titles.
        const QList<QLabel *> headings = page->findChildren<QLabel *>(QStringLiteral("pageHeading"));
        const QList<QLabel *> intros = page->findChildren<QLabel *>(QStringLiteral("pageIntro"));
        ASSERT_EQ(headings.size(), 1) << id;
        ASSERT_EQ(intros.size(), 1) << id;
        const QLabel *heading = headings.first();
        const QLabel *intro = intros.first();
        EXPECT_TRUE(heading->isVisible()) << id;
        EXPECT_TRUE(intro->isVisible()) << id;
        EXPECT_FALSE(heading->text().trimmed().isEmpty()) << id;
        EXPECT_FALSE(intro->text().trimmed().isEmpty()) << id;
        EXPECT_TRUE(heading->font().bold()) << id;
        EXPECT_GT(heading->font().pointSizeF(), intro->font().pointSizeF()) << id;
        EXPECT_TRUE(intro->wordWrap()) << id;
        // The intro says more than the title does.
        EXPECT_NE(intro->text(), heading->text()) << id;
        ++checked;
    }
    EXPECT_GE(checked, 19);
}
