#pragma once

#include "SecurityPanel.h"

class QComboBox;
class QLabel;
class QLineEdit;

// Challenge v1 (Create Transation Challenge, POST /retoManagement/v1/Customer):
// the risk engine authorizes a transaction in one step, without questions.
// The authorization code is shown large and copyable, and journaled.
class ChallengeV1Panel : public SecurityPanel
{
    Q_OBJECT
public:
    explicit ChallengeV1Panel(ApiClient *client, QWidget *parent = nullptr);

    void submit();
    QString authorizationCode() const;

private:
    QComboBox *m_clientType = nullptr;
    QLineEdit *m_transactionCode = nullptr;
    QLineEdit *m_dataName = nullptr;
    QLineEdit *m_dataValue = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_sourceAccount = nullptr;
    QLineEdit *m_destinationAccount = nullptr;
    QWidget *m_outcomeBox = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_code = nullptr;
};
