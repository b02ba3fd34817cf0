#pragma once

#include "ApiClient.h"
#include "CustomerBasicData.h"
#include "CustomerBasicDataQuery.h"
#include "CustomersApi.h"
#include "FieldIssue.h"

#include <QWidget>

class CustomerBasicDataView;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

// Workflow "Customer lookup": Check Basic Customer Information v4, by
// identification (type + number) or by cellphone. Validates with the query's
// own rules before anything is sent, shows the customer or an inline message,
// and never loses what the teller typed.
class CustomerLookupForm : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerLookupForm(ApiClient *client, QWidget *parent = nullptr);
    ~CustomerLookupForm() override;

    // The query the inputs describe right now.
    CustomerBasicDataQuery query() const;
    bool isBusy() const { return m_activeSearch != 0; }

    // Validates and, when the input is valid, sends the query.
    void search();
    // Stops a running search; the inputs stay as they are.
    void cancelSearch();
    // Fills in an identification and searches it (another workflow opening
    // the lookup for a customer it found, e.g. New customer's duplicate).
    void lookUp(const QString &govIssueIdentType, const QString &identSerialNum);

signals:
    // True while a search is on its way (tests and the status bar watch it).
    void busyChanged(bool busy);

protected:
    // Enter in a search field submits; Esc cancels a running search.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void updateInputs();
    void setBusy(bool busy);
    void clearIssues();
    void showIssues(const FieldIssues &issues);
    void setIssue(QLabel *errorLabel, QWidget *field, const QString &message);
    void handleResult(const Result<CustomerBasicData> &result, CustomerBasicDataQuery::SearchBy searchBy);
    void showError(const ApiError &error, CustomerBasicDataQuery::SearchBy searchBy);
    void focusFirstInput();
    bool isSearchInput(const QWidget *widget) const;

    CustomersApi m_api;
    PendingCall<CustomerBasicData> m_call;
    // Id of the search whose answer is awaited (0: none). A late answer to a
    // cancelled search is recognised by its id and dropped.
    quint64 m_activeSearch = 0;
    quint64 m_lastSearch = 0;

    MessageBanner *m_banner = nullptr;
    QRadioButton *m_byIdentification = nullptr;
    QRadioButton *m_byCellphone = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLineEdit *m_cellphone = nullptr;
    QLabel *m_identificationTypeError = nullptr;
    QLabel *m_identificationNumberError = nullptr;
    QLabel *m_cellphoneError = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    CustomerBasicDataView *m_result = nullptr;
};
