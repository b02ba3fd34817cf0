// The idle lock on the real main window with a shortened timeout: the
// warning and its countdown, locking hides the forms (and the customer
// they show), a wrong PIN is counted and journaled without the PIN, the
// right PIN brings back the same page with the same input, and five wrong
// PINs end the session.
#include "SessionTestSupport.h"

#include "MainWindow.h"
#include "OperatorPin.h"
#include "WorkflowCatalog.h"
#include "customers/CustomerLookupForm.h"
#include "session/IdleWatcher.h"
#include "session/SessionJournal.h"
#include "session/SessionLock.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

const QString demoName = QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA");
const QString demoNumber = QStringLiteral("1234567890");
const QString rightPin = QStringLiteral("48151623");
const QString wrongPin = QStringLiteral("97013579");

class IdleLockTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        m_window = std::make_unique<MainWindow>(ConsoleServices{m_client.get(), m_journal.get(), nullptr, nullptr});
        m_window->setUnlockPinHash(OperatorPin::hash(rightPin));
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_form = findByName<CustomerLookupForm>(m_window.get(), "customerLookupForm");
        ASSERT_NE(m_form, nullptr);
        // Other forms have fields of the same names: the lookup's own.
        m_number = findByName<QLineEdit>(m_form, "identificationNumber");
        m_name = findByName<QLabel>(m_form, "resultName");
        m_lockScreen = findByName<QWidget>(m_window.get(), "lockScreen");
        m_pin = findByName<QLineEdit>(m_window.get(), "unlockPin");
        m_unlockButton = findByName<QPushButton>(m_window.get(), "unlockButton");
        m_attempts = findByName<QLabel>(m_window.get(), "unlockAttemptsLeft");
        m_warning = findByName<MessageBanner>(m_window.get(), "idleWarning");
        ASSERT_FALSE(HasFailure());
    }

    // A lookup whose answer puts a customer's personal data on screen.
    void showACustomer()
    {
        m_number->setFocus();
        QTest::keyClicks(m_number, demoNumber);
        QTest::keyClick(m_number, Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] { return m_name->text() == demoName && m_name->isVisible(); }));
    }

    void typePin(const QString &pin)
    {
        ASSERT_TRUE(m_pin->isVisible());
        m_pin->setFocus();
        QTest::keyClicks(m_pin, pin);
        QTest::keyClick(m_pin, Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] { return !m_window->sessionLock()->isChecking(); }, 20000));
    }

    QString visibleTexts() const
    {
        QStringList texts{m_window->windowTitle()};
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts << label->text() << label->toolTip();
        }
        return texts.join(QLatin1Char('\n'));
    }

    std::unique_ptr<MainWindow> m_window;
    CustomerLookupForm *m_form = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_name = nullptr;
    QWidget *m_lockScreen = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_attempts = nullptr;
    MessageBanner *m_warning = nullptr;
};

TEST_F(IdleLockTest, WarningCountsDownAndAnyKeyCancelsIt)
{
    EXPECT_EQ(m_window->idleTimeout(), 5 * 60 * 1000); // session/idleLockMinutes' default
    m_window->setIdleTimeout(2000);
    ASSERT_TRUE(waitFor([this] { return m_warning->isVisible(); }, 4000));
    EXPECT_EQ(m_warning->type(), MessageBanner::Type::Warning);
    EXPECT_TRUE(m_warning->text().contains(QStringLiteral("Locking in 1 s"))) << m_warning->text().toStdString();
    EXPECT_TRUE(m_warning->text().contains(QStringLiteral("press any key"))) << m_warning->text().toStdString();
    EXPECT_FALSE(m_window->isLocked());

    QTest::keyClick(m_number, Qt::Key_Shift);
    EXPECT_FALSE(m_warning->isVisible());
    QTest::qWait(700);
    EXPECT_FALSE(m_window->isLocked());
    // Left alone again, it warns and locks.
    ASSERT_TRUE(waitFor([this] { return m_window->isLocked(); }, 5000));
}

TEST(IdleWatcherTest, WarnsThirtySecondsAheadOrHalfAShortTimeout)
{
    IdleWatcher watcher;
    watcher.setTimeout(5 * 60 * 1000);
    EXPECT_EQ(watcher.warningDuration(), 30000);
    watcher.setTimeout(40000);
    EXPECT_EQ(watcher.warningDuration(), 20000);
    watcher.setTimeout(1000);
    EXPECT_EQ(watcher.warningDuration(), 500);
}

TEST_F(IdleLockTest, LockHidesTheFormsAndTheRightPinRestoresThemIntact)
{
    showACustomer();
    auto *lastOperation = findByName<QLabel>(m_window.get(), "statusLastOperation");
    ASSERT_NE(lastOperation, nullptr);

    m_window->setIdleTimeout(1000);
    QTest::keyClick(m_number, Qt::Key_End); // input: the second starts now
    ASSERT_TRUE(waitFor([this] { return m_window->isLocked(); }, 5000));

    // Nothing of the form or the customer is visible; the lock screen is.
    EXPECT_FALSE(m_form->isVisible());
    EXPECT_FALSE(m_number->isVisible());
    EXPECT_FALSE(m_name->isVisible());
    EXPECT_FALSE(findByName<QWidget>(m_window.get(), "workflowNavigation")->isVisible());
    EXPECT_TRUE(m_lockScreen->isVisible());
    EXPECT_TRUE(m_pin->isVisible());
    EXPECT_TRUE(m_unlockButton->isVisible());
    EXPECT_FALSE(m_unlockButton->accessibleName().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), m_pin);
    EXPECT_TRUE(m_attempts->text().contains(QStringLiteral("5"))) << m_attempts->text().toStdString();
    EXPECT_FALSE(visibleTexts().contains(demoName));
    EXPECT_FALSE(visibleTexts().contains(demoNumber));
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Locked")));
    // Who and where stay visible.
    EXPECT_TRUE(findByName<QLabel>(m_window.get(), "statusOperator")->isVisible());
    EXPECT_TRUE(findByName<QWidget>(m_window.get(), "environmentBanner")->isVisible());
    // The forms were hidden, not rebuilt: the same objects are still there.
    EXPECT_EQ(findByName<CustomerLookupForm>(m_window.get(), "customerLookupForm"), m_form);

    ASSERT_EQ(journalRows(SessionJournal::lock).size(), 1);
    EXPECT_EQ(journalRows(SessionJournal::lock).first().outcome, QStringLiteral("idle"));

    // A locked window does not close: the operator's input must survive.
    m_window->close();
    EXPECT_TRUE(m_window->isVisible());

    typePin(wrongPin);
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(m_window->sessionLock()->attemptsLeft(), 4);
    EXPECT_TRUE(m_attempts->text().contains(QStringLiteral("4"))) << m_attempts->text().toStdString();
    EXPECT_TRUE(m_pin->text().isEmpty());
    EXPECT_TRUE(findByName<QLabel>(m_window.get(), "unlockProblem")->isVisible());
    const QList<JournalEntry> refused = journalRows(SessionJournal::unlock);
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().outcome, QStringLiteral("refused"));
    EXPECT_EQ(refused.first().operatorId, QStringLiteral("DEMO01"));

    typePin(rightPin);
    ASSERT_FALSE(m_window->isLocked());
    EXPECT_FALSE(m_lockScreen->isVisible());
    EXPECT_EQ(m_window->currentWorkflow(), WorkflowCatalog::customerLookup);
    EXPECT_TRUE(m_form->isVisible());
    EXPECT_EQ(m_number->text(), demoNumber);
    EXPECT_TRUE(m_name->isVisible());
    EXPECT_EQ(m_name->text(), demoName);
    EXPECT_EQ(QApplication::focusWidget(), m_number);
    EXPECT_FALSE(m_window->windowTitle().contains(QStringLiteral("Locked")));
    EXPECT_EQ(journalRows(SessionJournal::unlock).first().outcome, QStringLiteral("ok"));

    // Neither PIN ever reaches the journal.
    const QByteArray journal = journalBytes();
    EXPECT_FALSE(journal.isEmpty());
    EXPECT_FALSE(journal.contains(wrongPin.toLatin1()));
    EXPECT_FALSE(journal.contains(rightPin.toLatin1()));

    // Unlocked, the idle lock watches again.
    ASSERT_TRUE(waitFor([this] { return m_window->isLocked(); }, 5000));
}

TEST_F(IdleLockTest, FiveWrongPinsEndTheSession)
{
    QSignalSpy ended(m_window.get(), &MainWindow::sessionEnded);
    m_window->lockNow();
    ASSERT_TRUE(m_window->isLocked());
    for (int attempt = 1; attempt <= SessionLock::maximumAttempts; ++attempt) {
        typePin(wrongPin);
        if (attempt < SessionLock::maximumAttempts) {
            EXPECT_EQ(m_window->sessionLock()->attemptsLeft(), SessionLock::maximumAttempts - attempt);
            EXPECT_EQ(ended.count(), 0);
        }
    }
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.first().first().value<MainWindow::SessionEnd>(), MainWindow::SessionEnd::TooManyWrongPins);
    EXPECT_EQ(journalRows(SessionJournal::unlock).size(), SessionLock::maximumAttempts);
    const QList<JournalEntry> end = journalRows(SessionJournal::end);
    ASSERT_EQ(end.size(), 1);
    EXPECT_EQ(end.first().outcome, QStringLiteral("unlock-refused"));
    EXPECT_EQ(journalRows(SessionJournal::lock).first().outcome, QStringLiteral("operator"));
    // Still locked: nothing shows until the owner closes the window.
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_FALSE(m_form->isVisible());
    EXPECT_FALSE(journalBytes().contains(wrongPin.toLatin1()));

    // The right PIN cannot bring an ended session back.
    typePin(rightPin);
    EXPECT_TRUE(m_window->isLocked());
}

TEST_F(IdleLockTest, SignOutAsksFirstThenEndsTheSession)
{
    QSignalSpy ended(m_window.get(), &MainWindow::sessionEnded);
    auto *signOut = findByName<QAction>(m_window.get(), "signOutAction");
    ASSERT_NE(signOut, nullptr);

    // "Stay signed in" is the default answer: nothing happens.
    signOut->trigger();
    QMessageBox *question = nullptr;
    ASSERT_TRUE(waitFor([&question, this] {
        question = m_window->findChild<QMessageBox *>(QStringLiteral("signOutQuestion"));
        return question && question->isVisible();
    }, 5000));
    QTest::keyClick(question, Qt::Key_Escape);
    QTest::qWait(200);
    EXPECT_EQ(ended.count(), 0);
    EXPECT_TRUE(journalRows(SessionJournal::end).isEmpty());

    signOut->trigger();
    ASSERT_TRUE(waitFor([&question, this] {
        question = m_window->findChild<QMessageBox *>(QStringLiteral("signOutQuestion"));
        return question && question->isVisible();
    }, 5000));
    auto *confirm = findByName<QPushButton>(question, "signOutConfirmButton");
    ASSERT_NE(confirm, nullptr);
    confirm->click();
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.first().first().value<MainWindow::SessionEnd>(), MainWindow::SessionEnd::SignedOut);
    ASSERT_EQ(journalRows(SessionJournal::end).size(), 1);
    EXPECT_EQ(journalRows(SessionJournal::end).first().outcome, QStringLiteral("signed-out"));
}

TEST_F(IdleLockTest, TrainingUnlocksWithTheDemoPinShownOnTheLockScreen)
{
    // No hash given: Training hashes its demo PIN itself, in memory.
    MainWindow window(ConsoleServices{m_client.get(), m_journal.get(), nullptr, nullptr});
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.lockNow();
    auto *hint = findByName<QLabel>(&window, "unlockTrainingHint");
    auto *pin = findByName<QLineEdit>(&window, "unlockPin");
    ASSERT_FALSE(HasFailure());
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(OperatorPin::trainingDemoPin()));
    ASSERT_TRUE(waitFor([&window] { return window.sessionLock()->hasPinHash(); }, 20000));
    pin->setFocus();
    QTest::keyClicks(pin, OperatorPin::trainingDemoPin());
    QTest::keyClick(pin, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&window] { return !window.isLocked(); }, 20000));
}

} // namespace
