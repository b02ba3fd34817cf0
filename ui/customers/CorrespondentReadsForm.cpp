#include "CorrespondentReadsForm.h"

#include "CorrespondentPointBox.h"
#include "DisplayFormat.h"
#include "Environment.h"
#include "RequestBusyRow.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

CorrespondentReadsForm::CorrespondentReadsForm(ApiClient *client, QWidget *parent) : QWidget(parent), m_api(client)
{
    setObjectName(QStringLiteral("correspondentReadsForm"));
    setAccessibleName(tr("Correspondent reads"));

    QLabel *heading = FormParts::pageHeading(tr("Correspondent reads"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Banking correspondent queries: who holds an account before a deposit, and what a "
           "PILA social-security form asks to pay."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_point = new CorrespondentPointBox(client->environment().kind == EnvironmentKind::Training, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("correspondentTabs"));
    m_tabs->setAccessibleName(tr("Correspondent queries"));
    m_tabs->addTab(buildOwnerTab(), tr("Consult &owner"));
    m_tabs->addTab(buildPilaTab(), tr("Consult &PILA"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_point);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!isBusy())
            m_banner->clear();
    });
    FormParts::cancelOnEscape(this, [this] { cancel(); });
}

CorrespondentReadsForm::~CorrespondentReadsForm()
{
    m_active = 0;
    m_ownerCall.cancel();
    m_pilaCall.cancel();
}

QLabel *CorrespondentReadsForm::addResultRow(QGroupBox *box, const QString &caption, const QString &objectName)
{
    auto *value = new QLabel(box);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    static_cast<QFormLayout *>(box->layout())->addRow(caption, value);
    return value;
}

QWidget *CorrespondentReadsForm::buildOwnerTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("ownerTab"));
    m_ownerAccount = new QLineEdit(page);
    m_ownerAccount->setObjectName(QStringLiteral("ownerAccount"));
    m_ownerAccount->setAccessibleName(tr("Account to consult"));
    m_ownerAccount->setMaxLength(20);
    m_ownerAccount->setMaximumWidth(360);
    m_ownerAccount->setPlaceholderText(tr("digits only, e.g. 24001395404"));
    m_ownerAccountError = FormParts::fieldErrorLabel(QStringLiteral("ownerAccountError"), page);
    auto *label = new QLabel(tr("Account to con&sult:"), page);
    label->setBuddy(m_ownerAccount);
    auto *form = new QFormLayout;
    form->addRow(label, m_ownerAccount);
    form->addRow(QString(), m_ownerAccountError);

    m_ownerButton = new QPushButton(tr("Consult owne&r"), page);
    m_ownerButton->setObjectName(QStringLiteral("consultOwnerButton"));
    m_ownerButton->setAccessibleName(tr("Consult owner"));
    m_ownerButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_ownerButton->setAutoDefault(true);
    m_ownerBusy = new RequestBusyRow(QStringLiteral("owner"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ownerButton);
    buttons->addWidget(m_ownerBusy);
    buttons->addStretch(1);

    m_ownerResult = new QGroupBox(tr("Account holder"), page);
    m_ownerResult->setObjectName(QStringLiteral("ownerResult"));
    m_ownerResult->setLayout(new QFormLayout);
    m_ownerName = addResultRow(m_ownerResult, tr("Holder:"), QStringLiteral("ownerName"));
    m_ownerAccountShown = addResultRow(m_ownerResult, tr("Account:"), QStringLiteral("ownerAccountShown"));
    m_ownerResult->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_ownerResult);
    layout->addStretch(1);

    connect(m_ownerButton, &QPushButton::clicked, this, &CorrespondentReadsForm::consultOwner);
    connect(m_ownerAccount, &QLineEdit::returnPressed, this, &CorrespondentReadsForm::consultOwner);
    connect(m_ownerAccount, &QLineEdit::textEdited, this, [this] { setIssue(m_ownerAccountError, m_ownerAccount, {}); });
    connect(m_ownerBusy, &RequestBusyRow::cancelRequested, this, &CorrespondentReadsForm::cancel);
    return page;
}

QWidget *CorrespondentReadsForm::buildPilaTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("pilaTab"));
    m_invoice = new QLineEdit(page);
    m_invoice->setObjectName(QStringLiteral("pilaInvoice"));
    m_invoice->setAccessibleName(tr("PILA form number"));
    m_invoice->setMaxLength(20);
    m_invoice->setMaximumWidth(360);
    m_invoiceError = FormParts::fieldErrorLabel(QStringLiteral("pilaInvoiceError"), page);
    m_nit = new QLineEdit(page);
    m_nit->setObjectName(QStringLiteral("pilaNit"));
    m_nit->setAccessibleName(tr("Contributor NIT"));
    m_nit->setMaxLength(20);
    m_nit->setMaximumWidth(360);
    m_nit->setPlaceholderText(tr("without the check digit"));
    m_nitError = FormParts::fieldErrorLabel(QStringLiteral("pilaNitError"), page);
    auto *invoiceLabel = new QLabel(tr("Form n&umber (planilla):"), page);
    invoiceLabel->setBuddy(m_invoice);
    auto *nitLabel = new QLabel(tr("Contributor &NIT:"), page);
    nitLabel->setBuddy(m_nit);
    auto *form = new QFormLayout;
    form->addRow(invoiceLabel, m_invoice);
    form->addRow(QString(), m_invoiceError);
    form->addRow(nitLabel, m_nit);
    form->addRow(QString(), m_nitError);

    m_pilaButton = new QPushButton(tr("Consult P&ILA"), page);
    m_pilaButton->setObjectName(QStringLiteral("consultPilaButton"));
    m_pilaButton->setAccessibleName(tr("Consult PILA"));
    m_pilaButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_pilaButton->setAutoDefault(true);
    m_pilaBusy = new RequestBusyRow(QStringLiteral("pila"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pilaButton);
    buttons->addWidget(m_pilaBusy);
    buttons->addStretch(1);

    m_pilaResult = new QGroupBox(tr("PILA form"), page);
    m_pilaResult->setObjectName(QStringLiteral("pilaResult"));
    m_pilaResult->setLayout(new QFormLayout);
    m_pilaAmount = addResultRow(m_pilaResult, tr("Amount to pay:"), QStringLiteral("pilaAmount"));
    QFont amountFont = m_pilaAmount->font();
    amountFont.setBold(true);
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.3);
    m_pilaAmount->setFont(amountFont);
    m_pilaPeriod = addResultRow(m_pilaResult, tr("Period settled:"), QStringLiteral("pilaPeriod"));
    m_pilaDueDate = addResultRow(m_pilaResult, tr("Payment due:"), QStringLiteral("pilaDueDate"));
    m_pilaNit = addResultRow(m_pilaResult, tr("Contributor NIT:"), QStringLiteral("pilaNitShown"));
    m_pilaApproval = addResultRow(m_pilaResult, tr("Authorization code:"), QStringLiteral("pilaApproval"));
    m_pilaResult->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_pilaResult);
    layout->addStretch(1);

    connect(m_pilaButton, &QPushButton::clicked, this, &CorrespondentReadsForm::consultPila);
    connect(m_invoice, &QLineEdit::returnPressed, this, &CorrespondentReadsForm::consultPila);
    connect(m_nit, &QLineEdit::returnPressed, this, &CorrespondentReadsForm::consultPila);
    connect(m_invoice, &QLineEdit::textEdited, this, [this] { setIssue(m_invoiceError, m_invoice, {}); });
    connect(m_nit, &QLineEdit::textEdited, this, [this] { setIssue(m_nitError, m_nit, {}); });
    connect(m_pilaBusy, &RequestBusyRow::cancelRequested, this, &CorrespondentReadsForm::cancel);
    return page;
}

void CorrespondentReadsForm::consultOwner()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    ConsultOwnerRequest request;
    request.point = m_point->point();
    request.acctId = m_ownerAccount->text().trimmed();
    if (!showIssues(request.validate()))
        return;
    m_ownerResult->hide();
    const quint64 id = ++m_last;
    m_active = id;
    m_ownerCall = m_api.consultOwner(request);
    setBusy(true, m_ownerBusy);
    m_ownerCall.then(this, [this, id](const Result<ConsultOwnerReply> &result) {
        if (id != m_active)
            return;
        m_active = 0;
        setBusy(false, m_ownerBusy);
        showOwner(result);
    });
}

void CorrespondentReadsForm::consultPila()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    PilaQuery query;
    query.point = m_point->point();
    // The form's amount is credited to the correspondent's own account.
    query.creditAcctId = query.point.acctId;
    query.invoiceNum = m_invoice->text().trimmed();
    query.identSerialNum = m_nit->text().trimmed();
    if (!showIssues(query.validate()))
        return;
    m_pilaResult->hide();
    const quint64 id = ++m_last;
    m_active = id;
    m_pilaCall = m_api.consultPila(query);
    setBusy(true, m_pilaBusy);
    m_pilaCall.then(this, [this, id](const Result<PilaForm> &result) {
        if (id != m_active)
            return;
        m_active = 0;
        setBusy(false, m_pilaBusy);
        showPila(result);
    });
}

void CorrespondentReadsForm::cancel()
{
    if (!isBusy())
        return;
    m_active = 0;
    m_ownerCall.cancel();
    m_pilaCall.cancel();
    setBusy(false, m_ownerBusy);
    setBusy(false, m_pilaBusy);
    AccountForms::showError(m_banner, ApiError::make(ApiError::Kind::Cancelled));
}

void CorrespondentReadsForm::showOwner(const Result<ConsultOwnerReply> &result)
{
    if (result.ok()) {
        m_ownerName->setText(result.value().fullName);
        m_ownerAccountShown->setText(result.value().acctId);
        m_ownerResult->show();
        return;
    }
    const ApiError &error = result.error();
    const QString code = error.code.trimmed();
    if (code == QLatin1String("05620")) {
        setIssue(m_ownerAccountError, m_ownerAccount, tr("There is no account with this number. Check the digits."));
        AccountForms::showError(m_banner, error, tr("The account does not exist."));
    } else if (code == QLatin1String("05621")) {
        setIssue(m_ownerAccountError, m_ownerAccount, tr("No holder is registered for this account."));
        AccountForms::showError(m_banner, error, tr("The bank has no holder on record for this account; do not take "
                                                    "the deposit and refer the customer to a branch."));
    } else {
        AccountForms::showError(m_banner, error);
    }
    m_ownerAccount->setFocus();
}

void CorrespondentReadsForm::showPila(const Result<PilaForm> &result)
{
    if (result.ok()) {
        const PilaForm &form = result.value();
        m_pilaAmount->setText(form.amount ? DisplayFormat::money(*form.amount) : tr("(not given)"));
        m_pilaPeriod->setText(form.periodForDisplay().isEmpty() ? tr("(not given)") : form.periodForDisplay());
        m_pilaDueDate->setText(form.dueDt.isValid() ? DisplayFormat::date(form.dueDt)
                               : form.dueDtText.isEmpty() ? tr("(not given)")
                                                          : form.dueDtText);
        m_pilaNit->setText(form.identSerialNum);
        m_pilaApproval->setText(form.approvalId.isEmpty() ? tr("(none)") : form.approvalId);
        m_pilaResult->show();
        return;
    }
    const ApiError &error = result.error();
    if (error.kind == ApiError::Kind::NotFound) {
        setIssue(m_invoiceError, m_invoice, tr("No PILA form with this number for this NIT."));
        AccountForms::showError(m_banner, error,
                                tr("The PILA form was not found. Check the form number and the contributor's NIT."));
        m_invoice->setFocus();
        return;
    }
    AccountForms::showError(m_banner, error);
}

void CorrespondentReadsForm::setBusy(bool busy, RequestBusyRow *row)
{
    m_ownerButton->setEnabled(!busy);
    m_pilaButton->setEnabled(!busy);
    m_point->setReadOnly(busy);
    m_ownerAccount->setReadOnly(busy);
    m_invoice->setReadOnly(busy);
    m_nit->setReadOnly(busy);
    if (busy)
        row->start(tr("Asking the bank\u2026 Press Esc to cancel."));
    else
        row->stop();
    emit busyChanged(busy);
}

void CorrespondentReadsForm::clearIssues()
{
    m_point->clearIssues();
    setIssue(m_ownerAccountError, m_ownerAccount, {});
    setIssue(m_invoiceError, m_invoice, {});
    setIssue(m_nitError, m_nit, {});
}

bool CorrespondentReadsForm::showIssues(const FieldIssues &issues)
{
    QWidget *first = nullptr;
    const bool owner = m_tabs->currentIndex() == 0;
    for (const FieldIssue &issue : issues) {
        QWidget *field = nullptr;
        if (issue.field == QLatin1String("trn.depAcctIdTo.acctId") && owner)
            setIssue(m_ownerAccountError, field = m_ownerAccount, issue.message);
        else if (issue.field == QLatin1String("trn.depAcctIdTo.acctId"))
            field = m_point->showIssue(QStringLiteral("trn.depAcctIdFrom.acctId"), issue.message);
        else if (issue.field == QLatin1String("trn.invoiceInfo.invoiceNum"))
            setIssue(m_invoiceError, field = m_invoice, issue.message);
        else if (issue.field == QLatin1String("trn.invoiceInfo.identSerialNum"))
            setIssue(m_nitError, field = m_nit, issue.message);
        else if (!(field = m_point->showIssue(issue.field, issue.message)))
            m_banner->showMessage(MessageBanner::Type::Error, issue.message);
        if (field && !first)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return issues.isEmpty();
}

void CorrespondentReadsForm::setIssue(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}
