#include "NewCustomerForm.h"
#include "widgets/FormParts.h"

#include "CustomerLookupForm.h"
#include "CustomerReceipt.h"
#include "DisplayFormat.h"
#include "DraftStore.h"
#include "IdentificationType.h"
#include "Journal.h"
#include "Masking.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString draftFormName = QStringLiteral("newCustomer");
constexpr int draftDelayMs = 400;

enum class Kind { Text, Date, Pick, Code };

// Dates are typed the Colombian way (dd/MM/yyyy) and sent as the seed's
// YYYY-MM-DD. Marks the line edits that hold one.
const char *const bankDateProperty = "bankDate";

// "14/05/1990" (or "14/5/1990") -> "1990-05-14"; anything else unchanged,
// so the request's own check reports it at the field.
QString typedDateToBank(const QString &typed)
{
    const QString text = typed.trimmed();
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return text;
}

// "1990-05-14" -> "14/05/1990" (drafts and defaults hold the bank's form).
QString bankDateToTyped(const QString &value)
{
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() && value.size() == 10 ? DisplayFormat::date(date) : value;
}

struct Spec
{
    Kind kind = Kind::Text;
    QList<BankCode> codes;
    QString placeholder;
    int maxLength = 60;
};

QList<BankCode> identificationCodes()
{
    QList<BankCode> codes;
    for (IdentificationType type : IdentificationTypes::all())
        codes.append({IdentificationTypes::code(type), IdentificationTypes::description(type)});
    return codes;
}

Spec specFor(const QString &path)
{
    const auto pick = [](const QList<BankCode> &codes) { return Spec{Kind::Pick, codes, {}, 0}; };
    const auto code = [](const QList<BankCode> &codes) { return Spec{Kind::Code, codes, {}, 0}; };
    const auto text = [](const QString &placeholder, int max) { return Spec{Kind::Text, {}, placeholder, max}; };
    const QString dane = NewCustomerForm::tr("DANE code, e.g. 05001");
    const QString date = NewCustomerForm::tr("DD/MM/YYYY");
    const QString amount = NewCustomerForm::tr("COP, digits only, e.g. 2500000");
    if (path.endsWith(QLatin1String("govIssueIdentType")))
        return pick(identificationCodes());
    if (path.endsWith(QLatin1String(".phoneType")))
        return pick(CustomerCodeTables::phoneTypes());
    if (path.endsWith(QLatin1String(".phone")))
        return text(NewCustomerForm::tr("e.g. 3105556755"), 10);
    if (path == QLatin1String("clientType.value"))
        return pick(CustomerCodeTables::clientTypes());
    if (path == QLatin1String("personInfo.gender"))
        return pick(CustomerCodeTables::genders());
    if (path == QLatin1String("personInfo.maritalStatus"))
        return code(CustomerCodeTables::maritalStatuses());
    if (path == QLatin1String("personInfo.originResources"))
        return code(CustomerCodeTables::originOfResources());
    if (path == QLatin1String("personInfo.adminResources"))
        return pick(CustomerCodeTables::resourceManagement());
    if (path == QLatin1String("businessOcupation.ocupationCode"))
        return code(CustomerCodeTables::occupations());
    if (path == QLatin1String("pocketInfo.pocketType") || path == QLatin1String("product.gmf")
        || path == QLatin1String("product.sourceRetention"))
        return pick(CustomerCodeTables::yesNo());
    if (path == QLatin1String("pocketInfo.pocketPeriod.periodCode"))
        return code(CustomerCodeTables::savingsPeriods());
    if (path == QLatin1String("product.extractPeriodicity"))
        return code(CustomerCodeTables::statementPeriods());
    if (path == QLatin1String("product.branchAddrType"))
        return code(CustomerCodeTables::officeAddressTypes());
    if (path == QLatin1String("naturalPerson.countryInfo"))
        return code(CustomerCodeTables::countries());
    if (path.endsWith(QLatin1String("Dt")))
        return Spec{Kind::Date, {}, date, 10};
    if (path.endsWith(QLatin1String("cityId")) || path.endsWith(QLatin1String("expCityId")))
        return text(dane, 5);
    if (path.endsWith(QLatin1String(".amt")) || path.endsWith(QLatin1String("incomeAmt")))
        return text(amount, 18);
    if (path.endsWith(QLatin1String("identSerialNum")))
        return text(NewCustomerForm::tr("digits, e.g. 1034567890 (a NIT with its check digit: 900123456-8)"), 24);
    return text({}, 60);
}

QString objectNameFor(const QString &path)
{
    QString name = path;
    return name.replace(QLatin1Char('.'), QLatin1Char('_'));
}

QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace

NewCustomerForm::NewCustomerForm(ApiClient *client, CredentialStore *credentials, Journal *journal, QWidget *parent,
                                 const QString &draftDirectory)
    : QWidget(parent)
    , m_client(client)
    , m_api(client)
    , m_journal(journal)
    , m_drafts(new DraftStore(credentials, draftDirectory.isEmpty() ? DraftStore::defaultDirectory() : draftDirectory,
                              this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newCustomerForm"));
    setAccessibleName(tr("New customer"));
    buildUi();
    applyDefaults();
    revalidate(false);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &NewCustomerForm::saveDraftNow);
    // The keychain is touched only for a draft to offer; otherwise with the
    // first draft to save (the main window builds this page at start-up).
    if (m_drafts->hasDraftToOffer(draftName()))
        openDrafts(true);
    else
        QTimer::singleShot(0, this, &NewCustomerForm::draftsReady);
}

NewCustomerForm::~NewCustomerForm()
{
    // What was typed since the last save is not lost with the window.
    if (m_draftTimer->isActive() && m_drafts->isOpen())
        saveDraftNow();
    m_callId = 0;
    m_lookupCall.cancel();
    m_consentCall.cancel();
    // A create in flight is NOT cancelled: its outcome is journaled by the
    // client, and the draft keeps the transaction id for a status check.
}

QString NewCustomerForm::draftName() const
{
    return DraftStore::nameFor(draftFormName, m_client->environment().name(), m_client->operatorSession().user);
}

// ------------------------------------------------------------------ layout

void NewCustomerForm::buildUi()
{
    auto *heading = new QLabel(tr("New customer"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Open a customer together with a savings account. Fields marked in red need "
                                "attention; nothing is sent until every field is right."),
                             this);
    intro->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_draftOffer = new QFrame(this);
    m_draftOffer->setObjectName(QStringLiteral("draftOffer"));
    m_draftOffer->setFrameShape(QFrame::StyledPanel);
    m_draftOfferText = new QLabel(m_draftOffer);
    m_draftOfferText->setWordWrap(true);
    auto *restore = new QPushButton(tr("&Restore draft"), m_draftOffer);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto *discard = new QPushButton(tr("Discard draft"), m_draftOffer);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *offerLayout = new QHBoxLayout(m_draftOffer);
    offerLayout->addWidget(m_draftOfferText, 1);
    offerLayout->addWidget(restore);
    offerLayout->addWidget(discard);
    m_draftOffer->hide();
    connect(restore, &QPushButton::clicked, this, &NewCustomerForm::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &NewCustomerForm::discardDraft);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEntryPage());
    m_pages->addWidget(buildConfirmationPage());
    m_pages->addWidget(buildResultPage());

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setWordWrap(true);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busyIndicator);
    status->addWidget(m_busyLabel);
    status->addStretch(1);
    status->addWidget(m_draftStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_pages, 1);
    layout->addLayout(status);
}

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
               {f("personName.firstName", tr("&First name:")), f("personName.middleName", tr("Middle name:")),
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

QWidget *NewCustomerForm::buildConfirmationPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("confirmationPage"));
    auto *title = new QLabel(tr("Check the data with the customer before creating the customer and the account."), page);
    title->setWordWrap(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_summary);

    m_createButton = new QPushButton(tr("C&reate customer and account"), page);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAutoDefault(true);
    m_backButton = new QPushButton(tr("&Back to the form"), page);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_checkStatusButton = new QPushButton(tr("Check &status"), page);
    m_checkStatusButton->setObjectName(QStringLiteral("checkStatusButton"));
    m_checkStatusButton->setToolTip(tr("Look the customer up by identification to learn whether the create went through"));
    m_checkStatusButton->hide();
    m_sendAgainButton = new QPushButton(tr("Send &again (same transaction)"), page);
    m_sendAgainButton->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgainButton->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_checkStatusButton);
    buttons->addWidget(m_sendAgainButton);
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &NewCustomerForm::submit);
    connect(m_backButton, &QPushButton::clicked, this, [this] { goTo(Step::Entry); });
    connect(m_checkStatusButton, &QPushButton::clicked, this, &NewCustomerForm::checkStatus);
    connect(m_sendAgainButton, &QPushButton::clicked, this, [this] {
        // A decision, so a modal question (window-modal, no nested event
        // loop): the adviser must know what sending again means.
        auto *question = new QMessageBox(QMessageBox::Question, tr("Send again?"),
                                         tr("The bank did not confirm the first submission. Sending again reuses "
                                            "transaction %1, so a bank that already created the customer answers "
                                            "with the first result instead of creating a second one.\n\nSend again?")
                                             .arg(m_transactionId),
                                         QMessageBox::Yes | QMessageBox::No, this);
        question->setObjectName(QStringLiteral("sendAgainQuestion"));
        question->setDefaultButton(QMessageBox::No);
        question->setAttribute(Qt::WA_DeleteOnClose);
        connect(question, &QMessageBox::finished, this, [this](int answer) {
            if (answer == QMessageBox::Yes)
                sendAgain();
        });
        question->open();
    });
    return page;
}

QWidget *NewCustomerForm::buildResultPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("resultPage"));
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setTextFormat(Qt::RichText);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultText->setWordWrap(true);

    auto *consentBox = new QGroupBox(tr("Data-protection consent"), page);
    consentBox->setObjectName(QStringLiteral("consentBox"));
    auto *consentLayout = new QFormLayout(consentBox);
    const QStringList questions = {
        tr("The customer authorises the processing of personal data (preguntaATDP001):"),
        tr("The customer authorises commercial use of the data (preguntaATDP002):"),
        tr("The customer authorises sharing the data with third parties (preguntaATDP003):"),
    };
    const QStringList names = SecureDataConsentRequest::questions();
    for (int i = 0; i < questions.size(); ++i) {
        auto *group = new QButtonGroup(consentBox);
        auto *yes = new QRadioButton(tr("Yes"), consentBox);
        yes->setObjectName(names.at(i) + QStringLiteral("_yes"));
        yes->setAccessibleName(tr("%1: yes").arg(names.at(i)));
        auto *no = new QRadioButton(tr("No"), consentBox);
        no->setObjectName(names.at(i) + QStringLiteral("_no"));
        no->setAccessibleName(tr("%1: no").arg(names.at(i)));
        group->addButton(yes, 1);
        group->addButton(no, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(yes);
        row->addWidget(no);
        row->addStretch(1);
        auto *label = new QLabel(questions.at(i), consentBox);
        label->setWordWrap(true);
        label->setBuddy(yes);
        consentLayout->addRow(label, row);
        m_consentAnswers.append(group);
    }
    m_consentButton = new QPushButton(tr("Send &consent"), consentBox);
    m_consentButton->setObjectName(QStringLiteral("consentButton"));
    m_consentStatus = new QLabel(consentBox);
    m_consentStatus->setObjectName(QStringLiteral("consentStatus"));
    m_consentStatus->setWordWrap(true);
    consentLayout->addRow(m_consentButton, m_consentStatus);

    m_previewButton = new QPushButton(tr("&Preview receipt"), page);
    m_previewButton->setObjectName(QStringLiteral("previewReceiptButton"));
    m_saveReceiptButton = new QPushButton(tr("Sa&ve receipt\u2026"), page);
    m_saveReceiptButton->setObjectName(QStringLiteral("saveReceiptButton"));
    m_printButton = new QPushButton(tr("Pr&int receipt\u2026"), page);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_newCustomerButton = new QPushButton(tr("&New customer"), page);
    m_newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveReceiptButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);
    buttons->addWidget(m_newCustomerButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultText);
    layout->addWidget(consentBox);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_consentButton, &QPushButton::clicked, this, &NewCustomerForm::sendConsent);
    connect(m_previewButton, &QPushButton::clicked, this, &NewCustomerForm::previewReceipt);
    connect(m_saveReceiptButton, &QPushButton::clicked, this, &NewCustomerForm::saveReceipt);
    connect(m_printButton, &QPushButton::clicked, this, &NewCustomerForm::printReceipt);
    connect(m_newCustomerButton, &QPushButton::clicked, this, &NewCustomerForm::startOver);
    return page;
}

// ------------------------------------------------------------------ values

QString NewCustomerForm::fieldValue(const Field &field) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(field.input))
        return edit->property(bankDateProperty).toBool() ? typedDateToBank(edit->text()) : edit->text();
    auto *combo = qobject_cast<QComboBox *>(field.input);
    if (!combo)
        return {};
    if (!combo->isEditable())
        return combo->currentData().toString();
    // An editable pick list: a listed entry gives its code, anything else
    // typed is taken as the code itself.
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0)
        return combo->itemData(index).toString();
    return text.section(QStringLiteral(" \u2014 "), 0, 0).trimmed();
}

void NewCustomerForm::setFieldValue(const QString &path, const QString &value)
{
    const int index = m_fieldIndex.value(path, -1);
    if (index < 0)
        return;
    const Field &field = m_fields.at(index);
    if (auto *edit = qobject_cast<QLineEdit *>(field.input)) {
        edit->setText(edit->property(bankDateProperty).toBool() ? bankDateToTyped(value) : value);
    } else if (auto *combo = qobject_cast<QComboBox *>(field.input)) {
        const int item = combo->findData(value);
        if (item >= 0) {
            combo->setCurrentIndex(item);
        } else if (combo->isEditable()) {
            combo->setCurrentIndex(-1);
            combo->setEditText(value);
        } else if (!value.isEmpty()) {
            combo->addItem(value, value);
            combo->setCurrentIndex(combo->count() - 1);
        }
    }
    fieldEdited(path);
}

CustomerCreateRequest NewCustomerForm::request() const
{
    CustomerCreateRequest r;
    for (const Field &field : m_fields)
        r.setValue(field.path, fieldValue(field));
    // The NIT may be typed the way it is printed (900.123.456-8).
    r.setValue(QStringLiteral("govIssueIdent.identSerialNum"),
               CustomerCreateRequest::normalisedIdentSerialNum(r.govIssueIdentType(), r.identSerialNum()));
    r.setValue(QStringLiteral("entpr.govIssueIdent.identSerialNum"),
               CustomerCreateRequest::normalisedIdentSerialNum(r.value(QStringLiteral("entpr.govIssueIdent.govIssueIdentType")),
                                                               r.value(QStringLiteral("entpr.govIssueIdent.identSerialNum"))));
    if (r.value(QStringLiteral("personInfo.maritalDesc")).isEmpty()) {
        r.setValue(QStringLiteral("personInfo.maritalDesc"),
                   CustomerCodeTables::describe(CustomerCodeTables::maritalStatuses(),
                                                r.value(QStringLiteral("personInfo.maritalStatus"))));
    }
    return r;
}

void NewCustomerForm::applyDefaults()
{
    m_restoring = true;
    const OperatorSession &session = m_client->operatorSession();
    // The seed's product configuration for the savings account and the
    // operator's own branch and registration: the adviser can change any.
    const QList<QPair<const char *, QString>> defaults = {
        {"govIssueIdent.govIssueIdentType", QStringLiteral("CC")},
        {"clientType.value", QStringLiteral("N")},
        {"naturalPerson.countryInfo", QStringLiteral("CO")},
        {"contactInfo.phoneNum.phoneType", QStringLiteral("C")},
        {"contactInfo.additionalPhoneNum.phoneType", QStringLiteral("C")},
        {"contactInfo.phoneNumResidence.phoneType", QStringLiteral("T")},
        {"contactInfo.additionalPhoneNumResidence.phoneType", QStringLiteral("C")},
        {"entpr.govIssueIdent.govIssueIdentType", QStringLiteral("NI")},
        {"entprAgreement.phoneNum.phoneType", QStringLiteral("T")},
        {"entprAgreement.additionalPhoneNum.phoneType", QStringLiteral("C")},
        {"pocketInfo.pocketType", QStringLiteral("N")},
        {"product.productId.ledgerCode", QStringLiteral("24")},
        {"product.productId.subLedgerCode", QStringLiteral("29")},
        {"product.productId.groupCode", QStringLiteral("85")},
        {"product.productType", QStringLiteral("500")},
        {"product.handlingFee", QStringLiteral("500")},
        {"product.sourceRetention", QStringLiteral("N")},
        {"product.extractPeriodicity", QStringLiteral("M")},
        {"product.branchAddrType", QStringLiteral("P")},
        {"product.administrationOffice.branchId", session.branchId},
        {"product.submitOffice.branchId", session.branchId},
        {"adviser.adviserId", session.user},
    };
    for (const auto &[path, value] : defaults)
        setFieldValue(QString::fromLatin1(path), value);
    m_touched.clear();
    m_restoring = false;
}

void NewCustomerForm::fieldEdited(const QString &path)
{
    if (m_restoring)
        return;
    m_touched.insert(path);
    revalidate(false);
    if (m_submission != Submission::Created) {
        m_draftTimer->start();
        // The first edit: the key is fetched now, so it is there to save.
        if (!m_drafts->isOpen() && !m_drafts->isOpening())
            openDrafts(false);
    }
}

void NewCustomerForm::revalidate(bool showAll)
{
    showIssues(request().validate(), showAll);
}

void NewCustomerForm::showIssues(const FieldIssues &issues, bool showAll)
{
    for (Field &field : m_fields) {
        QString message;
        for (const FieldIssue &issue : issues) {
            if (issue.field == field.path) {
                message = issue.message;
                break;
            }
        }
        // As the adviser types, only fields already touched speak up; a
        // "Continue" shows every issue.
        if (!showAll && !m_touched.contains(field.path) && field.error->isHidden())
            message.clear();
        field.error->setText(message);
        field.error->setVisible(!message.isEmpty());
        field.input->setAccessibleDescription(message);
    }
}

// ------------------------------------------------------------------ flow

NewCustomerForm::Step NewCustomerForm::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void NewCustomerForm::goTo(Step step)
{
    m_pages->setCurrentIndex(int(step));
    if (step == Step::Entry)
        m_continueButton->setFocus(Qt::OtherFocusReason);
}

void NewCustomerForm::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    m_continueButton->setEnabled(!busy);
    m_createButton->setEnabled(!busy && m_submission == Submission::None);
    m_backButton->setEnabled(!busy);
    m_checkStatusButton->setEnabled(!busy);
    m_sendAgainButton->setEnabled(!busy);
    m_consentButton->setEnabled(!busy);
    emit busyChanged(busy);
}

void NewCustomerForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_busy && m_lookupCall.isRunning()) {
        m_callId = 0;
        m_lookupCall.cancel();
        setBusy(false);
        m_banner->showMessage(MessageBanner::Type::Information,
                              m_submission == Submission::OutcomeUnknown
                                  ? tr("Check stopped. The outcome of transaction %1 is still unknown.").arg(m_transactionId)
                                  : tr("Check stopped. Nothing was created; your entries are still here."));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString NewCustomerForm::supportDetail(const ApiError &error) const
{
    const QString reference = error.supportReference();
    return reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
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

void NewCustomerForm::fillSummary()
{
    const CustomerCreateRequest r = request();
    QString html = QStringLiteral("<table cellspacing='2'>");
    QString section;
    for (const Field &field : m_fields) {
        const QString value = r.value(field.path);
        if (value.isEmpty())
            continue;
        auto *box = qobject_cast<QGroupBox *>(field.input->parentWidget());
        if (box && box->title() != section) {
            section = box->title();
            html += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>").arg(section.toHtmlEscaped());
        }
        // Codes with their meaning ("C \u2014 Cellphone"), as picked.
        const auto *combo = qobject_cast<QComboBox *>(field.input);
        QString shown = combo && combo->currentData().toString() == value ? combo->currentText() : value;
        if (field.path.endsWith(QLatin1String(".amt")) || field.path.endsWith(QLatin1String("incomeAmt")))
            shown = DisplayFormat::money(value.toDouble());
        else if (field.input->property(bankDateProperty).toBool())
            shown = bankDateToTyped(value);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(field.label.toHtmlEscaped(), shown.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

void NewCustomerForm::submit()
{
    if (m_busy || m_submission != Submission::None)
        return;
    m_submitted = request();
    m_transactionId.clear();
    sendCreate(QString());
}

void NewCustomerForm::sendAgain()
{
    if (m_busy || m_submission != Submission::OutcomeUnknown)
        return;
    journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("resent-same-txid"));
    sendCreate(m_transactionId);
}

void NewCustomerForm::sendCreate(const QString &transactionId)
{
    m_banner->clear();
    const quint64 callId = ++m_callId;
    m_createCall = m_api.createCustomer(m_submitted, transactionId);
    m_transactionId = m_createCall.transactionId();
    m_submission = Submission::Sending;
    // Before the answer: a crash now must still leave the transaction id.
    saveDraftNow();
    setBusy(true, tr("Creating the customer and the account\u2026"));
    m_createCall.then(this, [this, callId](const Result<CustomerCreateResponse> &result) {
        if (callId != m_callId)
            return;
        handleCreateResult(result);
    });
}

void NewCustomerForm::handleCreateResult(const Result<CustomerCreateResponse> &result)
{
    setBusy(false);
    if (result.ok()) {
        showCreated(result.value());
        return;
    }
    const ApiError &error = result.error();
    if (CustomersApi::outcomeUnknown(error)) {
        showOutcomeUnknown(error);
        return;
    }
    m_submission = Submission::None;
    m_transactionId.clear();
    saveDraftNow();
    setBusy(false);
    showServerRejection(error);
}

void NewCustomerForm::showServerRejection(const ApiError &error)
{
    if (error.code == QLatin1String("50002")) {
        // Refused as a customer already known: show who it is.
        goTo(Step::Entry);
        continueToConfirmation();
        return;
    }
    if (const CustomerCreateRule *rule = CustomerCodeTables::ruleForBankCode(error.code)) {
        goTo(Step::Entry);
        const int index = m_fieldIndex.value(rule->field, -1);
        const QString message = tr("The bank refused this field: %1 (bank code %2)")
                                    .arg(error.description.isEmpty() ? rule->bankDescription : error.description,
                                         error.code);
        if (index >= 0) {
            const Field &rejected = m_fields.at(index);
            rejected.error->setText(message);
            rejected.error->show();
            rejected.input->setAccessibleDescription(message);
            m_entryScroll->ensureWidgetVisible(rejected.input);
            rejected.input->setFocus(Qt::OtherFocusReason);
        }
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("The bank did not create the customer: \u201c%1\u201d was refused. Correct it and "
                                 "continue again.")
                                  .arg(index >= 0 ? m_fields.at(index).label : rule->field),
                              supportDetail(error));
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("The bank did not create the customer. %1").arg(error.userMessage()), supportDetail(error));
}

void NewCustomerForm::showOutcomeUnknown(const ApiError &error, bool journal)
{
    m_submission = Submission::OutcomeUnknown;
    saveDraftNow();
    if (journal)
        journalNote(QStringLiteral("customers.create.outcomeUnknown"), error.outcomeCode());
    m_createButton->setEnabled(false);
    m_checkStatusButton->show();
    m_sendAgainButton->show();
    m_checkStatusButton->setFocus(Qt::OtherFocusReason);
    m_banner->showMessage(
        MessageBanner::Type::Warning,
        tr("The bank did not confirm the create (%1). The customer may or may not have been created, so nothing will "
           "be sent again by itself. Use “Check status” first; then decide whether to send again.")
            .arg(error.kind == ApiError::Kind::Network ? tr("the connection closed before the answer")
                                                       : ApiClient::connectionProblem(error)),
        tr("Transaction %1. %2").arg(m_transactionId, supportDetail(error)));
}

void NewCustomerForm::checkStatus()
{
    if (m_busy)
        return;
    const quint64 callId = ++m_callId;
    setBusy(true, tr("Checking whether the customer exists\u2026"));
    m_lookupCall = m_api.basicData(
        CustomerBasicDataQuery::byIdentification(m_submitted.govIssueIdentType(), m_submitted.identSerialNum()));
    m_lookupCall.then(this, [this, callId](const Result<CustomerBasicData> &result) {
        if (callId != m_callId)
            return;
        handleStatus(result);
    });
}

void NewCustomerForm::handleStatus(const Result<CustomerBasicData> &result)
{
    setBusy(false);
    if (result.ok()) {
        journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("customer-exists"));
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("The customer now exists (%1): the create went through. To get the account number, "
                                 "send again: it reuses transaction %2, so the bank answers with the first result and "
                                 "creates nothing twice.")
                                  .arg(result.value().displayName(), m_transactionId));
        m_sendAgainButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (result.error().kind == ApiError::Kind::NotFound) {
        journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("customer-not-found"));
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("No customer with this identification yet: the create has not gone through (or is "
                                 "still being processed). You may send again; it reuses transaction %1.")
                                  .arg(m_transactionId));
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("The status could not be checked. %1 The outcome is still unknown.")
                              .arg(result.error().userMessage()),
                          supportDetail(result.error()));
}

void NewCustomerForm::showCreated(const CustomerCreateResponse &response)
{
    m_submission = Submission::Created;
    m_created = response;
    m_createdAt = QDateTime::currentDateTime();
    // Confirmed by the bank: now, and only now, the draft goes.
    m_draftTimer->stop();
    m_drafts->remove(draftName());
    m_draftOffer->hide();
    m_checkStatusButton->hide();
    m_sendAgainButton->hide();
    m_banner->showMessage(MessageBanner::Type::Positive,
                          tr("Customer and savings account created. Ask the customer the data-protection questions "
                             "now."));
    const QString gmf = response.gmf.isEmpty() ? tr("not given") : response.gmf;
    m_resultText->setText(
        tr("<p><b>%1</b> \u2014 %2 %3</p>"
           "<table><tr><td>Account number:</td><td><b>%4</b></td></tr>"
           "<tr><td>Reference number:</td><td>%5</td></tr>"
           "<tr><td>GMF (4x1000) status:</td><td>%6 %7</td></tr>"
           "<tr><td>GMF bank:</td><td>%8</td></tr>"
           "<tr><td>Savings pocket:</td><td>%9</td></tr></table>")
            .arg(m_submitted.fullName().toHtmlEscaped(), m_submitted.govIssueIdentType(),
                 Masking::identity(m_submitted.identSerialNum()), response.acctId.toHtmlEscaped(),
                 response.refNumber.toHtmlEscaped(), gmf.toHtmlEscaped(), response.gmfAccountNumber.toHtmlEscaped(),
                 response.gmfBankName.isEmpty() ? tr("\u2014") : response.gmfBankName.toHtmlEscaped(),
                 response.pocketType.toHtmlEscaped()));
    goTo(Step::Result);
    m_consentAnswers.first()->buttons().first()->setFocus(Qt::OtherFocusReason);
}

void NewCustomerForm::sendConsent()
{
    if (m_busy || !m_created)
        return;
    SecureDataConsentRequest consent;
    consent.govIssueIdentType = m_submitted.govIssueIdentType();
    consent.identSerialNum = m_submitted.identSerialNum();
    consent.administrationOfficeBranchId = m_submitted.value(QStringLiteral("product.administrationOffice.branchId"));
    consent.submitOfficeBranchId = m_submitted.value(QStringLiteral("product.submitOffice.branchId"));
    for (int i = 0; i < m_consentAnswers.size(); ++i) {
        const int id = m_consentAnswers.at(i)->checkedId();
        consent.answers[i] = id < 0 ? std::nullopt : std::optional<bool>(id == 1);
    }
    const FieldIssues issues = consent.validate();
    if (!issues.isEmpty()) {
        m_consentStatus->setText(tr("Every question needs the customer's yes or no."));
        return;
    }
    const quint64 callId = ++m_callId;
    setBusy(true, tr("Sending the consent\u2026"));
    m_consentCall = m_api.updateSecureData(consent);
    m_consentCall.then(this, [this, callId](const Result<bool> &result) {
        if (callId != m_callId)
            return;
        setBusy(false);
        if (result.ok()) {
            m_consentStatus->setText(tr("Consent recorded by the bank."));
            m_consentButton->setEnabled(false);
            return;
        }
        m_consentStatus->setText(tr("The consent was not recorded: %1 You can send it again.")
                                     .arg(result.error().userMessage()));
    });
}

void NewCustomerForm::startOver()
{
    m_callId = 0;
    m_submission = Submission::None;
    m_transactionId.clear();
    m_created.reset();
    m_restoring = true;
    for (const Field &field : m_fields)
        setFieldValue(field.path, QString());
    m_restoring = false;
    applyDefaults();
    for (QButtonGroup *group : std::as_const(m_consentAnswers)) {
        group->setExclusive(false);
        for (QAbstractButton *button : group->buttons())
            button->setChecked(false);
        group->setExclusive(true);
    }
    m_consentStatus->clear();
    m_consentButton->setEnabled(true);
    m_banner->clear();
    revalidate(false);
    goTo(Step::Entry);
}

// ------------------------------------------------------------------ drafts

void NewCustomerForm::openDrafts(bool offer)
{
    m_drafts->ensureOpen(this, [this, offer](DraftStore::KeyPlace place) {
        m_draftStatus->setText(place == DraftStore::KeyPlace::Keychain
                                   ? tr("Drafts are saved encrypted as you type.")
                                   : tr("No keyring: drafts are kept encrypted for this session only — they survive "
                                        "closing the form, not restarting BranchDesk."));
        if (offer) {
            offerDraft();
            emit draftsReady();
        } else if (!m_draftTimer->isActive()) {
            saveDraftNow(); // a save was asked for while the key was fetched
        }
    });
}

void NewCustomerForm::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_submission == Submission::Created)
        return;
    // An earlier draft waiting for Restore/Discard is not overwritten by new
    // typing; a submission (its transaction id) always wins.
    if (!m_draftOffer->isHidden() && m_submission == Submission::None)
        return;
    const CustomerCreateRequest r = request();
    if (r.isEmpty())
        return;
    if (!m_drafts->isOpen()) {
        // The first draft: only now is the key needed. Saved once it is there.
        openDrafts(false);
        return;
    }
    QJsonObject draft{{QStringLiteral("version"), 1},
                      {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("values"), r.toDraft()}};
    if (!m_transactionId.isEmpty() && m_submission != Submission::None) {
        draft.insert(QStringLiteral("submission"),
                     QJsonObject{{QStringLiteral("transactionId"), m_transactionId},
                                 {QStringLiteral("values"), m_submitted.toDraft()}});
    }
    if (m_drafts->save(draftName(), draft))
        emit draftSaved();
}

void NewCustomerForm::offerDraft()
{
    if (m_drafts->hasDraftNeedingKeychain(draftName())) {
        // Never deleted: it opens again once the keyring is back.
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("A draft saved earlier is kept, but it can only be opened with the keyring, which is "
                                 "not available now. Unlock the keyring and open New customer again to get it back."));
    }
    const auto draft = m_drafts->load(draftName());
    if (!draft) {
        // A session-only draft of an earlier run: its key died with that run.
        if (m_drafts->exists(draftName()) && m_drafts->keyPlace() == DraftStore::KeyPlace::MemoryOnly)
            m_drafts->remove(draftName());
        return;
    }
    const QDateTime savedAt = QDateTime::fromString(draft->value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    const CustomerCreateRequest saved = CustomerCreateRequest::fromDraft(draft->value(QStringLiteral("values")).toObject());
    QString text = tr("A draft for %1 saved %2 was found.")
                       .arg(saved.fullName().isEmpty() ? tr("a new customer") : saved.fullName(),
                            DisplayFormat::dateTime(savedAt.toLocalTime()));
    if (draft->contains(QStringLiteral("submission"))) {
        text += QLatin1Char(' ')
                + tr("It was SENT (transaction %1) and the bank's answer never arrived: restore it and use "
                     "“Check status” before anything else.")
                      .arg(draft->value(QStringLiteral("submission")).toObject().value(QStringLiteral("transactionId")).toString());
    }
    m_draftOfferText->setText(text);
    m_draftOffer->show();
    m_draftOffered = true;
}

void NewCustomerForm::restoreDraft()
{
    const auto draft = m_drafts->load(draftName());
    m_draftOffer->hide();
    if (!draft)
        return;
    const CustomerCreateRequest saved = CustomerCreateRequest::fromDraft(draft->value(QStringLiteral("values")).toObject());
    m_restoring = true;
    for (const Field &field : m_fields)
        setFieldValue(field.path, saved.value(field.path));
    m_restoring = false;
    for (const QString &path : saved.values().keys())
        m_touched.insert(path);
    revalidate(false);
    const QJsonObject submission = draft->value(QStringLiteral("submission")).toObject();
    if (!submission.isEmpty()) {
        m_transactionId = submission.value(QStringLiteral("transactionId")).toString();
        m_submitted = CustomerCreateRequest::fromDraft(submission.value(QStringLiteral("values")).toObject());
        m_submission = Submission::OutcomeUnknown;
        fillSummary();
        goTo(Step::Confirmation);
        showOutcomeUnknown(ApiError::make(ApiError::Kind::Network), false);
    }
}

void NewCustomerForm::discardDraft()
{
    m_drafts->remove(draftName());
    m_draftOffer->hide();
}

void NewCustomerForm::journalNote(const QString &operation, const QString &outcome)
{
    if (!m_journal)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorId = m_client->operatorSession().user;
    entry.environment = m_client->environment().name();
    entry.operation = operation;
    entry.transactionId = m_transactionId;
    entry.outcome = outcome;
    entry.subject = m_submitted.identSerialNum();
    m_journal->record(entry);
}

// ------------------------------------------------------------------ receipt

QByteArray NewCustomerForm::receiptPdf() const
{
    if (!m_created)
        return {};
    CustomerReceiptData data;
    const OperatorSession &session = m_client->operatorSession();
    data.environment = m_client->environment().name();
    data.branchId = session.branchId;
    data.terminalId = session.terminalId;
    data.adviser = m_submitted.value(QStringLiteral("adviser.adviserId"));
    data.dateTime = m_createdAt;
    data.customerName = m_submitted.fullName();
    data.govIssueIdentType = m_submitted.govIssueIdentType();
    data.identSerialNum = m_submitted.identSerialNum();
    data.accountNumber = m_created->acctId;
    data.reference = m_created->refNumber;
    data.gmfStatus = m_created->gmf;
    data.gmfBank = m_created->gmfBankName;
    data.transactionId = m_transactionId;
    return CustomerReceipt::pdf(data);
}

void NewCustomerForm::previewReceipt()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("receiptPreview"));
    dialog->setWindowTitle(tr("Receipt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *buffer = new QBuffer(dialog);
    buffer->setData(receiptPdf());
    buffer->open(QIODevice::ReadOnly);
    auto *document = new QPdfDocument(dialog);
    document->load(buffer);
    auto *view = new QPdfView(dialog);
    view->setObjectName(QStringLiteral("receiptView"));
    view->setDocument(document);
    view->setZoomMode(QPdfView::ZoomMode::FitInView);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 860);
    dialog->open();
}

void NewCustomerForm::saveReceipt()
{
    auto *dialog = new QFileDialog(this, tr("Save receipt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("receipt-%1.pdf").arg(m_created ? m_created->acctId : QString()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(receiptPdf()) < 0 || !file.commit()) {
            m_banner->showMessage(MessageBanner::Type::Error, tr("The receipt could not be saved: %1").arg(file.errorString()));
            return;
        }
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Receipt saved to %1.").arg(path));
    });
    dialog->open();
}

void NewCustomerForm::printReceipt()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        QBuffer buffer;
        buffer.setData(receiptPdf());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QPainter painter(printer);
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0)
                printer->newPage();
            const QRect target = painter.viewport();
            const QImage image = document.render(page, target.size());
            painter.drawImage(target, image);
        }
    });
    dialog->open();
}
