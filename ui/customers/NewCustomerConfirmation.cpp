// NewCustomerForm, continued: the confirmation summary, the create call and
// the bank's refusals.

#include "NewCustomerForm.h"

#include "DisplayFormat.h"
#include "NewCustomerFields.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace NewCustomerFields;

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

    m_createButton = new QPushButton(tr("Create c&ustomer and account"), page);
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
