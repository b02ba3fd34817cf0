#include "AppSettings.h"
#include "CredentialStore.h"
#include "GuiTestSupport.h"
#include "Journal.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QVBoxLayout>

#include <memory>

// A teller who works from the keyboard presses Alt+letter to reach a field
// or press a button. When two controls on screen share the letter, Qt only
// cycles the focus between them (a button is not pressed, the teller lands
// in the wrong field). This walks the real main window, in English and in
// Spanish, and finds every pair of mnemonics that can be on screen together.
namespace {

// Workflows left out of the check (none: every form is held to it).
const QStringList notCheckedYet = {};

struct Mnemonic
{
    QKeySequence key;
    QString text;   // the caption that carries the '&'
    QString owner;  // class and objectName, for the message
    QString workflow; // id of the workflow page it is on; empty: the window itself
    // Each stacked layout (stacked widget, tab widget) above the control and
    // the page of it the control is on.
    QList<QPair<const QStackedLayout *, int>> pages;
};

QString describe(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ')
           + (object->objectName().isEmpty() ? QStringLiteral("(no objectName)") : object->objectName());
}

// Two controls can be on screen together unless some stack shows one of
// them on one page and the other on another.
bool together(const Mnemonic &a, const Mnemonic &b)
{
    for (const auto &pageA : a.pages) {
        for (const auto &pageB : b.pages) {
            if (pageA.first == pageB.first && pageA.second != pageB.second)
                return false;
        }
    }
    return true;
}

QList<QPair<const QStackedLayout *, int>> pagesOf(const QWidget *widget, const QWidget *root)
{
    QList<QPair<const QStackedLayout *, int>> pages;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (!parent)
            break;
        if (const auto *stack = qobject_cast<const QStackedLayout *>(parent->layout())) {
            const int index = stack->indexOf(const_cast<QWidget *>(w));
            if (index >= 0)
                pages.append({stack, index});
        }
    }
    return pages;
}

// The workflow page (a page of "workflowPages", named "<id>Page") holding
// `widget`, or empty.
QString workflowOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (parent && parent->objectName() == QLatin1String("workflowPages")) {
            QString id = w->objectName();
            id.chop(4); // "Page"
            return id;
        }
    }
    return {};
}

// Every keyboard mnemonic under `root`: button captions, labels with a
// buddy (the letter reaches the buddy), group box titles, tab captions and
// the menu bar's menus. Hidden controls count too: a Cancel button or a
// second step appears later beside the same fields.
QList<Mnemonic> mnemonicsOf(QWidget *root)
{
    QList<Mnemonic> result;
    const auto add = [&](const QWidget *widget, const QString &text, const QKeySequence &key, const QString &owner) {
        if (key.isEmpty())
            return;
        result.append({key, text, owner, workflowOf(widget), pagesOf(widget, root)});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // shortcut() is the caption's mnemonic, or a shortcut set by hand.
            add(w, button->text(), button->shortcut(), describe(w));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy() && label->textFormat() != Qt::RichText)
                add(w, label->text(), QKeySequence::mnemonic(label->text()),
                    describe(w) + QStringLiteral(" for ") + describe(label->buddy()));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(w, group->title(), QKeySequence::mnemonic(group->title()), describe(w));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(w, tabs->tabText(i), QKeySequence::mnemonic(tabs->tabText(i)),
                        describe(w) + QStringLiteral(" tab ") + QString::number(i));
            }
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *action : menuBar->actions())
                add(w, action->text(), QKeySequence::mnemonic(action->text()), describe(w));
        }
    }
    return result;
}

struct Clash
{
    QString workflow;
    QString message;
};

// The letters taken anywhere on each workflow page (and by the window
// itself), to help whoever picks a free one.
QString lettersInUse(QWidget *root, const QList<Clash> &clashes)
{
    const QList<Mnemonic> mnemonics = mnemonicsOf(root);
    QStringList workflows;
    for (const Clash &clash : clashes) {
        if (!workflows.contains(clash.workflow))
            workflows << clash.workflow;
    }
    QString text;
    for (const QString &workflow : std::as_const(workflows)) {
        QStringList letters;
        for (const Mnemonic &m : mnemonics) {
            const QString letter = m.key.toString().section(QLatin1Char('+'), -1);
            if ((m.workflow == workflow || m.workflow.isEmpty()) && !letters.contains(letter))
                letters << letter;
        }
        letters.sort();
        text += QStringLiteral("\n  letters in use on %1: %2").arg(workflow, letters.join(QLatin1Char(' ')));
    }
    return text;
}

// Every pair of controls that can be on screen together with one mnemonic.
QList<Clash> clashesIn(QWidget *root, const QStringList &skippedWorkflows, int *mnemonicsSeen = nullptr)
{
    const QList<Mnemonic> mnemonics = mnemonicsOf(root);
    if (mnemonicsSeen)
        *mnemonicsSeen = int(mnemonics.size());
    QList<Clash> clashes;
    for (int i = 0; i < mnemonics.size(); ++i) {
        for (int j = i + 1; j < mnemonics.size(); ++j) {
            const Mnemonic &a = mnemonics.at(i);
            const Mnemonic &b = mnemonics.at(j);
            if (a.key != b.key || !together(a, b))
                continue;
            const QString workflow = a.workflow.isEmpty() ? b.workflow : a.workflow;
            if (skippedWorkflows.contains(a.workflow) || skippedWorkflows.contains(b.workflow))
                continue;
            clashes.append({workflow, QStringLiteral("%1: %2 \"%3\" (%4) and \"%5\" (%6)")
                                          .arg(workflow.isEmpty() ? QStringLiteral("main window") : workflow,
                                               a.key.toString(), a.text, a.owner, b.text, b.owner)});
        }
    }
    return clashes;
}

std::string listOf(const QList<Clash> &clashes)
{
    std::string list;
    for (const Clash &clash : clashes)
        list += "\n  " + clash.message.toStdString();
    return list;
}

class MnemonicClashTest : public GuiTest
{
protected:
    // The whole console, as the teller sees it, with every workflow's form.
    QList<Clash> clashesOfTheConsole(int *mnemonicsSeen)
    {
        QTemporaryDir dir;
        EXPECT_TRUE(dir.isValid());
        Journal journal;
        EXPECT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        AppSettings settings(dir.filePath(QStringLiteral("user.conf")), dir.filePath(QStringLiteral("system.conf")));
        CredentialStore credentials(QStringLiteral("BranchDeskTests"));
        MainWindow window(ConsoleServices{m_client.get(), &journal, &credentials, &settings});
        const QList<Clash> clashes = clashesIn(&window, notCheckedYet, mnemonicsSeen);
        m_lettersInUse = lettersInUse(&window, clashes);
        return clashes;
    }

    QString m_lettersInUse;
};

// Labels that promise a letter (a single '&') but have no buddy: Qt shows
// the '&' itself and the letter reaches nothing.
QStringList labelsWithoutBuddy(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        const QString workflow = workflowOf(label);
        if (!rich && !label->buddy() && !QKeySequence::mnemonic(text).isEmpty()
            && !notCheckedYet.contains(workflow))
            found << QStringLiteral("%1: \"%2\" (%3)").arg(workflow, text, describe(label));
    }
    return found;
}

} // namespace

// The check itself finds a clash, and only between controls that can be on
// screen together.
TEST_F(MnemonicClashTest, FindsClashesOnlyAmongControlsShownTogether)
{
    QWidget root;
    auto *layout = new QVBoxLayout(&root);
    auto *save = new QPushButton(QStringLiteral("&Save"), &root);
    auto *nameLabel = new QLabel(QStringLiteral("&Surname:"), &root);
    auto *name = new QLineEdit(&root);
    nameLabel->setBuddy(name);
    auto *noBuddy = new QLabel(QStringLiteral("&Notes"), &root);
    auto *tabs = new QTabWidget(&root);
    auto *first = new QWidget;
    new QCheckBox(QStringLiteral("&Notify"), first);
    auto *second = new QWidget;
    new QCheckBox(QStringLiteral("&Notarise"), second);
    tabs->addTab(first, QStringLiteral("&First"));
    tabs->addTab(second, QStringLiteral("Se&cond"));
    auto *third = new QWidget;
    new QPushButton(QStringLiteral("&First step"), third);
    tabs->addTab(third, QStringLiteral("&Third"));
    for (QWidget *w : {static_cast<QWidget *>(save), static_cast<QWidget *>(nameLabel), static_cast<QWidget *>(name),
                       static_cast<QWidget *>(noBuddy), static_cast<QWidget *>(tabs)})
        layout->addWidget(w);

    const QList<Clash> clashes = clashesIn(&root, {});
    // Alt+S: the Save button and the Surname label (for its buddy). Alt+F:
    // the First tab and a button on the Third tab, beside the tab bar. Not
    // Alt+N: a label without a buddy has no mnemonic, and the two check
    // boxes are on different tabs.
    ASSERT_EQ(clashes.size(), 2) << listOf(clashes);
    EXPECT_TRUE(clashes.at(0).message.contains(QStringLiteral("Alt+S"))) << listOf(clashes);
    EXPECT_TRUE(clashes.at(1).message.contains(QStringLiteral("Alt+F"))) << listOf(clashes);
    // ... but that label shows its '&' literally.
    const QStringList withoutBuddy = labelsWithoutBuddy(&root);
    ASSERT_EQ(withoutBuddy.size(), 1);
    EXPECT_TRUE(withoutBuddy.at(0).contains(QStringLiteral("&Notes")));
}

TEST_F(MnemonicClashTest, EveryLabelWithAMnemonicHasABuddy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    AppSettings settings(dir.filePath(QStringLiteral("user.conf")), dir.filePath(QStringLiteral("system.conf")));
    CredentialStore credentials(QStringLiteral("BranchDeskTests"));
    MainWindow window(ConsoleServices{m_client.get(), &journal, &credentials, &settings});
    const QStringList found = labelsWithoutBuddy(&window);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MnemonicClashTest, NoTwoControlsShownTogetherShareAMnemonicInEnglish)
{
    int seen = 0;
    const QList<Clash> clashes = clashesOfTheConsole(&seen);
    EXPECT_GT(seen, 200);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.size() << " mnemonic clash(es):" << listOf(clashes)
                                   << m_lettersInUse.toStdString();
}

TEST_F(MnemonicClashTest, NoTwoControlsShownTogetherShareAMnemonicInSpanish)
{
    // As the application loads them (services/Translations).
    QTranslator qt;
    if (qt.load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QTranslator branchDesk;
    ASSERT_TRUE(branchDesk.load(QStringLiteral(":/i18n/branchdesk_es_CO.qm")));
    QCoreApplication::installTranslator(&branchDesk);

    int seen = 0;
    const QList<Clash> clashes = clashesOfTheConsole(&seen);
    QCoreApplication::removeTranslator(&branchDesk);
    QCoreApplication::removeTranslator(&qt);

    EXPECT_GT(seen, 200);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.size() << " mnemonic clash(es) in Spanish:" << listOf(clashes)
                                   << m_lettersInUse.toStdString();
}
