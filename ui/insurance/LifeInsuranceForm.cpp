#include "LifeInsuranceForm.h"
#include "SaleWizardFrame.h"

#include "BeneficiariesPart.h"
#include "PaymentPart.h"
#include "SaleInputs.h"

#include "CertificateViewer.h"
#include "DisplayFormat.h"
#include "IdentificationType.h"
#include "Masking.h"
#include "PolicyCodes.h"
#include "widgets/MessageBanner.h"

#include "DraftStore.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QTimer>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace SaleInputs;

LifeInsuranceForm::LifeInsuranceForm(ApiClient *client, CredentialStore *credentials, QWidget *parent,
                                     const QString &draftDirectory)
    : QWidget(parent)
    , m_client(client)
    , m_customers(client)
    , m_policyApi(client)
{
    setObjectName(QStringLiteral("lifeInsuranceForm"));
    setAccessibleName(tr("Life insurance"));

    SaleWizardFrame frame = SaleWizardFrame::begin(
        this, tr("Life insurance"),
        tr("Simulate, quote and issue life insurance step by step, then print its certificate."));
    m_stepIndicator = frame.stepIndicator;
    m_banner = frame.banner;
    m_steps = frame.steps;
    m_steps->addWidget(buildSimulationStep());
    m_steps->addWidget(buildQuoteStep());
    m_steps->addWidget(buildIssuingStep());
    m_steps->addWidget(buildCertificateStep());
    frame.notice = buildDraftOffer();
    frame.finish(this);
    m_backButton = frame.backButton;
    m_nextButton = frame.nextButton;
    m_cancelButton = frame.cancelButton;
    m_newSaleButton = frame.newSaleButton;
    m_busyIndicator = frame.busyIndicator;
    m_busyLabel = frame.busyLabel;

    connect(m_backButton, &QPushButton::clicked, this, &LifeInsuranceForm::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &LifeInsuranceForm::goNext);
    connect(m_cancelButton, &QPushButton::clicked, this, &LifeInsuranceForm::cancelCall);
    connect(m_newSaleButton, &QPushButton::clicked, this, &LifeInsuranceForm::startOver);
    setStep(SimulationStep);

    m_drafts = new DraftStore(credentials, draftDirectory.isEmpty() ? DraftStore::defaultDirectory() : draftDirectory, this);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &LifeInsuranceForm::saveDraftNow);
    // Any edit the adviser makes is saved shortly after.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &LifeInsuranceForm::draftChanged);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::activated, this, &LifeInsuranceForm::draftChanged);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, &LifeInsuranceForm::draftChanged);
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, &LifeInsuranceForm::draftChanged);
    }
    for (QTableWidget *table : findChildren<QTableWidget *>())
        connect(table, &QTableWidget::itemChanged, this, &LifeInsuranceForm::draftChanged);
    // The keychain is touched only for a draft to offer; otherwise with the
    // first draft to save (the main window builds this page at start-up).
    if (m_drafts->hasDraftToOffer(draftName()))
        openDrafts(true);
    else
        QTimer::singleShot(0, this, &LifeInsuranceForm::draftsReady);
}

LifeInsuranceForm::~LifeInsuranceForm()
{
    // What was entered since the last save is not lost with the window.
    if (m_draftTimer->isActive() && m_drafts->isOpen())
        saveDraftNow();
}

QWidget *LifeInsuranceForm::field(QWidget *input, const QString &key)
{
    return m_errors.wrap(input, key);
}

int LifeInsuranceForm::currentStep() const
{
    return m_steps->currentIndex();
}

void LifeInsuranceForm::setStep(int step)
{
    m_steps->setCurrentIndex(step);
    const QStringList names{tr("1 Simulation"), tr("2 Quote"), tr("3 Issuing"), tr("4 Certificate")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts << (i == step ? QStringLiteral("<b>%1</b>").arg(names.at(i).toHtmlEscaped()) : names.at(i).toHtmlEscaped());
    m_stepIndicator->setText(parts.join(QStringLiteral(" &rsaquo; ")));
    m_stepIndicator->setAccessibleName(tr("Step %1 of 4: %2").arg(step + 1).arg(names.at(step)));
    updateButtons();
    emit stepChanged(step);
    saveDraftNow(); // resumable at this step
}

void LifeInsuranceForm::updateButtons()
{
    const int step = currentStep();
    bool canGoOn = false;
    switch (step) {
    case SimulationStep: canGoOn = m_selectedPlan >= 0; break;
    case QuoteStep: canGoOn = m_quote.has_value(); break;
    case IssuingStep: canGoOn = m_policy.has_value(); break;
    default: break;
    }
    // After issuing there is no way back into the sale: the policy exists.
    m_backButton->setEnabled(!m_busy && step > SimulationStep && !(m_policy && step >= CertificateStep));
    m_nextButton->setEnabled(!m_busy && step < CertificateStep && canGoOn);
    m_cancelButton->setEnabled(m_busy);
    m_newSaleButton->setEnabled(!m_busy);
    m_simulateButton->setEnabled(!m_busy && !m_policy);
    m_lookupButton->setEnabled(!m_busy && !m_policy);
    m_quoteButton->setEnabled(!m_busy && m_selectedPlan >= 0 && !m_policy);
    m_issueButton->setEnabled(!m_busy && m_quote.has_value() && !m_policy);
    m_certificateButton->setEnabled(!m_busy && m_policy.has_value());
}

void LifeInsuranceForm::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what + QLatin1Char(' ') + tr("Press Esc to cancel."));
    updateButtons();
    emit busyChanged(busy);
}

void LifeInsuranceForm::goBack()
{
    if (!m_busy && currentStep() > SimulationStep)
        setStep(currentStep() - 1);
}

void LifeInsuranceForm::goNext()
{
    if (m_busy || !m_nextButton->isEnabled())
        return;
    m_banner->clear();
    const int next = currentStep() + 1;
    if (next == QuoteStep) {
        // Carried forward from the simulation.
        m_insuredBirthDate->setDate(m_birthDate->date());
        const InsurancePlan &plan = m_simulation->plans.at(m_selectedPlan);
        if (!m_quote)
            select(m_frequency, plan.freq);
    } else if (next == IssuingStep) {
        m_beneficiaries->ensureOne();
    }
    setStep(next);
    if (next == CertificateStep && !m_viewer->hasCertificate())
        downloadCertificate();
}

void LifeInsuranceForm::startOver()
{
    if (m_busy)
        return;
    m_simulation.reset();
    m_quote.reset();
    m_policy.reset();
    m_selectedPlan = -1;
    m_payment->clear();
    m_customerBankIdType.clear();
    m_planTable->clear();
    m_planTable->setRowCount(0);
    m_planTable->setColumnCount(0);
    for (QLineEdit *edit : {m_lookupNumber, m_idNumber, m_firstName, m_middleName, m_lastName, m_secondLastName, m_email,
                            m_phone, m_address, m_addressCity})
        edit->clear();
    setDate(m_birthDate, {});
    setDate(m_insuredBirthDate, {});
    m_gender->setCurrentIndex(-1);
    m_beneficiaries->reset();
    m_quoteSummary->clear();
    m_policySummary->clear();
    m_certificateSummary->clear();
    m_viewer->clear();
    m_planChoice->setText(tr("Simulate, then choose a plan by clicking its column."));
    m_banner->clear();
    clearIssues();
    setStep(SimulationStep);
    removeDraft();
}

void LifeInsuranceForm::cancelCall()
{
    if (!m_busy)
        return;
    const bool wasIssuing = m_busyLabel->text().startsWith(tr("Issuing"));
    m_call.cancel();
    if (wasIssuing) {
        // The request may already have reached the insurer.
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("Issuing was stopped, but the insurer may already have issued the policy. Check with "
                                 "the back office before issuing this quote again."));
    } else {
        m_banner->showMessage(MessageBanner::Type::Information, tr("Cancelled. Your entries are still here."));
    }
}

void LifeInsuranceForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_busy) {
        cancelCall();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LifeInsuranceForm::clearIssues()
{
    m_errors.clear();
}

// Puts every issue next to its field; true when there were any.
bool LifeInsuranceForm::showIssues(const FieldIssues &issues)
{
    const QStringList unplaced = m_errors.show(issues, this);
    if (!unplaced.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Error, unplaced.join(QLatin1Char(' ')));
    else if (!issues.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Warning, tr("Some entries need attention: see the messages under the fields."));
    return !issues.isEmpty();
}

void LifeInsuranceForm::showError(const ApiError &error, const QString &context)
{
    const QString reference = error.supportReference();
    const QString detail = reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Type::Information, tr("Cancelled. Your entries are still here."));
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error, context + QLatin1Char(' ') + error.userMessage(), detail);
}
