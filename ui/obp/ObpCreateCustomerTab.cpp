#include "ObpCreateCustomerTab.h"

#include "ObpFormParts.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace ObpFormParts;

ObpCreateCustomerTab::ObpCreateCustomerTab(ObpFormContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpCreateTab"));
    buildUi();
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_createButton->setEnabled(!busy); });
}

void ObpCreateCustomerTab::buildUi()
{
    auto *page = new QWidget(this);
    auto *leftBox = new QWidget(page);
    auto *leftForm = new QFormLayout(leftBox);
    auto *rightBox = new QWidget(page);
    auto *rightForm = new QFormLayout(rightBox);

    m_legalName = lineEdit(leftBox, "obpLegalName", tr("Legal name"));
    m_errors.add(QStringLiteral("legal_name"), m_legalName, addRow(leftForm, tr("Legal &name:"), m_legalName, "obpLegalNameError"));
    m_title = lineEdit(leftBox, "obpTitle", tr("Title"));
    m_title->setPlaceholderText(tr("Dr."));
    m_errors.add(QStringLiteral("title"), m_title, addRow(leftForm, tr("Title:"), m_title, "obpTitleError"));
    m_nameSuffix = lineEdit(leftBox, "obpNameSuffix", tr("Name suffix"));
    m_nameSuffix->setPlaceholderText(tr("Sr"));
    m_errors.add(QStringLiteral("name_suffix"), m_nameSuffix, addRow(leftForm, tr("Name suffix:"), m_nameSuffix, "obpNameSuffixError"));
    m_dateOfBirth = dateEdit(leftBox, "obpDateOfBirth", tr("Date of birth"));
    m_dateOfBirth->setDate(QDate(1980, 1, 1));
    m_errors.add(QStringLiteral("date_of_birth"), m_dateOfBirth,
                 addRow(leftForm, tr("&Date of birth:"), m_dateOfBirth, "obpDateOfBirthError"));
    m_mobile = lineEdit(leftBox, "obpMobile", tr("Mobile phone number"));
    m_mobile->setPlaceholderText(tr("+49 30 901820"));
    m_errors.add(QStringLiteral("mobile_phone_number"), m_mobile, addRow(leftForm, tr("&Mobile phone:"), m_mobile, "obpMobileError"));
    m_email = lineEdit(leftBox, "obpEmail", tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_errors.add(QStringLiteral("email"), m_email, addRow(leftForm, tr("&E-mail:"), m_email, "obpEmailError"));
    m_relationship = editableCombo(leftBox, "obpRelationshipStatus", tr("Relationship status"),
                                   {QStringLiteral("single"), QStringLiteral("married"), QStringLiteral("divorced"),
                                    QStringLiteral("widowed")});
    m_errors.add(QStringLiteral("relationship_status"), m_relationship,
                 addRow(leftForm, tr("&Relationship status:"), m_relationship, "obpRelationshipStatusError"));
    m_education = editableCombo(leftBox, "obpEducation", tr("Highest education attained"),
                                {QStringLiteral("Primary"), QStringLiteral("Secondary"), QStringLiteral("Bachelor"),
                                 QStringLiteral("Master"), QStringLiteral("PhD")});
    m_errors.add(QStringLiteral("highest_education_attained"), m_education,
                 addRow(leftForm, tr("Education:"), m_education, "obpEducationError"));
    m_employment = editableCombo(leftBox, "obpEmploymentStatus", tr("Employment status"),
                                 {QStringLiteral("worker"), QStringLiteral("self-employed"), QStringLiteral("student"),
                                  QStringLiteral("retired"), QStringLiteral("unemployed")});
    m_errors.add(QStringLiteral("employment_status"), m_employment,
                 addRow(leftForm, tr("Emplo&yment status:"), m_employment, "obpEmploymentStatusError"));
    m_branchId = lineEdit(leftBox, "obpBranchId", tr("Branch id"));
    m_branchId->setPlaceholderText(tr("DERBY6"));
    m_errors.add(QStringLiteral("branch_id"), m_branchId, addRow(leftForm, tr("Branch id:"), m_branchId, "obpBranchIdError"));

    m_faceImageUrl = lineEdit(rightBox, "obpFaceImageUrl", tr("Face image URL"));
    m_faceImageUrl->setPlaceholderText(tr("https://www.example.com/id-docs/123/image.png"));
    m_errors.add(QStringLiteral("face_image.url"), m_faceImageUrl,
                 addRow(rightForm, tr("Face image URL:"), m_faceImageUrl, "obpFaceImageUrlError"));
    m_hasFaceImageDate = new QCheckBox(tr("Taken on"), rightBox);
    m_hasFaceImageDate->setObjectName(QStringLiteral("obpHasFaceImageDate"));
    m_faceImageDate = dateEdit(rightBox, "obpFaceImageDate", tr("Face image date"));
    m_faceImageDate->setEnabled(false);
    auto *faceDateRow = new QWidget(rightBox);
    auto *faceDateLayout = new QHBoxLayout(faceDateRow);
    faceDateLayout->setContentsMargins(0, 0, 0, 0);
    faceDateLayout->addWidget(m_hasFaceImageDate);
    faceDateLayout->addWidget(m_faceImageDate, 1);
    m_errors.add(QStringLiteral("face_image.date"), m_faceImageDate,
                 addRow(rightForm, tr("Image date:"), faceDateRow, "obpFaceImageDateError"));

    m_dependantDate = dateEdit(rightBox, "obpDependantDate", tr("Dependant's date of birth"));
    m_addDependant = new QPushButton(tr("&Add dependant"), rightBox);
    m_addDependant->setObjectName(QStringLiteral("obpAddDependant"));
    m_removeDependant = new QPushButton(tr("Remove"), rightBox);
    m_removeDependant->setObjectName(QStringLiteral("obpRemoveDependant"));
    m_removeDependant->setAccessibleName(tr("Remove the selected dependant"));
    m_dependants = new QListWidget(rightBox);
    m_dependants->setObjectName(QStringLiteral("obpDependants"));
    m_dependants->setAccessibleName(tr("Dependants' dates of birth"));
    m_dependants->setFixedHeight(60);
    auto *dependantsBox = new QWidget(rightBox);
    auto *dependantsLayout = new QVBoxLayout(dependantsBox);
    dependantsLayout->setContentsMargins(0, 0, 0, 0);
    auto *dependantRow = new QHBoxLayout;
    dependantRow->addWidget(m_dependantDate, 1);
    dependantRow->addWidget(m_addDependant);
    dependantRow->addWidget(m_removeDependant);
    dependantsLayout->addLayout(dependantRow);
    dependantsLayout->addWidget(m_dependants);
    m_errors.add(QStringLiteral("dob_of_dependants"), m_dependantDate,
                 addRow(rightForm, tr("Dependants:"), dependantsBox, "obpDependantsError"));

    m_creditRating = lineEdit(rightBox, "obpCreditRating", tr("Credit rating"));
    m_errors.add(QStringLiteral("credit_rating.rating"), m_creditRating,
                 addRow(rightForm, tr("Credit ratin&g:"), m_creditRating, "obpCreditRatingError"));
    m_creditSource = lineEdit(rightBox, "obpCreditSource", tr("Credit rating source"));
    m_errors.add(QStringLiteral("credit_rating.source"), m_creditSource,
                 addRow(rightForm, tr("Rating source:"), m_creditSource, "obpCreditSourceError"));
    m_currency = lineEdit(rightBox, "obpCreditLimitCurrency", tr("Credit limit currency"), 3);
    m_currency->setPlaceholderText(tr("EUR"));
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    connect(m_currency, &QLineEdit::textEdited, m_currency, [this](const QString &t) { m_currency->setText(t.toUpper()); });
    m_errors.add(QStringLiteral("credit_limit.currency"), m_currency,
                 addRow(rightForm, tr("Credit limit currency:"), m_currency, "obpCreditLimitCurrencyError"));
    m_amount = lineEdit(rightBox, "obpCreditLimitAmount", tr("Credit limit amount"), 20);
    m_amount->setPlaceholderText(tr("10.12"));
    m_errors.add(QStringLiteral("credit_limit.amount"), m_amount,
                 addRow(rightForm, tr("Credit limit amount:"), m_amount, "obpCreditLimitAmountError"));
    m_kyc = new QCheckBox(tr("KYC checks passed"), rightBox);
    m_kyc->setObjectName(QStringLiteral("obpKycStatus"));
    rightForm->addRow(tr("KYC status:"), m_kyc);
    m_lastOkDate = new QDateTimeEdit(QDateTime::currentDateTime(), rightBox);
    m_lastOkDate->setObjectName(QStringLiteral("obpLastOkDate"));
    m_lastOkDate->setAccessibleName(tr("Last OK date"));
    m_lastOkDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_lastOkDate->setCalendarPopup(true);
    m_errors.add(QStringLiteral("last_ok_date"), m_lastOkDate,
                 addRow(rightForm, tr("Last OK date:"), m_lastOkDate, "obpLastOkDateError"));

    auto *columns = new QHBoxLayout(page);
    columns->addWidget(leftBox, 1);
    columns->addWidget(rightBox, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("obpCreateScroll"));
    scroll->setAccessibleName(tr("New customer fields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    m_createButton = new QPushButton(tr("Create customer"), this);
    m_createButton->setObjectName(QStringLiteral("obpCreateButton"));
    m_createButton->setProperty("submitsForm", true); // Ctrl+Enter
    auto *note = new QLabel(tr("OBP sets the customer number. Dates are sent as OBP asks (2013-01-21T23:08:00Z)."), this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_createButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &ObpCreateCustomerTab::submit);
    connect(m_addDependant, &QPushButton::clicked, this, &ObpCreateCustomerTab::addDependant);
    connect(m_removeDependant, &QPushButton::clicked, this, &ObpCreateCustomerTab::removeDependant);
    connect(m_hasFaceImageDate, &QCheckBox::toggled, m_faceImageDate, &QWidget::setEnabled);
}

void ObpCreateCustomerTab::addDependant()
{
    auto *item = new QListWidgetItem(m_dependantDate->date().toString(QStringLiteral("dd/MM/yyyy")), m_dependants);
    item->setData(Qt::UserRole, m_dependantDate->date());
}

void ObpCreateCustomerTab::removeDependant()
{
    delete m_dependants->currentItem();
}

ObpCustomerCreateRequest ObpCreateCustomerTab::request() const
{
    ObpCustomerCreateRequest r;
    r.legalName = m_legalName->text();
    r.title = m_title->text();
    r.nameSuffix = m_nameSuffix->text();
    r.dateOfBirth = m_dateOfBirth->date();
    r.mobilePhoneNumber = m_mobile->text();
    r.email = m_email->text();
    r.relationshipStatus = m_relationship->currentText().trimmed();
    r.highestEducationAttained = m_education->currentText().trimmed();
    r.employmentStatus = m_employment->currentText().trimmed();
    r.branchId = m_branchId->text();
    r.faceImageUrl = m_faceImageUrl->text();
    if (m_hasFaceImageDate->isChecked())
        r.faceImageDate = m_faceImageDate->date();
    for (int i = 0; i < m_dependants->count(); ++i)
        r.dobOfDependants.append(m_dependants->item(i)->data(Qt::UserRole).toDate());
    r.creditRating = m_creditRating->text();
    r.creditSource = m_creditSource->text();
    r.creditLimitCurrency = m_currency->text();
    r.creditLimitAmount = m_amount->text();
    r.kycStatus = m_kyc->isChecked();
    r.lastOkDate = m_lastOkDate->dateTime();
    return r;
}

void ObpCreateCustomerTab::submit()
{
    if (m_context->isBusy())
        return;
    const ObpCustomerCreateRequest r = request();
    const FieldIssues issues = r.validate();
    const QStringList unplaced = m_errors.show(issues);
    if (!issues.isEmpty()) {
        m_context->banner()->showMessage(MessageBanner::Type::Error,
                                         unplaced.isEmpty() ? tr("Correct the marked fields; nothing was sent.")
                                                            : unplaced.join(QLatin1Char(' ')));
        return;
    }
    const QString bank = m_context->bankId();
    m_context->run<ObpCustomer>(m_context->api()->createCustomer(bank, r), this, tr("Creating the customer\u2026"),
                                [this, bank](const ObpCustomer &created) {
                                    m_context->setCustomer(created);
                                    m_context->showDone(tr("Customer %1 created at bank %2: customer number %3.")
                                                            .arg(created.legalName, bank, created.customerNumber),
                                                        tr("CUSTOMER_ID %1").arg(created.customerId));
                                    emit m_context->showCustomerRequested();
                                },
                                ObpFormContext::Changes::NotIdempotent);
}
