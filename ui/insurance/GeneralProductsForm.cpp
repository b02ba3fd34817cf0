#include "GeneralProductsForm.h"
#include "SaleWizardFrame.h"

#include "BeneficiariesPart.h"
#include "HomeRiskPart.h"
#include "PaymentPart.h"
#include "SaleInputs.h"

#include "DisplayFormat.h"
#include "Masking.h"
#include "PolicyCodes.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace SaleInputs;

namespace {

QString money(double amount)
{
    return DisplayFormat::money(amount);
}

QString joinNames(const QStringList &parts)
{
    return parts.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char(' '));
}

} // namespace

GeneralProductsForm::GeneralProductsForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_policyApi(client)
{
    setObjectName(QStringLiteral("generalProductsForm"));
    setAccessibleName(tr("General insurance"));

    SaleWizardFrame frame = SaleWizardFrame::begin(
        this, tr("General insurance"),
        tr("Simulate, quote and issue a general policy (life, card protection or home), step by step."));
    m_stepIndicator = frame.stepIndicator;
    m_banner = frame.banner;
    m_steps = frame.steps;
    m_steps->addWidget(buildSimulationStep());
    m_steps->addWidget(buildQuoteStep());
    m_steps->addWidget(buildIssuingStep());
    frame.finish(this);
    m_backButton = frame.backButton;
    m_nextButton = frame.nextButton;
    m_cancelButton = frame.cancelButton;
    m_newSaleButton = frame.newSaleButton;
    m_busyIndicator = frame.busyIndicator;
    m_busyLabel = frame.busyLabel;

    connect(m_backButton, &QPushButton::clicked, this, &GeneralProductsForm::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &GeneralProductsForm::goNext);
    connect(m_cancelButton, &QPushButton::clicked, this, &GeneralProductsForm::cancelCall);
    connect(m_newSaleButton, &QPushButton::clicked, this, &GeneralProductsForm::startOver);
    FormParts::cancelOnEscape(this, [this] { cancelCall(); });
    updateProductInputs();
    setStep(SimulationStep);
}

GeneralProductsForm::~GeneralProductsForm() = default;

QWidget *GeneralProductsForm::field(QWidget *input, const QString &key)
{
    return m_errors.wrap(input, key);
}

QWidget *GeneralProductsForm::buildSimulationStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("simulationStep"));
    m_product = combo(QStringLiteral("product"), tr("Product"), page);
    fill(m_product, PolicyCodes::generalProducts());
    m_frequency = combo(QStringLiteral("frequency"), tr("Payment frequency"), page);
    fill(m_frequency, PolicyCodes::frequencies());
    select(m_frequency, QStringLiteral("12"));
    m_channel = combo(QStringLiteral("saleChannel"), tr("Sale channel"), page);
    fill(m_channel, PolicyCodes::saleChannels());
    select(m_channel, QStringLiteral("114")); // Oficinas: the branch is the usual channel
    m_birthDate = dateEdit(QStringLiteral("birthDate"), tr("Insured's birth date"), page);

    auto *form = new QFormLayout;
    // Codes and a date: the size they need, not the whole page width.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addRow(form, tr("P&roduct:"), m_product, field(m_product, QStringLiteral("product.productIdNumber")));
    addRow(form, tr("Payment fre&quency:"), m_frequency, field(m_frequency, QStringLiteral("product.freq")));
    addRow(form, tr("&Sale channel:"), m_channel, field(m_channel, QStringLiteral("insuranceInfo.channel")));
    m_birthRow = field(m_birthDate, QStringLiteral("insuranceInfo.personName.birthDt"));
    auto *birthLabel = new QLabel(tr("Insured's birth &date:"), page);
    birthLabel->setObjectName(QStringLiteral("birthDateLabel"));
    birthLabel->setBuddy(m_birthDate);
    form->addRow(birthLabel, m_birthRow);

    // Home (productIdent 3): the capital, the risk's address and the building.
    m_home = new HomeRiskPart(&m_errors, page);

    m_simulateButton = new QPushButton(tr("S&imulate"), page);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_simulateButton->setAutoDefault(true);
    m_plan = combo(QStringLiteral("plan"), tr("Plan"), page);
    m_plan->setEnabled(false);
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plan->setMinimumWidth(240); // not a sliver while there is no plan yet
    auto *planLabel = new QLabel(tr("Chos&en plan:"), page);
    planLabel->setBuddy(m_plan);
    m_planSummary = new QLabel(tr("Simulate, then choose a plan."), page);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_simulateButton);
    planRow->addWidget(planLabel);
    planRow->addWidget(m_plan);
    planRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_home);
    layout->addLayout(planRow);
    layout->addWidget(m_planSummary);
    layout->addStretch(1);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        updateProductInputs();
        invalidateSimulation();
    });
    for (QComboBox *box : {m_frequency, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &GeneralProductsForm::invalidateSimulation);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &GeneralProductsForm::invalidateSimulation);
    connect(m_home, &HomeRiskPart::changed, this, &GeneralProductsForm::invalidateSimulation);
    connect(m_simulateButton, &QPushButton::clicked, this, &GeneralProductsForm::simulate);
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this](int index) {
        invalidateQuote();
        if (!m_simulation || index < 0 || index >= m_simulation->plans.size()) {
            updateButtons();
            return;
        }
        const InsurancePlan &plan = m_simulation->plans.at(index);
        QStringList lines;
        lines << tr("Plan %1: %2").arg(plan.idItem).arg(plan.desc)
              << tr("Premium: %1 (frequency %2)").arg(money(plan.totalPremium), plan.freq)
              << tr("Insured amount: %1").arg(money(plan.insuredAmount()));
        for (const PlanCoverage &c : plan.coverages)
            lines << tr("  %1: %2, premium %3").arg(c.desc, money(c.amt), money(c.annualPremium));
        m_planSummary->setText(lines.join(QLatin1Char('\n')));
        updateButtons();
    });
    return page;
}

QWidget *GeneralProductsForm::buildQuoteStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("quoteStep"));
    m_idType = combo(QStringLiteral("identificationType"), tr("Identification type"), page);
    fill(m_idType, PolicyCodes::identificationTypes());
    select(m_idType, QStringLiteral("2"));
    m_idNumber = lineEdit(QStringLiteral("identificationNumber"), tr("Identification number"), page, 15);
    m_idNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_idNumber));
    m_firstName = lineEdit(QStringLiteral("firstName"), tr("First name"), page);
    m_lastName = lineEdit(QStringLiteral("lastName"), tr("Last name"), page);
    m_insuredBirthDate = dateEdit(QStringLiteral("insuredBirthDate"), tr("Birth date of the insured"), page);
    m_gender = combo(QStringLiteral("gender"), tr("Gender"), page);
    fill(m_gender, PolicyCodes::genders());
    m_gender->setCurrentIndex(-1);
    m_email = lineEdit(QStringLiteral("email"), tr("E-mail"), page, 80);
    m_phone = lineEdit(QStringLiteral("phone"), tr("Mobile phone"), page, 15);
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_phone));
    m_office = combo(QStringLiteral("office"), tr("Office"), page);
    fill(m_office, PolicyCodes::offices());
    m_quoteButton = new QPushButton(tr("&Quote"), page);
    m_quoteButton->setObjectName(QStringLiteral("quoteButton"));
    m_quoteButton->setProperty("submitsForm", true);
    m_quoteButton->setAutoDefault(true);
    m_quoteSummary = new QLabel(page);
    m_quoteSummary->setObjectName(QStringLiteral("quoteSummary"));
    m_quoteSummary->setWordWrap(true);
    m_quoteSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    addRow(form, tr("Identification &type:"), m_idType, field(m_idType, QStringLiteral("govIssueIdentType")));
    addRow(form, tr("Identification n&umber:"), m_idNumber, field(m_idNumber, QStringLiteral("identSerialNum")));
    addRow(form, tr("Fi&rst name:"), m_firstName, field(m_firstName, QStringLiteral("firstName")));
    addRow(form, tr("Last na&me:"), m_lastName, field(m_lastName, QStringLiteral("lastName")));
    addRow(form, tr("Birth &date:"), m_insuredBirthDate, field(m_insuredBirthDate, QStringLiteral("birthDt")));
    addRow(form, tr("&Gender:"), m_gender, field(m_gender, QStringLiteral("gender")));
    addRow(form, tr("&E-mail:"), m_email, field(m_email, QStringLiteral("emailAddr")));
    addRow(form, tr("Mobile &phone:"), m_phone, field(m_phone, QStringLiteral("phoneNum")));
    addRow(form, tr("&Office:"), m_office, field(m_office, QStringLiteral("entprAgreement.cityId")));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_quoteButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_quoteSummary);
    layout->addStretch(1);

    connect(m_quoteButton, &QPushButton::clicked, this, &GeneralProductsForm::requestQuote);
    for (QLineEdit *edit : {m_idNumber, m_firstName, m_lastName, m_email, m_phone})
        connect(edit, &QLineEdit::textEdited, this, &GeneralProductsForm::invalidateQuote);
    for (QComboBox *box : {m_idType, m_gender, m_office})
        connect(box, &QComboBox::currentIndexChanged, this, &GeneralProductsForm::invalidateQuote);
    connect(m_insuredBirthDate, &QDateEdit::dateChanged, this, &GeneralProductsForm::invalidateQuote);
    return page;
}

QWidget *GeneralProductsForm::buildIssuingStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("issuingStep"));

    m_payment = new PaymentPart(&m_errors, page);

    auto *addressGroup = new QGroupBox(tr("Insured's address"), page);
    m_address = lineEdit(QStringLiteral("address"), tr("Insured's address"), addressGroup, 100);
    m_addressCity = lineEdit(QStringLiteral("addressCity"), tr("City code of the insured's address"), addressGroup, 10);
    m_addressCity->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_addressCity));
    auto *addressForm = new QFormLayout(addressGroup);
    addRow(addressForm, tr("Addr&ess:"), m_address, field(m_address, QStringLiteral("contactInfo.postAddr.addr1")));
    addRow(addressForm, tr("&City code:"), m_addressCity, field(m_addressCity, QStringLiteral("contactInfo.postAddr.cityId")));

    m_beneficiaries = new BeneficiariesPart(&m_errors, page);

    m_issueButton = new QPushButton(tr("&Issue policy\u2026"), page);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setProperty("submitsForm", true);
    m_issueButton->setAutoDefault(true);
    m_policySummary = new QLabel(page);
    m_policySummary->setObjectName(QStringLiteral("policySummary"));
    m_policySummary->setWordWrap(true);
    m_policySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two columns as in the life wizard: payment and address | beneficiaries.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_payment);
    left->addWidget(addressGroup);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(m_beneficiaries, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_issueButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_policySummary);
    layout->addStretch(1);

    connect(m_issueButton, &QPushButton::clicked, this, &GeneralProductsForm::issue);
    return page;
}

int GeneralProductsForm::currentStep() const
{
    return m_steps->currentIndex();
}

QString GeneralProductsForm::productIdent() const
{
    return PolicyCodes::productIdentFor(code(m_product));
}

void GeneralProductsForm::updateProductInputs()
{
    const bool home = productIdent() == QLatin1String("3");
    m_home->setVisible(home);
    m_birthRow->setVisible(!home);
    if (QWidget *label = findChild<QWidget *>(QStringLiteral("birthDateLabel")))
        label->setVisible(!home);
    m_beneficiaries->setVisible(!home);
}

void GeneralProductsForm::setStep(int step)
{
    m_steps->setCurrentIndex(step);
    const QStringList names{tr("1 Simulation"), tr("2 Quote"), tr("3 Issuing")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts << (i == step ? QStringLiteral("<b>%1</b>").arg(names.at(i).toHtmlEscaped()) : names.at(i).toHtmlEscaped());
    m_stepIndicator->setText(parts.join(QStringLiteral(" &rarr; ")));
    m_stepIndicator->setAccessibleName(tr("Step %1 of %2: %3").arg(step + 1).arg(names.size()).arg(names.value(step)));
    updateButtons();
    emit stepChanged(step);
}

void GeneralProductsForm::updateButtons()
{
    const int step = currentStep();
    bool canGoOn = false;
    if (step == SimulationStep)
        canGoOn = m_simulation && m_plan->currentIndex() >= 0;
    else if (step == QuoteStep)
        canGoOn = m_quote.has_value();
    m_backButton->setEnabled(!m_busy && step > SimulationStep);
    m_nextButton->setEnabled(!m_busy && step < IssuingStep && canGoOn);
    m_cancelButton->setEnabled(m_busy);
    m_newSaleButton->setEnabled(!m_busy);
    m_simulateButton->setEnabled(!m_busy);
    m_quoteButton->setEnabled(!m_busy && !m_policy);
    m_issueButton->setEnabled(!m_busy && m_quote && !m_policy);
}

void GeneralProductsForm::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what + QLatin1Char(' ') + tr("Press Esc to cancel."));
    updateButtons();
    emit busyChanged(busy);
}

void GeneralProductsForm::goBack()
{
    if (!m_busy && currentStep() > SimulationStep)
        setStep(currentStep() - 1);
}

void GeneralProductsForm::goNext()
{
    if (m_busy || !m_nextButton->isEnabled())
        return;
    m_banner->clear();
    const int next = currentStep() + 1;
    if (next == QuoteStep && dateOf(m_insuredBirthDate).isNull() && productIdent() != QLatin1String("3"))
        m_insuredBirthDate->setDate(m_birthDate->date()); // carried forward
    if (next == IssuingStep && m_address->text().isEmpty() && productIdent() == QLatin1String("3")) {
        const HomeRisk home = m_home->homeRisk();
        m_address->setText(home.riskAddresses.value(0).addr1);
        m_addressCity->setText(home.riskAddresses.value(0).cityId);
    }
    setStep(next);
}

void GeneralProductsForm::startOver()
{
    if (m_busy)
        return;
    m_simulation.reset();
    m_quote.reset();
    m_policy.reset();
    m_payment->clear();
    m_home->clear();
    m_beneficiaries->reset();
    m_plan->clear();
    m_plan->setEnabled(false);
    for (QLineEdit *edit : {m_idNumber, m_firstName, m_lastName, m_email, m_phone, m_address, m_addressCity})
        edit->clear();
    setDate(m_birthDate, {});
    setDate(m_insuredBirthDate, {});
    m_gender->setCurrentIndex(-1);
    m_planSummary->setText(tr("Simulate, then choose a plan."));
    m_quoteSummary->clear();
    m_policySummary->clear();
    m_banner->clear();
    clearIssues();
    setStep(SimulationStep);
}

void GeneralProductsForm::cancelCall()
{
    if (!m_busy)
        return;
    const bool wasIssuing = m_issuing;
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

void GeneralProductsForm::clearIssues()
{
    m_errors.clear();
}

// Puts every issue next to its field; true when there were any.
bool GeneralProductsForm::showIssues(const FieldIssues &issues)
{
    const QStringList unplaced = m_errors.show(issues, this);
    if (!unplaced.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Error, unplaced.join(QLatin1Char(' ')));
    else if (!issues.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Warning, tr("Some entries need attention: see the messages under the fields."));
    return !issues.isEmpty();
}

void GeneralProductsForm::showError(const ApiError &error, const QString &context)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Type::Information, tr("Cancelled. Your entries are still here."));
        return;
    }
    const QString reference = error.supportReference();
    const QString detail = reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
    m_banner->showMessage(MessageBanner::Type::Error, context + QLatin1Char(' ') + error.userMessage(), detail);
}

void GeneralProductsForm::invalidateSimulation()
{
    if (m_policy || !m_simulation)
        return;
    m_simulation.reset();
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    m_plan->setEnabled(false);
    m_planSummary->setText(tr("Simulate, then choose a plan."));
    invalidateQuote();
    updateButtons();
}

void GeneralProductsForm::invalidateQuote()
{
    if (m_policy || !m_quote)
        return;
    m_quote.reset();
    m_quoteSummary->setText(tr("The entries changed: quote again."));
    updateButtons();
}

// ---- step 1 ----

HomeRisk GeneralProductsForm::homeRisk() const
{
    return productIdent() == QLatin1String("3") ? m_home->homeRisk() : HomeRisk();
}

GeneralSimulationRequest GeneralProductsForm::simulationRequest() const
{
    GeneralSimulationRequest request;
    request.productIdent = productIdent();
    request.productIdNumber = code(m_product);
    request.freq = code(m_frequency);
    request.channel = code(m_channel);
    if (request.productIdent == QLatin1String("3"))
        request.home = homeRisk();
    else
        request.birthDt = dateOf(m_birthDate);
    return request;
}

void GeneralProductsForm::simulate()
{
    if (m_busy)
        return;
    m_banner->clear();
    const GeneralSimulationRequest request = simulationRequest();
    if (showIssues(request.validate()))
        return;
    const PendingCall<SimulationResult> call = m_policyApi.generalSimulation(request);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The simulation could not be made."));
    };
    m_call.await(tr("Simulating\u2026"), call, [this](const SimulationResult &reply) {
        if (reply.plans.isEmpty()) {
            m_banner->showMessage(MessageBanner::Type::Warning, tr("The insurer offers no plan for these data."));
            return;
        }
        m_quote.reset();
        m_quoteSummary->clear();
        m_simulation = reply;
        {
            const QSignalBlocker blocker(m_plan);
            m_plan->clear();
            for (const InsurancePlan &plan : m_simulation->plans)
                m_plan->addItem(tr("%1 \u2014 premium %2").arg(plan.desc, money(plan.totalPremium)), plan.idItem);
            m_plan->setCurrentIndex(-1);
        }
        m_plan->setEnabled(true);
        m_plan->setCurrentIndex(0);
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("%n plan(s) offered: choose one, then continue with Next.", nullptr,
                                 int(m_simulation->plans.size())));
    }, failed);
}

// ---- step 2 ----

QuoteRequest GeneralProductsForm::quoteRequest() const
{
    QuoteRequest request;
    const QString ident = productIdent();
    request.productIdent = ident;
    request.productIdNumber = code(m_product);
    request.freq = code(m_frequency);
    request.cityId = code(m_office);
    request.channel = code(m_channel).toInt();
    request.home = homeRisk();
    QuotePerson &person = request.person;
    person.personType = 1;
    person.govIssueIdentType = code(m_idType);
    person.identSerialNum = m_idNumber->text().trimmed();
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.fullName = joinNames({person.firstName, person.lastName});
    person.birthDt = dateOf(m_insuredBirthDate);
    person.birthDateIso = ident == QLatin1String("3");
    person.gender = code(m_gender);
    person.emailAddr = m_email->text().trimmed();
    person.phones = {{QStringLiteral("1"), QStringLiteral("57"), m_phone->text().trimmed()}};
    const int index = m_plan->currentIndex();
    if (m_simulation && index >= 0 && index < m_simulation->plans.size()) {
        const InsurancePlan &plan = m_simulation->plans.at(index);
        request.coverageId = plan.idItem;
        request.productLine = plan.productLine;
        request.coverages = quotedCoverages(plan);
    }
    return request;
}

void GeneralProductsForm::requestQuote()
{
    if (m_busy || m_policy)
        return;
    m_banner->clear();
    const QuoteRequest request = quoteRequest();
    if (showIssues(request.validate()))
        return;
    const PendingCall<QuoteResult> call = m_policyApi.generalQuote(request);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The quote could not be made."));
    };
    m_call.await(tr("Quoting\u2026"), call, [this, request](const QuoteResult &reply) {
        m_quote = reply;
        m_quotedRequest = request;
        const QuoteResult &q = *m_quote;
        m_quoteSummary->setText(tr("Quote code: %1\nNet premium: %2\nTaxes and charges: %3\nPremium: %4")
                                    .arg(q.pmtAuthId, money(q.netPremium), money(q.feeAmount), money(q.premium)));
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("Quote %1 ready. Continue with Next to issue the policy.").arg(q.pmtAuthId));
        updateButtons();
    }, failed);
}

// ---- step 3 ----

IssuingRequest GeneralProductsForm::issuingRequest() const
{
    // What was quoted, not what the inputs say now: issuing references it.
    const QuoteRequest &quoted = m_quotedRequest;
    IssuingRequest request = issuingRequestFor(quoted, m_quote ? m_quote->pmtAuthId : QString(), *m_payment,
                                               m_address->text().trimmed(), m_addressCity->text().trimmed());
    request.productIdent = quoted.productIdent;
    request.channel = quoted.channel;
    request.home = quoted.home;
    // The home examples carry no beneficiary: the home itself is insured.
    if (quoted.productIdent != QLatin1String("3"))
        request.beneficiaries = m_beneficiaries->beneficiaries();
    return request;
}

void GeneralProductsForm::issue()
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
                                tr("Issue the %1 policy for %2 with quote %3, premium %4?\n\nThe policy is created at the "
                                   "insurer and the premium will be charged; this cannot be undone here.")
                                    .arg(m_product->currentText(), request.person.fullName, request.pmtAuthId,
                                         money(m_quote->premium)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("issueConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Issue policy"));
    box->button(QMessageBox::No)->setText(tr("&Not yet"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            issueConfirmed();
        else
            m_banner->showMessage(MessageBanner::Type::Information, tr("Not issued. Nothing was sent to the insurer."));
    });
    box->open();
}

void GeneralProductsForm::issueConfirmed()
{
    if (m_busy || !m_quote || m_policy)
        return;
    const IssuingRequest request = issuingRequest();
    if (showIssues(request.validate()))
        return;
    const PendingCall<IssuingResult> call = m_policyApi.generalIssuing(request);
    m_issuing = true;
    const auto failed = [this](const ApiError &error) {
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
    };
    m_call.await(tr("Issuing the policy\u2026"), call, [this](const IssuingResult &reply) {
        m_policy = reply;
        m_payment->forgetCardNumber(); // not needed any more
        const IssuingResult &p = *m_policy;
        m_policySummary->setText(tr("Policy number: %1\nCertificate: %2\nValid from %3 to %4\nPremium: %5\nTaxes: %6")
                                     .arg(p.policyId, p.certCode, DisplayFormat::date(p.effDt), DisplayFormat::date(p.endDt),
                                          money(p.insuranPremiumValue), money(p.taxes)));
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("Policy %1 issued (certificate %2).").arg(p.policyId, p.certCode));
        updateButtons();
    }, failed);
}
