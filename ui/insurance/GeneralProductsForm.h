#pragma once

#include "ApiClient.h"
#include "FieldIssue.h"
#include "PolicyApi.h"
#include "SaleInputs.h"
#include "widgets/FormCall.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class BeneficiariesPart;
class HomeRiskPart;
class MessageBanner;
class PaymentPart;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Workflow "General insurance": policy-management's general products
// (seed 002) — productIdent 1 life, 2 card protection (69308), 3 home (67307,
// with the insured capital, the risk's address and the building data).
// Three steps with Back/Next: 1 simulation (plan chosen), 2 quote, 3 issuing.
// Issuing is confirmed first and never resent on its own; the card number is
// masked after entry and kept out of every widget and log. Payment (card or
// account debit) and beneficiaries are the life wizard's parts.
class GeneralProductsForm : public QWidget
{
    Q_OBJECT

public:
    enum Step { SimulationStep = 0, QuoteStep, IssuingStep };

    explicit GeneralProductsForm(ApiClient *client, QWidget *parent = nullptr);
    ~GeneralProductsForm() override;

    int currentStep() const;
    bool isBusy() const { return m_busy; }
    QString productIdent() const;

    GeneralSimulationRequest simulationRequest() const;
    QuoteRequest quoteRequest() const;
    IssuingRequest issuingRequest() const;

    std::optional<SimulationResult> simulation() const { return m_simulation; }
    std::optional<QuoteResult> quote() const { return m_quote; }
    std::optional<IssuingResult> policy() const { return m_policy; }

    void simulate();
    void requestQuote();
    // Asks for confirmation; issueConfirmed() sends.
    void issue();
    void issueConfirmed();
    void cancelCall();
    void goBack();
    void goNext();
    void startOver();

signals:
    void busyChanged(bool busy);
    void stepChanged(int step);

private:
    QWidget *buildSimulationStep();
    QWidget *buildQuoteStep();
    QWidget *buildIssuingStep();
    QWidget *field(QWidget *input, const QString &key);
    void setStep(int step);
    void updateButtons();
    void updateProductInputs();
    void setBusy(bool busy, const QString &what = {});
    void clearIssues();
    bool showIssues(const FieldIssues &issues);
    void showError(const ApiError &error, const QString &context);
    void invalidateSimulation();
    void invalidateQuote();
    HomeRisk homeRisk() const;

    PolicyApi m_policyApi;
    // Ending busy ends issuing too: the answer or a cancel arrived.
    FormCall m_call{this,
                    [this](bool busy, const QString &doing) {
                        if (!busy)
                            m_issuing = false;
                        setBusy(busy, doing);
                    },
                    [this](const ApiError &error) { showError(error, QString()); }};
    bool m_busy = false;
    bool m_issuing = false;
    std::optional<SimulationResult> m_simulation;
    std::optional<QuoteResult> m_quote;
    QuoteRequest m_quotedRequest;
    std::optional<IssuingResult> m_policy;

    SaleFieldErrors m_errors;
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
    QComboBox *m_frequency = nullptr;
    QComboBox *m_channel = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QWidget *m_birthRow = nullptr;
    HomeRiskPart *m_home = nullptr;
    QPushButton *m_simulateButton = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_planSummary = nullptr;

    // Step 2
    QComboBox *m_idType = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QDateEdit *m_insuredBirthDate = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_office = nullptr;
    QPushButton *m_quoteButton = nullptr;
    QLabel *m_quoteSummary = nullptr;

    // Step 3
    PaymentPart *m_payment = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_addressCity = nullptr;
    BeneficiariesPart *m_beneficiaries = nullptr;
    QPushButton *m_issueButton = nullptr;
    QLabel *m_policySummary = nullptr;
};
