#pragma once

#include "AnswerProtector.h"
#include "ChallengeQuestion.h"

#include <QGroupBox>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;

// One question of the risk engine, rendered by its type: M (masked entry of
// exactly `length` digits), SM (an option, then the secret when the option
// asks for it), S (an option). The secret is typed masked, checked here,
// protected on the way out and wiped: it is never shown again.
class ChallengeQuestionWidget : public QGroupBox
{
    Q_OBJECT
public:
    ChallengeQuestionWidget(const ChallengeQuestion &question, int number, QWidget *parent = nullptr);
    ~ChallengeQuestionWidget() override;

    const ChallengeQuestion &question() const { return m_question; }

    // The answer, ready to send, or nothing (and the reason shown under the
    // question) when it is incomplete. Wipes the typed secret either way
    // once it has been protected.
    std::optional<ChallengeAnswer> takeAnswer(const AnswerProtector &protector);
    void setReadOnly(bool readOnly);
    QWidget *firstInput() const;

private:
    QString chosenOption() const;
    void updateSecret();
    void setProblem(const QString &message);
    void wipeSecret();

    ChallengeQuestion m_question;
    QButtonGroup *m_options = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_problem = nullptr;
};
