#include "InsuranceCaseForm.h"
#include "widgets/FormParts.h"

#include "BankJson.h"
#include "DisplayFormat.h"
#include "CustomerPayeeForm.h"
#include "PolicyCodes.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int statementQuestions = 5; // the document's example answers questions 1 to 5

QLineEdit *lineEdit(const QString &name, const QString &accessible, QWidget *parent, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setMaxLength(maxLength);
    return edit;
}

QComboBox *combo(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    return box;
}

QDateEdit *dateEdit(const QString &name, const QString &accessible, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

void addRow(QFormLayout *form, const QString &text, QWidget *input)
{
    auto *label = new QLabel(text, input->parentWidget());
    label->setBuddy(input);
    form->addRow(label, input);
}

qint64 digits(const QLineEdit *edit)
{
    return edit->text().trimmed().toLongLong();
}

} // namespace

InsuranceCaseForm::InsuranceCaseForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_api(client)
    , m_call(this, [this](bool busy) { setBusy(busy); },
             [this](const ApiError &error) {
                 m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                                       tr("Reference for support: %1").arg(error.supportReference()));
             })
{
    // Esc stops a running request, as in every form.
    FormParts::cancelOnEscape(this, [this] { m_call.abort(); });
    setObjectName(QStringLiteral("insuranceCaseForm"));
    setAccessibleName(tr("Insurance cases"));
    QLabel *title = FormParts::pageHeading(tr("Insurance cases"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Open an insurability case for medical exams and follow its status, or register a customer as a "
           "payee."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(140);
    m_busyIndicator->hide();
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_busyIndicator);
    top->addWidget(m_cancelButton);

    // Payee registration lives here too: the catalog has no workflow of its
    // own for it, and it is the same document's back-office work.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("insuranceTabs"));
    auto *casesPage = new QWidget(tabs);
    auto *columns = new QHBoxLayout(casesPage);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildCasePanel(), 1);
    columns->addWidget(buildStatusPanel(), 1);
    // Long code descriptions ("AP — Aprobado (Crédito 6, S4U)") must not
    // widen the two columns past the screen; the open list shows them whole.
    for (QComboBox *box : casesPage->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    tabs->addTab(casesPage, tr("Cases and status"));
    tabs->addTab(new CustomerPayeeForm(client, tabs), tr("Customer payee"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
    connect(m_cancelButton, &QPushButton::clicked, this, &InsuranceCaseForm::cancelCall);
}

InsuranceCaseForm::~InsuranceCaseForm() = default;

QWidget *InsuranceCaseForm::buildCasePanel()
{
    auto *box = new QGroupBox(tr("Open an insurability case (medical exams)"), this);
    m_requestNumber = lineEdit(QStringLiteral("requestNumber"), tr("Credit request number"), box, 15);
    m_approvedAmount = new QDoubleSpinBox(box);
    m_approvedAmount->setObjectName(QStringLiteral("approvedAmount"));
    m_approvedAmount->setAccessibleName(tr("Approved amount"));
    m_approvedAmount->setRange(0, 999999999999.0);
    m_approvedAmount->setDecimals(0);
    m_approvedAmount->setGroupSeparatorShown(true);
    m_caseCity = lineEdit(QStringLiteral("caseCity"), tr("City of the request"), box, 5);
    m_branch = lineEdit(QStringLiteral("branch"), tr("Branch"), box, 5);
    m_productType = combo(QStringLiteral("caseProductType"), tr("Product type"), box);
    m_productType->setEditable(true); // the document lists these and shows 34VO too
    m_productType->addItem(tr("3701 \u2014 Individual life"), QStringLiteral("3701"));
    m_productType->addItem(tr("3703 \u2014 Individual debtor"), QStringLiteral("3703"));
    m_productType->addItem(tr("34VD \u2014 Collective debtor"), QStringLiteral("34VD"));
    m_portfolio = combo(QStringLiteral("portfolio"), tr("Portfolio"), box);
    m_portfolio->addItem(tr("1 \u2014 Individual"), 1);
    m_portfolio->addItem(tr("2 \u2014 Collective"), 2);
    m_applicantIdType = combo(QStringLiteral("applicantIdType"), tr("Applicant identification type"), box);
    m_applicantIdType->addItems(PolicyCodes::caseIdentificationTypes());
    m_applicantId = lineEdit(QStringLiteral("applicantId"), tr("Applicant identification number"), box, 15);
    m_firstName = lineEdit(QStringLiteral("applicantFirstName"), tr("First name"), box, 20);
    m_middleName = lineEdit(QStringLiteral("applicantMiddleName"), tr("Middle name"), box, 20);
    m_lastName = lineEdit(QStringLiteral("applicantLastName"), tr("Last name"), box, 20);
    m_secondLastName = lineEdit(QStringLiteral("applicantSecondLastName"), tr("Second last name"), box, 20);
    m_birthDate = dateEdit(QStringLiteral("applicantBirthDate"), tr("Birth date"), QDate(1980, 1, 1), box);
    m_gender = combo(QStringLiteral("applicantGender"), tr("Gender"), box);
    for (const PolicyCode &gender : PolicyCodes::genders())
        m_gender->addItem(gender.code + QStringLiteral(" \u2014 ") + gender.name, gender.code);
    m_plan = lineEdit(QStringLiteral("planRequested"), tr("Plan requested"), box, 3);
    m_plan->setText(QStringLiteral("001"));
    m_cellPhone = lineEdit(QStringLiteral("applicantCellPhone"), tr("Cellphone"), box, 10);
    m_email = lineEdit(QStringLiteral("applicantEmail"), tr("E-mail"), box, 50);
    m_homeAddress = lineEdit(QStringLiteral("homeAddress"), tr("Home address"), box, 45);
    m_homeCity = lineEdit(QStringLiteral("homeCity"), tr("Home city"), box, 5);
    m_homePhone = lineEdit(QStringLiteral("homePhone"), tr("Home phone"), box, 7);
    m_workAddress = lineEdit(QStringLiteral("workAddress"), tr("Work address"), box, 45);
    m_workCity = lineEdit(QStringLiteral("workCity"), tr("Work city"), box, 5);
    m_workPhone = lineEdit(QStringLiteral("workPhone"), tr("Work phone"), box, 7);
    m_occupation = lineEdit(QStringLiteral("occupation"), tr("Occupation code"), box, 4);

    m_statement = new QTableWidget(statementQuestions, 3, box);
    m_statement->setObjectName(QStringLiteral("statementAnswers"));
    m_statement->setAccessibleName(tr("Insurability statement answers"));
    m_statement->setHorizontalHeaderLabels({tr("Question"), tr("Answer yes"), tr("Comments")});
    m_statement->horizontalHeader()->setStretchLastSection(true);
    m_statement->verticalHeader()->hide();
    for (int row = 0; row < statementQuestions; ++row) {
        auto *question = new QTableWidgetItem(QString::number(row + 1));
        question->setFlags(Qt::ItemIsEnabled);
        m_statement->setItem(row, 0, question);
        auto *answer = new QTableWidgetItem;
        answer->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        answer->setCheckState(Qt::Unchecked);
        m_statement->setItem(row, 1, answer);
        m_statement->setItem(row, 2, new QTableWidgetItem);
    }
    m_statement->setMaximumHeight(180);

    m_createButton = new QPushButton(tr("C&reate case"), box);
    m_createButton->setObjectName(QStringLiteral("createCaseButton"));
    m_createButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_caseResult = new QLabel(box);
    m_caseResult->setObjectName(QStringLiteral("caseResult"));
    m_caseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caseResult->setWordWrap(true);

    auto *form = new QFormLayout;
    addRow(form, tr("Re&quest number:"), m_requestNumber);
    addRow(form, tr("Appro&ved amount:"), m_approvedAmount);
    addRow(form, tr("City of the request:"), m_caseCity);
    addRow(form, tr("&Branch:"), m_branch);
    addRow(form, tr("Product t&ype:"), m_productType);
    addRow(form, tr("Portfolio:"), m_portfolio);
    addRow(form, tr("Applicant &ID type:"), m_applicantIdType);
    addRow(form, tr("Applicant ID n&umber:"), m_applicantId);
    addRow(form, tr("First nam&e:"), m_firstName);
    addRow(form, tr("Middle name:"), m_middleName);
    addRow(form, tr("Last na&me:"), m_lastName);
    addRow(form, tr("Second last name:"), m_secondLastName);
    addRow(form, tr("Birth &date:"), m_birthDate);
    addRow(form, tr("Gender:"), m_gender);
    addRow(form, tr("Plan requested:"), m_plan);
    addRow(form, tr("Cellphone:"), m_cellPhone);
    addRow(form, tr("E-mail:"), m_email);
    addRow(form, tr("Home address:"), m_homeAddress);
    addRow(form, tr("Home city:"), m_homeCity);
    addRow(form, tr("Home phone:"), m_homePhone);
    addRow(form, tr("Work address:"), m_workAddress);
    addRow(form, tr("Work city:"), m_workCity);
    addRow(form, tr("Work phone:"), m_workPhone);
    addRow(form, tr("Occupation code:"), m_occupation);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Insurability statement:"), box));
    layout->addWidget(m_statement);
    layout->addWidget(m_createButton, 0, Qt::AlignLeft);
    layout->addWidget(m_caseResult);
    layout->addStretch(1);
    connect(m_createButton, &QPushButton::clicked, this, &InsuranceCaseForm::createCase);
    return box;
}

QWidget *InsuranceCaseForm::buildStatusPanel()
{
    auto *box = new QGroupBox(tr("Case status"), this);
    m_caseNumber = lineEdit(QStringLiteral("caseNumber"), tr("Case number"), box, 15);
    m_applicationNumber = lineEdit(QStringLiteral("applicationNumber"), tr("Credit application number"), box, 15);
    m_statusIdType = combo(QStringLiteral("statusIdType"), tr("Identification type"), box);
    m_statusIdType->addItems(PolicyCodes::caseIdentificationTypes());
    m_statusId = lineEdit(QStringLiteral("statusIdNumber"), tr("Identification number"), box, 30);
    m_statusCode = combo(QStringLiteral("statusCode"), tr("Application status"), box);
    m_clientStatus = combo(QStringLiteral("clientStatus"), tr("Client status"), box);
    for (const CaseStatusCode &status : PolicyCodes::caseStatusCodes()) {
        QStringList systems;
        if (status.credito6)
            systems << QStringLiteral("Cr\u00e9dito 6");
        if (status.s4u)
            systems << QStringLiteral("S4U");
        const QString text = tr("%1 \u2014 %2 (%3)").arg(status.code, status.meaning, systems.join(QStringLiteral(", ")));
        m_statusCode->addItem(text, status.code);
        m_statusCode->setItemData(m_statusCode->count() - 1, status.concept, Qt::ToolTipRole);
        if (status.clientStatus)
            m_clientStatus->addItem(tr("%1 \u2014 %2").arg(status.code, status.meaning), status.code);
    }
    m_statusMeaning = new QLabel(box);
    m_statusMeaning->setObjectName(QStringLiteral("statusMeaning"));
    m_statusMeaning->setWordWrap(true);
    m_insurabilityDate = dateEdit(QStringLiteral("insurabilityDate"), tr("Insurability date"), QDate::currentDate(), box);
    m_observation = lineEdit(QStringLiteral("observation"), tr("Observation"), box, 200);
    m_assignedPlan = lineEdit(QStringLiteral("assignedPlan"), tr("Assigned plan"), box, 3);
    m_statusProductType = lineEdit(QStringLiteral("statusProductType"), tr("Product type"), box, 4);
    m_statusProductType->setText(QStringLiteral("3701"));
    m_extraPremium = new QCheckBox(tr("E&xtra premium required"), box);
    m_extraPremium->setObjectName(QStringLiteral("extraPremium"));
    m_extraPremiumPercentage = lineEdit(QStringLiteral("extraPremiumPercentage"), tr("Extra-premium percentage"), box, 5);
    m_extraPremiumPercentage->setEnabled(false);
    m_coverages = new QTableWidget(0, 3, box);
    m_coverages->setObjectName(QStringLiteral("coverageDecisions"));
    m_coverages->setAccessibleName(tr("Coverage exclusions and premium percentages"));
    m_coverages->setHorizontalHeaderLabels({tr("Coverage code"), tr("Excluded"), tr("Premium %")});
    m_coverages->horizontalHeader()->setStretchLastSection(true);
    m_coverages->setMaximumHeight(140);
    auto *addCoverage = new QPushButton(tr("Add covera&ge"), box);
    addCoverage->setObjectName(QStringLiteral("addCoverageButton"));
    m_submitButton = new QPushButton(tr("Submi&t status"), box);
    m_submitButton->setObjectName(QStringLiteral("submitStatusButton"));
    m_submitButton->setToolTip(tr("Status submit: tell the bank's systems the status Visual Time gave the case"));
    m_updateButton = new QPushButton(tr("Update &case"), box);
    m_updateButton->setObjectName(QStringLiteral("updateStatusButton"));
    m_updateButton->setToolTip(tr("Status update: change the case's information"));
    m_statusResult = new QLabel(box);
    m_statusResult->setObjectName(QStringLiteral("statusResult"));
    m_statusResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    addRow(form, tr("Ca&se number:"), m_caseNumber);
    addRow(form, tr("Credit a&pplication:"), m_applicationNumber);
    addRow(form, tr("ID type:"), m_statusIdType);
    addRow(form, tr("ID number:"), m_statusId);
    addRow(form, tr("Applicatio&n status:"), m_statusCode);
    form->addRow(QString(), m_statusMeaning);
    addRow(form, tr("Client status:"), m_clientStatus);
    addRow(form, tr("Insurability date:"), m_insurabilityDate);
    addRow(form, tr("&Observation:"), m_observation);
    addRow(form, tr("Assigned plan:"), m_assignedPlan);
    addRow(form, tr("Product type:"), m_statusProductType);
    form->addRow(m_extraPremium, m_extraPremiumPercentage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submitButton);
    buttons->addWidget(m_updateButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Coverage exclusions:"), box));
    layout->addWidget(m_coverages);
    layout->addWidget(addCoverage, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(m_statusResult);
    layout->addStretch(1);

    const auto showMeaning = [this] {
        const QString code = m_statusCode->currentData().toString();
        for (const CaseStatusCode &status : PolicyCodes::caseStatusCodes()) {
            if (status.code == code)
                m_statusMeaning->setText(tr("Document concept: \u201c%1\u201d").arg(status.concept));
        }
    };
    connect(m_statusCode, &QComboBox::currentIndexChanged, this, showMeaning);
    showMeaning();
    connect(m_extraPremium, &QCheckBox::toggled, m_extraPremiumPercentage, &QLineEdit::setEnabled);
    connect(addCoverage, &QPushButton::clicked, this, [this] {
        const int row = m_coverages->rowCount();
        m_coverages->insertRow(row);
        m_coverages->setItem(row, 0, new QTableWidgetItem);
        auto *excluded = new QTableWidgetItem;
        excluded->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        excluded->setCheckState(Qt::Unchecked);
        m_coverages->setItem(row, 1, excluded);
        m_coverages->setItem(row, 2, new QTableWidgetItem);
        m_coverages->setCurrentCell(row, 0);
    });
    connect(m_submitButton, &QPushButton::clicked, this, &InsuranceCaseForm::submitStatus);
    connect(m_updateButton, &QPushButton::clicked, this, &InsuranceCaseForm::updateStatus);
    return box;
}

InsuranceCaseRequest InsuranceCaseForm::caseRequest() const
{
    InsuranceCaseRequest request;
    request.sPname = QStringLiteral("BRANCHDESK");
    request.user = m_client->operatorSession().user.left(10);
    CaseEntity entity;
    entity.approvedAmount = m_approvedAmount->value();
    entity.cityId = m_caseCity->text().trimmed();
    entity.relationshipType = m_portfolio->currentData().toInt();
    entity.createdDt = QDate::currentDate();
    entity.requestNumber = digits(m_requestNumber);
    entity.branchId = m_branch->text().trimmed();
    const int index = m_productType->currentIndex();
    entity.productType = index >= 0 && m_productType->itemText(index) == m_productType->currentText()
                             ? m_productType->currentData().toString()
                             : m_productType->currentText().trimmed();
    CaseApplicant applicant;
    applicant.firstName = m_firstName->text().trimmed();
    applicant.middleName = m_middleName->text().trimmed();
    applicant.lastName = m_lastName->text().trimmed();
    applicant.secondLastName = m_secondLastName->text().trimmed();
    applicant.birthDt = m_birthDate->date();
    applicant.insurabilityDt = m_birthDate->date();
    applicant.gender = m_gender->currentData().toString();
    applicant.identSerialNum = digits(m_applicantId);
    applicant.govIssueIdentType = m_applicantIdType->currentText();
    applicant.planRequested = m_plan->text().trimmed();
    applicant.cellPhone = digits(m_cellPhone);
    applicant.emailAddr = m_email->text().trimmed();
    applicant.addr1 = m_homeAddress->text().trimmed();
    applicant.cityId = m_homeCity->text().trimmed();
    applicant.homePhone = digits(m_homePhone);
    applicant.workAddr1 = m_workAddress->text().trimmed();
    applicant.workCityId = m_workCity->text().trimmed();
    applicant.workPhone = digits(m_workPhone);
    applicant.occupation = m_occupation->text().trimmed();
    for (int row = 0; row < m_statement->rowCount(); ++row) {
        applicant.answers.append({row + 1, m_statement->item(row, 1)->checkState() == Qt::Checked,
                                  m_statement->item(row, 2)->text().trimmed()});
    }
    entity.applicants.append(applicant);
    request.entities.append(entity);
    return request;
}

CaseStatusRequest InsuranceCaseForm::statusRequest() const
{
    CaseStatusRequest request;
    request.source = QStringLiteral("1");
    request.statusCode = m_statusCode->currentData().toString();
    request.acctId = m_applicationNumber->text().trimmed();
    request.govIssueIdentType = m_statusIdType->currentText();
    request.identSerialNum = m_statusId->text().trimmed();
    request.personType = QStringLiteral("1");
    request.issDt = m_insurabilityDate->date();
    request.status = m_clientStatus->currentData().toString();
    request.descriptionDesc = m_observation->text().trimmed();
    if (!m_assignedPlan->text().trimmed().isEmpty())
        request.pmtsPlanProdType = m_assignedPlan->text().trimmed();
    request.exclude = m_extraPremium->isChecked();
    if (m_extraPremium->isChecked())
        request.percentage = m_extraPremiumPercentage->text().trimmed();
    request.productType = m_statusProductType->text().trimmed();
    for (int row = 0; row < m_coverages->rowCount(); ++row) {
        request.coverages.append({m_coverages->item(row, 0)->text().trimmed(),
                                  m_coverages->item(row, 1)->checkState() == Qt::Checked,
                                  m_coverages->item(row, 2)->text().trimmed()});
    }
    request.coveredCode = m_caseNumber->text().trimmed();
    return request;
}

bool InsuranceCaseForm::refuseIfInvalid(const FieldIssues &issues)
{
    if (issues.isEmpty())
        return false;
    QStringList lines;
    for (const FieldIssue &issue : issues)
        lines << issue.message;
    lines.removeDuplicates();
    m_banner->showMessage(MessageBanner::Type::Warning, tr("Nothing was sent. Please correct: %1").arg(lines.join(QLatin1Char(' '))));
    return true;
}

void InsuranceCaseForm::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    for (QPushButton *button : {m_createButton, m_submitButton, m_updateButton})
        button->setEnabled(!busy);
    emit busyChanged(busy);
}

void InsuranceCaseForm::cancelCall()
{
    if (!isBusy())
        return;
    m_call.cancel();
    m_banner->showMessage(MessageBanner::Type::Warning,
                          tr("Stopped. The request may already have reached the insurer; check the case before sending it again."));
}

void InsuranceCaseForm::createCase()
{
    if (isBusy())
        return;
    m_banner->clear();
    const InsuranceCaseRequest request = caseRequest();
    if (refuseIfInvalid(request.validate()))
        return;
    const PendingCall<InsuranceCaseResult> call = m_api.createInsuranceCase(request);
    const auto failed = [this](const ApiError &error) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("The case was not created.") + QLatin1Char(' ') + error.userMessage(),
                              tr("Reference for support: %1").arg(error.supportReference()));
    };
    m_call.await(call, [this](const InsuranceCaseResult &c) {
        if (!c.accepted()) {
            m_banner->showMessage(MessageBanner::Type::Error, tr("Visual Time refused the case: %1 (%2)").arg(c.errorDesc, c.errorCode));
            return;
        }
        m_caseResult->setText(tr("Case %1 \u2014 workflow %2, status %3, task %4, estimated solution %5")
                                  .arg(c.caseId, c.workflowTitle, c.statusDesc, c.taskName,
                                       DisplayFormat::date(BankJson::date(c.estimatedSolution))));
        // Carried to the status panel: the next thing the back office does.
        m_caseNumber->setText(c.caseId);
        m_applicationNumber->setText(m_requestNumber->text().trimmed());
        m_statusIdType->setCurrentText(m_applicantIdType->currentText());
        m_statusId->setText(m_applicantId->text().trimmed());
        m_statusProductType->setText(c.productType);
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Case %1 created.").arg(c.caseId));
    }, failed);
}

void InsuranceCaseForm::submitStatus()
{
    sendStatus(true);
}

void InsuranceCaseForm::updateStatus()
{
    sendStatus(false);
}

void InsuranceCaseForm::sendStatus(bool submit)
{
    if (isBusy())
        return;
    m_banner->clear();
    const CaseStatusRequest request = statusRequest();
    if (refuseIfInvalid(request.validate()))
        return;
    const PendingCall<CaseStatusResult> call = submit ? m_api.statusSubmit(request) : m_api.statusUpdate(request);
    const QString code = request.statusCode;
    const auto failed = [this, submit](const ApiError &error) {
        m_banner->showMessage(MessageBanner::Type::Error,
                              (submit ? tr("The status was not submitted.") : tr("The case was not updated.")) + QLatin1Char(' ')
                                  + error.userMessage(),
                              tr("Reference for support: %1").arg(error.supportReference()));
    };
    m_call.await(call, [this, submit, code](const CaseStatusResult &reply) {
        m_statusResult->setText(tr("Application %1: status %2 recorded.").arg(reply.refNumber, code));
        m_banner->showMessage(MessageBanner::Type::Positive,
                              submit ? tr("Status %1 submitted.").arg(code) : tr("Case updated with status %1.").arg(code));
    }, failed);
}
