#pragma once

#include "SecurityPanel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Authentication channel (POST /reto-management/v1/authentication-channel):
// the adviser sends the transaction with the questions the customer was
// asked and the status code of each answer; the bank answers with its
// authorization (value, code, reason) and the question/answer list it holds.
class AuthenticationChannelPanel : public SecurityPanel
{
    Q_OBJECT
public:
    explicit AuthenticationChannelPanel(ApiClient *client, QWidget *parent = nullptr);

    void submit();
    void addQuestionRow(const QString &code = {}, const QString &question = {}, const QString &statusCode = {},
                        const QString &answer = {});
    QString authorizationCode() const { return m_code; }

private:
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_secondLastName = nullptr;
    QLineEdit *m_transactionCode = nullptr;
    QLineEdit *m_txId = nullptr;
    QLineEdit *m_productId = nullptr;
    QLineEdit *m_cityId = nullptr;
    QLineEdit *m_requestNumber = nullptr;
    QTableWidget *m_questions = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_removeQuestion = nullptr;
    QWidget *m_outcomeBox = nullptr;
    QLabel *m_outcome = nullptr;
    QTableWidget *m_answered = nullptr;
    QString m_code;
};
