#include "LockScreen.h"

#include "OperatorPin.h"
#include "SessionLock.h"
#include "widgets/EnvironmentBanner.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

LockScreen::LockScreen(SessionLock *lock, QWidget *parent)
    : QWidget(parent)
    , m_lock(lock)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Screen locked"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    card->setStyleSheet(QStringLiteral("QFrame#lockCard { background: palette(base); border: 1px solid palette(mid); "
                                       "border-radius: 6px; }"));

    auto *heading = new QLabel(tr("Screen locked"), card);
    heading->setObjectName(QStringLiteral("lockHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    const OperatorSession &session = lock->session();
    auto *who = new QLabel(tr("%1 is signed in at branch %2, terminal %3 (%4).")
                               .arg(session.user, session.branchId, session.terminalId,
                                    EnvironmentBanner::label(lock->environment())),
                           card);
    who->setObjectName(QStringLiteral("lockOperator"));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);

    auto *explanation = new QLabel(tr("Your work is kept exactly as you left it. Enter your PIN to continue."), card);
    explanation->setWordWrap(true);

    m_pin = new QLineEdit(card);
    m_pin->setObjectName(QStringLiteral("unlockPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(OperatorPin::maximumLength);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setMinimumWidth(160);
    auto *pinLabel = new QLabel(tr("&PIN:"), card);
    pinLabel->setBuddy(m_pin);

    m_unlockButton = new QPushButton(tr("&Unlock"), card);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_unlockButton->setAutoDefault(true);

    m_checking = new QLabel(tr("Checking\u2026"), card);
    m_checking->setObjectName(QStringLiteral("unlockChecking"));
    m_checking->hide();

    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(pinLabel);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_unlockButton);
    pinRow->addWidget(m_checking);
    pinRow->addStretch(1);

    m_problem = new QLabel(card);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_problem->hide();

    m_attempts = new QLabel(card);
    m_attempts->setObjectName(QStringLiteral("unlockAttemptsLeft"));
    m_attempts->setTextFormat(Qt::PlainText);
    m_attempts->setWordWrap(true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(who);
    cardLayout->addWidget(explanation);
    cardLayout->addLayout(pinRow);
    cardLayout->addWidget(m_problem);
    cardLayout->addWidget(m_attempts);

    if (lock->environment() == EnvironmentKind::Training) {
        // Training has no keyring: its demo operator always uses this PIN.
        auto *hint = new QLabel(tr("Training: the demo PIN is %1.").arg(OperatorPin::trainingDemoPin()), card);
        hint->setObjectName(QStringLiteral("unlockTrainingHint"));
        hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        cardLayout->addWidget(hint);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_pin, m_unlockButton);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_pin, &QLineEdit::textEdited, this, [this] { m_problem->hide(); });
    connect(m_lock, &SessionLock::checkingChanged, this, &LockScreen::setChecking);
    connect(m_lock, &SessionLock::unlockRefused, this, [this](int attemptsLeft) {
        showProblem(attemptsLeft == 1
                        ? tr("Wrong PIN. One attempt left: after another wrong PIN the session ends and the input "
                             "in the forms is discarded.")
                        : tr("Wrong PIN. Try again."));
        updateAttempts();
    });
    connect(m_lock, &SessionLock::unlockUnavailable, this, [this] {
        showProblem(tr("No PIN is known for this session, so it cannot be unlocked here. Close BranchDesk and sign "
                       "in again."));
    });
    updateAttempts();
}

void LockScreen::prepare()
{
    m_pin->clear();
    m_problem->hide();
    updateAttempts();
    m_pin->setFocus(Qt::OtherFocusReason);
}

void LockScreen::unlock()
{
    if (m_lock->isChecking())
        return;
    const QString pin = m_pin->text();
    // Cleared at once: the PIN is only in the worker checking it.
    m_pin->clear();
    if (pin.isEmpty()) {
        showProblem(tr("Enter your PIN."));
        return;
    }
    m_problem->hide();
    m_lock->tryUnlock(pin);
}

void LockScreen::updateAttempts()
{
    const int left = m_lock->attemptsLeft();
    m_attempts->setText(left == 1 ? tr("1 attempt left before the session ends.")
                                  : tr("%1 attempts left before the session ends.").arg(left));
}

void LockScreen::setChecking(bool checking)
{
    m_checking->setVisible(checking);
    m_unlockButton->setEnabled(!checking);
    m_pin->setReadOnly(checking);
    if (!checking)
        m_pin->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_pin->setAccessibleDescription(message);
    m_pin->setFocus(Qt::OtherFocusReason);
}
