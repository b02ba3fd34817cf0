#pragma once

#include "ApiClient.h"
#include "FieldIssue.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"

#include <QHash>
#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Workflow "One-time codes": request an OTP for a withdrawal without card
// (shown once, then hidden for good) and generate / validate a one-time code
// with a purpose (OTC v3).
class OneTimeCodesForm : public QWidget
{
    Q_OBJECT
public:
    static constexpr int otpVisibleSeconds = 60;

    explicit OneTimeCodesForm(ApiClient *client, QWidget *parent = nullptr);
    ~OneTimeCodesForm() override;

    bool isBusy() const { return m_call.isRunning(); }
    void requestOtp();
    void hideOtp();
    void generateCode();
    void validateCode();

signals:
    void busyChanged(bool busy);

private:
    void buildUi();
    QString identificationType() const;
    void setBusy(bool busy);
    void clearIssues();
    void showIssues(const FieldIssues &issues);
    void showError(const ApiError &error);

    SecurityApi m_api;
    FormCall m_call{this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); }};

    MessageBanner *m_banner = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_purposeId = nullptr;
    QPushButton *m_requestOtpButton = nullptr;
    QLabel *m_otpValue = nullptr;
    QPushButton *m_hideOtpButton = nullptr;
    QTimer *m_otpTimer = nullptr;
    QLineEdit *m_otcIssue = nullptr;
    QLineEdit *m_otcCellphone = nullptr;
    QLineEdit *m_otcValue = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_validateButton = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fields;
};
