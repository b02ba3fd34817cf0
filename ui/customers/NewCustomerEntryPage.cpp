// NewCustomerForm, continued: the entry page (every field of the request, by
// section) and the duplicate check before the confirmation.

#include "NewCustomerForm.h"

#include "CustomerLookupForm.h"
#include "DisplayFormat.h"
#include "Masking.h"
#include "NewCustomerFields.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace NewCustomerFields;

QWidget *NewCustomerForm::makeInput(const QString &path, QWidget *parent)
{
    const Spec spec = specFor(path);
    QWidget *input = nullptr;
    if (spec.kind == Kind::Text || spec.kind == Kind::Date) {
        auto *edit = new QLineEdit(parent);
        edit->setProperty(bankDateProperty, spec.kind == Kind::Date);
        edit->setPlaceholderText(spec.placeholder);
        if (spec.maxLength > 0)
            edit->setMaxLength(spec.maxLength);
        connect(edit, &QLineEdit::textEdited, this, [this, path] { fieldEdited(path); });
        input = edit;
    } else {
        auto *combo = new QComboBox(parent);
        combo->setEditable(spec.kind == Kind::Code);
        combo->addItem(spec.kind == Kind::Pick ? tr("Choose\u2026") : QString(), QString());
        for (const BankCode &entry : spec.codes)
            combo->addItem(tr("%1 \u2014 %2").arg(entry.code, entry.description), entry.code);
        if (spec.kind == Kind::Code) {
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->lineEdit()->setPlaceholderText(tr("choose or type a code"));
            connect(combo, &QComboBox::editTextChanged, this, [this, path] { fieldEdited(path); });
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, path] { fieldEdited(path); });
        input = combo;
    }
    input->setObjectName(objectNameFor(path));
    return input;
}

void NewCustomerForm::addSection(QWidget *page, QVBoxLayout *layout, const QString &title,
                                 const QList<QPair<QString, QString>> &fields)
{
    auto *box = new QGroupBox(title, page);
    box->setObjectName(QStringLiteral("section_") + objectNameFor(fields.first().first).section(QLatin1Char('_'), 0, 0));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[path, labelText] : fields) {
        Field field;
        field.path = path;
        field.label = withoutMnemonic(labelText);
        field.input = makeInput(path, box);
        field.input->setAccessibleName(field.label);
        field.error = FormParts::fieldErrorLabel(objectNameFor(path) + QStringLiteral("_error"), box);
        auto *label = new QLabel(labelText, box);
        label->setBuddy(field.input);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field.input);
        cell->addWidget(field.error);
        form->addRow(label, cell);
        m_fieldIndex.insert(path, int(m_fields.size()));
        m_fields.append(field);
    }
    layout->addWidget(box);
}

QWidget *NewCustomerForm::buildEntryPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("entryPage"));
    m_entryScroll = new QScrollArea(page);
    m_entryScroll->setObjectName(QStringLiteral("entryScroll"));
    m_entryScroll->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    const auto f = [](const char *path, const QString &label) { return qMakePair(QString::fromLatin1(path), label); };

    addSection(content, sections, tr("Identification"),
               {f("govIssueIdent.govIssueIdentType", tr("Identification &type:")),
                f("govIssueIdent.identSerialNum", tr("Identification &number:")),
                f("clientType.value", tr("Customer type:"))});
    addSection(content, sections, tr("Names"),
               {f("personName.firstName", tr("First na&me:")), f("personName.middleName", tr("Middle name:")),
                f("personName.lastName", tr("First &surname:")), f("personName.secondLastName", tr("Second surname:"))});
    addSection(content, sections, tr("Personal information"),
               {f("personInfo.govIssueIdent.expCityId", tr("Document issued in (city):")),
                f("personInfo.govIssueIdent.expDt", tr("Document issue date:")),
                f("personInfo.birthDt", tr("Date of &birth:")), f("personInfo.gender", tr("Gender:")),
                f("personInfo.maritalStatus", tr("Marital status:")),
                f("personInfo.maritalDesc", tr("Marital status description:")),
                f("personInfo.clientType.name", tr("Customer class:")),
                f("naturalPerson.countryInfo", tr("Country of birth:")),
                f("naturalPerson.cityId", tr("City of birth (code):")), f("naturalPerson.city", tr("City of birth:"))});
    addSection(content, sections, tr("Contact"),
               {f("personInfo.contactInfo.emailAddr", tr("&E-mail:")),
                f("contactInfo.phoneNum.phoneType", tr("Phone type:")), f("contactInfo.phoneNum.phone", tr("&Phone:")),
                f("contactInfo.additionalPhoneNum.phoneType", tr("Additional phone type:")),
                f("contactInfo.additionalPhoneNum.phone", tr("Additional phone:")),
                f("contactInfo.postAddr.addr1", tr("Residence &address:")),
                f("contactInfo.postAddr.cityId", tr("Residence city (code):")),
                f("contactInfo.postAddr.city", tr("Residence city:")),
                f("contactInfo.phoneNumResidence.phoneType", tr("Residence phone type:")),
                f("contactInfo.phoneNumResidence.phone", tr("Residence phone:")),
                f("contactInfo.additionalPhoneNumResidence.phoneType", tr("Additional residence phone type:")),
                f("contactInfo.additionalPhoneNumResidence.phone", tr("Additional residence phone:"))});
    addSection(content, sections, tr("Financial information"),
               {f("personInfo.income.incomeAmt", tr("Monthly &income:")),
                f("personInfo.otherIncome.amt", tr("Other income:")),
                f("personInfo.otherIncome.name", tr("Other income comes from:")),
                f("personInfo.expense.amt", tr("Monthly expenses:")),
                f("personInfo.finalcialAssets.amt", tr("Total assets:")),
                f("personInfo.financialLiabilities.amt", tr("Total liabilities:")),
                f("personInfo.originResources", tr("Origin of resources:")),
                qMakePair(CustomerCreateRequest::originResourcesDetailPath(), tr("Origin of resources, detail:")),
                f("personInfo.adminResources", tr("Manages resources:"))});
    addSection(content, sections, tr("Employment"),
               {f("businessOcupation.ocupationCode", tr("&Occupation:")),
                f("businessOcupation.desc", tr("Occupation description:")),
                f("entpr.govIssueIdent.govIssueIdentType", tr("Company ID type:")),
                f("entpr.govIssueIdent.identSerialNum", tr("Company ID number:")),
                f("businessActivity.businessType", tr("Position (code):")),
                f("businessActivity.certCode", tr("Economic activity (code):")),
                f("businessActivity.desc", tr("Economic activity description:")),
                f("businessProfession.certCode", tr("Profession (code):")),
                f("businessProfession.desc", tr("Profession description:")),
                f("businessProfessionGeneral.certCode", tr("Profession, general (code):")),
                f("businessProfessionSpecific.certCode", tr("Profession, specific (code):"))});
    addSection(content, sections, tr("Payroll agreement"),
               {f("entprAgreement.entprId", tr("Agreement code:")), f("entprAgreement.entprDesc", tr("Agreement name:")),
                f("entprAgreement.postAddr.addr1", tr("Agreement address:")),
                f("entprAgreement.phoneNum.phoneType", tr("Agreement phone type:")),
                f("entprAgreement.phoneNum.phone", tr("Agreement phone:")),
                f("entprAgreement.additionalPhoneNum.phoneType", tr("Agreement additional phone type:")),
                f("entprAgreement.additionalPhoneNum.phone", tr("Agreement additional phone:")),
                f("entprAgreement.branchId", tr("Agreement office:")), f("entprAgreement.cityId", tr("Agreement city (code):"))});
    addSection(content, sections, tr("Savings pocket"),
               {f("pocketInfo.pocketType", tr("Savings pocket:")),
                f("pocketInfo.pocketPeriod.periodCode", tr("Saves every:")),
                f("pocketInfo.dayofDebitMonthly", tr("Monthly debit day:")),
                f("pocketInfo.dayofDebitWeekly", tr("Weekly debit day:")),
                f("pocketInfo.curAmt.amt", tr("Amount to save:"))});
    addSection(content, sections, tr("Savings account"),
               {f("product.gmf", tr("&GMF (4x1000) exempt mark:")),
                f("product.productId.ledgerCode", tr("Ledger:")), f("product.productId.subLedgerCode", tr("Subledger:")),
                f("product.productId.groupCode", tr("Group:")), f("product.productType", tr("Account type:")),
                f("product.handlingFee", tr("Handling fee profile:")),
                f("product.sourceRetention", tr("Source retention:")),
                f("product.extractPeriodicity", tr("Statement period:")),
                f("product.administrationOffice.branchId", tr("Administration office:")),
                f("product.submitOffice.branchId", tr("Submitting office:")),
                f("product.branchAddrType", tr("Office address type:")),
                f("product.managementCondition", tr("Management condition:")),
                f("product.adviserId", tr("Product adviser:"))});
    addSection(content, sections, tr("Adviser"), {f("adviser.adviserId", tr("A&dviser (user registration):"))});
    sections->addStretch(1);
    m_entryScroll->setWidget(content);

    m_continueButton = new QPushButton(tr("&Check and continue"), page);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_continueButton->setAutoDefault(true);
    m_openLookupButton = new QPushButton(tr("Open in customer &lookup"), page);
    m_openLookupButton->setObjectName(QStringLiteral("openLookupButton"));
    m_openLookupButton->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continueButton);
    buttons->addWidget(m_openLookupButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entryScroll, 1);
    layout->addLayout(buttons);

    connect(m_continueButton, &QPushButton::clicked, this, &NewCustomerForm::continueToConfirmation);
    connect(m_openLookupButton, &QPushButton::clicked, this, [this] {
        const CustomerCreateRequest r = request();
        emit openLookupRequested(r.govIssueIdentType(), r.identSerialNum());
        // Shown next to the form so the adviser keeps what was typed.
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("existingCustomerDialog"));
        dialog->setWindowTitle(tr("Customer lookup"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *lookup = new CustomerLookupForm(m_client, dialog);
        auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(closeButtons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *dialogLayout = new QVBoxLayout(dialog);
        dialogLayout->addWidget(lookup, 1);
        dialogLayout->addWidget(closeButtons);
        dialog->resize(900, 640);
        dialog->open();
        lookup->lookUp(r.govIssueIdentType(), r.identSerialNum());
    });
    return page;
}

void NewCustomerForm::continueToConfirmation()
{
    if (m_busy)
        return;
    m_banner->clear();
    m_openLookupButton->hide();
    const CustomerCreateRequest r = request();
    const FieldIssues issues = r.validate();
    showIssues(issues, true);
    if (!issues.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("%n field(s) need attention before the customer can be created.", nullptr,
                                 int(issues.size())));
        const int index = m_fieldIndex.value(issues.first().field, -1);
        if (index >= 0) {
            m_entryScroll->ensureWidgetVisible(m_fields.at(index).input);
            m_fields.at(index).input->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    // The duplicate check: nobody is created twice by accident.
    const quint64 callId = ++m_callId;
    setBusy(true, tr("Checking whether the customer already exists\u2026 Press Esc to stop."));
    m_lookupCall = m_api.basicData(CustomerBasicDataQuery::byIdentification(r.govIssueIdentType(), r.identSerialNum()));
    m_lookupCall.then(this, [this, callId](const Result<CustomerBasicData> &result) {
        if (callId != m_callId)
            return;
        handleDuplicateCheck(result);
    });
}

void NewCustomerForm::handleDuplicateCheck(const Result<CustomerBasicData> &result)
{
    setBusy(false);
    if (result.ok()) {
        const CustomerBasicData &existing = result.value();
        m_banner->showMessage(
            MessageBanner::Type::Warning,
            tr("%1 %2 is already a customer: %3 (customer since %4). Nothing was created.")
                .arg(existing.govIssueIdentType, Masking::identity(existing.identSerialNum), existing.displayName(),
                     existing.createdOn().isValid() ? DisplayFormat::date(existing.createdOn()) : tr("unknown date")));
        m_openLookupButton->show();
        m_openLookupButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (result.error().kind == ApiError::Kind::NotFound) {
        fillSummary();
        goTo(Step::Confirmation);
        m_createButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not check whether the customer already exists, so nothing was created. %1")
                              .arg(result.error().userMessage()),
                          supportDetail(result.error()));
}
