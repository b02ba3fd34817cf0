// LifeInsuranceForm, continued: step 2, the quote (the insured person,
// filled from the bank's customer data when looked up, and the sale).

#include "LifeInsuranceForm.h"

#include "DisplayFormat.h"
#include "IdentificationType.h"
#include "PolicyCodes.h"
#include "SaleInputs.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace SaleInputs;
using DisplayFormat::money;

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
    addRow(insuredForm, tr("First name:"), m_firstName, field(m_firstName, QStringLiteral("firstName")));
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
    addRow(contactForm, tr("Phone:"), m_phone, phoneRow);
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
    const PendingCall<CustomerBasicData> call = m_customers.basicData(query);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The customer could not be looked up."));
    };
    m_call.await(tr("Looking up the customer\u2026"), call, [this](const CustomerBasicData &reply) {
        fillFromCustomer(reply);
    }, failed);
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
        request.coverages = quotedCoverages(plan);
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
    const PendingCall<QuoteResult> call = m_policyApi.lifeQuote(request);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The quote could not be made."));
    };
    m_call.await(tr("Quoting\u2026"), call, [this, request](const QuoteResult &reply) {
        m_quote = reply;
        m_quotedRequest = request;
        showQuote();
        updateButtons();
        draftChanged();
        saveDraftNow();
    }, failed);
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
