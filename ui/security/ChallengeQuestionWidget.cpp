#include "ChallengeQuestionWidget.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

ChallengeQuestionWidget::ChallengeQuestionWidget(const ChallengeQuestion &question, int number, QWidget *parent)
    : QGroupBox(tr("Question %1").arg(number), parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("challengeQuestion_%1").arg(number));
    auto *layout = new QVBoxLayout(this);

    auto *text = new QLabel(question.value, this);
    text->setObjectName(QStringLiteral("questionText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    text->setFont(font);
    layout->addWidget(text);

    QStringList hints;
    if (!question.desc.trimmed().isEmpty())
        hints << question.desc.trimmed();
    const int length = question.answerLength();
    if (question.kind() == ChallengeQuestion::Kind::Code || question.kind() == ChallengeQuestion::Kind::ChoiceWithSecret) {
        if (length > 0)
            hints << (question.numeric() ? tr("Answer: %n digit(s).", nullptr, length)
                                         : tr("Answer: %n character(s).", nullptr, length));
    }
    if (question.kind() == ChallengeQuestion::Kind::Unknown)
        hints << tr("Unknown question type \u201c%1\u201d: read it to the customer and answer as asked.").arg(question.type);
    if (!hints.isEmpty()) {
        auto *help = new QLabel(hints.join(QLatin1Char(' ')), this);
        help->setObjectName(QStringLiteral("questionHelp"));
        help->setWordWrap(true);
        help->setStyleSheet(QStringLiteral("color: #455a64;"));
        layout->addWidget(help);
    }

    if (question.needsOption() || !question.answerList.isEmpty()) {
        m_options = new QButtonGroup(this);
        for (int i = 0; i < question.answerList.size(); ++i) {
            const ChallengeAnswerOption &option = question.answerList.at(i);
            auto *button = new QRadioButton(option.value.isEmpty() ? option.id : option.value, this);
            button->setObjectName(QStringLiteral("answerOption_%1").arg(option.id));
            button->setAccessibleName(tr("Answer %1").arg(option.value));
            m_options->addButton(button, i);
            layout->addWidget(button);
        }
        connect(m_options, &QButtonGroup::idToggled, this, [this] {
            setProblem({});
            updateSecret();
        });
    }

    const bool mayNeedSecret = question.kind() == ChallengeQuestion::Kind::Code
                               || question.kind() == ChallengeQuestion::Kind::ChoiceWithSecret
                               || question.kind() == ChallengeQuestion::Kind::Unknown;
    if (mayNeedSecret) {
        m_secretLabel = new QLabel(question.kind() == ChallengeQuestion::Kind::Code ? tr("Code the customer &received:")
                                                                                  : tr("Customer's &secret:"),
                                   this);
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("secretAnswer"));
        m_secret->setAccessibleName(tr("Secret answer (hidden)"));
        // Masked while typed; Password mode also refuses copy and drag.
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
        if (length > 0)
            m_secret->setMaxLength(length);
        if (question.numeric())
            m_secret->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_secret));
        m_secret->setMaximumWidth(220);
        m_secretLabel->setBuddy(m_secret);
        // Several questions are on screen together: only the first keeps the
        // Alt+letter (the same letter twice would only cycle the focus); the
        // others are reached with Tab.
        if (number > 1) {
            QString caption = m_secretLabel->text();
            caption.replace(QLatin1String("&&"), QStringLiteral("\x01"));
            caption.remove(QLatin1Char('&'));
            caption.replace(QStringLiteral("\x01"), QLatin1String("&&"));
            m_secretLabel->setText(caption);
        }
        layout->addWidget(m_secretLabel);
        layout->addWidget(m_secret);
        connect(m_secret, &QLineEdit::textEdited, this, [this] { setProblem({}); });
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("answerError"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    updateSecret();
}

ChallengeQuestionWidget::~ChallengeQuestionWidget()
{
    wipeSecret();
}

QString ChallengeQuestionWidget::chosenOption() const
{
    if (!m_options || m_options->checkedId() < 0)
        return {};
    return m_question.answerList.at(m_options->checkedId()).id;
}

void ChallengeQuestionWidget::updateSecret()
{
    if (!m_secret)
        return;
    const bool needed = m_question.kind() != ChallengeQuestion::Kind::ChoiceWithSecret
                        || m_question.needsSecret(chosenOption());
    m_secret->setEnabled(needed);
    m_secretLabel->setEnabled(needed);
    if (!needed)
        wipeSecret();
}

std::optional<ChallengeAnswer> ChallengeQuestionWidget::takeAnswer(const AnswerProtector &protector)
{
    ChallengeAnswer answer;
    answer.questionId = m_question.id;
    answer.optionId = chosenOption();
    if (m_options && !m_question.answerList.isEmpty() && answer.optionId.isEmpty()) {
        setProblem(tr("Choose the customer's answer."));
        return std::nullopt;
    }
    const bool secretNeeded = m_secret
                              && (m_question.kind() != ChallengeQuestion::Kind::ChoiceWithSecret
                                  || m_question.needsSecret(answer.optionId));
    if (secretNeeded) {
        const QString problem = m_question.secretProblem(m_secret->text());
        if (!problem.isEmpty()) {
            setProblem(problem);
            return std::nullopt;
        }
        answer.protectedValue = protector.protect(m_secret->text(), m_question.id);
        wipeSecret();
    }
    setProblem({});
    return answer;
}

void ChallengeQuestionWidget::setReadOnly(bool readOnly)
{
    if (m_options) {
        for (QAbstractButton *button : m_options->buttons())
            button->setEnabled(!readOnly);
    }
    if (m_secret)
        m_secret->setReadOnly(readOnly);
}

QWidget *ChallengeQuestionWidget::firstInput() const
{
    if (m_options && !m_options->buttons().isEmpty())
        return m_options->buttons().first();
    return m_secret;
}

void ChallengeQuestionWidget::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (m_secret)
        m_secret->setAccessibleDescription(message);
}

void ChallengeQuestionWidget::wipeSecret()
{
    if (!m_secret)
        return;
    // setText() also drops the undo history; clear() would keep the secret
    // for Ctrl+Z.
    m_secret->setText(QString());
    m_secret->setModified(false);
}
