#include "CustomerPayeeForm.h"

#include "Masking.h"
#include "PolicyCodes.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(const QString &name, const QString &accessible, QWidget *parent, int maxLength = 50)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setMaxLength(maxLength);
    return edit;
}

QComboBox *identificationTypes(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->addItems(PolicyCodes::payeeIdentificationTypes());
    return box;
}

void addRow(QFormLayout *form, const QString &text, QWidget *input)
{
    auto *label = new QLabel(text, input->parentWidget());
    label->setBuddy(input);
    form->addRow(label, input);
}

} // namespace

CustomerPayeeForm::CustomerPayeeForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_api(client)
    , m_call(this, [this](bool busy) { m_registerButton->setEnabled(!busy); },
             [this](const ApiError &error) {
                 m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                                       tr("Reference for support: %1").arg(error.supportReference()));
             })
{
    setObjectName(QStringLiteral("customerPayeeForm"));
    setAccessibleName(tr("Customer payee"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("payeeBanner"));
    m_customerIdType = identificationTypes(QStringLiteral("payeeCustomerIdType"), tr("Customer identification type"), this);
    m_customerId = lineEdit(QStringLiteral("payeeCustomerId"), tr("Customer identification number"), this, 20);
    m_firstName = lineEdit(QStringLiteral("payeeFirstName"), tr("Payee first name"), this);
    m_middleName = lineEdit(QStringLiteral("payeeMiddleName"), tr("Payee middle name"), this);
    m_lastName = lineEdit(QStringLiteral("payeeLastName"), tr("Payee last name"), this);
    m_secondLastName = lineEdit(QStringLiteral("payeeSecondLastName"), tr("Payee second last name"), this);
    m_payeeIdType = identificationTypes(QStringLiteral("payeeIdType"), tr("Payee identification type"), this);
    m_payeeId = lineEdit(QStringLiteral("payeeId"), tr("Payee identification number"), this, 20);
    m_countryName = lineEdit(QStringLiteral("payeeCountryName"), tr("Country of the identification"), this);
    m_countryName->setText(QStringLiteral("COLOMBIA"));
    m_countryCode = lineEdit(QStringLiteral("payeeCountryCode"), tr("Nationality and country code"), this, 3);
    m_countryCode->setText(QStringLiteral("169")); // Colombia, as in the document's example
    m_email = lineEdit(QStringLiteral("payeeEmail"), tr("Payee e-mail"), this);
    m_address = lineEdit(QStringLiteral("payeeAddress"), tr("Notification address"), this);
    m_postalCode = lineEdit(QStringLiteral("payeePostalCode"), tr("Postal code"), this, 10);
    m_relationship = lineEdit(QStringLiteral("payeeRelationship"), tr("Relationship code"), this, 4);
    m_adviser = lineEdit(QStringLiteral("payeeAdviser"), tr("Adviser identifier"), this, 10);
    m_registerButton = new QPushButton(tr("Re&gister payee"), this);
    m_registerButton->setObjectName(QStringLiteral("registerPayeeButton"));

    auto *form = new QFormLayout;
    addRow(form, tr("Customer ID type:"), m_customerIdType);
    addRow(form, tr("Customer ID number:"), m_customerId);
    addRow(form, tr("Payee first name:"), m_firstName);
    addRow(form, tr("Payee middle name:"), m_middleName);
    addRow(form, tr("Payee last name:"), m_lastName);
    addRow(form, tr("Payee second last name:"), m_secondLastName);
    addRow(form, tr("Payee ID type:"), m_payeeIdType);
    addRow(form, tr("Payee ID number:"), m_payeeId);
    addRow(form, tr("Country of the ID:"), m_countryName);
    addRow(form, tr("Country code (ISO 3166):"), m_countryCode);
    addRow(form, tr("Payee e-mail:"), m_email);
    addRow(form, tr("Notification address:"), m_address);
    addRow(form, tr("Postal code:"), m_postalCode);
    addRow(form, tr("Relationship code:"), m_relationship);
    addRow(form, tr("Adviser:"), m_adviser);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_registerButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_registerButton, &QPushButton::clicked, this, &CustomerPayeeForm::registerPayee);
}

CustomerPayeeForm::~CustomerPayeeForm() = default;

CustomerPayeeRequest CustomerPayeeForm::request() const
{
    CustomerPayeeRequest r;
    r.govIssueIdentType = m_customerIdType->currentText();
    r.identSerialNum = m_customerId->text().trimmed();
    r.firstName = m_firstName->text().trimmed();
    r.middleName = m_middleName->text().trimmed();
    r.lastName = m_lastName->text().trimmed();
    r.secondLastName = m_secondLastName->text().trimmed();
    r.nationality = m_countryCode->text().trimmed();
    r.emailAddr = m_email->text().trimmed();
    r.countryCode = m_countryCode->text().trimmed();
    r.notificationAddress = m_address->text().trimmed();
    r.postalCode = m_postalCode->text().trimmed();
    r.payeeIdentType = m_payeeIdType->currentText();
    r.payeeIdentSerialNum = m_payeeId->text().trimmed();
    r.payeeCountryName = m_countryName->text().trimmed();
    r.relationshipType = m_relationship->text().trimmed();
    r.branchId = m_client->operatorSession().branchId;
    r.adviserId = m_adviser->text().trimmed();
    return r;
}

void CustomerPayeeForm::registerPayee()
{
    if (isBusy())
        return;
    const CustomerPayeeRequest r = request();
    const FieldIssues issues = r.validate();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const FieldIssue &issue : issues)
            lines << issue.message;
        m_banner->showMessage(MessageBanner::Type::Warning, tr("Nothing was sent. Please correct: %1").arg(lines.join(QLatin1Char(' '))));
        return;
    }
    const PendingCall<CustomerPayeeResult> call = m_api.registerCustomerPayee(r);
    const QString payee = r.firstName + QLatin1Char(' ') + r.lastName;
    const auto failed = [this](const ApiError &error) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("The payee was not registered.") + QLatin1Char(' ') + error.userMessage(),
                              tr("Reference for support: %1").arg(error.supportReference()));
    };
    m_call.await(call, [this, payee](const CustomerPayeeResult &) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("%1 is now a payee of the customer.").arg(payee));
    }, failed);
}
