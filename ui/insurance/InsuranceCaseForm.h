#pragma once

#include "ApiClient.h"
#include "PolicyApi.h"
#include "widgets/FormCall.h"

#include <QWidget>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Workflow "Insurance cases" (back office): open an insurability case in
// Visual Time (medical-exams process, one applicant with the insurability
// statement answers), then submit or update the case's status with the
// status code table (Crédito 6 / S4U codes), coverage exclusions and the
// extra-premium percentage. Rule violations are listed in the banner.
class InsuranceCaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit InsuranceCaseForm(ApiClient *client, QWidget *parent = nullptr);
    ~InsuranceCaseForm() override;

    InsuranceCaseRequest caseRequest() const;
    CaseStatusRequest statusRequest() const;
    bool isBusy() const { return m_call.isRunning(); }

    void createCase();
    void submitStatus();
    void updateStatus();
    void cancelCall();

signals:
    void busyChanged(bool busy);

private:
    QWidget *buildCasePanel();
    QWidget *buildStatusPanel();
    void setBusy(bool busy);
    bool refuseIfInvalid(const FieldIssues &issues);
    void sendStatus(bool submit);

    ApiClient *m_client;
    PolicyApi m_api;
    FormCall m_call;

    MessageBanner *m_banner = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QPushButton *m_cancelButton = nullptr;

    // Case
    QLineEdit *m_requestNumber = nullptr;
    QDoubleSpinBox *m_approvedAmount = nullptr;
    QLineEdit *m_caseCity = nullptr;
    QLineEdit *m_branch = nullptr;
    QComboBox *m_productType = nullptr;
    QComboBox *m_portfolio = nullptr;
    QComboBox *m_applicantIdType = nullptr;
    QLineEdit *m_applicantId = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_secondLastName = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_plan = nullptr;
    QLineEdit *m_cellPhone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_homeAddress = nullptr;
    QLineEdit *m_homeCity = nullptr;
    QLineEdit *m_homePhone = nullptr;
    QLineEdit *m_workAddress = nullptr;
    QLineEdit *m_workCity = nullptr;
    QLineEdit *m_workPhone = nullptr;
    QLineEdit *m_occupation = nullptr;
    QTableWidget *m_statement = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_caseResult = nullptr;

    // Status
    QLineEdit *m_caseNumber = nullptr;
    QLineEdit *m_applicationNumber = nullptr;
    QComboBox *m_statusIdType = nullptr;
    QLineEdit *m_statusId = nullptr;
    QComboBox *m_statusCode = nullptr;
    QComboBox *m_clientStatus = nullptr;
    QDateEdit *m_insurabilityDate = nullptr;
    QLineEdit *m_observation = nullptr;
    QLineEdit *m_assignedPlan = nullptr;
    QLineEdit *m_statusProductType = nullptr;
    QCheckBox *m_extraPremium = nullptr;
    QLineEdit *m_extraPremiumPercentage = nullptr;
    QTableWidget *m_coverages = nullptr;
    QLabel *m_statusMeaning = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_updateButton = nullptr;
    QLabel *m_statusResult = nullptr;
};
