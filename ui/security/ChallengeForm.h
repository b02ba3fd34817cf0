#pragma once

#include "ApiClient.h"
#include "ChallengeReply.h"
#include "ChallengeRequest.h"
#include "FieldIssue.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"

#include <QHash>
#include <QWidget>

class ChallengeQuestionWidget;
class MessageBanner;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

// Workflow "Challenge questions": the risk engine's conversation
// (Create Transation Challenge V2 Questions). The adviser describes the
// transaction, the engine asks question after question, the answers go back
// with the trace it sent, until it authorizes (code shown large, copyable,
// journaled) or refuses.
class ChallengeForm : public QWidget
{
    Q_OBJECT
public:
    enum class State { Describing, Answering, Authorized, Refused };

    explicit ChallengeForm(ApiClient *client, QWidget *parent = nullptr);
    ~ChallengeForm() override;

    ChallengeRequest request() const;
    State state() const { return m_state; }
    bool isBusy() const { return m_call.isRunning(); }
    QString authorizationCode() const { return m_reply.authorizationCode; }

    void start();
    void sendAnswers();
    void cancel();
    // Back to an empty transaction (after an outcome, or to abandon).
    void startOver();

signals:
    void busyChanged(bool busy);
    void stateChanged(ChallengeForm::State state);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void send(const ChallengeRequest &request);
    void handleReply(const ChallengeReply &reply);
    void showQuestions();
    void showOutcome();
    void setState(State state);
    void setBusy(bool busy);
    void updateInputs();
    void clearIssues();
    void showIssues(const FieldIssues &issues);
    void showError(const ApiError &error);
    void addTxDataRow(const QString &name = {}, const QString &value = {});

    SecurityApi m_api;
    FormCall m_call{this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); }};
    State m_state = State::Describing;
    ChallengeRequest m_started;
    ChallengeReply m_reply;

    MessageBanner *m_banner = nullptr;
    QGroupBox *m_transactionBox = nullptr;
    QLabel *m_summary = nullptr; // the transaction in one line while the engine asks
    QComboBox *m_clientType = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLineEdit *m_transactionCode = nullptr;
    QTableWidget *m_txData = nullptr;
    QPushButton *m_addTxData = nullptr;
    QPushButton *m_removeTxData = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_sourceAccount = nullptr;
    QLineEdit *m_destinationAccount = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // by wire field
    QHash<QString, QWidget *> m_fields;     // by wire field
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;

    QGroupBox *m_questionBox = nullptr;
    QLabel *m_traceLabel = nullptr;
    QVBoxLayout *m_questionLayout = nullptr;
    QList<ChallengeQuestionWidget *> m_questionWidgets;
    QPushButton *m_answerButton = nullptr;
    QPushButton *m_abandonButton = nullptr;

    QGroupBox *m_outcomeBox = nullptr;
    QLabel *m_outcomeTitle = nullptr;
    QLabel *m_authorizationCode = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_newChallengeButton = nullptr;
};
