#pragma once

#include "ApiClient.h"
#include "CustomerBasicData.h"
#include "CustomersApi.h"
#include "FieldIssue.h"
#include "PolicyApi.h"
#include "SaleInputs.h"
#include "widgets/FormCall.h"

#include <QHash>
#include <QWidget>

#include <optional>

class BeneficiariesPart;
class CertificateViewer;
class CredentialStore;
class DraftStore;
class QFrame;
class QTimer;
class PaymentPart;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

// Workflow "Life insurance": a four-step wizard over policy-management
// (seed 002) — 1 simulation (plans side by side), 2 quote, 3 issuing,
// 4 certificate PDF. What the adviser entered is carried from step to step
// and kept as an encrypted draft (DraftStore, per environment and operator)
// that survives a restart: the next time the wizard opens it offers to
// resume at the step it was left. Card details and the account number are
// never in the draft. The draft goes once the certificate is shown, or with
// "New sale". Issuing is confirmed first and never resent on its own.
class LifeInsuranceForm : public QWidget
{
    Q_OBJECT
public:
    enum Step { SimulationStep = 0, QuoteStep, IssuingStep, CertificateStep };

    // `credentials` null: drafts with a memory-only key (this run only).
    // `draftDirectory` empty: DraftStore::defaultDirectory().
    explicit LifeInsuranceForm(ApiClient *client, CredentialStore *credentials = nullptr, QWidget *parent = nullptr,
                               const QString &draftDirectory = QString());
    ~LifeInsuranceForm() override;

    int currentStep() const;
    bool isBusy() const { return m_busy; }

    // The requests the inputs describe right now.
    LifeSimulationRequest simulationRequest() const;
    QuoteRequest quoteRequest() const;
    IssuingRequest issuingRequest() const;

    std::optional<SimulationResult> simulation() const { return m_simulation; }
    std::optional<QuoteResult> quote() const { return m_quote; }
    std::optional<IssuingResult> policy() const { return m_policy; }
    CertificateViewer *certificateViewer() const { return m_viewer; }

    void simulate();
    void lookUpCustomer();
    void requestQuote();
    // Asks for confirmation; issueConfirmed() sends.
    void issue();
    void issueConfirmed();
    void downloadCertificate();
    void cancelCall();
    void goBack();
    void goNext();
    void startOver();

    // The draft's file name (without directory and suffix): form,
    // environment and a digest of the operator.
    QString draftName() const;
    void saveDraftNow();
    void restoreDraft();
    void discardDraft();

signals:
    void busyChanged(bool busy);
    void stepChanged(int step);
    // The draft check at construction is done: a draft, if any, is offered
    // (the store is open then); without one the store stays closed until the
    // first draft is saved.
    void draftsReady();
    void draftSaved();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Each step is built and driven in its own file, LifeInsurance<Step>Step.cpp.
    QWidget *buildSimulationStep();
    QWidget *buildQuoteStep();
    QWidget *buildIssuingStep();
    QWidget *buildCertificateStep();
    QWidget *field(QWidget *input, const QString &key);
    void setStep(int step);
    void updateButtons();
    void setBusy(bool busy, const QString &what = {});
    void clearIssues();
    bool showIssues(const FieldIssues &issues);
    void showError(const ApiError &error, const QString &context);
    void showPlans();
    void selectPlan(int column);
    void fillFromCustomer(const CustomerBasicData &customer);
    void invalidateQuote();
    void invalidateSimulation();
    void showQuote();
    void showPolicy();
    QWidget *buildDraftOffer();
    void openDrafts(bool offer);
    void offerDraft();
    void draftChanged();
    void removeDraft();
    QJsonObject draft() const;

    ApiClient *m_client;
    CustomersApi m_customers;
    PolicyApi m_policyApi;
    FormCall m_call{this, [this](bool busy, const QString &doing) { setBusy(busy, doing); },
                    [this](const ApiError &error) { showError(error, QString()); }};
    bool m_busy = false;

    std::optional<SimulationResult> m_simulation;
    int m_selectedPlan = -1;
    std::optional<QuoteResult> m_quote;
    QuoteRequest m_quotedRequest;
    std::optional<IssuingResult> m_policy;
    QString m_customerBankIdType; // CC CE ... when the customer was looked up

    SaleFieldErrors m_errors;

    DraftStore *m_drafts = nullptr;
    QTimer *m_draftTimer = nullptr;
    bool m_restoring = false;
    bool m_draftDirty = false; // entries not yet in the draft
    QFrame *m_draftOffer = nullptr;
    QLabel *m_draftOfferText = nullptr;
    QLabel *m_draftStatus = nullptr;

    MessageBanner *m_banner = nullptr;
    QLabel *m_stepIndicator = nullptr;
    QStackedWidget *m_steps = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_newSaleButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;

    // Step 1
    QComboBox *m_product = nullptr;
    QComboBox *m_channel = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QPushButton *m_simulateButton = nullptr;
    QTableWidget *m_planTable = nullptr;
    QLabel *m_planChoice = nullptr;

    // Step 2
    QComboBox *m_lookupType = nullptr;
    QLineEdit *m_lookupNumber = nullptr;
    QPushButton *m_lookupButton = nullptr;
    QComboBox *m_personType = nullptr;
    QComboBox *m_idType = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_secondLastName = nullptr;
    QDateEdit *m_insuredBirthDate = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_phoneType = nullptr;
    QLineEdit *m_areaCode = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_office = nullptr;
    QComboBox *m_frequency = nullptr;
    QPushButton *m_quoteButton = nullptr;
    QLabel *m_quoteSummary = nullptr;

    // Step 3
    PaymentPart *m_payment = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_addressCity = nullptr;
    BeneficiariesPart *m_beneficiaries = nullptr;
    QPushButton *m_issueButton = nullptr;
    QLabel *m_policySummary = nullptr;

    // Step 4
    CertificateViewer *m_viewer = nullptr;
    QPushButton *m_certificateButton = nullptr;
    QLabel *m_certificateSummary = nullptr;
};
