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

namespace {

QString money(double amount)
{
    return DisplayFormat::money(amount);
}

} // namespace

LifeInsuranceForm::LifeInsuranceForm(ApiClient *client, CredentialStore *credentials, QWidget *parent,
                                     const QString &draftDirectory)
    : QWidget(parent)
    , m_client(client)
    , m_customers(client)
    , m_policyApi(client)
{
    setObjectName(QStringLiteral("lifeInsuranceForm"));
    setAccessibleName(tr("Life insurance"));

    SaleWizardFrame frame = SaleWizardFrame::begin(this, tr("Life insurance"));
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
    m_activeCall = 0;
    if (m_cancel)
        m_cancel();
}

QWidget *LifeInsuranceForm::field(QWidget *input, const QString &key)
{
    return m_errors.wrap(input, key);
}

QWidget *LifeInsuranceForm::buildSimulationStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("simulationStep"));
    m_product = combo(QStringLiteral("product"), tr("Product"), page);
    fill(m_product, PolicyCodes::lifeProducts());
    m_channel = combo(QStringLiteral("saleChannel"), tr("Sale channel"), page);
    fill(m_channel, PolicyCodes::saleChannels());
    select(m_channel, QStringLiteral("114")); // Oficinas: the branch is the usual channel
    m_birthDate = dateEdit(QStringLiteral("birthDate"), tr("Insured's birth date"), page);
    m_birthDate->setMinimumWidth(150);
    m_simulateButton = new QPushButton(tr("&Simulate"), page);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_simulateButton->setAutoDefault(true);

    auto *form = new QFormLayout;
    auto *productLabel = new QLabel(tr("&Product:"), page);
    productLabel->setBuddy(m_product);
    auto *channelLabel = new QLabel(tr("Sale c&hannel:"), page);
    channelLabel->setBuddy(m_channel);
    auto *birthLabel = new QLabel(tr("Insured's birth &date:"), page);
    birthLabel->setBuddy(m_birthDate);
    form->addRow(productLabel, field(m_product, QStringLiteral("product.productIdNumber")));
    form->addRow(channelLabel, field(m_channel, QStringLiteral("insuranceInfo.channel")));
    form->addRow(birthLabel, field(m_birthDate, QStringLiteral("insuranceInfo.personName.birthDt")));
    form->addRow(QString(), m_simulateButton);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_product->setMinimumWidth(420);
    m_channel->setMinimumWidth(420);

    m_planTable = new QTableWidget(page);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setAccessibleName(tr("Plans side by side; choose a column"));
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_planTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->horizontalHeader()->setDefaultSectionSize(170);
    m_planTable->setMinimumHeight(220);
    m_planChoice = new QLabel(tr("Simulate, then choose a plan by clicking its column."), page);
    m_planChoice->setObjectName(QStringLiteral("planChoice"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("1. Simulation"), page));
    layout->addLayout(form);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(m_planChoice);

    connect(m_simulateButton, &QPushButton::clicked, this, &LifeInsuranceForm::simulate);
    connect(m_planTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetSelectionRange> ranges = m_planTable->selectedRanges();
        selectPlan(ranges.isEmpty() ? -1 : ranges.first().leftColumn());
    });
    for (QComboBox *box : {m_product, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &LifeInsuranceForm::invalidateSimulation);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &LifeInsuranceForm::invalidateSimulation);
    return page;
}

QWidget *LifeInsuranceForm::buildQuoteStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("quoteStep"));

    // Fill the insured from the bank's customer data (basic data v4).
    auto *lookupBox = new QGroupBox(tr("Customer"), page);
    m_lookupType = combo(QStringLiteral("lookupIdentificationType"), tr("Customer identification type"), lookupBox);
    for (IdentificationType type : IdentificationTypes::all())
        m_lookupType->addItem(IdentificationTypes::code(type), IdentificationTypes::code(type));
    m_lookupNumber = lineEdit(QStringLiteral("lookupIdentificationNumber"), tr("Customer identification number"), lookupBox, 20);
    m_lookupButton = new QPushButton(tr("Look &up customer"), lookupBox);
    m_lookupButton->setObjectName(QStringLiteral("lookupButton"));
    m_lookupButton->setAutoDefault(true);
    auto *lookupLabel = new QLabel(tr("&Identification:"), lookupBox);
    lookupLabel->setBuddy(m_lookupNumber);
    auto *lookupRow = new QHBoxLayout(lookupBox);
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookupType);
    lookupRow->addWidget(m_lookupNumber, 1);
    lookupRow->addWidget(m_lookupButton);

    auto *insuredBox = new QGroupBox(tr("Insured person"), page);
    m_personType = combo(QStringLiteral("personType"), tr("Person type"), insuredBox);
    fill(m_personType, PolicyCodes::personTypes());
    m_idType = combo(QStringLiteral("insuredIdentificationType"), tr("Identification type (insurer's code)"), insuredBox);
    fill(m_idType, PolicyCodes::identificationTypes());
    select(m_idType, QStringLiteral("2"));
    m_idNumber = lineEdit(QStringLiteral("insuredIdentificationNumber"), tr("Identification number"), insuredBox, 15);
    m_firstName = lineEdit(QStringLiteral("firstName"), tr("First name"), insuredBox, 30);
    m_middleName = lineEdit(QStringLiteral("middleName"), tr("Middle name"), insuredBox, 30);
    m_lastName = lineEdit(QStringLiteral("lastName"), tr("Last name"), insuredBox, 30);
    m_secondLastName = lineEdit(QStringLiteral("secondLastName"), tr("Second last name"), insuredBox, 30);
    m_insuredBirthDate = dateEdit(QStringLiteral("insuredBirthDate"), tr("Birth date"), insuredBox);
    m_insuredBirthDate->setEnabled(false); // the simulated birth date: change it in step 1
    m_gender = combo(QStringLiteral("gender"), tr("Gender"), insuredBox);
    fill(m_gender, PolicyCodes::genders());
    // No default: the bank's customer data has no gender, the adviser asks.
    m_gender->setPlaceholderText(tr("Choose\u2026"));
    m_gender->setCurrentIndex(-1);
    auto *insuredForm = new QFormLayout(insuredBox);
    addRow(insuredForm, tr("Person t&ype:"), m_personType, field(m_personType, QStringLiteral("personType")));
    addRow(insuredForm, tr("Identification &type:"), m_idType, field(m_idType, QStringLiteral("govIssueIdentType")));
    addRow(insuredForm, tr("Identification nu&mber:"), m_idNumber, field(m_idNumber, QStringLiteral("identSerialNum")));
    addRow(insuredForm, tr("&First name:"), m_firstName, field(m_firstName, QStringLiteral("firstName")));
    addRow(insuredForm, tr("Mi&ddle name:"), m_middleName, field(m_middleName, QStringLiteral("middleName")));
    addRow(insuredForm, tr("L&ast name:"), m_lastName, field(m_lastName, QStringLiteral("lastName")));
    addRow(insuredForm, tr("Second last name:"), m_secondLastName, field(m_secondLastName, QStringLiteral("secondLastName")));
    addRow(insuredForm, tr("Birth date:"), m_insuredBirthDate, field(m_insuredBirthDate, QStringLiteral("birthDt")));
    addRow(insuredForm, tr("&Gender:"), m_gender, field(m_gender, QStringLiteral("gender")));

    auto *contactBox = new QGroupBox(tr("Contact and sale"), page);
    m_email = lineEdit(QStringLiteral("email"), tr("E-mail"), contactBox, 50);
    m_phoneType = combo(QStringLiteral("phoneType"), tr("Phone type"), contactBox);
    fill(m_phoneType, PolicyCodes::phoneTypes());
    select(m_phoneType, QStringLiteral("2"));
    m_areaCode = lineEdit(QStringLiteral("phoneAreaCode"), tr("Country code"), contactBox, 3);
    m_areaCode->setText(QStringLiteral("57"));
    m_areaCode->setMaximumWidth(60);
    m_phone = lineEdit(QStringLiteral("phone"), tr("Phone number"), contactBox, 15);
    auto *phoneRow = new QWidget(contactBox);
    auto *phoneLayout = new QHBoxLayout(phoneRow);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->addWidget(field(m_phoneType, QStringLiteral("phoneType")));
    phoneLayout->addWidget(field(m_areaCode, QStringLiteral("phoneAreaCode")));
    phoneLayout->addWidget(field(m_phone, QStringLiteral("phone")), 1);
    m_office = combo(QStringLiteral("office"), tr("Office (city)"), contactBox);
    fill(m_office, PolicyCodes::offices());
    select(m_office, QStringLiteral("2016"));
    m_frequency = combo(QStringLiteral("frequency"), tr("Payment frequency"), contactBox);
    fill(m_frequency, PolicyCodes::frequencies());
    auto *contactForm = new QFormLayout(contactBox);
    addRow(contactForm, tr("&E-mail:"), m_email, field(m_email, QStringLiteral("emailAddr")));
    addRow(contactForm, tr("P&hone:"), m_phone, phoneRow);
    m_errors.alias(QStringLiteral("phoneNum"), QStringLiteral("phone"));
    addRow(contactForm, tr("&Office (city):"), m_office, field(m_office, QStringLiteral("entprAgreement.cityId")));
    addRow(contactForm, tr("&Payment frequency:"), m_frequency, field(m_frequency, QStringLiteral("product.freq")));

    m_quoteButton = new QPushButton(tr("&Quote"), page);
    m_quoteButton->setObjectName(QStringLiteral("quoteButton"));
    m_quoteButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_quoteButton->setAutoDefault(true);
    m_quoteSummary = new QLabel(page);
    m_quoteSummary->setObjectName(QStringLiteral("quoteSummary"));
    m_quoteSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columns = new QHBoxLayout;
    columns->addWidget(insuredBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(contactBox);
    right->addWidget(m_quoteButton, 0, Qt::AlignLeft);
    right->addWidget(m_quoteSummary);
    right->addStretch(1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("2. Quote"), page));
    layout->addWidget(lookupBox);
    layout->addLayout(columns, 1);

    connect(m_lookupButton, &QPushButton::clicked, this, &LifeInsuranceForm::lookUpCustomer);
    connect(m_quoteButton, &QPushButton::clicked, this, &LifeInsuranceForm::requestQuote);
    // A changed input makes the quote stale: issuing must use what was quoted.
    for (QLineEdit *edit : {m_idNumber, m_firstName, m_middleName, m_lastName, m_secondLastName, m_email, m_areaCode, m_phone})
        connect(edit, &QLineEdit::textEdited, this, &LifeInsuranceForm::invalidateQuote);
    for (QComboBox *box : {m_personType, m_idType, m_gender, m_phoneType, m_office, m_frequency})
        connect(box, &QComboBox::activated, this, &LifeInsuranceForm::invalidateQuote);
    return page;
}

QWidget *LifeInsuranceForm::buildIssuingStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("issuingStep"));

    m_payment = new PaymentPart(&m_errors, page);

    auto *addressBox = new QGroupBox(tr("Insured's address"), page);
    m_address = lineEdit(QStringLiteral("address"), tr("Address"), addressBox, 45);
    m_addressCity = lineEdit(QStringLiteral("addressCity"), tr("City code"), addressBox, 5);
    m_addressCity->setPlaceholderText(tr("e.g. 11001"));
    auto *addressForm = new QFormLayout(addressBox);
    addRow(addressForm, tr("Addr&ess:"), m_address, field(m_address, QStringLiteral("personInfo.contactInfo.postAddr.addr1")));
    addRow(addressForm, tr("&City code:"), m_addressCity, field(m_addressCity, QStringLiteral("personInfo.contactInfo.postAddr.cityId")));

    m_beneficiaries = new BeneficiariesPart(&m_errors, page);

    m_issueButton = new QPushButton(tr("&Issue policy\u2026"), page);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_issueButton->setAutoDefault(true);
    m_policySummary = new QLabel(page);
    m_policySummary->setObjectName(QStringLiteral("policySummary"));
    m_policySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_payment);
    left->addWidget(addressBox);
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_beneficiaries, 1);
    right->addWidget(m_issueButton, 0, Qt::AlignLeft);
    right->addWidget(m_policySummary);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("3. Issuing"), page));
    layout->addLayout(columns, 1);

    connect(m_issueButton, &QPushButton::clicked, this, &LifeInsuranceForm::issue);
    return page;
}

QWidget *LifeInsuranceForm::buildCertificateStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("certificateStep"));
    m_certificateSummary = new QLabel(page);
    m_certificateSummary->setObjectName(QStringLiteral("certificateSummary"));
    m_certificateButton = new QPushButton(tr("&Download certificate"), page);
    m_certificateButton->setObjectName(QStringLiteral("downloadCertificateButton"));
    m_certificateButton->setAutoDefault(true);
    m_viewer = new CertificateViewer(page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_certificateSummary, 1);
    row->addWidget(m_certificateButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("4. Certificate"), page));
    layout->addLayout(row);
    layout->addWidget(m_viewer, 1);
    connect(m_certificateButton, &QPushButton::clicked, this, &LifeInsuranceForm::downloadCertificate);
    connect(m_viewer, &CertificateViewer::saved, this, [this](const QString &path) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Certificate saved as %1.").arg(path));
    });
    connect(m_viewer, &CertificateViewer::printed, this,
            [this] { m_banner->showMessage(MessageBanner::Type::Positive, tr("Certificate sent to the printer.")); });
    return page;
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
    m_activeCall = 0;
    if (m_cancel)
        m_cancel();
    m_cancel = nullptr;
    setBusy(false);
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

// ---- step 1 ----

LifeSimulationRequest LifeInsuranceForm::simulationRequest() const
{
    LifeSimulationRequest request;
    request.items.append({code(m_product), code(m_channel), dateOf(m_birthDate)});
    return request;
}

void LifeInsuranceForm::simulate()
{
    if (m_busy)
        return;
    m_banner->clear();
    const LifeSimulationRequest request = simulationRequest();
    if (showIssues(request.validate()))
        return;
    const quint64 id = ++m_lastCall;
    m_activeCall = id;
    const PendingCall<SimulationResult> call = m_policyApi.lifeSimulation(request);
    m_cancel = [call] { call.cancel(); };
    setBusy(true, tr("Simulating\u2026"));
    call.then(this, [this, id](const Result<SimulationResult> &result) {
        if (id != m_activeCall)
            return;
        m_activeCall = 0;
        m_cancel = nullptr;
        setBusy(false);
        if (!result.ok()) {
            showError(result.error(), tr("The simulation could not be made."));
            return;
        }
        if (result.value().plans.isEmpty()) {
            m_banner->showMessage(MessageBanner::Type::Warning, tr("The insurer offers no plan for this product and age."));
            return;
        }
        m_simulation = result.value();
        showPlans();
        draftChanged();
    });
}

void LifeInsuranceForm::showPlans()
{
    const QList<InsurancePlan> &plans = m_simulation->plans;
    // Rows: the plan's figures, then one row per coverage (by description).
    QStringList coverageNames;
    for (const InsurancePlan &plan : plans) {
        for (const PlanCoverage &coverage : plan.coverages) {
            if (!coverageNames.contains(coverage.desc))
                coverageNames << coverage.desc;
        }
    }
    QStringList rows{tr("Plan"), tr("Payment frequency"), tr("Premium per payment"), tr("Total insured amount")};
    rows << coverageNames;
    m_planTable->clear();
    m_planTable->setRowCount(int(rows.size()));
    m_planTable->setColumnCount(int(plans.size()));
    m_planTable->setVerticalHeaderLabels(rows);
    for (int c = 0; c < plans.size(); ++c) {
        const InsurancePlan &plan = plans.at(c);
        m_planTable->setHorizontalHeaderItem(c, new QTableWidgetItem(tr("Plan %1").arg(plan.idItem)));
        m_planTable->setItem(0, c, new QTableWidgetItem(plan.desc));
        m_planTable->setItem(1, c, new QTableWidgetItem(PolicyCodes::nameOf(PolicyCodes::frequencies(), plan.freq)));
        m_planTable->setItem(2, c, new QTableWidgetItem(money(plan.totalPremium)));
        m_planTable->setItem(3, c, new QTableWidgetItem(money(plan.insuredAmount())));
        for (const PlanCoverage &coverage : plan.coverages) {
            const int row = 4 + int(coverageNames.indexOf(coverage.desc));
            auto *item = new QTableWidgetItem(tr("%1\npremium %2 a year").arg(money(coverage.amt), money(coverage.annualPremium)));
            item->setToolTip(coverage.desc);
            m_planTable->setItem(row, c, item);
        }
    }
    m_planTable->resizeRowsToContents();
    m_selectedPlan = -1;
    m_planChoice->setText(tr("%n plan(s) offered. Choose one by clicking its column.", nullptr, int(plans.size())));
    m_planTable->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void LifeInsuranceForm::selectPlan(int column)
{
    if (!m_simulation || column < 0 || column >= m_simulation->plans.size()) {
        m_selectedPlan = -1;
    } else {
        if (column != m_selectedPlan)
            invalidateQuote();
        m_selectedPlan = column;
        const InsurancePlan &plan = m_simulation->plans.at(column);
        m_planChoice->setText(tr("Chosen: %1 (plan %2), %3 per payment.").arg(plan.desc).arg(plan.idItem).arg(money(plan.totalPremium)));
    }
    updateButtons();
}

void LifeInsuranceForm::invalidateSimulation()
{
    if (!m_simulation || m_policy)
        return;
    m_simulation.reset();
    m_selectedPlan = -1;
    m_planTable->clear();
    m_planTable->setRowCount(0);
    m_planTable->setColumnCount(0);
    m_planChoice->setText(tr("The inputs changed: simulate again."));
    invalidateQuote();
    updateButtons();
}

// ---- step 2 ----

void LifeInsuranceForm::lookUpCustomer()
{
    if (m_busy)
        return;
    m_banner->clear();
    const CustomerBasicDataQuery query = CustomerBasicDataQuery::byIdentification(code(m_lookupType), m_lookupNumber->text());
    const FieldIssues issues = query.validate();
    if (!issues.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Warning, issues.first().message);
        m_lookupNumber->setFocus(Qt::OtherFocusReason);
        return;
    }
    const quint64 id = ++m_lastCall;
    m_activeCall = id;
    const PendingCall<CustomerBasicData> call = m_customers.basicData(query);
    m_cancel = [call] { call.cancel(); };
    setBusy(true, tr("Looking up the customer\u2026"));
    call.then(this, [this, id](const Result<CustomerBasicData> &result) {
        if (id != m_activeCall)
            return;
        m_activeCall = 0;
        m_cancel = nullptr;
        setBusy(false);
        if (!result.ok()) {
            showError(result.error(), tr("The customer could not be looked up."));
            return;
        }
        fillFromCustomer(result.value());
    });
}

void LifeInsuranceForm::fillFromCustomer(const CustomerBasicData &customer)
{
    invalidateQuote();
    m_customerBankIdType = customer.govIssueIdentType;
    const QString insurerType = PolicyCodes::insurerIdentificationType(customer.govIssueIdentType);
    if (!insurerType.isEmpty())
        select(m_idType, insurerType);
    m_idNumber->setText(customer.identSerialNum);
    m_firstName->setText(customer.firstName);
    m_middleName->setText(customer.middleName);
    m_lastName->setText(customer.lastName);
    m_secondLastName->setText(customer.secondLastName);
    m_email->setText(customer.emailAddr);
    const QString cellphone = customer.contactCellPhone.isEmpty() ? customer.cellPhone : customer.contactCellPhone;
    if (!cellphone.isEmpty()) {
        m_phone->setText(cellphone);
        select(m_phoneType, QStringLiteral("2"));
    }
    if (!customer.postAddr.isEmpty()) {
        m_address->setText(customer.postAddr.first().addr1);
        m_addressCity->setText(customer.postAddr.first().cityId);
    }
    QString message = tr("Customer %1 found; the insured person's data was filled in.").arg(customer.fullName);
    if (customer.birthDate().isValid() && customer.birthDate() != dateOf(m_birthDate)) {
        message += QLatin1Char(' ')
                   + tr("Note: the bank has the birth date %1, the simulation used %2.")
                         .arg(DisplayFormat::date(customer.birthDate()), DisplayFormat::date(dateOf(m_birthDate)));
    }
    m_banner->showMessage(MessageBanner::Type::Positive, message);
}

QuoteRequest LifeInsuranceForm::quoteRequest() const
{
    QuoteRequest request;
    request.productIdNumber = code(m_product);
    request.freq = code(m_frequency);
    request.cityId = code(m_office);
    request.channel = code(m_channel).toInt();
    QuotePerson &person = request.person;
    person.personType = code(m_personType).toInt();
    person.govIssueIdentType = code(m_idType);
    person.identSerialNum = m_idNumber->text().trimmed();
    person.firstName = m_firstName->text().trimmed();
    person.middleName = m_middleName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.secondLastName = m_secondLastName->text().trimmed();
    person.fullName = QStringList{person.firstName, person.middleName, person.lastName, person.secondLastName}
                          .filter(QRegularExpression(QStringLiteral("\\S")))
                          .join(QLatin1Char(' '));
    person.birthDt = dateOf(m_birthDate);
    person.gender = code(m_gender);
    person.emailAddr = m_email->text().trimmed();
    person.phones = {{code(m_phoneType), m_areaCode->text().trimmed(), m_phone->text().trimmed()}};
    if (m_simulation && m_selectedPlan >= 0) {
        const InsurancePlan &plan = m_simulation->plans.at(m_selectedPlan);
        request.coverageId = plan.idItem;
        for (const PlanCoverage &c : plan.coverages) {
            CoverageDetail detail;
            detail.coverageId = c.coverageId;
            detail.validityPeriod = 1;
            detail.validityTime = 12;
            detail.amt = c.amt;
            detail.rate = c.amt > 0 ? c.annualPremium * 1000.0 / c.amt : 0.0;
            detail.insuranPremiumValue = c.annualPremium;
            detail.desc = c.desc;
            request.coverages.append(detail);
        }
    }
    return request;
}

void LifeInsuranceForm::requestQuote()
{
    if (m_busy)
        return;
    m_banner->clear();
    const QuoteRequest request = quoteRequest();
    if (showIssues(request.validate()))
        return;
    const quint64 id = ++m_lastCall;
    m_activeCall = id;
    const PendingCall<QuoteResult> call = m_policyApi.lifeQuote(request);
    m_cancel = [call] { call.cancel(); };
    setBusy(true, tr("Quoting\u2026"));
    call.then(this, [this, id, request](const Result<QuoteResult> &result) {
        if (id != m_activeCall)
            return;
        m_activeCall = 0;
        m_cancel = nullptr;
        setBusy(false);
        if (!result.ok()) {
            showError(result.error(), tr("The quote could not be made."));
            return;
        }
        m_quote = result.value();
        m_quotedRequest = request;
        showQuote();
        updateButtons();
        draftChanged();
        saveDraftNow();
    });
}

void LifeInsuranceForm::showQuote()
{
    const QuoteResult &q = *m_quote;
    m_quoteSummary->setText(tr("Quote code: %1\nNet premium: %2\nTaxes and charges: %3\nPremium to pay: %4 (%5)\nBill: %6")
                                .arg(q.pmtAuthId, money(q.netPremium), money(q.feeAmount), money(q.premium),
                                     PolicyCodes::nameOf(PolicyCodes::frequencies(), m_quotedRequest.freq), q.billId));
    m_banner->showMessage(MessageBanner::Type::Positive, tr("Quote %1 is ready. Continue with Next to issue the policy.").arg(q.pmtAuthId));
}

void LifeInsuranceForm::invalidateQuote()
{
    if (!m_quote || m_policy)
        return;
    m_quote.reset();
    m_quoteSummary->setText(tr("The data changed after quoting: quote again."));
    updateButtons();
}

// ---- step 3 ----

IssuingRequest LifeInsuranceForm::issuingRequest() const
{
    // What was quoted, not what the inputs say now: issuing references it.
    const QuoteRequest &quoted = m_quotedRequest;
    IssuingRequest request;
    request.productIdNumber = quoted.productIdNumber;
    request.freq = quoted.freq;
    request.cityId = quoted.cityId;
    request.pmtAuthId = m_quote ? m_quote->pmtAuthId : QString();
    request.pmtType = m_payment->pmtType();
    request.coverageId = quoted.coverageId > 0 ? QString::number(quoted.coverageId) : QString();
    IssuingPerson &person = request.person;
    const QuotePerson &insured = quoted.person;
    person.personType = QString::number(insured.personType);
    person.govIssueIdentType = insured.govIssueIdentType;
    person.identSerialNum = insured.identSerialNum;
    person.lastName = insured.lastName;
    person.secondLastName = insured.secondLastName;
    person.firstName = insured.firstName;
    person.middleName = insured.middleName;
    person.fullName = insured.fullName;
    person.birthDt = insured.birthDt;
    person.gender = insured.gender;
    person.country = QStringLiteral("0");
    PostalAddress address;
    address.addr1 = m_address->text().trimmed();
    address.cityId = m_addressCity->text().trimmed();
    address.emailAddr = insured.emailAddr;
    address.phoneNum = insured.phones;
    person.postAddr = {address};
    m_payment->applyTo(person);
    request.coverages = quoted.coverages;
    request.beneficiaries = m_beneficiaries->beneficiaries();
    return request;
}

void LifeInsuranceForm::issue()
{
    if (m_busy || !m_quote || m_policy)
        return;
    m_banner->clear();
    m_payment->maskCardNumber();
    const IssuingRequest request = issuingRequest();
    if (showIssues(request.validate()))
        return;
    // A decision, so a dialog; open() keeps the event loop unnested.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Issue the policy?"),
                                tr("Issue the policy for %1 with quote %2, premium %3?\n\nThe policy is created at the "
                                   "insurer and the premium will be charged; this cannot be undone here.")
                                    .arg(request.person.fullName, request.pmtAuthId, money(m_quote->premium)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("issueConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Issue policy"));
    box->button(QMessageBox::No)->setText(tr("&Not yet"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            issueConfirmed();
    });
    box->open();
}

void LifeInsuranceForm::issueConfirmed()
{
    if (m_busy || !m_quote || m_policy)
        return;
    const IssuingRequest request = issuingRequest();
    if (showIssues(request.validate()))
        return;
    const quint64 id = ++m_lastCall;
    m_activeCall = id;
    const PendingCall<IssuingResult> call = m_policyApi.lifeIssuing(request);
    m_cancel = [call] { call.cancel(); };
    setBusy(true, tr("Issuing the policy\u2026"));
    call.then(this, [this, id](const Result<IssuingResult> &result) {
        if (id != m_activeCall)
            return;
        m_activeCall = 0;
        m_cancel = nullptr;
        setBusy(false);
        if (!result.ok()) {
            const ApiError &error = result.error();
            // Never resent on its own: after a lost answer the policy may exist.
            if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network
                || error.kind == ApiError::Kind::MalformedReply) {
                m_banner->showMessage(MessageBanner::Type::Error,
                                      tr("No clear answer came back from issuing. The insurer may have issued the policy: "
                                         "check with the back office before issuing this quote again."),
                                      tr("Reference for support: %1").arg(error.supportReference()));
            } else if (error.kind == ApiError::Kind::NotFound) {
                showError(error, tr("The insurer does not know this quote; go back and quote again."));
            } else {
                showError(error, tr("The policy was not issued."));
            }
            return;
        }
        m_policy = result.value();
        showPolicy();
        updateButtons();
        // Kept (without card details) until the certificate is shown, so a
        // restart still leads to it and never back to issuing.
        draftChanged();
        saveDraftNow();
    });
}

void LifeInsuranceForm::showPolicy()
{
    const IssuingResult &p = *m_policy;
    m_policySummary->setText(tr("Policy number: %1\nCertificate: %2\nValid from %3 to %4\nPremium: %5\nTaxes: %6\nCharge: %7")
                                 .arg(p.policyId, p.certCode, DisplayFormat::date(p.effDt), DisplayFormat::date(p.endDt),
                                      money(p.insuranPremiumValue), money(p.taxes), p.trnRquId));
    m_certificateSummary->setText(tr("Policy %1, certificate %2").arg(p.policyId, p.certCode));
    m_banner->showMessage(MessageBanner::Type::Positive,
                          tr("Policy %1 issued (certificate %2). Continue with Next for the certificate.").arg(p.policyId, p.certCode));
    // The card number is not needed any more.
    m_payment->forgetCardNumber();
}

// ---- step 4 ----

void LifeInsuranceForm::downloadCertificate()
{
    if (m_busy || !m_policy)
        return;
    m_banner->clear();
    const CertificateRequest request{m_quotedRequest.productIdNumber, m_policy->policyId, m_policy->effDt, m_policy->certCode};
    const quint64 id = ++m_lastCall;
    m_activeCall = id;
    const PendingCall<CertificateResult> call = m_policyApi.lifeCertificate(request);
    m_cancel = [call] { call.cancel(); };
    setBusy(true, tr("Downloading the certificate\u2026"));
    call.then(this, [this, id](const Result<CertificateResult> &result) {
        if (id != m_activeCall)
            return;
        m_activeCall = 0;
        m_cancel = nullptr;
        setBusy(false);
        if (!result.ok()) {
            showError(result.error(), tr("The certificate could not be downloaded."));
            return;
        }
        const QString name = CertificateResult::defaultFileName(m_policy->policyId, m_policy->certCode);
        if (!result.value().looksLikePdf() || !m_viewer->showCertificate(result.value().pdf, name)) {
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("The certificate received is not a readable PDF. Download it again; if it persists, "
                                     "call the support desk."));
            return;
        }
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("Certificate of policy %1 ready: save it or print it.").arg(m_policy->policyId));
        // The sale is complete: its draft goes.
        removeDraft();
    });
}
