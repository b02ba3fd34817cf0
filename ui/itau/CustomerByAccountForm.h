#pragma once

#include "ApiClient.h"
#include "FieldIssue.h"
#include "ItauCustomerApi.h"

#include <QPointer>
#include <QWidget>

class AppSettings;
class ItauCredentialsDialog;
class ItauCustomerView;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Workflow "Customer by account (Itau)": who holds an Itau account, through
// the contact-centre API (seed 003). The account code is checked part by
// part as it is typed; nothing is sent while it is incomplete. The Itau
// credentials are read from the keychain for each search (Training: demo
// values); "Itau credentials" stores them. The flow id comes from the
// settings (itau/flowID).
class CustomerByAccountForm : public QWidget
{
    Q_OBJECT
public:
    CustomerByAccountForm(ApiClient *client, CredentialStore *credentials, AppSettings *settings,
                          QWidget *parent = nullptr);
    ~CustomerByAccountForm() override;

    ItauCustomerQuery query() const;
    bool isBusy() const { return m_activeSearch != 0; }

    void search();
    void cancelSearch();
    // Opens the "Itau credentials" dialog (non-blocking).
    ItauCredentialsDialog *openCredentialsDialog();

signals:
    void busyChanged(bool busy);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void updateInputs();
    void setBusy(bool busy);
    void updateAccountCodeStatus();
    void showAccountCodeProblem();
    void clearIssues();
    void showIssues(const FieldIssues &issues);
    void setIssue(QLabel *errorLabel, QWidget *field, const QString &message);
    void send(quint64 searchId, const ItauCustomerQuery &query, const ItauCredentials &credentials);
    void handleResult(const Result<ItauCustomer> &result);
    void showError(const ApiError &error);
    bool isSearchInput(const QWidget *widget) const;

    ApiClient *m_client;
    AppSettings *m_settings;
    ItauCustomerApi m_api;
    PendingCall<ItauCustomer> m_call;
    // Id of the search whose answer is awaited (0: none): a late answer to a
    // cancelled search, or a late keychain answer, is recognised and dropped.
    quint64 m_activeSearch = 0;
    quint64 m_lastSearch = 0;

    MessageBanner *m_banner = nullptr;
    QLineEdit *m_accountCode = nullptr;
    QLabel *m_accountCodeStatus = nullptr;
    QLabel *m_accountCodeError = nullptr;
    QComboBox *m_structureType = nullptr;
    QLineEdit *m_segment = nullptr;
    QLineEdit *m_digitalService = nullptr;
    QLabel *m_optionalError = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_credentialsButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    ItauCustomerView *m_result = nullptr;
    QPointer<ItauCredentialsDialog> m_credentialsDialog;
};
